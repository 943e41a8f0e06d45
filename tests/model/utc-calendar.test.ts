/**
 * The light calendar path (src/model/utc-calendar.ts) against Luxon, which it stands in for in the
 * first frame: over random instants (BCE, year 0, leap days, the edges of Luxon's range) and every
 * locale the element speaks, each function gives exactly Luxon's result; so do the date phrases and
 * axis labels written on it, against the Luxon calls they made before.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { chooseTicks } from '../../src/layout/ticks';
import { datePhrase, dayPhrase, monthPhrase, shortDatePhrase, yearText } from '../../src/model/date-phrase';
import { parseEdtf } from '../../src/model/edtf';
import type { CalendarPoint } from '../../src/model/types';
import { formatUtc, formatUtcParts, isoDateTime, monthName, plainNumber, readIsoDateTime } from '../../src/model/utc-calendar';

const DAY_MS = 86_400_000;
/** The catalogs' languages, regional and Unicode-extension tags, and a few with other digits or calendars by default. */
const LOCALES = ['en', 'en-US', 'en-GB', 'fr', 'es', 'de', 'ru', 'ar', 'fa', 'ps', 'fa-AF', 'ar-EG', 'ja', 'zh-TW', 'th', 'hi', 'he', 'ar-u-nu-latn', 'th-u-nu-thai', 'en-u-nu-arab', 'fa-u-ca-persian', 'en-x-private'];

const luxon = (ms: number, locale: string) => DateTime.fromMillis(ms, { zone: 'utc', locale, outputCalendar: 'gregory' });

/** A UTC midnight from year -9999 to 9999, more often near year 0, on leap days and at month ends. */
const day = fc.oneof(
  fc.integer({ min: -9999, max: 9999 }),
  fc.integer({ min: -5, max: 5 }),
).chain((year) =>
  fc.oneof(
    fc.record({ year: fc.constant(year), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
    fc.constant({ year: year - (year % 4), month: 2, day: 29 }),
    fc.record({ year: fc.constant(year), month: fc.constantFrom(1, 3, 4, 12), day: fc.constant(30) }),
  ).map(({ year, month, day }) => {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    return d.getTime();
  }),
);
/** Any instant Luxon holds, to the millisecond, and a little past its edges. */
const instant = fc.oneof(day, fc.integer({ min: -8.64e15 - DAY_MS, max: 8.64e15 + DAY_MS }), fc.integer({ min: -62_200_000_000_000, max: 253_402_300_799_999 }));
const locale = fc.constantFrom(...LOCALES);
const options = fc.constantFrom<Intl.DateTimeFormatOptions>(
  { year: 'numeric' },
  { month: 'short' },
  { month: 'long' },
  { month: 'short', year: 'numeric' },
  { month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'short' },
  { day: 'numeric', month: 'short', year: 'numeric' },
  { day: 'numeric', month: 'long', year: 'numeric' },
);
const runs = { numRuns: 1500, seed: 25 };

describe('the UTC calendar agrees with Luxon', () => {
  test('Intl text and parts for every format the element writes, in every locale', () => {
    fc.assert(
      fc.property(day, locale, options, (ms, loc, opts) => {
        expect(formatUtc(ms, loc, opts)).toBe(luxon(ms, loc).toLocaleString(opts));
        expect(formatUtcParts(ms, loc, opts)).toEqual(luxon(ms, loc).toLocaleParts(opts));
      }),
      runs,
    );
  });

  test('month names and day numbers as toFormat writes them (English by Luxon itself, others by Intl)', () => {
    fc.assert(
      fc.property(day, locale, (ms, loc) => {
        const dt = luxon(ms, loc);
        expect(monthName(ms, loc, 'long')).toBe(dt.toFormat('LLLL'));
        expect(monthName(ms, loc, 'short')).toBe(dt.toFormat('LLL'));
        expect(plainNumber(dt.day, loc)).toBe(dt.toFormat('d'));
        if (dt.year > 0) expect(plainNumber(dt.year, loc)).toBe(dt.toFormat('y'));
      }),
      runs,
    );
  });

  test('ISO date-times written, including six-digit and negative years, and none out of range', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        expect(isoDateTime(ms)).toBe(DateTime.fromMillis(ms, { zone: 'utc', locale: 'en' }).toISO() ?? '');
      }),
      runs,
    );
    for (const ms of [NaN, Infinity, -Infinity]) expect(isoDateTime(ms)).toBe('');
  });

  test('ISO date-times read, with or without seconds, fractions and offsets, real or not', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const year = fc.oneof(fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')), fc.integer({ min: -999_999, max: 999_999 }).map((y) => (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(6, '0')));
    const time = fc.tuple(two(25), fc.option(fc.tuple(two(61), fc.option(fc.tuple(two(61), fc.option(fc.stringMatching(/^[.,]\d{1,12}$/)))))));
    const offset = fc.option(fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), two(15), fc.constantFrom('', ':', 'x'), two(75)).map(([s, h, sep, m]) => (sep === 'x' ? `${s}${h}` : `${s}${h}${sep}${m}`))));
    const text = fc.tuple(year, two(13), two(32), time, offset).map(([y, mo, d, [h, rest], off]) =>
      `${y}-${mo}-${d}T${h}${rest ? `:${rest[0]}${rest[1] ? `:${rest[1][0]}${rest[1][1] ?? ''}` : ''}` : ''}${off ?? ''}`);
    fc.assert(
      fc.property(text, (iso) => {
        const reference = DateTime.fromISO(iso, { zone: 'utc' });
        expect(readIsoDateTime(iso), iso).toBe(reference.isValid ? reference.toMillis() : null);
      }),
      runs,
    );
  });
});

