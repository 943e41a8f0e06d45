import type { Candidate, EditorDocument, SourceMeta } from './document';
import type { PlacedProblems, ProblemsByField } from './problems';
import { count, numeral } from './words';

/**
 * What stands between the draft and a publishable page, said before Export is pressed: the source
 * form's problems, then the accepted events with a problem, grouped by what they need and named
 * by title. Pending events never stop the export (they are left out until accepted).
 */

/** What an accepted event needs before it can be published; each event is named under its first need only. */
export type Need = 'date' | 'readable-date' | 'title' | 'date-note' | 'picture' | 'quote' | 'other';

export interface NamedEvent {
  id: string;
  title: string;
}

export interface NeedGroup {
  need: Need;
  events: NamedEvent[];
}

export interface Readiness {
  /** The source form's problems, by field, in the form's order. */
  source: { field: keyof SourceMeta; message: string }[];
  /** Accepted events with a problem, grouped by need, in the order of `NEEDS`. */
  groups: NeedGroup[];
  accepted: number;
  toReview: number;
  /** Events still being checked: the export waits for them. */
  unchecked: number;
}

const NEEDS: readonly Need[] = ['date', 'readable-date', 'title', 'date-note', 'picture', 'quote', 'other'];

const FORM_ORDER: readonly (keyof SourceMeta)[] = ['title', 'articleTitle', 'publisher', 'url', 'published', 'timeZone'];

/** The first thing `candidate` needs, from the fields its problems are on. */
export function needOf(candidate: Candidate, fields: ProblemsByField): Need {
  if (fields.date) return candidate.date.trim() ? 'readable-date' : 'date';
  if (fields.title) return 'title';
  if (fields.dateNote) return 'date-note';
  if (fields.media) return 'picture';
  if (Object.keys(fields).some((f) => f.startsWith('quote:'))) return 'quote';
  return 'other';
}

export function readinessOf(doc: EditorDocument, placed: PlacedProblems): Readiness {
  const source = FORM_ORDER.flatMap((field) => (placed.meta[field] ?? []).map((message) => ({ field, message })));
  const byNeed = new Map<Need, NamedEvent[]>();
  let [accepted, toReview] = [0, 0];
  for (const c of doc.candidates) {
    if (c.status === 'pending') toReview++;
    if (c.status !== 'accepted') continue;
    accepted++;
    const fields = placed.candidates.get(c.id);
    if (!fields) continue;
    const need = needOf(c, fields);
    const list = byNeed.get(need) ?? [];
    list.push({ id: c.id, title: c.title.trim() });
    byNeed.set(need, list);
  }
  const groups = NEEDS.filter((need) => byNeed.has(need)).map((need) => ({ need, events: byNeed.get(need)! }));
  return { source, groups, accepted, toReview, unchecked: placed.unchecked };
}

/** Whether Export may write the page now. */
export const readyToPublish = (r: Readiness): boolean => r.accepted > 0 && r.unchecked === 0 && r.source.length === 0 && r.groups.length === 0;

/** "2 events need a date": the words before a group's names. */
export function needWords(group: NeedGroup): string {
  const one = group.events.length === 1;
  const n = count(group.events.length, 'event', 'events');
  switch (group.need) {
    case 'date':
      return `${n} ${one ? 'needs' : 'need'} a date`;
    case 'readable-date':
      return `${n} ${one ? 'has a date' : 'have dates'} that ${one ? 'does' : 'do'} not read`;
    case 'title':
      return `${n} ${one ? 'needs' : 'need'} a title`;
    case 'date-note':
      return `${n} ${one ? 'needs' : 'need'} a date note`;
    case 'picture':
      return `${n} ${one ? 'needs its picture' : 'need their pictures'} completed`;
    case 'quote':
      return `${n} ${one ? 'quotes' : 'quote'} words not in ${one ? 'its' : 'their'} paragraph`;
    case 'other':
      return `${n} ${one ? 'has' : 'have'} another problem`;
  }
}

/** How an event is named in the line: by its title. */
export const eventName = (e: NamedEvent): string => (e.title ? `“${e.title}”` : 'an untitled event');

/** A group's names are listed up to this many, then "and N more". */
export const NAMED_AT_MOST = 5;

/** How many things the line names to fix: each source problem, and each accepted event once. */
export const thingsToFix = (r: Readiness): number => r.source.length + r.groups.reduce((n, g) => n + g.events.length, 0);

/** The line's opening: where the draft stands. */
export function readinessLead(r: Readiness): string {
  if (r.accepted === 0) return r.toReview ? `Accept the events to publish (${numeral(r.toReview)} to review).` : 'Draft events, then accept the ones to publish.';
  if (r.unchecked) return `Checking ${count(r.unchecked, 'event', 'events')}…`;
  const left = r.toReview ? ` ${count(r.toReview, 'event', 'events')} still to review ${r.toReview === 1 ? 'is' : 'are'} left out until accepted.` : '';
  if (readyToPublish(r)) return `${count(r.accepted, 'accepted event', 'accepted events')}, ready to publish.${left}`;
  return `Before export, ${count(thingsToFix(r), 'thing', 'things')} to fix:`;
}

/** The whole line as one plain sentence, for the live region. */
export function readinessSentence(r: Readiness): string {
  const lead = readinessLead(r);
  if (readyToPublish(r) || r.accepted === 0 || r.unchecked) return lead;
  const named = r.groups.map((g) => {
    const shown = g.events.slice(0, NAMED_AT_MOST).map(eventName);
    const more = g.events.length - shown.length;
    return `${needWords(g)}: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
  });
  return [lead, ...r.source.map((s) => s.message), ...named].join(' ');
}
