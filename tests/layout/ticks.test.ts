import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../scripts/synthetic-story';
import { chooseTicks, formatYear, type TickSet } from '../../src/layout/ticks';
import type { TimeWindow } from '../../src/layout/time-window';
import { DAY_MS, WEEK_MS } from '../../src/model/time-constants';

const random = mulberry32;

const YEAR_MS = 365.2425 * DAY_MS;

/** ms of a UTC date; unlike Date.UTC, years 0–99 and BCE years are taken literally. */
function utc(year: number, month = 1, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

const windows: Record<string, TimeWindow> = {
  '1 week': { start: utc(2021, 8, 12) + 3_600_000, end: utc(2021, 8, 12) + 3_600_000 + WEEK_MS },
  '3 months': { start: utc(2021, 7, 10), end: utc(2021, 7, 10) + 91 * DAY_MS },
  '2 years': { start: utc(2020, 4, 3), end: utc(2020, 4, 3) + 2 * YEAR_MS },
  '33 years': { start: utc(1990), end: utc(1990) + 33 * YEAR_MS },
  '500 years': { start: utc(1500, 6), end: utc(1500, 6) + 500 * YEAR_MS },
  'a week in 44 BCE': { start: utc(-43, 3, 10), end: utc(-43, 3, 10) + WEEK_MS },
  'a century across year 0': { start: utc(-60), end: utc(-60) + 100 * YEAR_MS },
  '1000 years BCE': { start: utc(-1500), end: utc(-1500) + 1000 * YEAR_MS },
};
const widths = [320, 2560];
const locales = ['en', 'de', 'ar'];

function check(set: TickSet, w: TimeWindow, width: number) {
  const times = set.ticks.map((t) => t.time);
  const labels = set.ticks.map((t) => t.label);
  return { times, labels, gapsPx: times.slice(1).map((t, i) => ((t - times[i]) / (w.end - w.start)) * width) };
}

function onBoundary(time: number, set: TickSet): boolean {
  const d = new Date(time);
  if (time % DAY_MS !== 0) return false;
  const step = set.step ?? 1;
  switch (set.unit) {
    case 'day': return true;
    case 'week': return d.getUTCDay() === 1;
    case 'month': case 'quarter': return d.getUTCDate() === 1 && d.getUTCMonth() % step === 0;
    default: {
      const year = d.getUTCFullYear();
      const aligned = year > 0 ? year % step === 0 : (1 - year) % step === 0;
      return d.getUTCMonth() === 0 && d.getUTCDate() === 1 && aligned;
    }
  }
}

describe('chooseTicks over the windows, widths and locales the timeline shows', () => {
  for (const [name, w] of Object.entries(windows)) {
    for (const width of widths) {
      for (const locale of locales) {
        test(`${name} at ${width}px in ${locale}: tick labels are unique and increasing, inside the window, on calendar boundaries, at least 60px apart`, () => {
          const set = chooseTicks(w, width, locale);
          const { times, labels, gapsPx } = check(set, w, width);
          expect(times.length).toBeGreaterThan(0);
          expect(times.length).toBeLessThanOrEqual(100);
          expect(new Set(labels).size).toBe(labels.length);
          expect(gapsPx.every((g) => g >= 60)).toBe(true);
          expect(times.every((t) => t >= w.start && t < w.end)).toBe(true);
          expect(times.every((t) => onBoundary(t, set))).toBe(true);
          expect(set.ticks.every((t) => t.unit === set.unit)).toBe(true);
        });
      }
    }
  }
});

describe('the step suits the window', () => {
  test('a window of 33 years gets year or decade ticks, never day ticks', () => {
    for (const width of widths) {
      for (const locale of locales) {
        expect(['year', 'decade']).toContain(chooseTicks(windows['33 years'], width, locale).unit);
      }
    }
  });
  test('a window of 1 week gets day ticks, never hours', () => {
    for (const width of widths) {
      for (const locale of locales) {
        const set = chooseTicks(windows['1 week'], width, locale);
        expect(set.unit).toBe('day');
        expect(set.ticks.every((t) => t.time % DAY_MS === 0)).toBe(true);
      }
    }
    expect(chooseTicks(windows['1 week'], 2560, 'en').ticks).toHaveLength(7);
  });
  test('a window of 3 months gets month or week ticks', () => {
    expect(chooseTicks(windows['3 months'], 320, 'en').unit).toBe('month');
    expect(chooseTicks(windows['3 months'], 2560, 'en').unit).toBe('week');
  });
  test('a window of 500 years gets decade or century ticks', () => {
    expect(chooseTicks(windows['500 years'], 320, 'en').unit).toBe('century');
    expect(chooseTicks(windows['500 years'], 2560, 'en').unit).toBe('decade');
  });
  test('the step is the finest that fits: a wider axis never gets coarser ticks', () => {
    const next = random(20);
    for (let i = 0; i < 300; i++) {
      const start = utc(1900) + next() * 150 * YEAR_MS;
      const w = { start, end: start + DAY_MS + next() * 40 * YEAR_MS };
      const narrow = chooseTicks(w, 320, 'en');
      const wide = chooseTicks(w, 2560, 'en');
      // Wide ticks are a refinement: the narrow set's spacing is a multiple of the wide one's, so there are at least as many.
      expect(wide.ticks.length).toBeGreaterThanOrEqual(narrow.ticks.length);
    }
  });
  test('day ticks are offered only for windows up to a year, so "15 Aug" cannot repeat', () => {
    const next = random(21);
    for (let i = 0; i < 200; i++) {
      const start = utc(2000) + next() * 20 * YEAR_MS;
      const w = { start, end: start + 366 * DAY_MS + next() * 3 * YEAR_MS };
      const set = chooseTicks(w, 2560 * 4, 'en');
      expect(['day', 'week']).not.toContain(set.unit);
    }
  });
  test('a narrower minSpacingPx or charWidthPx allows finer ticks', () => {
    const w = windows['2 years'];
    expect(chooseTicks(w, 320, 'en').ticks.length)
      .toBeLessThan(chooseTicks(w, 320, 'en', { minSpacingPx: 30, charWidthPx: 3 }).ticks.length);
  });
});

describe('property: random windows from a week to 500 years', () => {
  test('tick labels are unique and increasing, inside the window, never more than 100', () => {
    const next = random(22);
    for (let i = 0; i < 1500; i++) {
      const span = Math.exp(Math.log(WEEK_MS) + next() * (Math.log(500 * YEAR_MS) - Math.log(WEEK_MS)));
      const start = utc(-800) + next() * 2800 * YEAR_MS;
      const w = { start, end: start + span };
      const width = 320 + Math.floor(next() * 2240);
      const locale = locales[i % locales.length];
      const set = chooseTicks(w, width, locale);
      const { times, labels, gapsPx } = check(set, w, width);
      const ok = times.length <= 100 &&
        new Set(labels).size === labels.length &&
        gapsPx.every((g) => g >= 60) &&
        times.every((t) => t >= w.start && t < w.end && onBoundary(t, set));
      if (!ok) throw new Error(`bad ticks for ${JSON.stringify({ w, width, locale, set })}`);
    }
  });
  test('panning keeps the ticks that stay in view at the same times', () => {
    const next = random(23);
    for (let i = 0; i < 300; i++) {
      const span = WEEK_MS * (1 + next() * 500);
      const start = utc(1950) + next() * 50 * YEAR_MS;
      const a = chooseTicks({ start, end: start + span }, 1280, 'en');
      const shift = span * 0.01;
      const b = chooseTicks({ start: start + shift, end: start + span + shift }, 1280, 'en');
      if (a.unit !== b.unit || a.step !== b.step) continue;
      const bTimes = new Set(b.ticks.map((t) => t.time));
      const stillInView = a.ticks.filter((t) => t.time >= start + shift);
      expect(stillInView.every((t) => bTimes.has(t.time))).toBe(true);
    }
  });
  test('never generates more than 100 ticks, however wide the axis', () => {
    const set = chooseTicks(windows['33 years'], 100_000, 'en');
    expect(set.ticks.length).toBeLessThanOrEqual(100);
  });
});

describe('labels', () => {
  test('years before the common era read "44 BCE"; astronomical year 0 is "1 BCE"', () => {
    expect(formatYear(-43, 'en')).toBe('44 BCE');
    expect(formatYear(0, 'en')).toBe('1 BCE');
    expect(formatYear(1, 'en')).toBe('1');
    expect(formatYear(1994, 'en')).toBe('1994');
  });
  test('BCE ticks on multi-year steps read as round numbers', () => {
    expect(chooseTicks(windows['1000 years BCE'], 320, 'en').ticks.map((t) => t.label)).toEqual(['1500 BCE', '1000 BCE']);
    const wide = chooseTicks(windows['1000 years BCE'], 2560, 'en');
    expect(wide.step).toBe(50);
    expect(wide.ticks.every((t) => /^\d+[05]0 BCE$/.test(t.label))).toBe(true);
    const acrossZero = chooseTicks(windows['a century across year 0'], 320, 'en');
    expect(acrossZero.ticks.map((t) => t.label)).toEqual(['60 BCE', '40 BCE', '20 BCE', '20']);
  });
  test('month labels carry the year, so they stay unique across years', () => {
    const set = chooseTicks(windows['2 years'], 2560, 'en');
    expect(set.unit).toBe('month');
    expect(set.ticks[0].label).toBe('May 2020');
    expect(set.ticks.at(-1)!.label).toBe('Apr 2022');
  });
  test('a BCE month label names the BCE year', () => {
    const w = { start: utc(-43, 1, 10), end: utc(-43, 1, 10) + 91 * DAY_MS };
    expect(chooseTicks(w, 320, 'en').ticks.map((t) => t.label)).toEqual(['Feb 44 BCE', 'Mar 44 BCE', 'Apr 44 BCE']);
  });
  test('day labels leave the year to the context', () => {
    const set = chooseTicks(windows['1 week'], 2560, 'en');
    expect(set.ticks[0].label).toBe('Aug 13');
    expect(set.context).toBe('2021');
    const newYear = { start: utc(2021, 12, 29), end: utc(2021, 12, 29) + WEEK_MS };
    expect(chooseTicks(newYear, 2560, 'en').context).toBe('2021 – 2022');
    expect(chooseTicks(windows['a week in 44 BCE'], 2560, 'en').context).toBe('44 BCE');
  });
  test('labels use the locale: German and Arabic month names', () => {
    expect(chooseTicks(windows['3 months'], 320, 'de').ticks.map((t) => t.label)).toEqual(['Aug. 2021', 'Sept. 2021', 'Okt. 2021']);
    expect(chooseTicks(windows['3 months'], 320, 'ar').ticks[0].label).toContain('أغسطس');
  });
  test('labels stay Gregorian in a locale whose default calendar is not', () => {
    const set = chooseTicks(windows['3 months'], 320, 'fa');
    expect(set.ticks[0].time).toBe(utc(2021, 8, 1));
    expect(set.ticks[0].label).toContain('۲۰۲۱');
  });
});

describe('degenerate input', () => {
  test('an empty window or zero width gets no ticks', () => {
    expect(chooseTicks({ start: 10, end: 10 }, 800, 'en').ticks).toEqual([]);
    expect(chooseTicks(windows['1 week'], 0, 'en').ticks).toEqual([]);
  });
  test('a window beyond the range of dates gets no ticks, and returns', () => {
    expect(chooseTicks({ start: 9e15, end: 9e15 + 10 * YEAR_MS }, 800, 'en').ticks).toEqual([]);
  });
  test('a one-month window on a narrow axis still gets the single tick that fits', () => {
    const set = chooseTicks({ start: utc(2021, 1, 1), end: utc(2021, 2, 1) }, 90, 'en');
    expect(set.ticks.map((t) => t.label)).toEqual(['Jan 2021']);
  });
  test('an axis too narrow for a single label gets no ticks rather than overlapping ones', () => {
    expect(chooseTicks(windows['33 years'], 20, 'en').ticks).toEqual([]);
  });
});

describe('week ticks', () => {
  test('some ten weeks across 1000 px are marked every Monday; at 300 px every other Monday', () => {
    const w = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2021, 0, 1) + 70 * DAY_MS };
    const wide = chooseTicks(w, 1000, 'en');
    expect([wide.unit, wide.step]).toEqual(['week', 7]);
    expect(wide.ticks.map((t) => new Date(t.time).getUTCDay())).toEqual(wide.ticks.map(() => 1));
    expect(new Date(wide.ticks[0].time).toISOString().slice(0, 10)).toBe('2021-01-04');
    const narrow = chooseTicks(w, 300, 'en');
    expect([narrow.unit, narrow.step]).toEqual(['week', 14]);
    expect(narrow.ticks.every((t) => new Date(t.time).getUTCDay() === 1)).toBe(true);
  });
  test('four years at 1000 px are marked every half year, on 1 January and 1 July', () => {
    const t = chooseTicks({ start: Date.UTC(2021, 0, 1), end: Date.UTC(2021, 0, 1) + 1500 * DAY_MS }, 1000, 'en');
    expect([t.unit, t.step]).toEqual(['month', 6]);
    expect(t.ticks.slice(0, 3).map((tick) => new Date(tick.time).toISOString().slice(0, 10))).toEqual(['2021-01-01', '2021-07-01', '2022-01-01']);
  });
  test('half a year at 1000 px is marked every two weeks', () => {
    const t = chooseTicks({ start: Date.UTC(2021, 0, 1), end: Date.UTC(2021, 0, 1) + 200 * DAY_MS }, 1000, 'en');
    expect([t.unit, t.step]).toEqual(['week', 14]);
  });
});

