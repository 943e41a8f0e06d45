import { parseEdtf } from './edtf';
import { isReadableMarkColor } from './color';
import { validateMedia } from './media';
import type {
  Citation,
  DateBasis,
  Era,
  Group,
  Paragraph,
  Problem,
  Source,
  Story,
  TimelineEvent,
  ValidationResult,
} from './types';

/**
 * Validates untrusted story JSON. It never throws: it returns the valid part of the story and
 * every problem found, each a plain sentence with the JSON path of the offending value.
 * Unknown fields are ignored (forward compatibility); only known fields are copied.
 */

/** Event ids appear in URLs and element ids, so they are URL-safe. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

const MAX_SHOWN = 60;

type Json = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

function isObject(value: unknown): value is Json {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** An own property only (never the prototype chain); a throwing getter reads as missing. */
function read(object: Json, key: string): unknown {
  try {
    return hasOwn.call(object, key) ? object[key] : undefined;
  } catch {
    return undefined;
  }
}

function lengthOf(array: unknown[]): number {
  try {
    const n = array.length;
    return Number.isSafeInteger(n) && n >= 0 ? n : 0;
  } catch {
    return 0;
  }
}

function at(array: unknown[], index: number): unknown {
  try {
    return array[index];
  } catch {
    return undefined;
  }
}

/** A value quoted for a message, clipped so a huge string keeps the message one readable line. */
function quote(text: string): string {
  return JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
}

/** What a wrong value is, for messages: "a number", "an array", "null". */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

/** The sentence for a value that should be a string: "the summary must be a string, not a number." */
function mustBeString(what: string, value: unknown): string {
  return `${what} must be a string, not ${kind(value)}.`;
}

const NOT_BLANK = /\S/;

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && NOT_BLANK.test(value);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

class Problems {
  readonly list: Problem[] = [];

  add(path: string, message: string, eventId?: string): void {
    const problem: Problem = { path, message };
    if (eventId !== undefined) problem.eventId = eventId;
    this.list.push(problem);
  }
}

/** A usable source plus its paragraphs by id, built once so citations are checked in O(1). */
interface SourceEntry {
  source: Source;
  paragraphs: Map<string, Paragraph>;
}

function validateParagraph(
  value: unknown,
  path: string,
  index: number,
  sourceName: string,
  problems: Problems,
): Paragraph | null {
  if (!isObject(value)) {
    problems.add(path, `Paragraph ${index} of ${sourceName} is not an object (it is ${kind(value)}).`);
    return null;
  }
  const id = read(value, 'id');
  const text = read(value, 'text');
  const role = read(value, 'role');
  const hasId = isNonEmptyString(id);
  const name = `Paragraph ${hasId ? quote(id) : index} of ${sourceName}`;
  if (!hasId) problems.add(`${path}.id`, `${name} has no id.`);
  if (typeof text !== 'string') {
    problems.add(`${path}.text`, `${name}: ${mustBeString('the text', text)}`);
  }
  if (!hasId || typeof text !== 'string') return null;
  const paragraph: Paragraph = { id, text };
  if (role === 'heading') paragraph.role = 'heading';
  else if (role !== undefined) problems.add(`${path}.role`, `${name}: role must be "heading" when present, not ${describe(role)}.`);
  return paragraph;
}

/** A value for a message: a quoted (clipped) string, or what kind of value it is. */
function describe(value: unknown): string {
  return typeof value === 'string' ? quote(value) : kind(value);
}

