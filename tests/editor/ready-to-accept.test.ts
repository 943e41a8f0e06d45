import { describe, expect, test } from 'vitest';
import { headlineProblems } from '../../src/authoring/headlines';
import { placeProblems } from '../../src/editor/problems';
import { notReadyReasons, readyToAccept } from '../../src/editor/ready-to-accept';
import { applyCommand } from '../../src/editor/edit-commands';
import { drafted, run } from '../support/drafted-article';
import type { EditorDocument } from '../../src/editor/document';

function ready(doc: EditorDocument): string[] {
  const placed = placeProblems(doc);
  return readyToAccept(doc.candidates, (id) => placed.candidates.get(id), headlineProblems);
}

describe('which cards "Accept all ready" accepts', () => {
  test('a card to review with a date, a headline title and no problem is ready; one with a title that is not a headline says why', () => {
    const doc = drafted();
    const [a, b] = doc.candidates;
    const edited = run(doc, { type: 'set-field', id: a.id, field: 'title', value: 'Russia recognizes the Taliban government' }, { type: 'set-field', id: b.id, field: 'title', value: 'the talks that' });
    expect(ready(edited)).toContain(a.id);
    expect(ready(edited)).not.toContain(b.id);
    const reasons = notReadyReasons(edited.candidates[1], undefined, headlineProblems('the talks that'));
    expect(reasons).toContain('Title: It starts with a lower-case letter.');
  });

  test('a card with no date, or a date that does not read, is not ready, whatever its title', () => {
    const doc = drafted();
    const [a, b] = doc.candidates;
    const edited = run(doc, { type: 'set-field', id: a.id, field: 'date', value: '' }, { type: 'set-field', id: b.id, field: 'date', value: 'soon' });
    const placed = placeProblems(edited);
    expect(notReadyReasons(edited.candidates[0], placed.candidates.get(a.id), [])).toEqual(['It has no date yet.']);
    expect(notReadyReasons(edited.candidates[1], placed.candidates.get(b.id), [])).toEqual(['Its date does not read as a date.']);
    expect(ready(edited)).not.toContain(a.id);
    expect(ready(edited)).not.toContain(b.id);
  });

  test('accepted and rejected cards are never in the list; a title not checked yet is not counted as ready', () => {
    const doc = drafted();
    const [a, b, c] = doc.candidates;
    const edited = run(doc, { type: 'set-status', id: a.id, status: 'accepted' }, { type: 'set-status', id: b.id, status: 'rejected' });
    const ids = ready(edited);
    expect(ids).not.toContain(a.id);
    expect(ids).not.toContain(b.id);
    expect(notReadyReasons(c, undefined, undefined)).toBeNull();
    expect(readyToAccept(edited.candidates, () => undefined, () => undefined)).toEqual([]);
  });
});

describe('a date after the article was published', () => {
  test('is not ready: a person checks it (a "next year" read from the publication date, say); up to the publication day it is', () => {
    const doc = drafted();
    const [a, b] = doc.candidates.filter((c) => c.dateBasis === 'stated');
    const edited = run(doc, { type: 'set-field', id: a.id, field: 'date', value: '2026' }, { type: 'set-field', id: b.id, field: 'date', value: '2025-07-03' });
    const placed = placeProblems(edited);
    const published = () => edited.meta.published;
    const [after, onTheDay] = [a, b].map((c) => edited.candidates.find((x) => x.id === c.id)!);
    expect(notReadyReasons(after, placed.candidates.get(a.id), [], edited.meta.published)).toEqual(['Its date is after the article was published: check it.']);
    expect(notReadyReasons(onTheDay, placed.candidates.get(b.id), [], edited.meta.published)).toEqual([]);
    const ids = readyToAccept(edited.candidates, (id) => placed.candidates.get(id), () => [], published);
    expect(ids).not.toContain(a.id);
    expect(ids).toContain(b.id);
  });
});

describe('several statuses at once', () => {
  test('one command sets them, and the document before it is the one undo gives back', () => {
    const doc = drafted();
    const ids = doc.candidates.slice(0, 3).map((c) => c.id);
    const after = applyCommand(doc, { type: 'set-statuses', ids, status: 'accepted' });
    expect(after.candidates.filter((c) => c.status === 'accepted').map((c) => c.id)).toEqual(ids);
    expect(after.candidates.slice(3)).toEqual(doc.candidates.slice(3));
    expect(applyCommand(after, { type: 'set-statuses', ids, status: 'accepted' })).toBe(after);
    expect(applyCommand(doc, { type: 'set-statuses', ids: ['no-such-event'], status: 'accepted' })).toBe(doc);
  });
});
