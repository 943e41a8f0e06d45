/** A story's events: each needs a URL-safe id, a title, an EDTF date, a date basis and citations. */
import { validateMedia } from '../media';
import { readEdtf } from '../edtf-reader';
import type { DateBasis, TimelineEvent } from '../types';
import { isObject, read } from './json-read';
import { Problems, kind, mustBeString } from './problems';
import { type SourcedItem, dateBasisOk, itemName, limitedField, reportField, titleAndSummaryOk, validateCitations } from './sourced';
import { MAX_SUMMARY, MAX_TITLE } from '../text-limit';
import type { CitableSources } from './sources';
import { warnDateConflicts } from './date-agreement';

/** Event ids appear in URLs and element ids, so they are URL-safe. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

const NO_GROUPS: ReadonlySet<string> = new Set();

/** True when the id is URL-safe and not taken by an earlier event (then it is recorded in `seenIds`); else a problem. */
function idOk(id: unknown, item: SourcedItem, seenIds: Map<string, number>, problems: Problems): id is string {
  const { index } = item;
  if (id === undefined || id === '') {
    reportField(problems, item, 'id', ['itemNoField', 'id']);
    return false;
  }
  if (typeof id !== 'string') {
    reportField(problems, item, 'id', ['named', mustBeString('the id', id)]);
    return false;
  }
  if (!EVENT_ID_PATTERN.test(id)) {
    reportField(problems, item, 'id', ['idNotUrlSafe']);
    return false;
  }
  const first = seenIds.get(id);
  if (first !== undefined) {
    reportField(problems, item, 'id', ['idTwice', index, first]);
    return false;
  }
  seenIds.set(id, index);
  return true;
}

/**
 * The event at `events[index]`, or null when it cannot be shown (each reason a problem). `seenIds`
 * maps each id kept so far to its index; a bad picture or an unknown group is left off the event.
 */
export function validateEvent(
  value: unknown,
  index: number,
  sources: CitableSources,
  seenIds: Map<string, number>,
  problems: Problems,
  groups: ReadonlySet<string> = NO_GROUPS,
  timeZone?: string,
): TimelineEvent | null {
  if (!isObject(value)) {
    problems.add(`events[${index}]`, ['itemNotObject', index, 'events', kind(value)]);
    return null;
  }
  const id = read(value, 'id');
  const eventId = typeof id === 'string' && id !== '' ? id : undefined;
  const item: SourcedItem = { collection: 'events', index, id: eventId };
  let ok = idOk(id, item, seenIds, problems);

  const title = read(value, 'title');
  const summary = read(value, 'summary');
  if (!titleAndSummaryOk(title, summary, item, problems)) ok = false;

  const date = read(value, 'date');
  let calendar = null;
  if (date === undefined || date === '') {
    reportField(problems, item, 'date', ['itemNoField', 'date']);
  } else if (typeof date !== 'string') {
    reportField(problems, item, 'date', ['dateNotString', '1994-07-15', kind(date)]);
  } else {
    const parsed = readEdtf(date, timeZone);
    if (parsed.ok) calendar = parsed.value;
    else reportField(problems, item, 'date', ['named', parsed.error]);
  }

  const dateBasis = read(value, 'dateBasis');
  const dateNote = read(value, 'dateNote');
  if (!dateBasisOk(dateBasis, dateNote, item, problems)) ok = false;

  const rawMedia = read(value, 'media');
  // A bad picture is left out with its own problem; the event is kept.
  const media = rawMedia === undefined ? null : validateMedia(rawMedia, `events[${index}].media`, (path, message) => problems.add(path, message, eventId), itemName(item));
  const group = read(value, 'group');
  let groupId: string | undefined;
  if (group !== undefined) {
    if (typeof group !== 'string') reportField(problems, item, 'group', ['groupNotString', kind(group)]);
    else if (!groups.has(group)) reportField(problems, item, 'group', ['noGroup', group]);
    else groupId = group;
  }

  const pinned = read(value, 'pinned');
  if (pinned !== undefined && typeof pinned !== 'boolean') reportField(problems, item, 'pinned', ['pinnedNotBoolean', kind(pinned)]);

  const citations = validateCitations(read(value, 'citations'), item, sources, problems, timeZone);

  // A date that cannot be read leaves no calendar, which leaves the event out.
  if (!ok || !calendar || !citations) return null;
  const event: TimelineEvent = {
    id: id as string,
    date: date as string,
    title: limitedField(title as string, MAX_TITLE, item, 'title', problems),
    citations,
    dateBasis: dateBasis as DateBasis,
    calendar,
  };
  if (summary !== undefined) event.summary = limitedField(summary as string, MAX_SUMMARY, item, 'summary', problems);
  if (dateNote !== undefined) event.dateNote = limitedField(dateNote as string, MAX_SUMMARY, item, 'dateNote', problems);
  if (groupId !== undefined) event.group = groupId;
  if (media) event.media = media;
  if (pinned === true) event.pinned = true;
  warnDateConflicts(event, item, sources, problems);
  return event;
}