/** Luxon's English token formats the phrases used before the light path, by resolved locale. */
const LUXON_TOKENS: Record<string, Partial<Record<'long' | 'short', { day: string; month: string }>>> = {
  'en-GB': { long: { day: 'd LLLL y', month: 'LLLL y' } },
  'en-US': { long: { day: 'LLLL d, y', month: 'LLLL y' }, short: { day: 'LLL d, y', month: 'LLL y' } },
};
const resolved = (locale: string) => (locale === 'en' ? 'en-GB' : Intl.getCanonicalLocales(locale)[0]);

/** A point's period as the phrases wrote it with Luxon (the oracle for the light path). */
function luxonPeriod(point: CalendarPoint, locale: string, style: 'long' | 'short'): string {
  const loc = resolved(locale);
  if (point.precision === 'year') return yearText(point.year, loc);
  const english = LUXON_TOKENS[loc]?.[style];
  if (english && point.year > 0) return DateTime.fromMillis(point.startMs, { zone: 'utc', locale: 'en' }).toFormat(english[point.precision as 'day' | 'month']);
  const options: Intl.DateTimeFormatOptions = point.precision === 'day' ? { day: 'numeric', month: style, year: 'numeric' } : { month: style, year: 'numeric' };
  const dt = luxon(point.startMs, loc);
  if (point.year > 0) return dt.toLocaleString(options);
  return dt.toLocaleParts(options).map((part) => (part.type === 'year' ? yearText(point.year, loc) : part.type === 'era' ? '' : part.value)).join('').trim();
}

/** Every precision, BCE and year 0 among them. */
const edtf = fc.tuple(fc.oneof(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -3, max: 3 })), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 })).map(([year, month, day]) => {
  const y = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  if (month === 0) return y;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0);
  return day === 0 ? m : `${m}-${String(Math.min(day, last)).padStart(2, '0')}`;
});
const pointOf = (text: string) => {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('the phrases and axis labels written on it are Luxon\'s', () => {
  test('a date of every precision, in every locale, long and short', () => {
    fc.assert(
      fc.property(edtf, locale, (text, loc) => {
        const date = pointOf(text);
        expect(datePhrase(date, loc), `${text} ${loc}`).toBe(luxonPeriod(date.from!, loc, 'long'));
        expect(shortDatePhrase(date, loc), `${text} ${loc}`).toBe(luxonPeriod(date.from!, loc, 'short'));
      }),
      runs,
    );
  });

  test('a day and a month from ms, as the gaps and the overview write them', () => {
    fc.assert(
      fc.property(day, locale, (ms, loc) => {
        const r = resolved(loc);
        const english = LUXON_TOKENS[r]?.long;
        const dt = DateTime.fromMillis(ms, { zone: 'utc', locale: english ? 'en' : r, outputCalendar: 'gregory' });
        const dayText = dt.year <= 0 ? `${dt.toFormat('d LLLL')} ${yearText(dt.year, r)}` : english ? dt.toFormat(english.day) : dt.toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' });
        const monthText = dt.year <= 0 ? `${dt.toFormat('LLLL')} ${yearText(dt.year, r)}` : english ? dt.toFormat(english.month) : dt.toLocaleString({ month: 'long', year: 'numeric' });
        expect(dayPhrase(ms, loc)).toBe(dayText);
        expect(monthPhrase(ms, loc)).toBe(monthText);
      }),
      runs,
    );
  });

  test("the axis's tick labels: years, months and days, BCE too", () => {
    const plainEnglish = (loc: string) => loc === 'en' || loc === 'en-US';
    const label = (time: number, unit: string, loc: string) => {
      const dt = luxon(time, loc);
      if (unit === 'month' || unit === 'quarter') {
        return dt.year <= 0 ? null : plainEnglish(loc) ? dt.toFormat('LLL y') : dt.toLocaleString({ month: 'short', year: 'numeric' });
      }
      if (unit === 'day' || unit === 'week') return plainEnglish(loc) ? dt.toFormat('LLL d') : dt.toLocaleString({ day: 'numeric', month: 'short' });
      return dt.year <= 0 ? null : plainEnglish(loc) ? String(dt.year) : dt.toLocaleString({ year: 'numeric' });
    };
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 4000 * 365 }), fc.integer({ min: 200, max: 1600 }), locale, (start, days, width, loc) => {
        for (const tick of chooseTicks({ start, end: start + days * DAY_MS }, width, loc).ticks) {
          const expected = label(tick.time, tick.unit, loc);
          // BCE years are written by the catalog's era words and Intl's digits, not by Luxon.
          if (expected !== null) expect(tick.label, `${tick.time} ${tick.unit} ${loc}`).toBe(expected);
          else if (tick.unit === 'month' || tick.unit === 'quarter') expect(tick.label.startsWith(luxon(tick.time, loc).toLocaleString({ month: 'short' }))).toBe(true);
        }
      }),
      { ...runs, numRuns: 500 },
    );
  });
});