describe('the unit names the step', () => {
  test('steps of 1, 10 and 1000 years are year, decade and millennium ticks', () => {
    const years = chooseTicks({ start: utc(2000), end: utc(2010) }, 1000, 'en');
    expect([years.unit, years.step]).toEqual(['year', 1]);
    const decades = chooseTicks({ start: utc(1000), end: utc(1100) }, 1000, 'en');
    expect([decades.unit, decades.step]).toEqual(['decade', 10]);
    const millennia = chooseTicks({ start: utc(1000), end: utc(6000) }, 320, 'en');
    expect([millennia.unit, millennia.step]).toEqual(['millennium', 1000]);
  });
});

describe('ticks at the edges', () => {
  test('a window ending on 1 January has no tick there: the end is excluded', () => {
    const set = chooseTicks({ start: utc(2000), end: utc(2010) }, 1000, 'en');
    expect(set.ticks.map((t) => t.label)).toEqual(['2000', '2001', '2002', '2003', '2004', '2005', '2006', '2007', '2008', '2009']);
  });

  test('yearly ticks across year 0 mark 1 BCE; decade ticks from year 0 start at 10, since 1 BCE is not a round BCE year', () => {
    expect(chooseTicks({ start: utc(-3), end: utc(3) }, 600, 'en').ticks.map((t) => t.label)).toEqual(['4 BCE', '3 BCE', '2 BCE', '1 BCE', '1', '2']);
    const decades = chooseTicks({ start: utc(0), end: utc(100) }, 1000, 'en');
    expect(decades.ticks.map((t) => t.label)).toEqual(['10', '20', '30', '40', '50', '60', '70', '80', '90']);
  });

  test('a month of year 0 is labelled with 1 BCE', () => {
    expect(chooseTicks({ start: utc(0, 1, 10), end: utc(0, 4, 10) }, 320, 'en').ticks.map((t) => t.label)).toEqual(['Feb 1 BCE', 'Mar 1 BCE', 'Apr 1 BCE']);
  });

  test('a single label exactly as wide as the axis fits', () => {
    // "Jan 2021": 8 characters of 7 px and 12 px of padding.
    expect(chooseTicks({ start: utc(2021, 1, 1), end: utc(2021, 2, 1) }, 8 * 7 + 12, 'en').ticks.map((t) => t.label)).toEqual(['Jan 2021']);
  });

  test('a window of exactly 365 days may still get week ticks', () => {
    expect(chooseTicks({ start: utc(2021), end: utc(2021) + 365 * DAY_MS }, 10_240, 'en').unit).toBe('week');
  });

  test('as many ticks as fit at 60 px apart: 95 days at 6000 px get a tick a day', () => {
    const set = chooseTicks({ start: utc(2022, 3), end: utc(2022, 3) + 95 * DAY_MS }, 6000, 'en');
    expect([set.unit, set.step, set.ticks.length]).toEqual(['day', 1, 95]);
  });

  test('degenerate input gets no ticks and the default unit, year', () => {
    for (const [w, width] of [[{ start: 10, end: 10 }, 800], [{ start: utc(2021), end: utc(2022) }, 0], [{ start: utc(2021), end: utc(2022) }, -5]] as const) {
      expect(chooseTicks(w, width, 'en')).toEqual({ unit: 'year', ticks: [] });
    }
  });
});

