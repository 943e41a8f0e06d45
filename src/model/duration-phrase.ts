import { DAY_MS, HOUR_MS, MINUTE_MS, MONTH_MS, YEAR_MS } from './time-constants';

const formats = new Map<string, Intl.NumberFormat>();

type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute';

function unitFormat(locale: string, unit: Unit): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let format = formats.get(key);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache: without it the same formatter is made again.
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format;
}

/**
 * English counts under 1,000 skip Intl: a page's first Intl.NumberFormat costs 15–25 ms in
 * Chromium (it loads ICU's number data), a third of the article's first-render budget, spent on
 * a gap label. Below 1,000 there is no grouping, and English's one/other plural is `n === 1`;
 * tests/unit/english-fast-path.test.ts checks that this text equals Intl's.
 */
// Stryker disable next-line Regex: equivalent, a tag this misses goes through Intl, which writes the same words.
const ENGLISH = /^en(-[a-z]{2})?$/i;
const ENGLISH_UNITS = { year: ['year', 'years'], month: ['month', 'months'], day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] } as const;

function countOf(count: number, unit: Unit, locale: string): string {
  // Stryker disable next-line ConditionalExpression: equivalent, without the fast path Intl writes the same words.
  if (count < 1000 && ENGLISH.test(locale)) return `${count} ${ENGLISH_UNITS[unit][count === 1 ? 0 : 1]}`;
  return unitFormat(locale, unit).format(count);
}

/**
 * How long a stretch of time is, roughly, in the locale's words: "24 years", "8 months",
 * "12 days", "5 hours". Whole years from 18 months up, whole months from 45 days up, days from a
 * day up, hours from 90 minutes up, else minutes (a gap within a story of one afternoon).
 */
export function durationPhrase(ms: number, locale: string): string {
  if (ms >= 1.5 * YEAR_MS) return countOf(Math.round(ms / YEAR_MS), 'year', locale);
  if (ms >= 45 * DAY_MS) return countOf(Math.round(ms / MONTH_MS), 'month', locale);
  if (ms >= DAY_MS) return countOf(Math.round(ms / DAY_MS), 'day', locale);
  if (ms >= 90 * MINUTE_MS) return countOf(Math.round(ms / HOUR_MS), 'hour', locale);
  return countOf(Math.max(1, Math.round(ms / MINUTE_MS)), 'minute', locale);
}
