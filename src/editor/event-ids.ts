import { draftId } from '../authoring/event-ids';
import type { Candidate, EditorDocument } from './document';

/**
 * The ids events go out with. Inside the editor an event keeps the key it was made with
 * (`Candidate.id`): cards, undo, autosave, merges, citations' highlights and problems refer to it,
 * and it never changes, so nothing there has to follow a rename. What Export writes is the event's
 * published id: until the event is first exported, a slug of its title and year as they are now
 * (unique in the story); once exported, the id it went out with, recorded in the draft
 * (`EditorDocument.published`), so links to a published page keep working after a retitle.
 */

/** Accepted events take the plain slug before those to review, and those before rejected ones: what goes out gets the shortest id. */
const RANK: Record<Candidate['status'], number> = { accepted: 0, pending: 1, rejected: 2 };

/** A candidate's slug before it is made unique, once per candidate (candidates are replaced, never changed). */
const slugs = new WeakMap<Candidate, string>();
function slugOf(c: Candidate): string {
  let slug = slugs.get(c);
  if (slug === undefined) slugs.set(c, (slug = draftId(c.title, c.date.trim(), new Set())));
  return slug;
}

const made = new WeakMap<EditorDocument, ReadonlyMap<string, string>>();

/**
 * Each candidate's published id, by its key: a frozen id where the draft recorded one (the first
 * candidate holding it, should two), else the slug of its title and year, made unique with `-2`,
 * `-3` … in the order accepted, to review, rejected, and the document's order within each.
 */
export function publishedIds(doc: EditorDocument): ReadonlyMap<string, string> {
  const known = made.get(doc) ?? (last && sameIds(last.doc, doc) ? last.ids : undefined);
  if (known) {
    made.set(doc, known);
    return known;
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const c of doc.candidates) {
    const frozen = doc.published[c.id];
    if (frozen === undefined || taken.has(frozen)) continue;
    ids.set(c.id, frozen);
    taken.add(frozen);
  }
  const following = doc.candidates.filter((c) => !ids.has(c.id)).sort((a, b) => RANK[a.status] - RANK[b.status]);
  // The next number to try after each slug: a thousand events of one title take linear time, not quadratic.
  const next = new Map<string, number>();
  for (const c of following) {
    const base = slugOf(c);
    let n = next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (taken.has(id)) id = `${base}-${++n}`;
    next.set(base, n + 1);
    taken.add(id);
    ids.set(c.id, id);
  }
  made.set(doc, ids);
  last = { doc, ids };
  return ids;
}

/** The ids last made, and for which document: an edit of a summary, a quote or a picture in a story of 10,000 events makes none again. */
let last: { doc: EditorDocument; ids: ReadonlyMap<string, string> } | null = null;

/** Whether `doc` gives every candidate the ids `before` gave: the same frozen ids, and the same keys, slugs and statuses in the same order. */
function sameIds(before: EditorDocument, doc: EditorDocument): boolean {
  if (before.published !== doc.published || before.candidates.length !== doc.candidates.length) return false;
  return doc.candidates.every((c, i) => {
    const b = before.candidates[i];
    return b === c || (b.id === c.id && b.status === c.status && slugOf(b) === slugOf(c));
  });
}

/** The published id of the candidate with key `key` in `doc`. */
export const publishedId = (doc: EditorDocument, key: string): string => publishedIds(doc).get(key) ?? key;

/**
 * The ids an export of `doc` froze: the published id of every candidate `exported` keeps (the
 * accepted ones), by key; empty when all of them were frozen already.
 */
export function idsToFreeze(doc: EditorDocument, exported: (c: Candidate) => boolean = (c) => c.status === 'accepted'): Record<string, string> {
  const ids = publishedIds(doc);
  const out: Record<string, string> = {};
  for (const c of doc.candidates) if (exported(c) && doc.published[c.id] === undefined) out[c.id] = ids.get(c.id)!;
  return out;
}

/**
 * `doc` with `frozen` recorded, for a document anywhere in the undo history: an id once published
 * stays published whatever is undone. A key the document has no candidate for is recorded too (an
 * undo may bring the event back), unless the document froze that key already. The same document
 * when nothing is new.
 */
export function withFrozenIds(doc: EditorDocument, frozen: Readonly<Record<string, string>>): EditorDocument {
  const fresh = Object.keys(frozen).filter((key) => doc.published[key] === undefined);
  if (fresh.length === 0) return doc;
  const published = { ...doc.published };
  for (const key of fresh) published[key] = frozen[key];
  return { ...doc, published };
}

/** A key for a new candidate from `base`, used by no candidate and no frozen id's key, so it inherits no published id. */
export function freeKey(doc: EditorDocument, base: string): string {
  const taken = (key: string) => doc.published[key] !== undefined || doc.candidates.some((c) => c.id === key);
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base}-${n}`;
  return key;
}