function validateSource(value: unknown, index: number, problems: Problems): SourceEntry | null {
  const path = `sources[${index}]`;
  if (!isObject(value)) {
    problems.add(path, `Source ${index} is not an object (it is ${kind(value)}).`);
    return null;
  }
  const id = read(value, 'id');
  const hasId = isNonEmptyString(id);
  const name = hasId ? `Source ${quote(id)}` : `Source ${index}`;
  const sourceName = hasId ? `source ${quote(id)}` : `source ${index}`;
  if (!hasId) {
    problems.add(`${path}.id`, `${name} has no id, so it cannot be cited and is left out.`);
  }
  const title = read(value, 'title');
  if (!isNonEmptyString(title)) {
    problems.add(`${path}.title`, `${name} has no title.`);
  }
  const rawParagraphs = read(value, 'paragraphs');
  const paragraphsOk = isArray(rawParagraphs);
  if (!paragraphsOk) {
    problems.add(
      `${path}.paragraphs`,
      rawParagraphs === undefined
        ? `${name} has no paragraphs array, so it cannot be cited and is left out.`
        : `${name}: paragraphs must be an array, not ${kind(rawParagraphs)}, so the source is left out.`,
    );
  }
  const source: Source = { id: hasId ? id : '', title: isNonEmptyString(title) ? title : '', paragraphs: [] };
  const publisher = read(value, 'publisher');
  if (typeof publisher === 'string') source.publisher = publisher;
  else if (publisher !== undefined) problems.add(`${path}.publisher`, `${name}: ${mustBeString('publisher', publisher)}`);
  const url = read(value, 'url');
  if (typeof url === 'string' && isHttpUrl(url)) source.url = url;
  else if (url !== undefined) {
    problems.add(`${path}.url`, `${name}: the url ${describe(url)} is not an http or https address.`);
  }
  const published = read(value, 'published');
  if (typeof published === 'string') {
    const parsed = parseEdtf(published);
    if (parsed.ok) source.published = published;
    else problems.add(`${path}.published`, `${name}: the published date is invalid: ${parsed.error}`);
  } else if (published !== undefined) {
    problems.add(`${path}.published`, `${name}: the published date must be an EDTF string such as "2021-08-15", not ${kind(published)}.`);
  }

  const paragraphs = new Map<string, Paragraph>();
  if (paragraphsOk) {
    const n = lengthOf(rawParagraphs);
    for (let i = 0; i < n; i++) {
      const p = validateParagraph(at(rawParagraphs, i), `${path}.paragraphs[${i}]`, i, sourceName, problems);
      if (!p) continue;
      if (paragraphs.has(p.id)) {
        problems.add(`${path}.paragraphs[${i}].id`, `${name} has two paragraphs with id ${quote(p.id)}; only the first is kept.`);
        continue;
      }
      paragraphs.set(p.id, p);
      source.paragraphs.push(p);
    }
  }
  if (!hasId || !paragraphsOk) return null;
  return { source, paragraphs };
}

function validateCitation(
  value: unknown,
  eventIndex: number,
  index: number,
  sources: Map<string, SourceEntry>,
  problems: Problems,
  eventId: string | undefined,
  collection: Collection = 'events',
): Citation | null {
  if (!isObject(value)) {
    problems.add(citationPath(eventIndex, index, collection), `${eventLabel(eventId, eventIndex, collection)}: the citation is not an object (it is ${kind(value)}).`, eventId);
    return null;
  }
  const sourceId = read(value, 'source');
  const paragraphId = read(value, 'paragraph');
  const text = read(value, 'quote');
  let ok = true;
  let entry: SourceEntry | undefined;
  if (sourceId === undefined || sourceId === '') {
    problems.add(`${citationPath(eventIndex, index, collection)}.source`, `${eventLabel(eventId, eventIndex, collection)}: the citation names no source.`, eventId);
    ok = false;
  } else if (typeof sourceId !== 'string') {
    problems.add(`${citationPath(eventIndex, index, collection)}.source`, `${eventLabel(eventId, eventIndex, collection)}: the citation's source must be a source id string, not ${kind(sourceId)}.`, eventId);
    ok = false;
  } else {
    entry = sources.get(sourceId);
    if (!entry) {
      problems.add(`${citationPath(eventIndex, index, collection)}.source`, `${eventLabel(eventId, eventIndex, collection)}: the citation cites unknown source ${quote(sourceId)}.`, eventId);
      ok = false;
    }
  }
  let paragraph: Paragraph | undefined;
  if (paragraphId === undefined || paragraphId === '') {
    problems.add(`${citationPath(eventIndex, index, collection)}.paragraph`, `${eventLabel(eventId, eventIndex, collection)}: the citation names no paragraph.`, eventId);
    ok = false;
  } else if (typeof paragraphId !== 'string') {
    problems.add(`${citationPath(eventIndex, index, collection)}.paragraph`, `${eventLabel(eventId, eventIndex, collection)}: the citation's paragraph must be a paragraph id string, not ${kind(paragraphId)}.`, eventId);
    ok = false;
  } else if (entry) {
    paragraph = entry.paragraphs.get(paragraphId);
    if (!paragraph) {
      problems.add(
        `${citationPath(eventIndex, index, collection)}.paragraph`,
        `${eventLabel(eventId, eventIndex, collection)}: the citation cites paragraph ${quote(paragraphId)}, which source ${quote(entry.source.id)} does not have.`,
        eventId,
      );
      ok = false;
    }
  }
  if (typeof text !== 'string' || !NOT_BLANK.test(text)) {
    problems.add(
      `${citationPath(eventIndex, index, collection)}.quote`,
      text === undefined || text === ''
        ? `${eventLabel(eventId, eventIndex, collection)}: the citation has no quote.`
        : typeof text === 'string'
          ? `${eventLabel(eventId, eventIndex, collection)}: the citation's quote is blank.`
          : `${eventLabel(eventId, eventIndex, collection)}: ${mustBeString("the citation's quote", text)}`,
      eventId,
    );
    ok = false;
  } else if (paragraph && entry && !paragraph.text.includes(text)) {
    problems.add(
      `${citationPath(eventIndex, index, collection)}.quote`,
      `${eventLabel(eventId, eventIndex, collection)}: the quote ${quote(text)} is not found verbatim in paragraph ${quote(paragraph.id)} of source ${quote(entry.source.id)}.`,
      eventId,
    );
    ok = false;
  }
  if (!ok) return null;
  return { source: sourceId as string, paragraph: paragraphId as string, quote: text as string };
}

