/**
 * A whole story, part by part: its title, sources, groups, eras, events (sorted) and featured
 * event, a step at a time so a caller can give the page a turn while 100,000 events are checked.
 */
import { type CitableSources, validateSources } from './sources';
import type { Story, TimelineEvent } from '../types';
import { type Json, at, isArray, isNonEmptyString, isObject, lengthOf, read } from './json-read';
import { Problems, kind, limited, mustBeString, quote } from './problems';
import { MAX_SUMMARY, MAX_TITLE } from '../text-limit';
import { validateGroups } from './groups';
import { validateEras } from './eras';
import { validateEvent } from './events';
import { sortedByStartEnd } from './sort-events';
import { isTimeZone } from '../time-zone';

/** Events validated between two steps: about a millisecond's work. */
const EVENTS_PER_STEP = 256;

/** The story's list `key`, or null with a problem when it is not an array (or is missing, unless optional). */
function storyList(input: Json, key: string, problems: Problems, optional = false): unknown[] | null {
  const raw = read(input, key);
  if (isArray(raw)) return raw;
  if (raw !== undefined) problems.add(key, `The story's ${key} must be an array, not ${kind(raw)}.`);
  else if (!optional) problems.add(key, `The story has no ${key} array.`);
  return null;
}

/**
 * Yields the fraction of events done after every `EVENTS_PER_STEP` of them; returns the valid
 * part of the story, or null when the input is not an object. Problems go to `problems`.
 */
export function* validateStoryParts(input: unknown, problems: Problems): Generator<number, Story | null, void> {
  if (!isObject(input)) {
    problems.add('', `The story is not a JSON object (it is ${kind(input)}).`);
    return null;
  }
  const title = read(input, 'title');
  if (!isNonEmptyString(title)) {
    problems.add(
      'title',
      title === undefined || typeof title === 'string' ? 'The story has no title.' : mustBeString('The story title', title),
    );
  }

  const story: Story = { title: isNonEmptyString(title) ? limited(title, MAX_TITLE, 'title', "The story's title", problems) : '', sources: [], events: [] };
  const description = read(input, 'description');
  if (isNonEmptyString(description)) story.description = limited(description, MAX_SUMMARY, 'description', "The story's description", problems);
  else if (description !== undefined && typeof description !== 'string') problems.add('description', mustBeString("The story's description", description));
  const rawSources = storyList(input, 'sources', problems);
  const sources: CitableSources = rawSources ? validateSources(rawSources, problems) : new Map();
  for (const entry of sources.values()) story.sources.push(entry.source);

  const rawGroups = storyList(input, 'groups', problems, true);
  const groups = rawGroups ? validateGroups(rawGroups, problems) : [];
  if (groups.length) story.groups = groups;
  const groupIds = new Set(groups.map((g) => g.id));

  const timeZone = read(input, 'timeZone');
  if (isTimeZone(timeZone)) story.timeZone = timeZone;
  else if (timeZone !== undefined) {
    problems.add('timeZone', `The story's timeZone ${typeof timeZone === 'string' ? quote(timeZone) : `(${kind(timeZone)})`} is not a time zone: write an IANA name such as "Asia/Kolkata".`);
  }

  const rawEras = storyList(input, 'eras', problems, true);
  const eras = rawEras ? validateEras(rawEras, sources, problems, story.timeZone) : [];
  if (eras.length) story.eras = eras;

  const rawEvents = storyList(input, 'events', problems);
  if (!rawEvents) return story;
  const seenIds = new Map<string, number>();
  const valid: TimelineEvent[] = [];
  // The bounds are gathered while each event is at hand, so sorting need not visit events again.
  const starts: number[] = [];
  const ends: number[] = [];
  const n = lengthOf(rawEvents);
  for (let i = 0; i < n; i++) {
    if (i % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield i / n;
    let event: TimelineEvent | null;
    try {
      event = validateEvent(at(rawEvents, i), i, sources, seenIds, problems, groupIds, story.timeZone);
    } catch {
      event = null;
      problems.add(`events[${i}]`, `The value at events[${i}] could not be read.`);
    }
    if (event) {
      valid.push(event);
      starts.push(event.calendar.startMs);
      ends.push(event.calendar.endMs);
    }
  }
  story.events = sortedByStartEnd(valid, starts, ends);
  const featured = read(input, 'featured');
  if (featured !== undefined) {
    if (typeof featured === 'string' && seenIds.has(featured) && story.events.some((e) => e.id === featured)) story.featured = featured;
    else problems.add('featured', typeof featured === 'string' ? `The featured event ${quote(featured)} is not one of the story's valid events; the default is used.` : `The featured event must be an event id string, not ${kind(featured)}.`);
  }
  return story;
}
