import { describe, expect, test, vi } from 'vitest';
import { DocumentController } from '../../../src/editor/controllers/document-controller';
import { emptyDocument, type EditorDocument } from '../../../src/editor/document';
import type { EditCommand } from '../../../src/editor/edit-commands';
import { openStory } from '../../../src/editor/open-story';
import { syntheticStory } from '../../../scripts/synthetic-story';
import { plainHost } from '../../support/controller-host';

const meta = (field: 'title' | 'publisher' | 'url' | 'published', value: string): EditCommand => ({ type: 'set-meta', field, value });

function setup(initial: EditorDocument = emptyDocument('d1')) {
  const host = plainHost();
  const onChange = vi.fn();
  const documents = new DocumentController(host, initial, onChange);
  return { host, documents, onChange };
}

describe('DocumentController', () => {
  test('registers with its host and holds the document it starts with, with nothing to undo or redo', () => {
    const initial = emptyDocument('d1');
    const { host, documents, onChange } = setup(initial);
    expect(host.controllers).toEqual([documents]);
    expect(documents.doc).toBe(initial);
    expect([documents.canUndo, documents.canRedo]).toEqual([false, false]);
    expect(onChange).not.toHaveBeenCalled();
  });

  test('run applies an edit, asks for an update and reports it once; an edit that changes nothing is not a change', () => {
    const { host, documents, onChange } = setup();
    expect(documents.run(meta('title', 'The coup'))).toBe(true);
    expect(documents.doc.meta.title).toBe('The coup');
    expect(host.requestUpdate).toHaveBeenCalledOnce();
    expect(onChange).toHaveBeenCalledExactlyOnceWith(documents.doc, 'edit');
    expect(documents.canUndo).toBe(true);
    expect(documents.run(meta('title', 'The coup'))).toBe(false);
    expect(host.requestUpdate).toHaveBeenCalledOnce();
    expect(onChange).toHaveBeenCalledOnce();
  });

  test('undo and redo step through the edits and report each step; with nothing to step, false and no report', () => {
    const { documents, onChange } = setup();
    const start = documents.doc;
    documents.run(meta('title', 'The coup'));
    const titled = documents.doc;
    documents.run(meta('publisher', 'The Daily'));
    expect(documents.undo()).toBe(true);
    expect(documents.doc).toBe(titled);
    expect(onChange).toHaveBeenLastCalledWith(titled, 'undo');
    expect(documents.undo()).toBe(true);
    expect(documents.doc).toBe(start);
    expect(documents.undo()).toBe(false);
    expect(documents.redo()).toBe(true);
    expect(documents.doc).toBe(titled);
    expect(onChange).toHaveBeenLastCalledWith(titled, 'redo');
    expect(documents.redo()).toBe(true);
    expect(documents.redo()).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(6);
  });

  test('open starts over on another document with an empty history, and reports it unless told not to', () => {
    const { host, documents, onChange } = setup();
    documents.run(meta('title', 'The coup'));
    const other = emptyDocument('d2');
    documents.open(other);
    expect(documents.doc).toBe(other);
    expect([documents.canUndo, documents.canRedo]).toEqual([false, false]);
    expect(onChange).toHaveBeenLastCalledWith(other, 'open');
    expect(host.requestUpdate).toHaveBeenCalledTimes(2);
    const quiet = emptyDocument('d3');
    documents.open(quiet, false);
    expect(documents.doc).toBe(quiet);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test('what Export writes, the problems, highlights and citers are worked out once per document', () => {
    const { documents } = setup();
    const story = documents.story;
    const problems = documents.problems;
    const highlights = documents.highlights;
    const citers = documents.citers;
    expect(documents.story).toBe(story);
    expect(documents.problems).toBe(problems);
    expect(documents.highlights).toBe(highlights);
    expect(documents.citers).toBe(citers);
    expect(story.title).toBe('');
    expect(problems.meta.title).toContain('The story has no title.');
    documents.run(meta('title', 'The coup'));
    expect(documents.story).not.toBe(story);
    expect(documents.story.title).toBe('The coup');
    expect(documents.problems.meta.title ?? []).not.toContain('The story has no title.');
    documents.undo();
    expect(documents.story.title).toBe('');
  });

  test('a title typed keeps the highlights (no quote is searched again); the citers of its paragraphs name it, the other lists are kept', () => {
    const opened = openStory('big', syntheticStory(2_000));
    if ('error' in opened) throw new Error(opened.error);
    const { documents } = setup(opened.doc);
    const highlights = documents.highlights;
    const citers = documents.citers;
    const edited = opened.doc.candidates[7];
    documents.run({ type: 'set-field', id: edited.id, field: 'title', value: 'Typed' });
    expect(documents.highlights).toBe(highlights);
    const cited = edited.citations[0].paragraph;
    expect(documents.citers.get(cited)!.map((c) => c.title)).toContain('Typed');
    for (const [paragraph, list] of documents.citers) if (paragraph !== cited) expect(list).toBe(citers.get(paragraph));
    // A quote changed is searched again.
    const quote = edited.citations[0].quote.split(' ').slice(1).join(' ');
    documents.run({ type: 'set-quote', id: edited.id, citation: 0, quote });
    expect(documents.highlights).not.toBe(highlights);
  });

  test('a big story opened is drawn before any of its events is checked; they are checked in the tasks after, then reported', async () => {
    const opened = openStory('big', syntheticStory(10_000));
    if ('error' in opened) throw new Error(opened.error);
    const { documents, onChange } = setup();
    documents.open(opened.doc);
    expect(documents.problems.unchecked).toBe(10_000);
    await documents.checked();
    expect(documents.problems.unchecked).toBe(0);
    expect(documents.problems.blocking).toEqual([]);
    expect(onChange).toHaveBeenLastCalledWith(opened.doc, 'checked');
  });
});
