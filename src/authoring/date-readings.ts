import { datePhrase } from '../model/date-phrase';
import { parseEdtf } from '../model/edtf';
import type { DateBasis, Precision } from '../model/types';
import { createHistoryChrono, PART_MONTHS, TAG, type ParsingComponents, type ParsingResult } from './chrono-extensions';
import { articleSays, dayInYear, weekdaySpan, whichIsAt, type CalendarDay } from './reader-notes';
import { approximateWord, timeOfDay, type StoryZone } from './time-of-day';

export type { CalendarDay } from './reader-notes';
export type { StoryZone } from './time-of-day';

/**
 * Dates found in a paragraph, each turned into an EDTF date of our subset at the precision the
 * words support, with the rule that gave it and a dateNote for readers: what the article says,
 * quoted, and which date that is.
 */

export type DateRule =
  | 'absolute'
  | 'bare-year'
  | 'by'
  | 'since'
  | 'range'
  | 'decade'
  | 'part-of-year'
  | 'part-of-month'
  | 'relative'
  | 'week'
  | 'past-month'
  | 'future-month'
  | 'past-weekday'
  /** A weekday in a sentence about the future: the one on or after publication ("will meet on Thursday"). */
  | 'future-weekday'
  | 'context-year'
  /** Counted from another event's date: "a decade later", "a week after the cyclone struck" (event-offsets.ts). */
  | 'offset'
  /** The article's main event, its opening sentence undated (main-event.ts). */
  | 'main-event'
  /** Dated by the date line its paragraph is under: "March 10" above it (date-lines.ts). */
  | 'date-line';

export interface DateReading {
  /** Offset of the phrase in the paragraph, including a leading preposition ("in", "on", "By"). */
  index: number;
  /** Length of the phrase in the paragraph. */
  length: number;
  /** The phrase as written: "in April this year", "By 1994". */
  phrase: string;
  edtf: string;
  precision: Precision;
  /** Whether the date depends on the publication date. */
  relative: boolean;
  basis: DateBasis;
  note: string;
  rule: DateRule;
  /** How sure the rule is, from 0 to 1. */
  confidence: number;
  /** A time of day the phrase gives that was not kept (the date is its day), and why: no zone, an ambiguous one, skipped by the clocks. */
  timeNotKept?: { clock: string; why: string; wantsZone: boolean };
}

const chrono = createHistoryChrono();

// Without a publication date, relative phrases are still found (so they can be reported) against
// a fixed day; their readings are marked relative and never used.
const PLACEHOLDER: CalendarDay = { year: 2000, month: 1, day: 1 };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// "early", "mid" and "late" parts of a year, month or decade, as a reader would say them.
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const THIRDS: Record<string, string> = { early: 'first', beginning: 'first', start: 'first', mid: 'middle', middle: 'middle', late: 'last', end: 'last' };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function edtfOf(year: number, month?: number, day?: number): string {
  let text = pad(year, 4);
  if (month !== undefined) text += `-${pad(month, 2)}`;
  if (month !== undefined && day !== undefined) text += `-${pad(day, 2)}`;
  return text;
}

/** The EDTF point of chrono components at the precision they are certain of, or null. */
function pointOf(c: ParsingComponents): { edtf: string; precision: Precision; year: number } | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null || year < 1 || year > 9999) return null;
  if (c.isCertain('day') || c.isCertain('weekday')) return { edtf: edtfOf(year, month, day), precision: 'day', year };
  if (c.isCertain('month')) return { edtf: edtfOf(year, month), precision: 'month', year };
  if (c.isCertain('year')) return { edtf: edtfOf(year), precision: 'year', year };
  return null;
}

/** "3 July 2025", "April 2025", "1994": how a date reads in a note. */
export function phraseOf(edtf: string): string {
  const parsed = parseEdtf(edtf);
  return parsed.ok ? datePhrase(parsed.value, 'en') : edtf;
}

function localDate(day: CalendarDay, offsetDays = 0): Date {
  return new Date(day.year, day.month - 1, day.day + offsetDays, 12);
}

