import { beforeEach, describe, expect, test } from 'vitest';
import { LINEAR_AXIS, compressedAxis, findGaps, fromAxisWindow, piecewiseLinear, toAxisWindow, type AxisScale } from '../../src/layout/axis-scale';
import { buildEventIndex } from '../../src/layout/event-index';
import { padWindow, timeToX } from '../../src/layout/time-window';
import { DAY_MS } from '../../src/model/time-constants';
import { at, bursty, index } from '../support/article-shape';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';

const YEAR = 365.2425 * DAY_MS;

describe('findGaps', () => {
  test('no gap in a story without a long empty stretch', () => {
    const even = index(Array.from({ length: 20 }, (_, i) => [`${2000 + i}-01-01`, `${2000 + i}-06-01`] as [string, string]));
    expect(findGaps(even)).toEqual([]);
  });

  test('one gap: from the end of everything before to the start of the next event', () => {
    expect(findGaps(bursty())).toEqual([{ start: at('1997-11-01'), end: at('2021-08-01') }]);
  });

  test('a long event covering a stretch leaves no gap there', () => {
    const covered = index([['1990-01-01', '1991-01-01'], ['1990-06-01', '2020-01-01'], ['2020-06-01', '2020-07-01']]);
    expect(findGaps(covered)).toEqual([]);
  });

  test('several gaps, each longer than an eighth of the story', () => {
    const three = index([['1900-01-01', '1901-01-01'], ['1950-01-01', '1951-01-01'], ['2000-01-01', '2001-01-01']]);
    expect(findGaps(three)).toEqual([
      { start: at('1901-01-01'), end: at('1950-01-01') },
      { start: at('1951-01-01'), end: at('2000-01-01') },
    ]);
  });

  test('short empty stretches stay: the 2022–2025 pause is under an eighth of the story', () => {
    expect(findGaps(bursty()).some((g) => g.start === at('2022-07-01'))).toBe(false);
  });

  test('a single event, or none, has no gap', () => {
    expect(findGaps(index([['2000-01-01', '2001-01-01']]))).toEqual([]);
    expect(findGaps(index([]))).toEqual([]);
  });

  test('two events far apart have the stretch between them as a gap', () => {
    expect(findGaps(index([['2000-01-01', '2001-01-01'], ['2050-01-01', '2051-01-01']]))).toEqual([{ start: at('2001-01-01'), end: at('2050-01-01') }]);
  });

  test('events that are all one instant have no gap', () => {
    expect(findGaps(buildEventIndex([{ start: 5, end: 5 }, { start: 5, end: 5 }]))).toEqual([]);
  });

  // Events [0, 10] and [100, 110]: a span of 110, an empty stretch of 90, 20 with events.
  const apart = () => buildEventIndex([{ start: 0, end: 10 }, { start: 100, end: 110 }]);

  test('an empty stretch exactly minShare of the span is not a gap; a longer one is', () => {
    const half = buildEventIndex([{ start: 0, end: 10 }, { start: 100, end: 180 }]);
    expect(findGaps(half, { minShare: 0.5 })).toEqual([]);
    expect(findGaps(half, { minShare: 0.49 })).toEqual([{ start: 10, end: 100 }]);
  });

  test('a gap must be at least three times as long as it will be drawn (compressedShare of the time with events)', () => {
    // Drawn 20 · 1.5 = 30: exactly a third of 90. Drawn 20 · 2 = 40: more than a third.
    expect(findGaps(apart(), { compressedShare: 1.5 })).toEqual([{ start: 10, end: 100 }]);
    expect(findGaps(apart(), { compressedShare: 2 })).toEqual([]);
  });

  test('BCE dates: a gap between 500 BCE and 44 BCE', () => {
    const ancient = buildEventIndex([
      { start: Date.UTC(0, 0) - 500 * YEAR, end: Date.UTC(0, 0) - 499 * YEAR },
      { start: Date.UTC(0, 0) - 490 * YEAR, end: Date.UTC(0, 0) - 489 * YEAR },
      { start: Date.UTC(0, 0) - 44 * YEAR, end: Date.UTC(0, 0) - 43 * YEAR },
    ]);
    const gaps = findGaps(ancient);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].end).toBe(Date.UTC(0, 0) - 44 * YEAR);
  });
});

