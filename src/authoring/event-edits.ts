/**
 * Two edits for a story drafted from several sources: split a citation off into its own event
 * (the drafter merged two happenings), and merge two events into one (it kept one happening
 * apart). Pure: they return a new story and never change the one given; the editor calls them.
 * What each source says is kept: a moved citation keeps the date its source gives.
 */
import type { Citation, StoryEventInput, StoryInput } from '../model/types';

export type EventEdit = { ok: true; story: StoryInput; eventId: string } | { ok: false; error: string };

/** An id not taken by any event: `base`, else `base-2`, `base-3` … */
function freeId(events: readonly StoryEventInput[], base: string): string {
  const taken = new Set(events.map((e) => e.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The id part a source id gives: URL-safe, as event ids must be. */
function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._~-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '') || 'source';
}

/**
 * Citation `citationIndex` of event `eventId` becomes an event of its own, placed after it: the
 * same title, summary, group, date basis and note; dated by the citation's own date, else the
 * event's. The event keeps its other citations (and its picture). Id: `<event>-<source>`, made unique.
 */
export function splitCitation(story: StoryInput, eventId: string, citationIndex: number): EventEdit {
  const at = story.events.findIndex((e) => e.id === eventId);
  if (at === -1) return { ok: false, error: `The story has no event "${eventId}".` };
  const event = story.events[at];
  const citation = event.citations[citationIndex];
  if (!Number.isInteger(citationIndex) || !citation) return { ok: false, error: `Event "${eventId}" has no citation ${citationIndex}; it has ${event.citations.length}.` };
  if (event.citations.length === 1) return { ok: false, error: `Event "${eventId}" has only one citation; there is nothing to split off.` };
  const { media: _, ...rest } = event;
  const split: StoryEventInput = { ...rest, id: freeId(story.events, `${eventId}-${idPart(citation.source)}`), date: citation.date ?? event.date, citations: [citation] };
  const kept: StoryEventInput = { ...event, citations: event.citations.filter((_, i) => i !== citationIndex) };
  const events = [...story.events.slice(0, at), kept, split, ...story.events.slice(at + 1)];
  return { ok: true, story: { ...story, events }, eventId: split.id };
}

/**
 * Event `fromId` joins event `intoId`: its citations are added after `intoId`'s, each keeping the
 * date its source gives (a citation without one takes `fromId`'s date when that differs), and
 * `fromId` is removed (a story that featured it features `intoId`). `intoId` keeps its own title,
 * date and note; the validator warns when the dates it now holds disagree and the note does not say why.
 */
export function mergeEvents(story: StoryInput, intoId: string, fromId: string): EventEdit {
  if (intoId === fromId) return { ok: false, error: `An event cannot be merged with itself ("${intoId}").` };
  const into = story.events.find((e) => e.id === intoId);
  const from = story.events.find((e) => e.id === fromId);
  if (!into || !from) return { ok: false, error: `The story has no event "${into ? fromId : intoId}".` };
  const moved = from.citations.map((c): Citation => (c.date === undefined && from.date !== into.date ? { ...c, date: from.date } : c));
  const events = story.events.filter((e) => e !== from).map((e) => (e === into ? { ...into, citations: [...into.citations, ...moved] } : e));
  const merged: StoryInput = { ...story, events };
  if (story.featured === fromId) merged.featured = intoId;
  return { ok: true, story: merged, eventId: intoId };
}