function dayOfDate(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** A calendar day as an EDTF day: `2024-05-01`. */
export function edtfOfDay(day: CalendarDay): string {
  return edtfOf(day.year, day.month, day.day);
}

// Prepositions that belong to the phrase as a reader would quote it: "in April this year".
// Not after a hyphen: the "in" of "swearing-in" is part of a word, not a preposition.
const LEADING = /(?<![\w-])(in|on|of|during|at|throughout|around|circa|from|between)\s+$/i;

/** The reading of one chrono result, or null when it is not a usable date. */
function readingOf(text: string, result: ParsingResult, reference: CalendarDay, published: boolean, contextYear: number | null): DateReading | null {
  const tags = result.tags();
  let index = result.index;
  let phrase = result.text.replace(/[\s,.;:]+$/, '').replace(/\s+[-–—]$/, '');
  const lead = LEADING.exec(text.slice(Math.max(0, index - 12), index));
  if (lead && !/^(in|on|of|during|at|throughout|around|circa|from|between|by|since|until|till|before|after)\s/i.test(phrase)) {
    index -= lead[0].length;
    phrase = lead[0] + phrase;
  }
  const length = phrase.length;
  const start = pointOf(result.start);
  if (!start) {
    if (!tags.has(TAG.week)) return null;
  }
  // Relative: the words do not name the year themselves ("last year", "in April this year", "on Thursday").
  const namesYear = /\b\d{3,4}\b|\d0s\b/.test(result.text);
  const relative = !namesYear;
  const says = articleSays(phrase, relative && published ? reference : null);
  // A day near the publication date reads without its year when it is the publication's year: "16 March".
  const near = (edtf: string) => {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(edtf);
    return relative && day ? dayInYear({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) }, reference.year) : phraseOf(edtf);
  };
  const base = { index, length, phrase, relative };

  if (tags.has(TAG.week)) {
    const ref = localDate(reference);
    const mondayOffset = -((ref.getDay() + 6) % 7);
    const last = /\b(last|past|previous)\b/i.test(result.text);
    const from = dayOfDate(localDate(reference, mondayOffset - (last ? 7 : 0)));
    const to = last ? dayOfDate(localDate(reference, mondayOffset - 1)) : reference;
    const edtf = `${edtfOfDay(from)}/${edtfOfDay(to)}`;
    return { ...base, edtf, precision: 'day', basis: 'stated', rule: 'week', confidence: 0.6, note: `${says}, which is the week from ${weekdaySpan(from, to)}${last ? '' : ', the day it was published'}.` };
  }
  if (!start) return null;

  if (tags.has(TAG.decade) && result.end) {
    const from = result.start.get('year') ?? 0;
    const to = result.end.get('year') ?? 0;
    const part = /\b(early|mid|late)\b/i.exec(result.text)?.[1].toLowerCase();
    const how = to - from > 9 ? `which is the span of those decades, ${from} to ${to}` : part ? `taken here as ${from} to ${to}, the ${THIRDS[part]} years of the decade` : `which is the decade ${from} to ${to}`;
    return { ...base, edtf: `${edtfOf(from)}/${edtfOf(to)}`, precision: 'year', basis: 'stated', rule: 'decade', confidence: 0.85, note: `${says}, ${how}.` };
  }
  if (tags.has(TAG.partOfYear) && result.end) {
    const year = result.start.get('year') ?? 0;
    const from = result.start.get('month') ?? 1;
    const to = result.end.get('month') ?? 12;
    const by = /\bby\s+$/i.exec(text.slice(0, result.index))?.[0];
    if (by) {
      // "by mid-2022", "By the end of 2020": done at some time up to the end of that part of the year (of the year, for its end).
      const wholeYear = /\bend\b/i.test(result.text);
      const phraseBy = by + phrase;
      const note = `${articleSays(phraseBy, relative && published ? reference : null)}, so on or before the end of ${wholeYear ? '' : `${MONTHS[to - 1]} `}${year}; it gives no start.`;
      const edtf = `../${wholeYear ? edtfOf(year) : edtfOf(year, to)}`;
      return { ...base, index: result.index - by.length, length: phraseBy.length, phrase: phraseBy, edtf, precision: wholeYear ? 'year' : 'month', basis: 'stated', rule: 'by', confidence: wholeYear ? 0.8 : 0.75, note };
    }
    const edtf = `${edtfOf(year, from)}/${edtfOf(year, to)}`;
    const half = /\b(first|second|third|fourth)\s+(half|quarter)\b|\b([HQ])([1-4])\b/i.exec(result.text);
    const part = Object.keys(PART_MONTHS).find((k) => new RegExp(`\\b${k}\\b`, 'i').test(result.text)) ?? 'part';
    const which = half
      ? `the ${half[1]?.toLowerCase() ?? ORDINALS[Number(half[4]) - 1]} ${half[2]?.toLowerCase() ?? (half[3].toUpperCase() === 'H' ? 'half' : 'quarter')} of the year`
      : part in THIRDS
        ? `the ${THIRDS[part]} third of the year`
        : `the ${part} months`;
    return { ...base, edtf, precision: 'month', basis: 'stated', rule: 'part-of-year', confidence: 0.75, note: `${says}, taken here as ${which}, ${MONTHS[from - 1]} to ${MONTHS[to - 1]} ${year}.` };
  }
  if (tags.has(TAG.partOfMonth) && start.precision === 'month') {
    const year = result.start.get('year') ?? 0;
    const month = result.start.get('month') ?? 1;
    const tagged = [...tags].find((t) => t.startsWith(`${TAG.partOfMonth}:`))?.split(':')[1];
    const part = /\b(early|mid|late)\b/i.exec(result.text)?.[1].toLowerCase() ?? tagged ?? 'early';
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
    const edtf = `${edtfOf(year, month, a)}/${edtfOf(year, month, b)}`;
    return { ...base, edtf, precision: 'day', basis: 'stated', rule: 'part-of-month', confidence: 0.7, note: `${says}, taken here as the ${THIRDS[part] ?? part} third of the month, ${a} to ${b} ${MONTHS[month - 1]} ${year}.` };
  }
  if (result.end) {
    const end = pointOf(result.end);
    if (!end) return null;
    const edtf = `${start.edtf}/${end.edtf}`;
    const parsed = parseEdtf(edtf);
    if (!parsed.ok) return null;
    return { ...base, edtf, precision: parsed.value.precision, basis: 'stated', rule: 'range', confidence: 0.85, note: `${says}, which is the span from ${near(start.edtf)} to ${near(end.edtf)}.` };
  }

  let edtf = start.edtf;
  let rule: DateRule = relative ? 'relative' : tags.has(TAG.bareYear) ? 'bare-year' : 'absolute';
  let basis: DateBasis = 'stated';
  let confidence = relative ? 0.8 : 0.9;
  let how: string;
  if (tags.has(TAG.comingDay) && contextYear === null) {
    rule = 'future-month';
    basis = 'inferred';
    confidence = 0.5;
    how = ` without a year: something is set for it, and a few weeks after the article was published news would name the year of a day that far back, so it is taken as the coming one, ${phraseOf(edtf)}`;
  } else if (tags.has(TAG.futureMonth)) {
    rule = 'future-month';
    basis = 'inferred';
    confidence = 0.5;
    how = ` without a year; the sentence speaks of the future, so it is taken as the next ${MONTHS[(result.start.get('month') ?? 1) - 1]}, ${phraseOf(edtf)}`;
  } else if (tags.has(TAG.pastMonth) || tags.has(TAG.pastWeekday) || tags.has(TAG.comingDay)) {
    const month = result.start.get('month') ?? 1;
    const day = result.start.get('day') ?? 1;
    // "last November" names its own year: the latest November before publication, not the paragraph's.
    const ownYear = /\b(?:last|this|next)\s+$/i.test(text.slice(Math.max(0, result.index - 6), result.index));
    if ((tags.has(TAG.pastMonth) || tags.has(TAG.comingDay)) && contextYear !== null && !tags.has(TAG.relativeYear) && !ownYear) {
      // The paragraph named a year before this month: the month is read in that year.
      edtf = start.precision === 'day' ? edtfOf(contextYear, month, day) : edtfOf(contextYear, month);
      rule = 'context-year';
      basis = 'inferred';
      confidence = 0.6;
      const note = `${articleSays(phrase, null)} without a year; the paragraph names ${contextYear} before it, so it is taken as ${phraseOf(edtf)}.`;
      return { ...base, relative: false, edtf, precision: start.precision, basis, rule, confidence, note };
    }
    if (tags.has(TAG.pastMonth) && !tags.has(TAG.relativeYear)) {
      rule = 'past-month';
      basis = 'inferred';
      confidence = 0.6;
      how = ` without a year; the sentence reports the past, so it is taken as the most recent ${MONTHS[month - 1]}, ${phraseOf(edtf)}`;
    } else {
      // A weekday is stated once the publication date is known, as "yesterday" is: news names the day of the week it means.
      if (!tags.has(TAG.relativeYear)) {
        rule = 'past-weekday';
        confidence = 0.6;
      }
      how = `, which is ${near(edtf)}`;
    }
  } else if (tags.has(TAG.futureWeekday)) {
    rule = 'future-weekday';
    confidence = 0.6;
    how = `; the sentence speaks of the future, so it is the coming one, ${near(edtf)}`;
  } else if (relative) {
    how = `, which is ${near(edtf)}`;
  } else {
    how = start.precision === 'day' ? '' : start.precision === 'month' ? ', which gives the month but not the day' : ', which gives the year but not the month or day';
  }

  if (tags.has(TAG.openStart)) {
    const note = `${says}, so on or before ${near(edtf)}; it gives no start.`;
    return { ...base, edtf: `../${edtf}`, precision: start.precision, basis, rule: rule === 'bare-year' || rule === 'absolute' ? 'by' : rule, confidence: confidence - 0.05, note };
  }
  if (tags.has(TAG.openEnd)) {
    const note = `${says}, so from ${near(edtf)} on; it gives no end.`;
    return { ...base, edtf: `${edtf}/..`, precision: start.precision, basis, rule: rule === 'bare-year' || rule === 'absolute' ? 'since' : rule, confidence: confidence - 0.05, note };
  }
  return { ...base, edtf, precision: start.precision, basis, rule, confidence, note: `${says}${how}.` };
}

