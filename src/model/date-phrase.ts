import type { CalendarDate, CalendarPoint } from './types';
import { englishMonth, formatUtc, formatUtcParts, isoDateTime, monthName, plainNumber, utcFields } from './utc-calendar';

/**
 * The human phrase of a story date: it says exactly what the data says, no more.
 * Dates are formatted as Luxon formats them (Intl, see utc-calendar.ts) in UTC in the given locale, in the Gregorian calendar
 * whatever the locale's default (as the axis is); the few words ("By", "From", "about",
 * "possibly", "BCE") come from `words`, a language's catalog (src/i18n), English by default.
 * A time of day is written in a time zone (the story's, or the reader's) with the zone's name.
 */

/** The words of date phrases, each a template with `{date}`, `{year}` or `{from}` and `{to}`. */
export interface DateWords {
  /** An open start: "By {date}". */
  dateBy: string;
  /** An open end: "From {date}". */
  dateFrom: string;
  /** An uncertain open start: "Possibly by {date}". */
  datePossiblyBy: string;
  /** An uncertain open end: "Possibly from {date}". */
  datePossiblyFrom: string;
  /** An approximate date: "about {date}". */
  dateAbout: string;
  /** An uncertain date: "possibly {date}". */
  datePossibly: string;
  /** A year before the common era: "{year} BCE". */
  dateBce: string;
  /** An interval: "{from} – {to}". */
  datePeriod: string;
}

/** The English words, used when no others are given. */
export const ENGLISH_DATE_WORDS: DateWords = {
  dateBy: 'By {date}',
  dateFrom: 'From {date}',
  datePossiblyBy: 'Possibly by {date}',
  datePossiblyFrom: 'Possibly from {date}',
  dateAbout: 'about {date}',
  datePossibly: 'possibly {date}',
  dateBce: '{year} BCE',
  datePeriod: '{from} \u2013 {to}',
};

/** Fills a template's `{name}` placeholders. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export type Style = 'long' | 'short';

let timeText: ((point: CalendarPoint, locale: string, style: Style, zone: string) => string) | null = null;

/** Gives date phrases their times of day in a zone (time-phrase.ts does, on import). */
export function useTimeText(write: (point: CalendarPoint, locale: string, style: Style, zone: string) => string): void {
  timeText = write;
}

/** The English orders, written with English month names instead of Intl. */
type EnglishOrder = (day: number, month: string, year: number) => string;
const dayMonthYear: EnglishOrder = (day, month, year) => `${day} ${month} ${year}`;
const monthDayYear: EnglishOrder = (day, month, year) => `${month} ${day}, ${year}`;

/**
 * The same formats in English, written with English month names instead of Intl: the first Intl
 * formatter of a page costs ~15 ms, paid on the first render. Keyed by the resolved locale; tests
 * check they equal Intl's output.
 */
// Stryker disable ObjectLiteral: equivalent, without an order the phrase goes through Intl, which writes the same text.
const ENGLISH_ORDERS: Record<string, Partial<Record<Style, EnglishOrder>>> = {
  // British short months differ ("Sept"): those go through Intl.
  'en-GB': { long: dayMonthYear },
  'en-US': { long: monthDayYear, short: monthDayYear },
};
// Stryker restore all

const FORMATS: Record<Style, { day: Intl.DateTimeFormatOptions; month: Intl.DateTimeFormatOptions }> = {
  long: {
    day: { day: 'numeric', month: 'long', year: 'numeric' },
    month: { month: 'long', year: 'numeric' },
  },
  short: {
    day: { day: 'numeric', month: 'short', year: 'numeric' },
    month: { month: 'short', year: 'numeric' },
  },
};

const FALLBACK_LOCALE = 'en-GB';

/**
 * Plain `en` reads day-month-year ("15 August 2021"), the order used in history writing.
 * A malformed locale tag falls back to that rather than throwing while rendering.
 */
