/**
 * A whole story, part by part: its title, sources, groups, eras, events (sorted) and featured
 * event, a step at a time so a caller can give the page a turn while 100,000 events are checked.
 */
import { type CitableSources, validateSources } from './sources';
import type { Story, TimelineEvent } from '../types';
import { type Json, at, isArray, isNonEmptyString, isObject, lengthOf, read } from './json-read';
import { Problems, kind, limited, mustBeString } from './problems';
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
  if (raw !== undefined) problems.add(key, ['storyListNotArray', key, kind(raw)]);
  else if (!optional) problems.add(key, ['storyNoList', key]);
  return null;
}

/**
 * Yields the fraction of events done after every `EVENTS_PER_STEP` of them; returns the valid
 * part of the story, or null when the input is not an object. Problems go to `problems`.
 */
export function* validateStoryParts(input: unknown, problems: Problems): Generator<number, Story | null, void> {
  if (!isObject(input)) {
    problems.add('', ['storyNotObject', kind(input)]);
    return null;
  }
  const title = read(input, 'title');
  if (!isNonEmptyString(title)) {
    problems.add('title', title === undefined || typeof title === 'string' ? ['storyNoTitle'] : mustBeString(['storyTitle'], title));
  }

  const story: Story = { title: isNonEmptyString(title) ? limited(title, MAX_TITLE, 'title', ['storyField', 'title'], problems) : '', sources: [], events: [] };
  const description = read(input, 'description');
  if (isNonEmptyString(description)) story.description = limited(description, MAX_SUMMARY, 'description', ['storyField', 'description'], problems);
  else if (description !== undefined && typeof description !== 'string') problems.add('description', mustBeString(['storyField', 'description'], description));
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
    problems.add('timeZone', ['notTimeZone', typeof timeZone === 'string' ? timeZone : null, kind(timeZone)]);
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
      problems.add(`events[${i}]`, ['unreadableAt', `events[${i}]`]);
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
    else problems.add('featured', typeof featured === 'string' ? ['featuredUnknown', featured] : ['featuredNotString', kind(featured)]);
  }
  return story;
}
