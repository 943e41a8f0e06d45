import { describe, expect, test } from 'vitest';
import { parseEdtf } from '../../src/model/edtf';
import { DateTime, Settings } from 'luxon';
import { datePhrase, dayPhrase, monthPhrase, monthRangePhrase, shortDatePhrase, yearText } from '../../src/model/date-phrase';
import type { CalendarDate } from '../../src/model/types';

function date(text: string): CalendarDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const phrase = (text: string, locale?: string) => datePhrase(date(text), locale);

describe('datePhrase', () => {
  test('a year is just the year', () => {
    expect(phrase('1994')).toBe('1994');
  });

  test('a month is the month name and year', () => {
    expect(phrase('2021-08')).toBe('August 2021');
  });

  test('plain "en" writes a day as day month year', () => {
    expect(phrase('2021-08-15')).toBe('15 August 2021');
    expect(phrase('2021-08-15', 'en')).toBe('15 August 2021');
  });

  test('the locale decides the day order: en-US is month day, year', () => {
    expect(phrase('2021-08-15', 'en-US')).toBe('August 15, 2021');
    expect(phrase('2021-08-15', 'en-GB')).toBe('15 August 2021');
  });

  test('other locales get their own month names and order', () => {
    expect(phrase('2021-08-15', 'fr')).toBe('15 août 2021');
    expect(phrase('2021-08', 'de')).toBe('August 2021');
  });

  test('a malformed locale falls back to en instead of throwing', () => {
    expect(phrase('2021-08-15', 'not a locale!')).toBe('15 August 2021');
  });

  test('the phrase is the UTC calendar day, not the local one', () => {
    // Midnight UTC is the previous evening in America/Los_Angeles, where the tests run.
    expect(phrase('2021-01-01')).toBe('1 January 2021');
  });

  test('an open start reads "By …"', () => {
    expect(phrase('../1994')).toBe('By 1994');
  });

  test('an open end reads "From …"', () => {
    expect(phrase('2025-04/..')).toBe('From April 2025');
  });

  test('a closed interval joins its ends with a spaced en dash', () => {
    expect(phrase('1992/1996')).toBe('1992 \u2013 1996');
    expect(phrase('1994-06/1994-09-03')).toBe('June 1994 \u2013 3 September 1994');
  });

  test('an approximate date reads "about …"', () => {
    expect(phrase('1996-09~')).toBe('about September 1996');
  });

  test('an uncertain date reads "possibly …"', () => {
    expect(phrase('1996?')).toBe('possibly 1996');
  });

  test('an uncertain and approximate date reads "possibly about …"', () => {
    expect(phrase('1996%')).toBe('possibly about 1996');
  });

  test('qualifiers apply to their own end of an interval', () => {
    expect(phrase('1992~/1996?')).toBe('about 1992 \u2013 possibly 1996');
  });

  test('qualified open ends read "By about …" and "Possibly from …"', () => {
    expect(phrase('../1994~')).toBe('By about 1994');
    expect(phrase('../1994?')).toBe('Possibly by 1994');
    expect(phrase('2025-04%/..')).toBe('Possibly from about April 2025');
  });

  test('astronomical years at or below zero read as BCE', () => {
    expect(phrase('-0043')).toBe('44 BCE');
    expect(phrase('0000')).toBe('1 BCE');
    expect(phrase('-0043-03')).toBe('March 44 BCE');
    expect(phrase('-0043-03-15')).toBe('15 March 44 BCE');
    expect(phrase('-0043-03-15', 'en-US')).toBe('March 15, 44 BCE');
  });

  test('BCE dates in other locales keep the locale\'s month names and order, with the year as "… BCE"', () => {
    expect(phrase('-0043-03-15', 'fr')).toBe('15 mars 44 BCE');
    expect(phrase('-0043-03', 'fr')).toBe('mars 44 BCE');
    expect(phrase('-0043-03-15', 'de')).toBe('15. März 44 BCE');
    expect(phrase('0000-12-31', 'de')).toBe('31. Dezember 1 BCE');
    expect(phrase('-0043', 'fr')).toBe('44 BCE');
    expect(phrase('-0043-03-15/-0042', 'fr')).toBe('15 mars 44 BCE – 43 BCE');
    expect(shortDatePhrase(date('-0043-03-15'), 'de')).toBe('15. März 44 BCE');
    // No era word from Intl ("av. J.-C.", "v. Chr.") and no negative or zero year.
    for (const locale of ['fr', 'de', 'es', 'ja']) {
      const text = phrase('-0043-03-15', locale);
      expect(text, locale).toContain('44 BCE');
      expect(text, locale).not.toMatch(/J\.-C|Chr|a\. C|紀元前|-44|-43/);
    }
  });

  test('years below 1000 are not padded', () => {
    expect(phrase('0800')).toBe('800');
    expect(phrase('0800-12-25')).toBe('25 December 800');
    expect(phrase('0005-07')).toBe('July 5');
  });

  test('dates before 1970 read normally', () => {
    expect(phrase('1969-07-20')).toBe('20 July 1969');
  });
});

