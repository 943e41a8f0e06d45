import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { upgradedDocument, type EditorDocument } from './document';

/**
 * Where drafts are kept between visits. The editor saves through this interface; the browser's
 * is IndexedDB (idb-keyval), tests use the one in memory.
 */

export interface SavedDraft {
  doc: EditorDocument;
  /** When it was saved: epoch ms. */
  updated: number;
}

export interface DraftListing {
  id: string;
  title: string;
  updated: number;
  events: number;
}

export interface DraftStore {
  save(draft: SavedDraft): Promise<void>;
  load(id: string): Promise<SavedDraft | undefined>;
  remove(id: string): Promise<void>;
  /** Every saved draft, the most recently saved first. */
  list(): Promise<DraftListing[]>;
  /** The draft open last, to reopen on the next visit. */
  current(): Promise<string | undefined>;
  setCurrent(id: string): Promise<void>;
}

/** A new draft's key: unique, so a new draft never replaces a saved one. */
export function newDraftId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const PREFIX = 'draft:';
/** Each draft's listing is kept apart from it, so the list never reads whole drafts. */
const LISTING = 'listing:';
const CURRENT = 'current';

const isListing = (value: unknown): value is DraftListing =>
  typeof value === 'object' && value !== null && typeof (value as DraftListing).id === 'string' && typeof (value as DraftListing).updated === 'number';

/** A stored value is used only when it still has a document's shape (storage can be old or edited by hand). */
export function isSavedDraft(value: unknown): value is SavedDraft {
  const v = value as SavedDraft | null;
  return (
    typeof v === 'object' && v !== null && typeof v.updated === 'number' && typeof v.doc === 'object' && v.doc !== null &&
    typeof v.doc.id === 'string' && typeof v.doc.text === 'string' && Array.isArray(v.doc.candidates) && Array.isArray(v.doc.paragraphs) &&
    typeof v.doc.meta === 'object' && v.doc.meta !== null
  );
}

export function listingOf({ doc, updated }: SavedDraft): DraftListing {
  return { id: doc.id, title: doc.meta.title.trim() || 'Untitled draft', updated, events: doc.candidates.filter((c) => c.status === 'accepted').length };
}

export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** Drafts over any key-value store with IndexedDB's semantics. */
export function draftStore(kv: KeyValue): DraftStore {
  const load = async (id: string) => {
    const value = await kv.get(PREFIX + id);
    return isSavedDraft(value) ? { ...value, doc: upgradedDocument(value.doc) } : undefined;
  };
  /** A draft's listing; a draft saved before listings were kept gets one now. */
  const listing = async (id: string): Promise<DraftListing | undefined> => {
    const kept = await kv.get(LISTING + id);
    if (isListing(kept)) return kept;
    const draft = await load(id);
    if (!draft) return undefined;
    await kv.set(LISTING + id, listingOf(draft));
    return listingOf(draft);
  };
  return {
    async save(draft) {
      await kv.set(PREFIX + draft.doc.id, draft);
      await kv.set(LISTING + draft.doc.id, listingOf(draft));
    },
    load,
    async remove(id) {
      await kv.del(PREFIX + id);
      await kv.del(LISTING + id);
    },
    async list() {
      const ids = (await kv.keys()).filter((k) => k.startsWith(PREFIX)).map((k) => k.slice(PREFIX.length));
      const listings = (await Promise.all(ids.map(listing))).filter((d): d is DraftListing => d !== undefined);
      return listings.sort((a, b) => b.updated - a.updated);
    },
    async current() {
      const id = await kv.get(CURRENT);
      return typeof id === 'string' ? id : undefined;
    },
    setCurrent: (id) => kv.set(CURRENT, id),
  };
}

/** Drafts in memory, copied in and out as IndexedDB would (structured clone). */
export function memoryDraftStore(): DraftStore {
  const map = new Map<string, unknown>();
  return draftStore({
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    del: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  });
}

/** Drafts in IndexedDB: database `history-timeline-editor`, object store `drafts`. */
export function idbDraftStore(database = 'history-timeline-editor'): DraftStore {
  const store: UseStore = createStore(database, 'drafts');
  return draftStore({
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
  });
}