// Paths and labels are built by these only when a problem needs them (most events have none):
// a closure per event costs more than the check itself at 100,000 events.

/** Events and eras are both sourced: their citations are checked alike, their problems named by collection. */
type Collection = 'events' | 'eras';

function citationPath(eventIndex: number, index: number, collection: Collection = 'events'): string {
  return `${collection}[${eventIndex}].citations[${index}]`;
}

/** How messages name an event (or an era): by its id when it has one, else by where it is. */
function eventLabel(eventId: string | undefined, index: number, collection: Collection = 'events'): string {
  const noun = collection === 'eras' ? 'Era' : 'Event';
  return eventId !== undefined ? `${noun} ${quote(eventId)}` : `${noun} at ${collection}[${index}]`;
}

function validateEvent(
  value: unknown,
  index: number,
  sources: Map<string, SourceEntry>,
  seenIds: Map<string, number>,
  problems: Problems,
  groups: ReadonlySet<string> = NO_GROUPS,
): TimelineEvent | null {
  if (!isObject(value)) {
    problems.add(`events[${index}]`, `Event at events[${index}] is not an object (it is ${kind(value)}).`);
    return null;
  }
  const id = read(value, 'id');
  const eventId = typeof id === 'string' && id !== '' ? id : undefined;
  let ok = true;

  if (id === undefined || id === '') {
    problems.add(`events[${index}].id`, `${eventLabel(eventId, index)} has no id.`, eventId);
    ok = false;
  } else if (typeof id !== 'string') {
    problems.add(`events[${index}].id`, `${eventLabel(eventId, index)}: ${mustBeString('the id', id)}`);
    ok = false;
  } else if (!EVENT_ID_PATTERN.test(id)) {
    problems.add(
      `events[${index}].id`,
      `${eventLabel(eventId, index)}: the id is not URL-safe; use letters, digits, ".", "_", "~" and "-", starting with a letter or digit.`,
      eventId,
    );
    ok = false;
  } else {
    const first = seenIds.get(id);
    if (first !== undefined) {
      problems.add(`events[${index}].id`, `${eventLabel(eventId, index)} at events[${index}] repeats the id of events[${first}]; only the first is kept.`, eventId);
      ok = false;
    } else {
      seenIds.set(id, index);
    }
  }

  const title = read(value, 'title');
  if (!isNonEmptyString(title)) {
    problems.add(
      `events[${index}].title`,
      title === undefined || typeof title === 'string' ? `${eventLabel(eventId, index)} has no title.` : `${eventLabel(eventId, index)}: ${mustBeString('the title', title)}`,
      eventId,
    );
    ok = false;
  }

  const summary = read(value, 'summary');
  if (summary !== undefined && typeof summary !== 'string') {
    problems.add(`events[${index}].summary`, `${eventLabel(eventId, index)}: ${mustBeString('the summary', summary)}`, eventId);
    ok = false;
  }

  const date = read(value, 'date');
  let calendar = null;
  if (date === undefined || date === '') {
    problems.add(`events[${index}].date`, `${eventLabel(eventId, index)} has no date.`, eventId);
    ok = false;
  } else if (typeof date !== 'string') {
    problems.add(`events[${index}].date`, `${eventLabel(eventId, index)}: the date must be an EDTF string such as "1994-07-15", not ${kind(date)}.`, eventId);
    ok = false;
  } else {
    const parsed = parseEdtf(date);
    if (parsed.ok) calendar = parsed.value;
    else {
      problems.add(`events[${index}].date`, `${eventLabel(eventId, index)}: ${parsed.error}`, eventId);
      ok = false;
    }
  }

  const dateBasis = read(value, 'dateBasis');
  if (dateBasis !== 'stated' && dateBasis !== 'inferred') {
    problems.add(
      `events[${index}].dateBasis`,
      dateBasis === undefined
        ? `${eventLabel(eventId, index)} has no dateBasis; it must be "stated" or "inferred".`
        : `${eventLabel(eventId, index)}: dateBasis must be "stated" or "inferred", not ${describe(dateBasis)}.`,
      eventId,
    );
    ok = false;
  }
  const dateNote = read(value, 'dateNote');
  if (dateNote !== undefined && typeof dateNote !== 'string') {
    problems.add(`events[${index}].dateNote`, `${eventLabel(eventId, index)}: ${mustBeString('the dateNote', dateNote)}`, eventId);
    ok = false;
  } else if (dateBasis === 'inferred' && !isNonEmptyString(dateNote)) {
    problems.add(`events[${index}].dateNote`, `${eventLabel(eventId, index)}: the date is inferred, so a dateNote must say how it was inferred.`, eventId);
    ok = false;
  }

  const rawMedia = read(value, 'media');
  // A bad picture is left out with its own problem; the event is kept.
  const media = rawMedia === undefined ? null : validateMedia(rawMedia, `events[${index}].media`, (path, message) => problems.add(path, message, eventId), eventLabel(eventId, index));
  const group = read(value, 'group');
  let groupId: string | undefined;
  if (group !== undefined) {
    if (typeof group !== 'string') problems.add(`events[${index}].group`, `${eventLabel(eventId, index)}: ${mustBeString('the group', group)} It is shown without a group.`, eventId);
    else if (!groups.has(group)) problems.add(`events[${index}].group`, `${eventLabel(eventId, index)}: the story has no group ${quote(group)}; it is shown without a group.`, eventId);
    else groupId = group;
  }

  const rawCitations = read(value, 'citations');
  const citations: Citation[] = [];
  if (!isArray(rawCitations)) {
    problems.add(
      `events[${index}].citations`,
      rawCitations === undefined
        ? `${eventLabel(eventId, index)} has no citations; every event must cite at least one paragraph.`
        : `${eventLabel(eventId, index)}: citations must be an array, not ${kind(rawCitations)}.`,
      eventId,
    );
    ok = false;
  } else {
    const n = lengthOf(rawCitations);
    if (n === 0) {
      problems.add(`events[${index}].citations`, `${eventLabel(eventId, index)} has no citations; every event must cite at least one paragraph.`, eventId);
      ok = false;
    }
    for (let i = 0; i < n; i++) {
      const c = validateCitation(at(rawCitations, i), index, i, sources, problems, eventId);
      if (c) citations.push(c);
      else ok = false;
    }
  }

  if (!ok || !calendar) return null;
  const event: TimelineEvent = {
    id: id as string,
    date: date as string,
    title: title as string,
    citations,
    dateBasis: dateBasis as DateBasis,
    calendar,
  };
  if (summary !== undefined) event.summary = summary as string;
  if (dateNote !== undefined) event.dateNote = dateNote as string;
  if (groupId !== undefined) event.group = groupId;
  if (media) event.media = media;
  return event;
}

