import { describe, expect, test } from 'vitest';
import { DateTime } from 'luxon';
import { datePhrase, dayPhrase, shortDatePhrase } from '../../src/model/date-phrase';
import { parseEdtf } from '../../src/model/edtf';
import { chooseTicks } from '../../src/layout/ticks';

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
});