function resolveLocale(locale: string): string {
  if (locale === 'en') return FALLBACK_LOCALE;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

const yearFormats = new Map<string, Intl.NumberFormat>();

/** A year's number in the locale's digits, without grouping ("1994", "۱۹۹۴"); English skips Intl. */
function yearNumber(year: number, locale: string): string {
  // Stryker disable next-line ConditionalExpression,MethodExpression: equivalent, English digits through Intl are the same.
  if (locale.startsWith('en')) return String(year);
  let format = yearFormats.get(locale);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache.
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false });
    yearFormats.set(locale, format);
  }
  return format.format(year);
}

/** "1994", or "44 BCE" (in the words given) for astronomical year -43. */
export function yearText(year: number, locale = 'en', words: DateWords = ENGLISH_DATE_WORDS): string {
  return year > 0 ? yearNumber(year, locale) : fill(words.dateBce, { year: yearNumber(1 - year, locale) });
}

/** The period of one point, without qualifiers: "1994", "August 2021", "15 August 2021", "44 BCE". */
function periodText(point: CalendarPoint, locale: string, style: Style, words: DateWords, zone: string): string {
  if (point.precision === 'year') return yearText(point.year, locale, words);
  if (point.precision === 'minute' || point.precision === 'second') {
    // Until time-phrase.ts has come (with the later parts), the instant in UTC, as ISO writes it.
    return timeText ? timeText(point, locale, style, zone) : `${isoDateTime(point.startMs).slice(0, point.precision === 'second' ? 19 : 16).replace('T', ' ')} UTC`;
  }
  const english = ENGLISH_ORDERS[locale]?.[style];
  // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, the English fast path; Intl writes the same text.
  if (english && point.year > 0) {
    const month = englishMonth(point.month ?? 1, style);
    return point.precision === 'day' ? english(point.day ?? 1, month, point.year) : `${month} ${point.year}`;
  }
  const options = point.precision === 'day' ? FORMATS[style].day : FORMATS[style].month;
  // Stryker disable next-line ConditionalExpression: equivalent, the parts below put a CE date together as Intl writes it.
  if (point.year > 0) return formatUtc(point.startMs, locale, options);
  // Intl writes BCE years as era years without the era; name the era ourselves.
  // Stryker disable MethodExpression,ConditionalExpression,StringLiteral: equivalent, ICU gives no era part for these
  // formats (checked in 20 locales) and nothing to trim; the era and trim are guards.
  return formatUtcParts(point.startMs, locale, options)
    .map((part) => (part.type === 'year' ? yearText(point.year, locale, words) : part.type === 'era' ? '' : part.value))
    .join('')
    .trim();
  // Stryker restore all
}

/** One bound with "about" when approximate: "about September 1996". */
function approximateText(point: CalendarPoint, locale: string, style: Style, words: DateWords, zone: string): string {
  const text = periodText(point, locale, style, words, zone);
  return point.approximate ? fill(words.dateAbout, { date: text }) : text;
}

/** One bound with its qualifiers: "about September 1996", "possibly 1996", "possibly about 1996". */
function boundText(point: CalendarPoint, locale: string, style: Style, words: DateWords, zone: string): string {
  const text = approximateText(point, locale, style, words, zone);
  return point.uncertain ? fill(words.datePossibly, { date: text }) : text;
}

/** An open interval: "By 1994", "From about April 2025", "Possibly by 1994". */
function openText(end: 'start' | 'end', point: CalendarPoint, locale: string, style: Style, words: DateWords, zone: string): string {
  const template = end === 'start'
    ? (point.uncertain ? words.datePossiblyBy : words.dateBy)
    : (point.uncertain ? words.datePossiblyFrom : words.dateFrom);
  return fill(template, { date: approximateText(point, locale, style, words, zone) });
}