const NO_GROUPS: ReadonlySet<string> = new Set();

/**
 * The story's groups: each needs a unique id and a title; a colour is kept as given, with a problem
 * when it can be read and falls under 3:1 against a white background (the element then draws the
 * group with its palette's colour instead, see views/groups.ts).
 */
function validateGroups(raw: unknown, problems: Problems): Group[] {
  if (raw === undefined) return [];
  if (!isArray(raw)) {
    problems.add('groups', `The story's groups must be an array, not ${kind(raw)}.`);
    return [];
  }
  const groups: Group[] = [];
  const seen = new Set<string>();
  const n = lengthOf(raw);
  for (let i = 0; i < n; i++) {
    const value = at(raw, i);
    const path = `groups[${i}]`;
    if (!isObject(value)) {
      problems.add(path, `Group at ${path} is not an object (it is ${kind(value)}).`);
      continue;
    }
    const id = read(value, 'id');
    const title = read(value, 'title');
    const name = isNonEmptyString(id) ? `Group ${quote(id)}` : `Group at ${path}`;
    if (!isNonEmptyString(id)) {
      problems.add(`${path}.id`, `${name} has no id.`);
      continue;
    }
    if (seen.has(id)) {
      problems.add(`${path}.id`, `${name} at ${path} repeats an earlier group id; only the first is kept.`);
      continue;
    }
    if (!isNonEmptyString(title)) {
      problems.add(`${path}.title`, title === undefined || typeof title === 'string' ? `${name} has no title.` : `${name}: ${mustBeString('the title', title)}`);
      continue;
    }
    seen.add(id);
    const group: Group = { id, title };
    const color = read(value, 'color');
    if (color !== undefined) {
      if (typeof color !== 'string') problems.add(`${path}.color`, `${name}: ${mustBeString('the colour', color)} The palette's colour is used.`);
      else {
        group.color = color;
        if (isReadableMarkColor(color) === false) {
          problems.add(`${path}.color`, `${name}: the colour ${quote(color)} has less than 3:1 contrast against a white background, so its marks would be hard to see; the element uses its palette's colour there instead.`);
        }
      }
    }
    groups.push(group);
  }
  return groups;
}

