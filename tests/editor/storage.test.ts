import { describe, expect, test } from 'vitest';
import { emptyDocument } from '../../src/editor/document';
import { isSavedDraft, memoryDraftStore } from '../../src/editor/storage';

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
});
