import { describe, expect, test } from 'vitest';
import { DateTime } from 'luxon';
import { datePhrase, dayPhrase, shortDatePhrase } from '../../src/model/date-phrase';
import { parseEdtf } from '../../src/model/edtf';
import { chooseTicks } from '../../src/layout/ticks';
import { durationPhrase } from '../../src/model/duration-phrase';
import { DAY_MS } from '../../src/model/time-constants';

/** English dates skip Intl for speed: they must read exactly as Intl writes them. */
function intl(ms: number, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(ms);
}

const days: number[] = [];
for (let i = 0; i < 400; i++) days.push(Date.UTC(1000 + ((i * 7919) % 1100), (i * 13) % 12, 1 + ((i * 31) % 28)));

describe('English without Intl', () => {
  test('day and month phrases equal Intl in en (day-month-year) and en-US', () => {
    for (const ms of days) {
      const dt = DateTime.fromMillis(ms, { zone: 'utc' });
      const day = parseEdtf(dt.toFormat('yyyy-MM-dd'));
      const month = parseEdtf(dt.toFormat('yyyy-MM'));
      if (!day.ok || !month.ok) throw new Error('bad fixture');
      expect(datePhrase(day.value, 'en')).toBe(intl(ms, 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
      expect(datePhrase(day.value, 'en-US')).toBe(intl(ms, 'en-US', { day: 'numeric', month: 'long', year: 'numeric' }));
      expect(datePhrase(month.value, 'en')).toBe(intl(ms, 'en-GB', { month: 'long', year: 'numeric' }));
      expect(shortDatePhrase(day.value, 'en')).toBe(intl(ms, 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' }));
      expect(shortDatePhrase(month.value, 'en-US')).toBe(intl(ms, 'en-US', { month: 'short', year: 'numeric' }));
      expect(dayPhrase(ms, 'en')).toBe(intl(ms, 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
      expect(dayPhrase(ms, 'de')).toBe(intl(ms, 'de', { day: 'numeric', month: 'long', year: 'numeric' }));
    }
  });

  test('axis labels in en equal Intl for years, months and days', () => {
    const windows = [
      { start: Date.UTC(1990, 0, 1), end: Date.UTC(2026, 0, 1) },
      { start: Date.UTC(2020, 0, 1), end: Date.UTC(2022, 6, 1) },
      { start: Date.UTC(2021, 6, 20), end: Date.UTC(2021, 8, 20) },
      { start: Date.UTC(2025, 5, 29), end: Date.UTC(2025, 6, 6) },
    ];
    for (const w of windows) {
      const set = chooseTicks(w, 1280, 'en');
      expect(set.ticks.length).toBeGreaterThan(1);
      for (const tick of set.ticks) {
        const options: Intl.DateTimeFormatOptions =
          tick.unit === 'day' || tick.unit === 'week'
            ? { day: 'numeric', month: 'short' }
            : tick.unit === 'month' || tick.unit === 'quarter'
              ? { month: 'short', year: 'numeric' }
              : { year: 'numeric' };
        expect(tick.label, `${tick.unit} tick`).toBe(intl(tick.time, 'en', options));
      }
    }
  });

  test('gap lengths in English equal Intl for every count of years, months and days', () => {
    const year = 365.2425 * DAY_MS;
    const unitText = (locale: string, unit: string, n: number) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 }).format(n);
    for (const locale of ['en', 'en-US', 'en-GB', 'en-IN']) {
      for (let n = 2; n <= 1200; n++) expect(durationPhrase(n * year, locale)).toBe(unitText(locale, 'year', n));
      for (let n = 2; n <= 17; n++) expect(durationPhrase((n * year) / 12, locale)).toBe(unitText(locale, 'month', n));
      for (let n = 1; n <= 44; n++) expect(durationPhrase(n * DAY_MS, locale)).toBe(unitText(locale, 'day', n));
    }
  });
});