/**
 * A day's reading with the time of day its phrase writes ("at 9:41 am EST on Tuesday"): a date-time
 * to the minute, or the day with a note saying why the time was not kept. Other readings as they are.
 */
function withTimeOfDay(reading: DateReading, result: ParsingResult, reference: CalendarDay, published: boolean, storyZone: StoryZone | undefined): DateReading {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reading.edtf);
  if (!day || !result.start.isCertain('hour') || result.end) return reading;
  const time = timeOfDay(reading.edtf, result, storyZone);
  if (!time.ok) {
    const { clock, why, wantsZone } = time;
    return { ...reading, timeNotKept: { clock, why, wantsZone }, note: `${reading.note.replace(/\.$/, '')}; it gives the time ${clock}, but ${why}, so only the day is kept.` };
  }
  const calendarDay = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
  const dayText = reading.relative ? dayInYear(calendarDay, reference.year) : phraseOf(reading.edtf);
  const note = articleSays(reading.phrase, reading.relative && published ? reference : null) + whichIsAt(dayText, time.says, approximateWord(result), time.caution);
  return { ...reading, edtf: time.edtf, precision: time.precision, note };
}

/**
 * Whether a date sits in an aside its sentence closes before going on: ", who was appointed in
 * 1980, could get …" or "(appointed in 1980)". What the aside dates is not the time the sentence
 * goes on to tell.
 */
