/**
 * A live story's updates merged into the story shown: events added or changed by the page
 * (`addEvents`, `updateEvent`) or by a newer version of the story's file. Pure: no DOM, no clock.
 */
import type { Problem, Story, TimelineEvent } from './types';
import type { CitableSources } from './validation/sources';
import { validateEvent } from './validation/events';
import { Problems, type Said, quote } from './validation/problems';
import { sortedByStartEnd } from './validation/sort-events';

/** What a batch of updates did: the story with them, and which events came or changed. */
export interface LiveMerge {
  story: Story;
  /** Ids of events the story did not have, in the order they came. */
  added: string[];
  /** Ids of events whose content changed. */
  updated: string[];
  problems: Problem[];
}

/** The story's sources as the validator checks citations against them. */
function citableSources(story: Story): CitableSources {
  return new Map(story.sources.map((source) => [source.id, { source, paragraphs: new Map(source.paragraphs.map((p) => [p.id, p])), tooLong: new Set<string>() }]));
}

/** Two versions of an event say the same (their dates compared as written). */
export function sameEvent(a: TimelineEvent, b: TimelineEvent): boolean {
  const { calendar: _a, ...restA } = a;
  const { calendar: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/** The story's events with `changes` in place of those of the same id and the new ones added, in time order. */
function withEvents(story: Story, changes: readonly TimelineEvent[]): { events: TimelineEvent[]; added: string[]; updated: string[] } {
  const byId = new Map(story.events.map((e) => [e.id, e]));
  const added: string[] = [];
  const updated: string[] = [];
  for (const event of changes) {
    const old = byId.get(event.id);
    if (!old) added.push(event.id);
    else if (!sameEvent(old, event)) updated.push(event.id);
    else continue;
    byId.set(event.id, event);
  }
  const events = [...byId.values()];
  return { events: sortedByStartEnd(events, events.map((e) => e.calendar.startMs), events.map((e) => e.calendar.endMs)), added, updated };
}

/**
 * Validates `incoming` events (untrusted JSON) against the story's sources and groups and merges
 * the valid ones. `mode` says what an id may be: `add` only new ids, `update` only existing ones.
 * A bad event is left out with a problem naming it (its path starts with `label`), worded by `say`
 * (validation/messages.ts's `sentence`); the rest are kept.
 */
export function mergeEvents(story: Story, incoming: readonly unknown[], mode: 'add' | 'update', label: string, say: (said: Said | string) => string): LiveMerge {
  const problems = new Problems(say);
  const sources = citableSources(story);
  const groups = new Set((story.groups ?? []).map((g) => g.id));
  const seenIds = new Map<string, number>();
  const valid: TimelineEvent[] = [];
  incoming.forEach((value, i) => {
    let event: TimelineEvent | null;
    try {
      event = validateEvent(value, i, sources, seenIds, problems, groups);
    } catch {
      event = null;
      problems.add(`events[${i}]`, ['unreadableAt', `events[${i}]`]);
    }
    if (!event) return;
    const known = story.events.some((e) => e.id === event.id);
    if (mode === 'add' && known) problems.add(`events[${i}].id`, `The event ${quote(event.id)} is in the story already; updateEvent() changes it.`, event.id);
    else if (mode === 'update' && !known) problems.add(`events[${i}].id`, `The story has no event ${quote(event.id)} to update; addEvents() adds it.`, event.id);
    else valid.push(event);
  });
  const merged = withEvents(story, valid);
  return {
    story: { ...story, events: merged.events },
    added: merged.added,
    updated: merged.updated,
    problems: problems.list.map((p) => ({ ...p, path: p.path.replace(/^events/, label) })),
  };
}

/**
 * A newer version of the story's file merged into the story shown: its title, sources, groups and
 * eras replace the old; its events are added or replace those of the same id; events it no longer
 * has are kept (a live story's file may carry only its latest events).
 */
export function mergeStory(shown: Story, newer: Story): Omit<LiveMerge, 'problems'> {
  const merged = withEvents(shown, newer.events);
  return { story: { ...newer, events: merged.events }, added: merged.added, updated: merged.updated };
}

/** The events that started last: the one to bring into view when updates come. */
export function newestEvent(events: readonly TimelineEvent[]): TimelineEvent | undefined {
  let newest: TimelineEvent | undefined;
  for (const event of events) if (!newest || event.calendar.startMs >= newest.calendar.startMs) newest = event;
  return newest;
}