describe('context', () => {
  test('a week ending at midnight on 1 January is in the old year only', () => {
    expect(chooseTicks({ start: utc(2021, 12, 25), end: utc(2022) }, 2560, 'en').context).toBe('2021');
  });

  test('month and year ticks carry their years themselves: no context', () => {
    expect(chooseTicks({ start: utc(2020, 4, 3), end: utc(2022, 4, 3) }, 2560, 'en').context).toBeUndefined();
    expect(chooseTicks({ start: utc(1980), end: utc(2020) }, 1000, 'en').context).toBeUndefined();
  });
});

describe('labels in other locales', () => {
  test('years in the locale\'s digits, without grouping, as the year alone', () => {
    expect(formatYear(1994, 'ar-EG')).toBe(new Intl.NumberFormat('ar-EG', { useGrouping: false }).format(1994));
    expect(formatYear(1994, 'de-AT')).toBe('1994');
    expect(formatYear(-1499, 'en-GB')).toBe('1500 BCE');
  });

  test('day labels are the locale\'s day and short month', () => {
    const w = { start: utc(2022, 3, 7), end: utc(2022, 3, 7) + WEEK_MS };
    const dayMonth = new Intl.DateTimeFormat('de-CH', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    expect(chooseTicks(w, 2560, 'de-CH').ticks.map((t) => t.label)).toEqual(Array.from({ length: 7 }, (_, i) => dayMonth.format(w.start + i * DAY_MS)));
  });
});

/** English dates skip Intl for speed: they must read exactly as Intl writes them. */
function intl(ms: number, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(ms);
}

describe('English without Intl', () => {
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
