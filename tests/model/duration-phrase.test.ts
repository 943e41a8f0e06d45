import { describe, expect, test } from 'vitest';
import { durationPhrase } from '../../src/model/duration-phrase';
import { DAY_MS } from '../../src/model/time-constants';

const YEAR_MS = 365.2425 * DAY_MS;

describe('durationPhrase', () => {
  test('whole years from exactly 18 months up, whole months from exactly 45 days up', () => {
    expect(durationPhrase(1.5 * YEAR_MS, 'en')).toBe('2 years');
    expect(durationPhrase(45 * DAY_MS, 'en')).toBe('1 month');
    expect(durationPhrase(44 * DAY_MS, 'en')).toBe('44 days');
  });

  test('each unit in the locale\'s own words, one after the other', () => {
    const unit = (unit: string, n: number) => new Intl.NumberFormat('fr', { style: 'unit', unit, unitDisplay: 'long' }).format(n);
    expect(durationPhrase(3 * YEAR_MS, 'fr')).toBe(unit('year', 3));
    expect(durationPhrase(12 * DAY_MS, 'fr')).toBe(unit('day', 12));
    expect(durationPhrase(200 * DAY_MS, 'fr')).toBe(unit('month', 7));
    expect(durationPhrase(12 * DAY_MS, 'de')).toBe(new Intl.NumberFormat('de', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(12));
  });

  test('English with a numbering system of its own goes through Intl, in that system\'s digits', () => {
    const locale = 'en-US-u-nu-arab';
    expect(durationPhrase(12 * DAY_MS, locale)).toBe(new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(12));
    expect(durationPhrase(12 * DAY_MS, locale)).not.toContain('12');
  });

  test('only a tag that starts with English is written without Intl', () => {
    // A German tag with an English private-use part is German.
    const german = new Intl.NumberFormat('de-x-en', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(12);
    expect(durationPhrase(12 * DAY_MS, 'de-x-en')).toBe(german);
    expect(german).not.toBe('12 days');
  });
});

describe('durationPhrase of the article\'s gap and others', () => {
  test('years, months or days in the locale', () => {
    expect(durationPhrase(Date.parse('2021-08-01') - Date.parse('1997-11-01'), 'en')).toBe('24 years');
    expect(durationPhrase(200 * DAY_MS, 'en')).toBe('7 months');
    expect(durationPhrase(12 * DAY_MS, 'en')).toBe('12 days');
    expect(durationPhrase(24 * YEAR_MS, 'fr')).toBe('24 ans');
  });
});

describe('English without Intl', () => {
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

test('a gap shorter than a day is told in hours or minutes, not as "1 day"', () => {
  expect(durationPhrase(5 * 3_600_000, 'en')).toBe('5 hours');
  expect(durationPhrase(40 * 60_000, 'en')).toBe('40 minutes');
  expect(durationPhrase(30_000, 'en')).toBe('1 minute');
  expect(durationPhrase(3 * 3_600_000, 'fr')).toBe(new Intl.NumberFormat('fr', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(3));
});