/**
 * An era: a period of the story, sourced like an event (title, an EDTF date that spans a period —
 * an interval, a year or a month, not a single day — citations with verbatim quotes, dateBasis
 * and dateNote).
 */
function validateEra(value: unknown, index: number, sources: Map<string, SourceEntry>, seen: Set<string>, problems: Problems): Era | null {
  const path = `eras[${index}]`;
  if (!isObject(value)) {
    problems.add(path, `Era at ${path} is not an object (it is ${kind(value)}).`);
    return null;
  }
  const id = read(value, 'id');
  const eraId = isNonEmptyString(id) ? id : undefined;
  const name = eventLabel(eraId, index, 'eras');
  let ok = true;
  if (!eraId) {
    problems.add(`${path}.id`, `${name} has no id.`);
    ok = false;
  } else if (seen.has(eraId)) {
    problems.add(`${path}.id`, `${name} at ${path} repeats an earlier era id; only the first is kept.`);
    ok = false;
  } else seen.add(eraId);
  const title = read(value, 'title');
  if (!isNonEmptyString(title)) {
    problems.add(`${path}.title`, title === undefined || typeof title === 'string' ? `${name} has no title.` : `${name}: ${mustBeString('the title', title)}`);
    ok = false;
  }
  const summary = read(value, 'summary');
  if (summary !== undefined && typeof summary !== 'string') {
    problems.add(`${path}.summary`, `${name}: ${mustBeString('the summary', summary)}`);
    ok = false;
  }
  const date = read(value, 'date');
  let calendar = null;
  if (typeof date !== 'string' || date === '') {
    problems.add(`${path}.date`, date === undefined || date === '' ? `${name} has no date; an era needs a span, such as "1996-09/2001-11".` : `${name}: the date must be an EDTF string such as "1996-09/2001-11", not ${kind(date)}.`);
    ok = false;
  } else {
    const parsed = parseEdtf(date);
    if (!parsed.ok) {
      problems.add(`${path}.date`, `${name}: ${parsed.error}`);
      ok = false;
    } else if (parsed.value.form === 'point' && parsed.value.precision === 'day') {
      problems.add(`${path}.date`, `${name}: ${quote(date)} is a single day; an era needs a span: an interval ("1996-09-27/2001-11"), a year or a month.`);
      ok = false;
    } else calendar = parsed.value;
  }
  const dateBasis = read(value, 'dateBasis');
  if (dateBasis !== 'stated' && dateBasis !== 'inferred') {
    problems.add(`${path}.dateBasis`, dateBasis === undefined ? `${name} has no dateBasis; it must be "stated" or "inferred".` : `${name}: dateBasis must be "stated" or "inferred", not ${describe(dateBasis)}.`);
    ok = false;
  }
  const dateNote = read(value, 'dateNote');
  if (dateNote !== undefined && typeof dateNote !== 'string') {
    problems.add(`${path}.dateNote`, `${name}: ${mustBeString('the dateNote', dateNote)}`);
    ok = false;
  } else if (dateBasis === 'inferred' && !isNonEmptyString(dateNote)) {
    problems.add(`${path}.dateNote`, `${name}: the date is inferred, so a dateNote must say how it was inferred.`);
    ok = false;
  }
  const rawCitations = read(value, 'citations');
  const citations: Citation[] = [];
  if (!isArray(rawCitations) || lengthOf(rawCitations) === 0) {
    problems.add(`${path}.citations`, isArray(rawCitations) || rawCitations === undefined ? `${name} has no citations; every era must cite at least one paragraph.` : `${name}: citations must be an array, not ${kind(rawCitations)}.`);
    ok = false;
  } else {
    const n = lengthOf(rawCitations);
    for (let i = 0; i < n; i++) {
      const c = validateCitation(at(rawCitations, i), index, i, sources, problems, eraId, 'eras');
      if (c) citations.push(c);
      else ok = false;
    }
  }
  if (!ok || !calendar) return null;
  const era: Era = { id: eraId!, title: title as string, date: date as string, citations, dateBasis: dateBasis as DateBasis, calendar };
  if (summary !== undefined) era.summary = summary as string;
  if (dateNote !== undefined) era.dateNote = dateNote as string;
  return era;
}

