import { datePhrase } from '../model/date-phrase';
import { parseEdtf } from '../model/edtf';
import type { DateBasis, Precision } from '../model/types';
import { createHistoryChrono, PART_MONTHS, TAG, type ParsingComponents, type ParsingResult } from './chrono-extensions';

/**
 * Dates found in a paragraph, each turned into an EDTF date of our subset at the precision the
 * words support, with the rule that gave it and a dateNote naming the phrase and its resolution.
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
  | 'context-year'
  /** The article's main event, its opening sentence undated (main-event.ts). */
  | 'main-event';

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
}

/** A calendar day given as numbers: the publication date. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const chrono = createHistoryChrono();

// Without a publication date, relative phrases are still found (so they can be reported) against
// a fixed day; their readings are marked relative and never used.
const PLACEHOLDER: CalendarDay = { year: 2000, month: 1, day: 1 };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

function dayPhraseOf(day: CalendarDay): string {
  return phraseOf(edtfOf(day.year, day.month, day.day));
}

function localDate(day: CalendarDay, offsetDays = 0): Date {
  return new Date(day.year, day.month - 1, day.day + offsetDays, 12);
}

function dayOfDate(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function edtfOfDay(day: CalendarDay): string {
  return edtfOf(day.year, day.month, day.day);
}

// Prepositions that belong to the phrase as a reader would quote it: "in April this year".
const LEADING = /\b(in|on|of|during|at|throughout|around|circa|from|between)\s+$/i;

/** The reading of one chrono result, or null when it is not a usable date. */
function readingOf(text: string, result: ParsingResult, reference: CalendarDay, published: boolean, contextYear: number | null): DateReading | null {
  const tags = result.tags();
  let index = result.index;
  let phrase = result.text.replace(/[\s,.;:]+$/, '');
  const lead = LEADING.exec(text.slice(Math.max(0, index - 12), index));
  if (lead && !/^(in|on|of|during|at|throughout|around|circa|from|between|by|since|until|till|before|after)\s/i.test(phrase)) {
    index -= lead[0].length;
    phrase = lead[0] + phrase;
  }
  const length = phrase.length;
  const quoted = `'${phrase}'`;
  const start = pointOf(result.start);
  if (!start) {
    if (!tags.has(TAG.week)) return null;
  }
  // Relative: the words do not name the year themselves ("last year", "in April this year", "on Thursday").
  const namesYear = /\b\d{3,4}\b|\d0s\b/.test(result.text);
  const relative = !namesYear;
  const against = published ? `resolved against ${dayPhraseOf(reference)}` : 'resolved against the publication date';
  const base = { index, length, phrase, relative };

  if (tags.has(TAG.week)) {
    const ref = localDate(reference);
    const mondayOffset = -((ref.getDay() + 6) % 7);
    const last = /\b(last|past|previous)\b/i.test(result.text);
    const from = dayOfDate(localDate(reference, mondayOffset - (last ? 7 : 0)));
    const to = last ? dayOfDate(localDate(reference, mondayOffset - 1)) : reference;
    const edtf = `${edtfOfDay(from)}/${edtfOfDay(to)}`;
    return { ...base, edtf, precision: 'day', basis: 'stated', rule: 'week', confidence: 0.6, note: `${quoted}, ${against}: the week from Monday ${dayPhraseOf(from)} to ${dayPhraseOf(to)}${last ? '' : ' (the publication date)'}.` };
  }
  if (!start) return null;

  if (tags.has(TAG.decade) && result.end) {
    const from = result.start.get('year') ?? 0;
    const to = result.end.get('year') ?? 0;
    const part = /\b(early|mid|late)\b/i.exec(result.text)?.[1].toLowerCase();
    const how = part ? `the ${part} part of the decade, taken as ${from} to ${to}` : `the decade ${from} to ${to}`;
    return { ...base, edtf: `${edtfOf(from)}/${edtfOf(to)}`, precision: 'year', basis: 'stated', rule: 'decade', confidence: 0.85, note: `${quoted} is ${how}.` };
  }
  if (tags.has(TAG.partOfYear) && result.end) {
    const year = result.start.get('year') ?? 0;
    if (/\bby\s+$/i.test(text.slice(0, result.index)) && /\bend\b/i.test(result.text)) {
      // "By the end of 2020": done at some time up to the end of that year.
      const by = text.slice(0, result.index).match(/\bby\s+$/i)?.[0] ?? '';
      const phraseBy = by + phrase;
      return { ...base, index: result.index - by.length, length: phraseBy.length, phrase: phraseBy, edtf: `../${edtfOf(year)}`, precision: 'year', basis: 'stated', rule: 'by', confidence: 0.8, note: `'${phraseBy}' gives only an upper bound: on or before the end of ${year}, so the start is left open.` };
    }
    const from = result.start.get('month') ?? 1;
    const to = result.end.get('month') ?? 12;
    const edtf = `${edtfOf(year, from)}/${edtfOf(year, to)}`;
    const part = Object.keys(PART_MONTHS).find((k) => new RegExp(`\\b${k}\\b`, 'i').test(result.text)) ?? 'part';
    const rule = ['spring', 'summer', 'autumn', 'fall'].includes(part) ? 'the season' : 'a third of the year';
    const resolved = relative ? `, ${against},` : '';
    return { ...base, edtf, precision: 'month', basis: 'stated', rule: 'part-of-year', confidence: 0.75, note: `${quoted}${resolved} is taken as ${MONTHS[from - 1]} to ${MONTHS[to - 1]} ${year} (${part}: ${rule}).` };
  }
  if (tags.has(TAG.partOfMonth) && start.precision === 'month') {
    const year = result.start.get('year') ?? 0;
    const month = result.start.get('month') ?? 1;
    const tagged = [...tags].find((t) => t.startsWith(`${TAG.partOfMonth}:`))?.split(':')[1];
    const part = /\b(early|mid|late)\b/i.exec(result.text)?.[1].toLowerCase() ?? tagged ?? 'early';
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
    const edtf = `${edtfOf(year, month, a)}/${edtfOf(year, month, b)}`;
    const resolved = relative ? `, ${against}` : '';
    return { ...base, edtf, precision: 'day', basis: 'stated', rule: 'part-of-month', confidence: 0.7, note: `${quoted}${resolved} is taken as ${a} to ${b} ${MONTHS[month - 1]} ${year} (${part}: a third of the month).` };
  }
  if (result.end) {
    const end = pointOf(result.end);
    if (!end) return null;
    const edtf = `${start.edtf}/${end.edtf}`;
    const parsed = parseEdtf(edtf);
    if (!parsed.ok) return null;
    const resolved = relative ? `, ${against},` : '';
    return { ...base, edtf, precision: parsed.value.precision, basis: 'stated', rule: 'range', confidence: 0.85, note: `${quoted}${resolved} gives the span ${phraseOf(start.edtf)} to ${phraseOf(end.edtf)}.` };
  }

  let edtf = start.edtf;
  let rule: DateRule = relative ? 'relative' : tags.has(TAG.bareYear) ? 'bare-year' : 'absolute';
  let basis: DateBasis = 'stated';
  let confidence = relative ? 0.8 : 0.9;
  let how: string;
  if (tags.has(TAG.futureMonth)) {
    rule = 'future-month';
    basis = 'inferred';
    confidence = 0.5;
    how = `no year given; the sentence speaks of the future, so the next ${MONTHS[(result.start.get('month') ?? 1) - 1]} on or after ${published ? dayPhraseOf(reference) : 'the publication date'}: ${phraseOf(edtf)}`;
  } else if (tags.has(TAG.pastMonth) || tags.has(TAG.pastWeekday)) {
    const month = result.start.get('month') ?? 1;
    const day = result.start.get('day') ?? 1;
    // "last November" names its own year: the latest November before publication, not the paragraph's.
    const ownYear = /\b(?:last|this|next)\s+$/i.test(text.slice(Math.max(0, result.index - 6), result.index));
    if (tags.has(TAG.pastMonth) && contextYear !== null && !tags.has(TAG.relativeYear) && !ownYear) {
      // The paragraph named a year before this month: the month is read in that year.
      edtf = start.precision === 'day' ? edtfOf(contextYear, month, day) : edtfOf(contextYear, month);
      rule = 'context-year';
      basis = 'inferred';
      confidence = 0.6;
      how = `no year given; taken as ${contextYear}, the year named earlier in the paragraph: ${phraseOf(edtf)}`;
      return { ...base, relative: false, edtf, precision: start.precision, basis, rule, confidence, note: `${quoted}, ${how}.` };
    }
    if (tags.has(TAG.relativeYear)) {
      how = `${against}: ${phraseOf(edtf)}`;
    } else if (tags.has(TAG.pastMonth)) {
      rule = 'past-month';
      basis = 'inferred';
      confidence = 0.6;
      how = `no year given; a past-tense report, so the most recent ${MONTHS[month - 1]} on or before ${published ? dayPhraseOf(reference) : 'the publication date'}: ${phraseOf(edtf)}`;
    } else {
      rule = 'past-weekday';
      basis = 'inferred';
      confidence = 0.6;
      const weekday = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.exec(result.text)?.[0] ?? 'day';
      how = `${against}, the ${weekday[0].toUpperCase()}${weekday.slice(1).toLowerCase()} ${/\blast\b/i.test(result.text) ? 'before' : 'on or before'} it: ${phraseOf(edtf)}`;
    }
  } else if (relative) {
    how = `${against}: ${phraseOf(edtf)}`;
  } else {
    how = start.precision === 'day' ? 'as written' : `gives the ${start.precision} and nothing finer`;
  }

  if (tags.has(TAG.openStart)) {
    const note = `${quoted} gives only an upper bound${relative ? ` (${how})` : ''}: on or before ${phraseOf(edtf)}, so the start is left open.`;
    return { ...base, edtf: `../${edtf}`, precision: start.precision, basis, rule: rule === 'bare-year' || rule === 'absolute' ? 'by' : rule, confidence: confidence - 0.05, note };
  }
  if (tags.has(TAG.openEnd)) {
    const note = `${quoted} gives only a lower bound${relative ? ` (${how})` : ''}: from ${phraseOf(edtf)} on, so the end is left open.`;
    return { ...base, edtf: `${edtf}/..`, precision: start.precision, basis, rule: rule === 'bare-year' || rule === 'absolute' ? 'since' : rule, confidence: confidence - 0.05, note };
  }
  const note = how === 'as written' || how.startsWith('gives') ? `${quoted} ${how}.` : `${quoted}, ${how}.`;
  return { ...base, edtf, precision: start.precision, basis, rule, confidence, note };
}

/**
 * Every date in a paragraph, in order. `published` is the reference for relative phrases; without
 * it they are still returned (marked `relative`) so the caller can report them.
 */
export function readDates(text: string, published: CalendarDay | null): DateReading[] {
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
    const reading = readingOf(text, result, reference, published !== null, contextYear);
    if (!reading) continue;
    if (reading.relative && published === null) {
      readings.push(reading);
      continue;
    }
    if (!parseEdtf(reading.edtf).ok) continue;
    readings.push(reading);
    if (!reading.relative && reading.rule !== 'context-year') {
      const years = reading.edtf.match(/\d{4}/g);
      if (years) contextYear = Number(years[years.length - 1]);
    }
  }
  return readings;
}
