import { describe, expect, test } from 'vitest';
import { emptyDocument } from '../../src/editor/document';
import { draftStore, isSavedDraft, memoryDraftStore, type KeyValue } from '../../src/editor/storage';

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
    const kv: KeyValue = {
      get: async (key) => (read.push(key), structuredClone(map.get(key))),
      set: async (key, value) => void map.set(key, structuredClone(value)),
      del: async (key) => void map.delete(key),
      keys: async () => [...map.keys()],
    };
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
});