function* validate(input: unknown, problems: Problems): Generator<number, Story | null, void> {
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

  const story: Story = { title: isNonEmptyString(title) ? title : '', sources: [], events: [] };
  const sources = new Map<string, SourceEntry>();
  const rawSources = read(input, 'sources');
  if (!isArray(rawSources)) {
    problems.add(
      'sources',
      rawSources === undefined ? 'The story has no sources array.' : `The story's sources must be an array, not ${kind(rawSources)}.`,
    );
  } else {
    const n = lengthOf(rawSources);
    for (let i = 0; i < n; i++) {
      const entry = guard(() => validateSource(at(rawSources, i), i, problems), `sources[${i}]`, problems);
      if (!entry) continue;
      const id = entry.source.id;
      if (sources.has(id)) {
        problems.add(`sources[${i}].id`, `Source ${quote(id)} at sources[${i}] repeats an earlier source id; only the first is kept.`);
        continue;
      }
      sources.set(id, entry);
      story.sources.push(entry.source);
    }
  }

  const groups = validateGroups(read(input, 'groups'), problems);
  if (groups.length) story.groups = groups;
  const groupIds = new Set(groups.map((g) => g.id));

  const rawEras = read(input, 'eras');
  if (rawEras !== undefined && !isArray(rawEras)) problems.add('eras', `The story's eras must be an array, not ${kind(rawEras)}.`);
  else if (rawEras !== undefined) {
    const eras: Era[] = [];
    const seenEras = new Set<string>();
    const m = lengthOf(rawEras);
    for (let i = 0; i < m; i++) {
      const era = guard(() => validateEra(at(rawEras, i), i, sources, seenEras, problems), `eras[${i}]`, problems);
      if (era) eras.push(era);
    }
    if (eras.length) story.eras = eras.sort((a, b) => a.calendar.startMs - b.calendar.startMs || a.calendar.endMs - b.calendar.endMs);
  }

  const rawEvents = read(input, 'events');
  if (!isArray(rawEvents)) {
    problems.add(
      'events',
      rawEvents === undefined ? 'The story has no events array.' : `The story's events must be an array, not ${kind(rawEvents)}.`,
    );
    return story;
  }
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
      event = validateEvent(at(rawEvents, i), i, sources, seenIds, problems, groupIds);
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
  story.events = sortedByStartEndId(valid, starts, ends);
  const featured = read(input, 'featured');
  if (featured !== undefined) {
    if (typeof featured === 'string' && seenIds.has(featured) && story.events.some((e) => e.id === featured)) story.featured = featured;
    else problems.add('featured', typeof featured === 'string' ? `The featured event ${quote(featured)} is not one of the story's valid events; the default is used.` : `The featured event must be an event id string, not ${kind(featured)}.`);
  }
  return story;
}

/**
 * Events by start, then end, then id, given each event's bounds. A comparison sort over 100,000
 * events costs ~100 ms in comparator calls, so the order is built by stable radix passes over the
 * bounds (span first, then start; in whole days when every bound is a midnight, so usually one
 * pass each) and only runs with equal bounds are compared, by id.
 */
