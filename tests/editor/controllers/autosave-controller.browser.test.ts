import { describe, expect, test, vi } from 'vitest';
import { AutosaveController } from '../../../src/editor/controllers/autosave-controller';
import { emptyDocument, type EditorDocument } from '../../../src/editor/document';
import { memoryDraftStore, type DraftStore } from '../../../src/editor/storage';
import { plainHost, until } from '../../support/controller-host';

const titled = (id: string, title: string): EditorDocument => ({ ...emptyDocument(id), meta: { ...emptyDocument(id).meta, title } });

/** An autosave over `store`, showing what it opens; connected as the editor's host would connect it. */
function setup(store: DraftStore = memoryDraftStore()) {
  const host = plainHost();
  const shown = { doc: emptyDocument('unsaved') };
  const open = vi.fn((doc: EditorDocument) => void (shown.doc = doc));
  const report = vi.fn();
  const autosave = new AutosaveController(host, { store: () => store, doc: () => shown.doc, open, report });
  const connect = () => host.controllers.forEach((c) => c.hostConnected?.());
  return { host, autosave, store, shown, open, report, connect };
}

describe('AutosaveController', () => {
  test('on connecting, it opens a new empty draft when none was saved, and is ready', async () => {
    const { autosave, open, connect, host } = setup();
    expect(autosave.ready).toBe(false);
    connect();
    await autosave.saved();
    expect(autosave.ready).toBe(true);
    expect(open).toHaveBeenCalledOnce();
    const doc = open.mock.calls[0][0];
    expect(doc).toEqual(emptyDocument(doc.id));
    expect(doc.id).not.toBe('');
    expect(autosave.drafts).toEqual([]);
    expect(host.requestUpdate).toHaveBeenCalled();
  });

  test('on connecting, it reopens the draft open last, and lists the saved drafts newest first', async () => {
    const store = memoryDraftStore();
    await store.save({ doc: titled('a', 'First'), updated: 1 });
    await store.save({ doc: titled('b', 'Second'), updated: 2 });
    await store.setCurrent('a');
    const { autosave, open, connect } = setup(store);
    connect();
    await autosave.saved();
    expect(open).toHaveBeenCalledExactlyOnceWith(titled('a', 'First'));
    expect(autosave.drafts.map((d) => d.id)).toEqual(['b', 'a']);
    // Connected again (moved on the page): nothing is restored twice.
    connect();
    await autosave.saved();
    expect(open).toHaveBeenCalledOnce();
  });

  test('save writes each change in order, the last one kept, and makes it the current draft', async () => {
    const { autosave, store, connect } = setup();
    connect();
    await autosave.saved();
    for (const title of ['One', 'Two', 'Three']) autosave.save(titled('d', title));
    await autosave.saved();
    expect((await store.load('d'))!.doc.meta.title).toBe('Three');
    expect(await store.current()).toBe('d');
    expect(autosave.drafts.map((d) => [d.id, d.title])).toEqual([['d', 'Three']]);
  });

  test('newDraft opens an empty draft with an id of its own', async () => {
    const { autosave, open, connect } = setup();
    connect();
    await autosave.saved();
    const first = open.mock.calls[0][0];
    autosave.newDraft();
    const next = open.mock.lastCall![0];
    expect(next).toEqual(emptyDocument(next.id));
    expect(next.id).not.toBe(first.id);
  });

  test('switchTo opens a saved draft and makes it current; an id not saved only refreshes the list', async () => {
    const store = memoryDraftStore();
    await store.save({ doc: titled('a', 'First'), updated: 1 });
    await store.save({ doc: titled('b', 'Second'), updated: 2 });
    const { autosave, open, connect } = setup(store);
    connect();
    await autosave.saved();
    autosave.switchTo('b');
    await autosave.saved();
    expect(open).toHaveBeenLastCalledWith(titled('b', 'Second'));
    expect(await store.current()).toBe('b');
    open.mockClear();
    await store.remove('a');
    autosave.switchTo('a');
    await autosave.saved();
    expect(open).not.toHaveBeenCalled();
    expect(autosave.drafts.map((d) => d.id)).toEqual(['b']);
  });

  test('remove deletes a draft; removing the open one opens the newest left, or a new one', async () => {
    const store = memoryDraftStore();
    await store.save({ doc: titled('a', 'First'), updated: 1 });
    await store.save({ doc: titled('b', 'Second'), updated: 2 });
    await store.setCurrent('b');
    const { autosave, shown, connect } = setup(store);
    connect();
    await autosave.saved();
    expect(shown.doc.id).toBe('b');
    autosave.remove('a');
    await autosave.saved();
    expect(autosave.drafts.map((d) => d.id)).toEqual(['b']);
    expect(shown.doc.id, 'another draft removed: the open one stays').toBe('b');
    autosave.save(titled('c', 'Third'));
    autosave.remove('b');
    await autosave.saved();
    expect(shown.doc).toEqual(titled('c', 'Third'));
    expect(await store.current()).toBe('c');
    autosave.remove('c');
    await autosave.saved();
    expect(shown.doc).toEqual(emptyDocument(shown.doc.id));
    expect(autosave.drafts).toEqual([]);
  });

  test('a store that fails is reported in a sentence, and the editor still opens', async () => {
    const broken: DraftStore = { ...memoryDraftStore(), current: () => Promise.reject(new Error('quota exceeded')) };
    const { autosave, report, connect, host } = setup(broken);
    connect();
    await until(() => autosave.ready, 'ready despite the failure');
    expect(report).toHaveBeenCalledExactlyOnceWith('Drafts could not be saved in this browser: quota exceeded');
    expect(host.requestUpdate).toHaveBeenCalled();
    // The queue goes on after the failure: a later save is written.
    autosave.save(titled('x', 'Kept'));
    await autosave.saved();
    expect((await broken.load('x'))!.doc.meta.title).toBe('Kept');
  });
});