describe('compressedAxis', () => {
  let axis: AxisScale;
  beforeEach(() => {
    axis = compressedAxis(bursty());
  });

  test('time outside gaps keeps a true scale: a year before and after the gap is a year on the axis', () => {
    expect(axis.toAxis(at('1995-01-01')) - axis.toAxis(at('1994-01-01'))).toBeCloseTo(at('1995-01-01') - at('1994-01-01'), 0);
    expect(axis.toAxis(at('2025-01-01')) - axis.toAxis(at('2024-01-01'))).toBeCloseTo(at('2025-01-01') - at('2024-01-01'), 0);
  });

  test('a gap is drawn a small share of the time with events, far shorter than it is', () => {
    const [gap] = axis.gaps;
    const drawn = gap.axisEnd - gap.axisStart;
    expect(drawn).toBeLessThan((gap.end - gap.start) / 10);
    expect(drawn).toBeGreaterThan(0);
    expect(axis.toAxis(gap.end) - axis.toAxis(gap.start)).toBeCloseTo(drawn, 0);
  });

  test('fromAxis undoes toAxis to the millisecond, inside and outside the gap, and beyond the story', () => {
    for (const iso of ['1980-01-01', '1992-03-04', '1997-10-31', '2005-05-05', '2021-09-01', '2025-07-03', '2040-01-01']) {
      expect(Math.round(axis.fromAxis(axis.toAxis(at(iso))))).toBe(at(iso));
    }
  });

  test('the axis is increasing', () => {
    let previous = -Infinity;
    for (let year = 1985; year <= 2030; year++) {
      const u = axis.toAxis(Date.UTC(year, 0));
      expect(u).toBeGreaterThan(previous);
      previous = u;
    }
  });

  test('with two gaps, time between and after them keeps a true scale, and each gap starts where its time does', () => {
    const two = compressedAxis(index([['1900-01-01', '1901-01-01'], ['1950-01-01', '1951-01-01'], ['2000-01-01', '2001-01-01']]));
    expect(two.mode).toBe('compressed');
    expect(two.gaps).toHaveLength(2);
    for (const gap of two.gaps) expect(two.toAxis(gap.start)).toBeCloseTo(gap.axisStart, 0);
    const year = at('1951-01-01') - at('1950-01-01');
    expect(two.toAxis(at('1951-01-01')) - two.toAxis(at('1950-01-01'))).toBeCloseTo(year, 0);
    expect(two.gaps[1].axisStart - two.gaps[0].axisEnd).toBeCloseTo(year, 0);
  });

  test('the linear axis says so', () => {
    expect(LINEAR_AXIS.mode).toBe('linear');
  });

  test('a story with no gap gets an identity axis in compressed mode', () => {
    const none = compressedAxis(index([['2000-01-01', '2000-02-10'], ['2000-02-01', '2000-04-01']]));
    expect(none.gaps).toEqual([]);
    expect(none.toAxis(123_456)).toBe(123_456);
    expect(none.mode).toBe('compressed');
  });

  test('windows convert both ways', () => {
    const w = { start: at('1996-01-01'), end: at('2022-01-01') };
    const back = fromAxisWindow(axis, toAxisWindow(axis, w));
    expect(Math.round(back.start)).toBe(w.start);
    expect(Math.round(back.end)).toBe(w.end);
    expect(toAxisWindow(LINEAR_AXIS, w)).toEqual(w);
  });

  test('at 1280 px the empty stretch takes no more than a sixth of the full view', () => {
    const bounds = padWindow({ start: axis.toAxis(at('1992-01-01')), end: axis.toAxis(at('2025-07-04')) }, 0.04);
    const [gap] = axis.gaps;
    const px = timeToX(gap.axisEnd, bounds, 1280) - timeToX(gap.axisStart, bounds, 1280);
    expect(px).toBeLessThanOrEqual(1280 / 6);
    expect(px).toBeGreaterThan(40);
  });
});

describe('a story shorter than a year', () => {
  test('with a gap: real time up to the gap, and the order of times kept before, inside and after the story', () => {
    const short = compressedAxis(index([['2000-01-01', '2000-01-02'], ['2000-01-03', '2000-01-04'], ['2000-04-01', '2000-04-02']]));
    expect(short.gaps).toHaveLength(1);
    for (const day of ['1999-06-01', '1999-12-01', '2000-01-01', '2000-01-03']) expect(short.toAxis(at(day))).toBeCloseTo(at(day), -1);
    const times = ['1999-06-01', '2000-01-01', '2000-01-04', '2000-02-15', '2000-04-01', '2000-04-02', '2000-12-31'].map(at);
    const onAxis = times.map((t) => short.toAxis(t));
    for (let i = 1; i < onAxis.length; i++) expect(onAxis[i]).toBeGreaterThan(onAxis[i - 1]);
    for (const t of times) expect(short.fromAxis(short.toAxis(t))).toBeCloseTo(t, -1);
  });
});

describe('piecewiseLinear', () => {
  test("gives d3-scale's linear scale exactly, through any ascending points, inside and past them, and back", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e14, max: 1e14, noNaN: true }), { minLength: 2, maxLength: 12 }),
        fc.array(fc.double({ min: 1e-3, max: 1e13, noNaN: true }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.double({ min: -3e14, max: 3e14, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (starts, steps, xs) => {
          const from = [...starts].sort((a, b) => a - b);
          const to = from.map((_, i) => steps.slice(0, i).reduce((sum, step) => sum + step, from[0]));
          // Its default interpolation is d3-interpolate's for numbers (d3-interpolate is a stand-in in the project's own imports).
          const d3 = scaleLinear().domain(from).range(to);
          const forward = piecewiseLinear(from, to);
          const back = piecewiseLinear(to, from);
          for (const x of [...xs, ...from]) {
            expect(forward(x)).toBe(d3(x));
            expect(back(x)).toBe(d3.invert(x));
          }
        },
      ),
      { numRuns: 500, seed: 25 },
    );
  });
});
