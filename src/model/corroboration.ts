/**
 * Corroboration, derived and never stored: which sources report an event, and whether the dates
 * they give agree. A citation's `date` is the date its source gives; a citation without one
 * reports the event's own date. Rules (docs/story-format.md#corroboration-and-agreement):
 *
 * - A date is the calendar range it covers: `2021` all of 2021, `1992/1996` the start of 1992 to
 *   the end of 1996, `../1994` everything up to the end of 1994. BCE years are astronomical years
 *   on the same line.
 * - Two dates **agree** when one range contains the other: they differ only in precision
 *   (`2021`, `2021-04`, `2021-04-15`), or one bound holds the other (`../1994` and `1990`).
 *   Ranges that merely overlap, or do not meet, disagree: 13 vs 14 March; 1931 vs 1941.
 * - An approximate date (`~`, `%`) reaches one unit of its precision further each way
 *   (`1996~` is 1995 to 1997) and agrees with any date its range overlaps: "about" has no edge to contain.
 * - An uncertain date (`?`) is read as written: a source's doubt does not widen its claim.
 */
import { daysFromCivil, readEdtf } from './edtf-reader';
import { DAY_MS } from './time-constants';
import type { CalendarDate, CalendarPoint, Citation } from './types';
import { citationCalendar } from './citation-calendar';

/** One date the sources give for an event, and who gives it. */
export interface SourceReading {
  /** The EDTF, as written on the citations (or the event, for citations without a date). */
  date: string;
  calendar: CalendarDate;
  /** The sources that give this date, each once, in citation order. */
  sources: string[];
  /** The indexes of the event's citations that give it. */
  citations: number[];
}

/** What the sources of one event say together. */
export interface Corroboration {
  /** The sources that report the event, each once, in citation order. */
  sources: string[];
  /** One per distinct date, in the order of the first citation that gives it. */
  readings: SourceReading[];
  /** True when every two readings agree (one reading always does). */
  agree: boolean;
  /** The pairs of readings (indexes into `readings`, lower first) that cannot both be true. */
  conflicts: Array<[number, number]>;
}

/** What `corroborate` needs of an event: its date and citations (the parsed date when it has one). */
export interface CorroborationInput {
  date: string;
  citations: readonly Citation[];
  calendar?: CalendarDate;
}

/** A date's range in epoch ms: `[low, high)`, infinite at an open end, widened at an approximate one. */
interface Range {
  low: number;
  high: number;
  approximate: boolean;
}

/** The first instant of the period one unit of `point`'s precision before it. */
function unitBefore(point: CalendarPoint): number {
  if (point.precision === 'day') return point.startMs - DAY_MS;
  if (point.precision === 'year') return daysFromCivil(point.year - 1, 1, 1) * DAY_MS;
  const month = point.month as number;
  return (month === 1 ? daysFromCivil(point.year - 1, 12, 1) : daysFromCivil(point.year, month - 1, 1)) * DAY_MS;
}

/** The first instant after the period one unit of `point`'s precision after it. */
function unitAfter(point: CalendarPoint): number {
  if (point.precision === 'day') return point.endMs + DAY_MS;
  if (point.precision === 'year') return daysFromCivil(point.year + 2, 1, 1) * DAY_MS;
  const month = point.month as number;
  return (month >= 11 ? daysFromCivil(point.year + 1, month - 10, 1) : daysFromCivil(point.year, month + 2, 1)) * DAY_MS;
}

function rangeOf(date: CalendarDate): Range {
  const { from, to } = date;
  const low = from === null ? -Infinity : from.approximate ? unitBefore(from) : from.startMs;
  const high = to === null ? Infinity : to.approximate ? unitAfter(to) : to.endMs;
  return { low, high, approximate: date.approximate };
}

function rangesAgree(a: Range, b: Range): boolean {
  if (a.approximate || b.approximate) return a.low < b.high && b.low < a.high;
  return (a.low <= b.low && b.high <= a.high) || (b.low <= a.low && a.high <= b.high);
}

/** Whether two dates can both be true of one event (see the rules above). */
export function datesAgree(a: CalendarDate, b: CalendarDate): boolean {
  return rangesAgree(rangeOf(a), rangeOf(b));
}

/** The event's parsed date: its own when validated, else parsed here; null when it cannot be read. */
function eventCalendar(event: CorroborationInput): CalendarDate | null {
  if (event.calendar) return event.calendar;
  const parsed = readEdtf(event.date);
  return parsed.ok ? parsed.value : null;
}

/**
 * The sources that report the event, each once, in citation order: read without any date, so the
 * count of every event's sources is cheap when a story is shown.
 */
export function sourcesOf(event: Pick<CorroborationInput, 'citations'>): string[] {
  const sources: string[] = [];
  for (const { source } of event.citations) if (!sources.includes(source)) sources.push(source);
  return sources;
}

/**
 * Who reports the event and what dates they give. Pure; never throws. Citations whose date (or,
 * for citations without one, the event's date) cannot be read count as sources but give no reading.
 */
export function corroborate(event: CorroborationInput): Corroboration {
  const sources = sourcesOf(event);
  const readings: SourceReading[] = [];
  const byDate = new Map<string, SourceReading>();
  let own: CalendarDate | null | undefined;
  event.citations.forEach((citation, index) => {
    let date = citation.date;
    let calendar: CalendarDate | null;
    if (date === undefined) {
      date = event.date;
      own ??= eventCalendar(event);
      calendar = own;
    } else {
      calendar = citationCalendar(citation);
    }
    if (!calendar) return;
    let reading = byDate.get(date);
    if (!reading) {
      reading = { date, calendar, sources: [], citations: [] };
      byDate.set(date, reading);
      readings.push(reading);
    }
    if (!reading.sources.includes(citation.source)) reading.sources.push(citation.source);
    reading.citations.push(index);
  });
  const conflicts: Array<[number, number]> = [];
  const ranges = readings.map((r) => rangeOf(r.calendar));
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) if (!rangesAgree(ranges[i], ranges[j])) conflicts.push([i, j]);
  }
  return { sources, readings, agree: conflicts.length === 0, conflicts };
}
