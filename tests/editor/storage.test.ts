import { describe, expect, test } from 'vitest';
import { emptyDocument, type Candidate } from '../../src/editor/document';
import { draftStore, isSavedDraft, memoryDraftStore, memoryKeyValue, PART_SIZE, type KeyValue } from '../../src/editor/storage';

describe('saved drafts', () => {
  test('drafts are saved, listed newest first, reopened as saved, and deleted', async () => {
    const store = memoryDraftStore();
    const a = { ...emptyDocument('a'), meta: { ...emptyDocument('a').meta, title: 'First' } };
    const b = emptyDocument('b');
    await store.save({ doc: a, updated: 1 });
    await store.save({ doc: b, updated: 2 });
    await store.setCurrent('a');
    expect(await store.list()).toEqual([
      { id: 'b', title: 'Untitled draft', updated: 2, events: 0 },
      { id: 'a', title: 'First', updated: 1, events: 0 },
    ]);
    expect(await store.current()).toBe('a');
    expect((await store.load('a'))!.doc).toEqual(a);
    await store.remove('a');
    expect((await store.list()).map((d) => d.id)).toEqual(['b']);
    expect(await store.load('a')).toBeUndefined();
  });

  test('a stored value without a document’s shape is not reopened', () => {
    expect(isSavedDraft({ doc: emptyDocument('a'), updated: 1 })).toBe(true);
    expect(isSavedDraft({ doc: { id: 'a' }, updated: 1 })).toBe(false);
    expect(isSavedDraft('draft')).toBe(false);
    expect(isSavedDraft(null)).toBe(false);
  });

  test('the list reads each draft\'s listing, not the draft; a draft saved before listings were kept gets one', async () => {
    const map = new Map<string, unknown>();
    const read: string[] = [];
    const memory = memoryKeyValue(map);
    const kv: KeyValue = { ...memory, get: async (key) => (read.push(key), memory.get(key)) };
    const store = draftStore(kv);
    await store.save({ doc: { ...emptyDocument('a'), meta: { ...emptyDocument('a').meta, title: 'First' } }, updated: 1 });
    // Saved by an earlier version: the draft alone.
    map.set('draft:b', { doc: emptyDocument('b'), updated: 2 });
    expect(await store.list()).toEqual([
      { id: 'b', title: 'Untitled draft', updated: 2, events: 0 },
      { id: 'a', title: 'First', updated: 1, events: 0 },
    ]);
    read.length = 0;
    await store.list();
    expect(read.sort()).toEqual(['listing:a', 'listing:b']);
  });

  test('a draft of many events is saved in parts; an edit to one event writes its part and the head only', async () => {
    const map = new Map<string, unknown>();
    const memory = memoryKeyValue(map);
    const writes: string[][] = [];
    const kv: KeyValue = { ...memory, write: async (puts, deletes) => (writes.push(puts.map(([k]) => k)), memory.write(puts, deletes)) };
    const store = draftStore(kv);
    const candidate = (i: number): Candidate => ({ id: `e${i}`, status: 'accepted', title: `Event ${i}`, summary: '', date: '2020', dateBasis: 'stated', dateNote: '', citations: [], phrases: [] });
    const doc = { ...emptyDocument('big'), candidates: Array.from({ length: PART_SIZE * 3 + 5 }, (_, i) => candidate(i)) };
    await store.save({ doc, updated: 1 });
    // The paragraphs and four parts, a few at a time, then the head and its listing.
    expect(writes.flat().filter((k) => k.startsWith('part:'))).toHaveLength(5);
    expect(writes.at(-1)).toEqual(['draft:big', 'listing:big']);
    writes.length = 0;
    const candidates = doc.candidates.slice();
    candidates[PART_SIZE + 7] = { ...candidates[PART_SIZE + 7], title: 'Changed' };
    const edited = { ...doc, candidates };
    await store.save({ doc: edited, updated: 2 });
    expect(writes).toEqual([[expect.stringMatching(/^part:big:c1\./)], ['draft:big', 'listing:big']]);
    // A new store (the next visit) reads it back whole, and a shorter draft leaves no part behind.
    const again = draftStore(memoryKeyValue(map));
    expect((await again.load('big'))!.doc).toEqual(edited);
    await again.save({ doc: { ...edited, candidates: candidates.slice(0, 10) }, updated: 3 });
    expect([...map.keys()].filter((k) => k.startsWith('part:big:')).map((k) => k.replace(/\..*/, '')).sort()).toEqual(['part:big:c0', 'part:big:p']);
    await again.remove('big');
    expect([...map.keys()]).toEqual([]);
  });
});