function sortedByStartEndId(events: TimelineEvent[], startsMs: number[], endsMs: number[]): TimelineEvent[] {
  const n = events.length;
  // Radix passes fill a 65,536-entry table each: for a short story a comparison sort is faster.
  if (n < SMALL_SORT) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => startsMs[a] - startsMs[b] || endsMs[a] - endsMs[b] || compareIds(events[a].id, events[b].id));
    return order.map((i) => events[i]);
  }
  let minStart = Infinity;
  let wholeDays = true;
  for (let i = 0; i < n; i++) {
    if (startsMs[i] < minStart) minStart = startsMs[i];
    if (startsMs[i] % DAY_MS !== 0 || endsMs[i] % DAY_MS !== 0) wholeDays = false;
  }
  const unit = wholeDays ? DAY_MS : 1;
  // Whole, non-negative keys: the radix digits below rely on it.
  const starts = new Float64Array(n);
  const spans = new Float64Array(n);
  let maxStart = 0;
  let maxSpan = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = (startsMs[i] - minStart) / unit;
    spans[i] = (endsMs[i] - startsMs[i]) / unit;
    if (starts[i] > maxStart) maxStart = starts[i];
    if (spans[i] > maxSpan) maxSpan = spans[i];
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  const counts = new Int32Array(RADIX);
  for (const [keys, max] of [[spans, maxSpan], [starts, maxStart]] as const) {
    for (let divisor = 1; divisor <= max; divisor *= RADIX) {
      radixPass(order, keys, divisor, spare, counts);
      [order, spare] = [spare, order];
    }
  }
  const sorted = new Array<TimelineEvent>(n);
  for (let i = 0; i < n; i++) sorted[i] = events[order[i]];
  for (let i = 0; i < n; ) {
    const first = order[i];
    let j = i + 1;
    while (j < n && starts[order[j]] === starts[first] && spans[order[j]] === spans[first]) j++;
    if (j - i > 1) sortRunById(sorted, i, j);
    i = j;
  }
  return sorted;
}

const DAY_MS = 86_400_000;
const SMALL_SORT = 4096;

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts `events[from..to)` by id in place: insertion sort for the usual short run. */
function sortRunById(events: TimelineEvent[], from: number, to: number): void {
  if (to - from > 32) {
    const run = events.slice(from, to).sort(byId);
    for (let k = 0; k < run.length; k++) events[from + k] = run[k];
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const event = events[i];
    const id = event.id;
    let j = i - 1;
    while (j >= from && events[j].id > id) {
      events[j + 1] = events[j];
      j--;
    }
    events[j + 1] = event;
  }
}
const RADIX = 65_536;

/** One stable counting-sort pass of `order` into `out` by the 16-bit digit `key / divisor` of each key. */
function radixPass(order: Int32Array, keys: Float64Array, divisor: number, out: Int32Array, counts: Int32Array): void {
  counts.fill(0);
  // Keys are whole and non-negative, so `& 0xffff` of the quotient is its digit (ToInt32 truncates).
  for (let i = 0; i < order.length; i++) counts[(keys[order[i]] / divisor) & 0xffff]++;
  let sum = 0;
  for (let d = 0; d < RADIX; d++) {
    const count = counts[d];
    counts[d] = sum;
    sum += count;
  }
  for (let i = 0; i < order.length; i++) {
    const k = order[i];
    out[counts[(keys[k] / divisor) & 0xffff]++] = k;
  }
}

function byId(a: TimelineEvent, b: TimelineEvent): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Runs one item's check; anything unexpected (a hostile getter, a Proxy) becomes a problem. */
function guard<T>(check: () => T | null, path: string, problems: Problems): T | null {
  try {
    return check();
  } catch {
    problems.add(path, `The value at ${path} could not be read.`);
    return null;
  }
}

/** Validate untrusted story JSON. Never throws. */
export function validateStory(input: unknown): ValidationResult {
  const steps = validationSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Events validated between two steps of `validationSteps`: about a millisecond's work. */
const EVENTS_PER_STEP = 256;

/**
 * `validateStory` a step at a time, for a caller that gives the page a turn between steps (a big
 * story read on the main thread): each step yields the fraction of events done so far, and the
 * generator returns what `validateStory` returns.
 */
export function* validationSteps(input: unknown): Generator<number, ValidationResult, void> {
  const problems = new Problems();
  try {
    return { story: yield* validate(input, problems), problems: problems.list };
  } catch {
    problems.add('', 'The story could not be read.');
    return { story: isObject(input) ? { title: '', sources: [], events: [] } : null, problems: problems.list };
  }
}