export function inClosedAside(text: string, index: number): boolean {
  const stops = [...text.slice(0, index).matchAll(/[.!?]["”’]?\s+/g)];
  const last = stops[stops.length - 1];
  const sentenceStart = last ? (last.index ?? 0) + last[0].length : 0;
  const before = text.slice(sentenceStart, index);
  const after = text.slice(index);
  const open = before.lastIndexOf('(');
  if (open !== -1 && !before.slice(open).includes(')') && /^[^.!?(]*\)/.test(after)) return true;
  const aside = [...before.matchAll(/,\s+(?:who|which|whose)\b/gi)].pop();
  return aside !== undefined && !before.slice((aside.index ?? 0) + 1).includes(',') && /^[^.!?;]*?,/.test(after);
}

/**
 * Every date in a paragraph, in order. `published` is the reference for relative phrases; without
 * it they are still returned (marked `relative`) so the caller can report them. A time of day is
 * read in the zone written after it, else in `storyZone`.
 */
export function readDates(text: string, published: CalendarDay | null, storyZone?: StoryZone): DateReading[] {
  const reference = published ?? PLACEHOLDER;
  let results: ParsingResult[];
  try {
    results = chrono.parse(text, localDate(reference)) as ParsingResult[];
  } catch {
    return [];
  }
  const readings: DateReading[] = [];
  let contextYear: number | null = null;
  for (const result of results) {
    const dayReading = readingOf(text, result, reference, published !== null, contextYear);
    if (!dayReading) continue;
    const reading = dayReading.relative && published === null ? dayReading : withTimeOfDay(dayReading, result, reference, published !== null, storyZone);
    if (reading.relative && published === null) {
      readings.push({ ...reading, note: `${articleSays(reading.phrase, null)}, which depends on the day it was published.` });
      continue;
    }
    if (!parseEdtf(reading.edtf).ok) continue;
    readings.push(reading);
    // Only a year that frames what the sentence tells dates a later day without a year: not the year of a thing ("the 2019 deal"), not one in an aside.
    if (!reading.relative && reading.rule !== 'context-year' && !result.tags().has(TAG.yearOfThing) && !inClosedAside(text, reading.index)) {
      const years = reading.edtf.match(/\d{4}/g);
      if (years) contextYear = Number(years[years.length - 1]);
    }
  }
  return readings;
}
