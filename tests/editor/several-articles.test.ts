import { describe, expect, test } from 'vitest';
import { draftStories } from '../../src/authoring/multi-draft';
import { cardSources } from '../../src/editor/card-sources';
import { DOCUMENT_VERSION, emptyDocument, type Candidate, type EditorDocument } from '../../src/editor/document';
import { applyCommand } from '../../src/editor/edit-commands';
import { storyOf, storySources } from '../../src/editor/export';
import { draftStore, memoryKeyValue } from '../../src/editor/storage';

const first = 'The ferry Northern Star ran aground on Tuesday near the harbour mouth, the port authority said.';
const second = 'On Wednesday the Northern Star ferry ran aground close to the harbour entrance, officials said.';

function withTwoArticles(): EditorDocument {
  let doc: EditorDocument = { ...emptyDocument('d'), text: first, meta: { ...emptyDocument('d').meta, title: 'Ferry', publisher: 'Coast Daily', published: '2024-05-09' } };
  doc = applyCommand(doc, { type: 'add-article', article: { title: 'Ferry aground', publisher: 'Harbour Wire', url: '', published: '2024-05-09', text: '' } });
  return applyCommand(doc, { type: 'set-article', index: 0, field: 'text', value: second });
}

function drafted(doc: EditorDocument): EditorDocument {
  const result = draftStories([
    { text: doc.text, published: doc.meta.published, publisher: doc.meta.publisher, id: doc.sourceId },
    ...doc.articles.map((a) => ({ text: a.text, published: a.published, publisher: a.publisher, title: a.title, id: a.sourceId })),
  ]);
  return applyCommand(doc, { type: 'draft-many', result, text: doc.text, texts: doc.articles.map((a) => a.text) });
}

const candidate = (over: Partial<Candidate>): Candidate => ({
  id: 'e', status: 'accepted', title: 'T', summary: '', date: '2024-05-07', dateBasis: 'stated', dateNote: '', citations: [], phrases: [], ...over,
});

describe('a draft of several articles', () => {
  test('an added article gets a source id of its own and is a source of the exported story', () => {
    const doc = withTwoArticles();
    expect(doc.articles.map((a) => [a.sourceId, a.publisher, a.text])).toEqual([['article-2', 'Harbour Wire', second]]);
    expect(storySources(doc).map((s) => s.id)).toEqual(['article', 'article-2']);
  });

  test('drafting across the articles merges the same happening into one event citing both, each with its own date', () => {
    const doc = drafted(withTwoArticles());
    expect(doc.articles[0].paragraphs.length).toBeGreaterThan(0);
    const shared = doc.candidates.find((c) => new Set(c.citations.map((x) => x.source)).size === 2)!;
    expect(shared).toBeDefined();
    const sources = cardSources(shared, storySources(doc));
    expect(sources.sources.map((s) => s.name)).toEqual(['Coast Daily', 'Harbour Wire']);
    // Tuesday 7 May and Wednesday 8 May 2024: they cannot both be true.
    expect(sources.differ).toBe('Sources differ: 7 May 2024 (Coast Daily) · 8 May 2024 (Harbour Wire)');
    expect(storyOf({ ...doc, candidates: [{ ...shared, status: 'accepted' }] }).sources.length).toBe(2);
  });

  test('a citation split off becomes an event of its own, dated by its source; the event keeps the rest', () => {
    const doc = {
      ...emptyDocument('d'),
      candidates: [candidate({ citations: [{ source: 'a', paragraph: 'p1', quote: 'x' }, { source: 'b', paragraph: 'p1', quote: 'y', date: '2024-05-08' }], phrases: ['', 'Wednesday'] })],
    };
    const split = applyCommand(doc, { type: 'split', id: 'e', citation: 1 });
    expect(split.candidates.map((c) => [c.id, c.date, c.citations.map((x) => x.quote), c.phrases])).toEqual([
      ['e', '2024-05-07', ['x'], ['']],
      ['e-b', '2024-05-08', ['y'], ['Wednesday']],
    ]);
    expect(applyCommand(split, { type: 'split', id: 'e', citation: 0 })).toBe(split);
  });

  test('a merge keeps every citation with its date; a quote without one keeps the date of the event it came from', () => {
    const doc = {
      ...emptyDocument('d'),
      candidates: [
        candidate({ id: 'a', citations: [{ source: 'a', paragraph: 'p1', quote: 'x' }], phrases: [''] }),
        candidate({ id: 'b', date: '2024-05-08', citations: [{ source: 'b', paragraph: 'p1', quote: 'y' }, { source: 'c', paragraph: 'p2', quote: 'z', date: '2024-05' }], phrases: ['', ''] }),
      ],
    };
    const merged = applyCommand(doc, { type: 'merge', into: 'a', from: 'b' });
    expect(merged.candidates).toHaveLength(1);
    expect(merged.candidates[0].citations.map((c) => [c.source, c.date])).toEqual([['a', undefined], ['b', '2024-05-08'], ['c', '2024-05']]);
  });

  test('removing an article removes its quotes, and the events that cited only it', () => {
    const doc = drafted(withTwoArticles());
    const removed = applyCommand(doc, { type: 'remove-article', index: 0 });
    expect(removed.articles).toEqual([]);
    expect(removed.candidates.every((c) => c.citations.length > 0 && c.citations.every((x) => x.source === 'article'))).toBe(true);
  });
});

describe('drafts saved before several articles', () => {
  test('a draft saved by version 1 (no number, no articles) opens unchanged, as version 2 with no added article', async () => {
    const kv = memoryKeyValue();
    const { version: _, articles: __, ...old } = { ...emptyDocument('old'), text: 'An old article.', meta: { ...emptyDocument('old').meta, title: 'Old story' } };
    await kv.set('draft:old', { doc: old, updated: 5 });
    const loaded = await draftStore(kv).load('old');
    expect(loaded!.doc).toEqual({ ...old, version: DOCUMENT_VERSION, articles: [] });
    expect(DOCUMENT_VERSION).toBe(2);
  });

  test('a draft of several articles is saved and reopened with them', async () => {
    const store = draftStore(memoryKeyValue());
    const doc = drafted(withTwoArticles());
    await store.save({ doc, updated: 1 });
    expect((await store.load('d'))!.doc).toEqual(doc);
  });
});