describe('shortDatePhrase', () => {
  test('abbreviates month names', () => {
    expect(shortDatePhrase(date('2021-08-15'))).toBe('15 Aug 2021');
    expect(shortDatePhrase(date('../2021-08'))).toBe('By Aug 2021');
    expect(shortDatePhrase(date('1994'))).toBe('1994');
  });
});

describe('dayPhrase', () => {
  test('one day in the locale, from ms', () => {
    expect(dayPhrase(Date.UTC(2021, 7, 15))).toBe('15 August 2021');
    expect(dayPhrase(Date.UTC(2021, 7, 15), 'en-US')).toBe('August 15, 2021');
    expect(dayPhrase(Date.UTC(2021, 7, 15), 'fr')).toBe('15 août 2021');
  });
  test('a day in year 0 or before reads as BCE', () => {
    expect(dayPhrase(Date.UTC(-43, 2, 15))).toBe('15 March 44 BCE');
    const yearZero = new Date(0);
    yearZero.setUTCFullYear(0, 5, 15);
    expect(dayPhrase(yearZero.getTime())).toBe('15 June 1 BCE');
    expect(dayPhrase(new Date(0).setUTCFullYear(1, 0, 1))).toBe('1 January 1');
  });
});

describe('yearText', () => {
  test('a year in English by default, and years up to 0 as BCE', () => {
    expect(yearText(1994)).toBe('1994');
    expect(yearText(-43)).toBe('44 BCE');
    expect(yearText(0)).toBe('1 BCE');
  });
});

describe('monthPhrase and monthRangePhrase', () => {
  const august = Date.UTC(2021, 7, 1);

  test('the month of an instant in UTC, from its very first millisecond', () => {
    expect(monthPhrase(august)).toBe('August 2021');
    expect(monthPhrase(august, 'en-US')).toBe('August 2021');
    expect(monthPhrase(august, 'fr')).toBe('août 2021');
    expect(monthPhrase(august, 'ja')).toBe('2021年8月');
  });

  test('in the Gregorian calendar whatever the locale\'s own', () => {
    expect(monthPhrase(august, 'th')).toContain('2021');
    expect(monthPhrase(august, 'th')).not.toContain('2564');
  });

  test('a month in year 0 reads as 1 BCE', () => {
    expect(monthPhrase(new Date(0).setUTCFullYear(0, 5, 15))).toBe('June 1 BCE');
  });

  test('a window reads as the months it covers, its end excluded', () => {
    expect(monthRangePhrase({ start: august, end: Date.UTC(2021, 8, 1) })).toBe('August 2021');
    expect(monthRangePhrase({ start: Date.UTC(2021, 7, 15), end: Date.UTC(2021, 8, 7) })).toBe('August 2021 \u2013 September 2021');
    expect(monthRangePhrase({ start: august, end: august }, 'fr')).toBe('août 2021');
  });
});

describe('English phrases do not depend on the default locale', () => {
  test('with Luxon set to French, English dates stay English', () => {
    const before = Settings.defaultLocale;
    Settings.defaultLocale = 'fr';
    try {
      expect(phrase('2021-08-15')).toBe('15 August 2021');
      expect(dayPhrase(Date.UTC(2021, 7, 15))).toBe('15 August 2021');
      expect(monthPhrase(Date.UTC(2021, 7, 1))).toBe('August 2021');
    } finally {
      Settings.defaultLocale = before;
    }
  });
});

describe('year 0 and en-US in the English fast path', () => {
  test('a month or day of year 0 reads as 1 BCE, not year 0', () => {
    expect(phrase('0000-03')).toBe('March 1 BCE');
    expect(phrase('0000-06-15', 'en-US')).toBe('June 15, 1 BCE');
  });

  test('en-US months and short days', () => {
    expect(phrase('2021-08', 'en-US')).toBe('August 2021');
    expect(shortDatePhrase(date('2021-08-15'), 'en-US')).toBe('Aug 15, 2021');
  });
});

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
});
