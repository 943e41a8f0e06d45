import { DateTime, type DateTimeFormatOptions } from 'luxon';
import type { CalendarDate, CalendarPoint } from './types';

/**
 * The human phrase of a story date: it says exactly what the data says, no more.
 * Dates are formatted by Luxon (Intl) in UTC in the given locale; the few English words
 * ("By", "From", "about", "possibly", "BCE") stay English in every locale.
 */

const EN_DASH = '\u2013';

type Style = 'long' | 'short';

/**
 * The same formats as Luxon tokens for English, which Luxon writes with its own English names
 * instead of Intl: the first Intl formatter of a page costs ~15 ms, paid on the first render.
 * Keyed by the resolved locale; tests check they equal Intl's output.
 */
const ENGLISH_TOKENS: Record<string, Partial<Record<Style, { day: string; month: string }>>> = {
  // British short months differ from Luxon's ("Sept"): those go through Intl.
  'en-GB': { long: { day: 'd LLLL y', month: 'LLLL y' } },
  'en-US': { long: { day: 'LLLL d, y', month: 'LLLL y' }, short: { day: 'LLL d, y', month: 'LLL y' } },
};

const FORMATS: Record<Style, { day: DateTimeFormatOptions; month: DateTimeFormatOptions }> = {
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

function yearText(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

/** The period of one point, without qualifiers: "1994", "August 2021", "15 August 2021", "44 BCE". */
function periodText(point: CalendarPoint, locale: string, style: Style): string {
  if (point.precision === 'year') return yearText(point.year);
  const english = ENGLISH_TOKENS[locale]?.[style];
  if (english && point.year > 0) {
    return DateTime.fromMillis(point.startMs, { zone: 'utc', locale: 'en' }).toFormat(english[point.precision]);
  }
  const options = point.precision === 'day' ? FORMATS[style].day : FORMATS[style].month;
  const dt = point.start.setZone('utc').setLocale(locale);
  if (point.year > 0) return dt.toLocaleString(options);
  // Intl writes BCE years as era years without the era; name the era ourselves.
  return dt
    .toLocaleParts(options)
    .map((part) => (part.type === 'year' ? yearText(point.year) : part.type === 'era' ? '' : part.value))
    .join('')
    .trim();
}

/** One bound with "about" when approximate: "about September 1996". */
function approximateText(point: CalendarPoint, locale: string, style: Style): string {
  const text = periodText(point, locale, style);
  return point.approximate ? `about ${text}` : text;
}

/** One bound with its qualifiers: "about September 1996", "possibly 1996", "possibly about 1996". */
function boundText(point: CalendarPoint, locale: string, style: Style): string {
  const text = approximateText(point, locale, style);
  return point.uncertain ? `possibly ${text}` : text;
}

/** An open interval: "By 1994", "From about April 2025", "Possibly by 1994". */
function openText(word: 'By' | 'From', point: CalendarPoint, locale: string, style: Style): string {
  const text = `${word} ${approximateText(point, locale, style)}`;
  return point.uncertain ? `Possibly ${word.toLowerCase()}${text.slice(word.length)}` : text;
}

function phrase(date: CalendarDate, locale: string, style: Style): string {
  const loc = resolveLocale(locale);
  const { from, to } = date;
  if (date.form === 'point' && from) return boundText(from, loc, style);
  if (from && to) return `${boundText(from, loc, style)} ${EN_DASH} ${boundText(to, loc, style)}`;
  if (to) return openText('By', to, loc, style);
  if (from) return openText('From', from, loc, style);
  return date.edtf;
}

/**
 * A phrase for a story date: `1994` → "1994", `2021-08-15` → "15 August 2021" (en),
 * `../1994` → "By 1994", `2025-04/..` → "From April 2025", `1992/1996` → "1992 – 1996",
 * `1996-09~` → "about September 1996", `1996?` → "possibly 1996", `1996%` → "possibly about 1996",
 * `../1994?` → "Possibly by 1994", `-0043` → "44 BCE". A malformed locale falls back to `en`.
 */
export function datePhrase(date: CalendarDate, locale = 'en'): string {
  return phrase(date, locale, 'long');
}

/** One day as a phrase ("15 August 2021" in en), from ms since the epoch (UTC). */
export function dayPhrase(ms: number, locale = 'en'): string {
  const loc = resolveLocale(locale);
  const english = ENGLISH_TOKENS[loc]?.long;
  const dt = DateTime.fromMillis(ms, { zone: 'utc', locale: english ? 'en' : loc });
  if (dt.year <= 0) return `${dt.toFormat('d LLLL')} ${yearText(dt.year)}`;
  return english ? dt.toFormat(english.day) : dt.toLocaleString(FORMATS.long.day);
}

/** The same phrase with abbreviated months ("15 Aug 2021"), for tight places such as axis tooltips. */
export function shortDatePhrase(date: CalendarDate, locale = 'en'): string {
  return phrase(date, locale, 'short');
}

/** One month as a phrase ("August 2021" in en), from ms since the epoch (UTC). */
export function monthPhrase(ms: number, locale = 'en'): string {
  const loc = resolveLocale(locale);
  const english = ENGLISH_TOKENS[loc]?.long;
  const dt = DateTime.fromMillis(ms, { zone: 'utc', locale: english ? 'en' : loc });
  if (dt.year <= 0) return `${dt.toFormat('LLLL')} ${yearText(dt.year)}`;
  return english ? dt.toFormat(english.month) : dt.toLocaleString(FORMATS.long.month);
}

/** The months a window covers: "August 2021 – September 2021", or one month alone. */
export function monthRangePhrase(w: { start: number; end: number }, locale = 'en'): string {
  const from = monthPhrase(w.start, locale);
  const to = monthPhrase(Math.max(w.start, w.end - 1), locale);
  return from === to ? from : `${from} – ${to}`;
}