function phrase(date: CalendarDate, locale: string, style: Style, words: DateWords, zone: string): string {
  const loc = resolveLocale(locale);
  const { from, to } = date;
  if (date.form === 'point' && from) return boundText(from, loc, style, words, zone);
  if (from && to) return fill(words.datePeriod, { from: boundText(from, loc, style, words, zone), to: boundText(to, loc, style, words, zone) });
  if (to) return openText('start', to, loc, style, words, zone);
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a valid date has a `from` here, and any side but 'start' is the end.
  if (from) return openText('end', from, loc, style, words, zone);
  return date.edtf;
}

/**
 * A phrase for a story date: `1994` → "1994", `2021-08-15` → "15 August 2021" (en),
 * `../1994` → "By 1994", `2025-04/..` → "From April 2025", `1992/1996` → "1992 – 1996",
 * `1996-09~` → "about September 1996", `1996?` → "possibly 1996", `1996%` → "possibly about 1996",
 * `../1994?` → "Possibly by 1994", `-0043` → "44 BCE". A malformed locale falls back to `en`.
 * `words` (a language's catalog) gives the qualifiers; English without it. A time of day is told
 * in `timeZone` with its name: `2023-08-23T18:04+05:30` in Asia/Kolkata → "23 August 2023 at 18:04 GMT+5:30".
 */
// Stryker disable next-line StringLiteral: equivalent, an empty locale resolves to English too.
export function datePhrase(date: CalendarDate, locale = 'en', words: DateWords = ENGLISH_DATE_WORDS, timeZone = 'UTC'): string {
  return phrase(date, locale, 'long', words, timeZone);
}

/** One day as a phrase ("15 August 2021" in en), from ms since the epoch (UTC). */
// Stryker disable next-line StringLiteral: equivalent, an empty locale resolves to English too.
export function dayPhrase(ms: number, locale = 'en', words: DateWords = ENGLISH_DATE_WORDS): string {
  const loc = resolveLocale(locale);
  const english = ENGLISH_ORDERS[loc]?.long;
  const written = english ? 'en' : loc;
  const { year, month, day } = utcFields(ms);
  if (year <= 0) return `${plainNumber(day, written)} ${monthName(ms, written, 'long')} ${yearText(year, loc, words)}`;
  return english ? english(day, englishMonth(month, 'long'), year) : formatUtc(ms, loc, FORMATS.long.day);
}

/** The same phrase with abbreviated months ("15 Aug 2021"), for tight places such as axis tooltips. */
// Stryker disable next-line StringLiteral: equivalent, an empty locale resolves to English too.
export function shortDatePhrase(date: CalendarDate, locale = 'en', words: DateWords = ENGLISH_DATE_WORDS, timeZone = 'UTC'): string {
  return phrase(date, locale, 'short', words, timeZone);
}

/** One month as a phrase ("August 2021" in en), from ms since the epoch (UTC). */
// Stryker disable next-line StringLiteral: equivalent, an empty locale resolves to English too.
export function monthPhrase(ms: number, locale = 'en', words: DateWords = ENGLISH_DATE_WORDS): string {
  const loc = resolveLocale(locale);
  const english = ENGLISH_ORDERS[loc]?.long;
  const { year, month } = utcFields(ms);
  if (year <= 0) return `${monthName(ms, english ? 'en' : loc, 'long')} ${yearText(year, loc, words)}`;
  return english ? `${englishMonth(month, 'long')} ${year}` : formatUtc(ms, loc, FORMATS.long.month);
}

/** The months a window covers: "August 2021 – September 2021", or one month alone. */
// Stryker disable next-line StringLiteral: equivalent, an empty locale resolves to English too.
export function monthRangePhrase(w: { start: number; end: number }, locale = 'en', words: DateWords = ENGLISH_DATE_WORDS): string {
  const from = monthPhrase(w.start, locale, words);
  const to = monthPhrase(Math.max(w.start, w.end - 1), locale, words);
  return from === to ? from : fill(words.datePeriod, { from, to });
}

/** A phrase with a capital first letter, as every visible date phrase starts ("About August 2021"). */
export function capitalized(phrase: string): string {
  return phrase.charAt(0).toLocaleUpperCase() + phrase.slice(1);
}
