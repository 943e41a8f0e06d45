import { createStore, get, getMany, keys, promisifyRequest, set, type UseStore } from 'idb-keyval';
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
  getMany(keys: string[]): Promise<unknown[]>;
  set(key: string, value: unknown): Promise<void>;
  /** Writes `puts` and deletes `deletes` in one transaction: all of it is written, or none. */
  write(puts: [string, unknown][], deletes: string[]): Promise<void>;
  keys(): Promise<string[]>;
}

/** A draft's events are saved in parts of this many, and a save writes only the parts that changed. */
export const PART_SIZE = 250;
const PART = 'part:';

/** How a draft is stored: the document without its paragraphs and candidates, and the keys of the parts holding them. */
interface StoredDraft {
  doc: EditorDocument;
  updated: number;
  parts?: { paragraphs: string; candidates: string[] };
}

/** What was last written of a draft, to tell the parts that changed: the same arrays and candidates are the same data. */
interface Written {
  paragraphs: { key: string; value: unknown };
  candidates: { key: string; value: unknown[] }[];
}

/** Parts written in one transaction at most: a first save of a big story is several short tasks, not one long one. */
const PARTS_PER_WRITE = 2;

/**
 * Drafts over any key-value store with IndexedDB's semantics. A draft is stored as its document's
 * head and parts (the paragraphs, and the candidates 250 at a time), so saving an edit to one event
 * of a story of 10,000 writes one part, not the whole story. A changed part gets a new key and the
 * head is written last, so a save cut short leaves the draft as it was.
 */
export function draftStore(kv: KeyValue): DraftStore {
  const written = new Map<string, Written>();
  let serial = 0;
  const load = async (id: string): Promise<SavedDraft | undefined> => {
    const value = (await kv.get(PREFIX + id)) as StoredDraft | undefined;
    if (value?.parts && typeof value.doc === 'object' && value.doc !== null) {
      const keys = value.parts.candidates;
      const [paragraphs, ...candidates] = await kv.getMany([value.parts.paragraphs, ...keys]);
      if (!Array.isArray(paragraphs) || !candidates.every(Array.isArray)) return undefined;
      written.set(id, { paragraphs: { key: value.parts.paragraphs, value: paragraphs }, candidates: candidates.map((part, i) => ({ key: keys[i], value: part as unknown[] })) });
      value.doc = { ...value.doc, paragraphs, candidates: (candidates as EditorDocument['candidates'][]).flat() };
    }
    return isSavedDraft(value) ? { doc: upgradedDocument(value.doc), updated: value.updated } : undefined;
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
  const partsOf = async (id: string) => (await kv.keys()).filter((k) => k.startsWith(`${PART}${id}:`));
  return {
    async save(draft) {
      const { doc } = draft;
      const before = written.get(doc.id);
      const stamp = `${Date.now().toString(36)}.${serial++}`;
      const puts: [string, unknown][] = [];
      const paragraphs = before?.paragraphs.value === doc.paragraphs ? before.paragraphs : { key: `${PART}${doc.id}:p.${stamp}`, value: doc.paragraphs };
      if (paragraphs !== before?.paragraphs) puts.push([paragraphs.key, paragraphs.value]);
      const candidates: Written['candidates'] = [];
      for (let i = 0; i * PART_SIZE < doc.candidates.length; i++) {
        const part = doc.candidates.slice(i * PART_SIZE, (i + 1) * PART_SIZE);
        const old = before?.candidates[i];
        if (old && old.value.length === part.length && part.every((c, k) => c === old.value[k])) {
          candidates.push(old);
          continue;
        }
        const key = `${PART}${doc.id}:c${i}.${stamp}`;
        candidates.push({ key, value: part });
        puts.push([key, part]);
      }
      for (let i = 0; i < puts.length; i += PARTS_PER_WRITE) await kv.write(puts.slice(i, i + PARTS_PER_WRITE), []);
      const head: StoredDraft = { doc: { ...doc, paragraphs: [], candidates: [] }, updated: draft.updated, parts: { paragraphs: paragraphs.key, candidates: candidates.map((c) => c.key) } };
      const kept = new Set([paragraphs.key, ...candidates.map((c) => c.key)]);
      const stale = (await partsOf(doc.id)).filter((k) => !kept.has(k));
      await kv.write([[PREFIX + doc.id, head], [LISTING + doc.id, listingOf(draft)]], stale);
      written.set(doc.id, { paragraphs, candidates });
    },
    load,
    async remove(id) {
      await kv.write([], [PREFIX + id, LISTING + id, ...(await partsOf(id))]);
      written.delete(id);
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
  return draftStore(memoryKeyValue());
}

/** A key-value store in memory with IndexedDB's copying (structured clone). */
export function memoryKeyValue(map = new Map<string, unknown>()): KeyValue {
  return {
    get: async (key) => structuredClone(map.get(key)),
    getMany: async (keys) => keys.map((key) => structuredClone(map.get(key))),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    async write(puts, deletes) {
      for (const [key, value] of puts) map.set(key, structuredClone(value));
      for (const key of deletes) map.delete(key);
    },
    keys: async () => [...map.keys()],
  };
}

/** Drafts in IndexedDB: database `history-timeline-editor`, object store `drafts`. */
export function idbDraftStore(database = 'history-timeline-editor'): DraftStore {
  const store: UseStore = createStore(database, 'drafts');
  return draftStore({
    get: (key) => get(key, store),
    getMany: (keys) => getMany(keys, store),
    set: (key, value) => set(key, value, store),
    write: (puts, deletes) =>
      store('readwrite', (objects) => {
        for (const [key, value] of puts) objects.put(value, key);
        for (const key of deletes) objects.delete(key);
        return promisifyRequest(objects.transaction);
      }),
    keys: async () => (await keys(store)).map(String),
  });
}
