import { beforeEach, describe, expect, test } from 'vitest';
import { LINEAR_AXIS, compressedAxis, type AxisScale } from '../../src/layout/axis-scale';
import { chooseAxisTicks, GAP_TICKS_MIN_PX, type AxisTicks } from '../../src/layout/axis-ticks';
import { chooseTicks } from '../../src/layout/ticks';
import { padWindow, timeToX, type TimeWindow } from '../../src/layout/time-window';
import { DAY_MS } from '../../src/model/time-constants';
import { at, bursty } from '../support/article-shape';

const HOUR = 3_600_000;
/** As chooseTicks estimates a label's width: 7 px a character and 12 px of padding. */
const labelRight = (t: { x: number; label: string }) => t.x + t.label.length * 7 + 12;
const labels = (r: AxisTicks) => r.ticks.map((t) => t.label);

/**
 * An axis with one gap: real time [start, end) drawn `drawn` ms long, true time elsewhere. Whole
 * milliseconds throughout, so that positions at the gap's edges are exact.
 */
function oneGap(start: number, end: number, drawn: number): AxisScale {
  const saved = end - start - drawn;
  return {
    mode: 'compressed',
    gaps: [{ start, end, axisStart: start, axisEnd: start + drawn }],
    toAxis: (t) => (t <= start ? t : t >= end ? t - saved : start + ((t - start) * drawn) / (end - start)),
    fromAxis: (p) => (p <= start ? p : p >= start + drawn ? p + saved : start + ((p - start) * (end - start)) / drawn),
  };
}

/** A view one hour a pixel: `before` px up to the gap, the gap drawn `drawnPx`, then `after` px. */
function hourly(gapStart: string, gapEnd: string, before: number, drawnPx: number, after: number) {
  const axis = oneGap(at(gapStart), at(gapEnd), drawnPx * HOUR);
  const w = { start: at(gapStart) - before * HOUR, end: at(gapStart) + (drawnPx + after) * HOUR };
  return { axis, w, width: before + drawnPx + after };
}

describe('chooseAxisTicks: breaks', () => {
  const axis = oneGap(at('2000-01-01'), at('2020-01-01'), 100 * DAY_MS);
  const gap = axis.gaps[0];

  test('only a gap that lies in the view has a break; one that only touches its edge has none', () => {
    const views = [
      { start: gap.axisEnd + DAY_MS, end: gap.axisEnd + 400 * DAY_MS },
      { start: gap.axisStart - 400 * DAY_MS, end: gap.axisStart - DAY_MS },
      { start: gap.axisEnd, end: gap.axisEnd + 400 * DAY_MS },
      { start: gap.axisStart - 400 * DAY_MS, end: gap.axisStart },
    ];
    for (const w of views) expect(chooseAxisTicks(axis, w, 800, 'en').breaks).toEqual([]);
  });

  test('a gap drawn exactly GAP_TICKS_MIN_PX wide is open; one pixel less is closed', () => {
    const open = hourly('2000-01-01', '2020-01-01', 100, GAP_TICKS_MIN_PX, 100);
    const closed = hourly('2000-01-01', '2020-01-01', 100, GAP_TICKS_MIN_PX - 1, 100);
    expect(chooseAxisTicks(open.axis, open.w, open.width, 'en').breaks).toMatchObject([{ x0: 100, x1: 100 + GAP_TICKS_MIN_PX, open: true }]);
    expect(chooseAxisTicks(closed.axis, closed.w, closed.width, 'en').breaks).toMatchObject([{ x0: 100, x1: 99 + GAP_TICKS_MIN_PX, open: false }]);
  });

  test('a view wholly inside a closed gap has no ticks, and the unit is year', () => {
    const w = { start: gap.axisStart + DAY_MS, end: gap.axisEnd - DAY_MS };
    const result = chooseAxisTicks(axis, w, 200, 'en');
    expect(result.breaks).toMatchObject([{ x0: 0, x1: 200, open: false }]);
    expect(result.ticks).toEqual([]);
    expect(result.unit).toBe('year');
    expect(result.context).toBeUndefined();
  });
});

describe('chooseAxisTicks: the unit and context are those of the widest piece with ticks', () => {
  // 300 px of December 2019 (or 100 px of it), the gap 250 px, then 300 px of 2020 into 2021.
  test.each([
    { widest: 'of two pieces equally wide, the first', before: 300, context: '2019' },
    { widest: 'the last piece, when it is the widest', before: 100, context: '2020 – 2021' },
  ])('$widest', ({ before, context }) => {
    const { axis, w, width } = hourly('2019-12-28', '2020-12-28', before, 250, 300);
    const piece = before === 300 ? { start: w.start, end: at('2019-12-28') } : { start: at('2020-12-28'), end: axis.fromAxis(w.end) };
    const expected = chooseTicks(piece, 300, 'en');
    expect(expected.context).toBe(context);
    expect(chooseAxisTicks(axis, w, width, 'en')).toMatchObject({ unit: expected.unit, context });
  });

  test('a closed gap wider than the pieces around it does not give the unit', () => {
    const { axis, w, width } = hourly('2019-12-28', '2020-12-28', 100, 200, 100);
    const before = chooseTicks({ start: w.start, end: at('2019-12-28') }, 100, 'en');
    const inGap = chooseTicks({ start: at('2019-12-28'), end: at('2020-12-28') }, 200, 'en');
    expect(inGap.unit).not.toBe(before.unit);
    expect(chooseAxisTicks(axis, w, width, 'en').unit).toBe(before.unit);
  });

  test('even a piece under a pixel wide gives its unit', () => {
    const w = { start: 0, end: DAY_MS };
    expect(chooseAxisTicks(LINEAR_AXIS, w, 0.5, 'en').unit).toBe(chooseTicks(w, 0.5, 'en').unit);
  });
});

describe('chooseAxisTicks: ticks', () => {
  test('each piece gets the ticks chooseTicks gives its own time and width', () => {
    const { axis, w, width } = hourly('2019-12-28', '2020-12-28', 300, 250, 300);
    const after = chooseTicks({ start: at('2020-12-28'), end: axis.fromAxis(w.end) }, 300, 'en');
    const result = chooseAxisTicks(axis, w, width, 'en');
    expect(result.ticks.filter((t) => t.x >= 550).map((t) => t.label)).toEqual(after.ticks.map((t) => t.label));
  });

  test('a label that would reach the next tick across an open gap leaves that tick out', () => {
    // Six days a pixel, so a year's ticks are 61 px apart; the gap opens in July 1999.
    const axis = oneGap(at('1999-07-01'), at('2040-01-01'), 250 * 6 * DAY_MS);
    const w = { start: at('1995-01-01'), end: axis.toAxis(at('2040-01-01')) };
    const width = (w.end - w.start) / (6 * DAY_MS);
    const result = chooseAxisTicks(axis, w, width, 'en');
    const last = result.ticks.find((t) => t.label === '1999')!;
    const inGap = chooseTicks({ start: at('1999-07-01'), end: at('2040-01-01') }, 250, 'en').ticks[0];
    const inGapX = timeToX(axis.toAxis(inGap.time), w, width);
    expect(inGapX).toBeLessThan(labelRight(last));
    expect(inGapX - last.x).toBeGreaterThan(last.label.length * 7 - 12);
    expect(labels(result)).not.toContain(inGap.label);
    for (let i = 1; i < result.ticks.length; i++) expect(result.ticks[i].x).toBeGreaterThanOrEqual(labelRight(result.ticks[i - 1]));
  });

  test('a label that would run into a closed break is left out; a tick at the break\'s far edge stays', () => {
    const axis = oneGap(at('1999-04-01'), at('2040-01-01'), 100 * 6 * DAY_MS);
    const w = { start: at('1995-01-01'), end: axis.toAxis(at('2046-01-01')) };
    const width = (w.end - w.start) / (6 * DAY_MS);
    const result = chooseAxisTicks(axis, w, width, 'en');
    const [gap] = result.breaks;
    expect(gap.open).toBe(false);
    expect(labels(result)).toContain('1998');
    expect(labels(result)).not.toContain('1999');
    expect(result.ticks.find((t) => t.label === '2040')?.x).toBe(gap.x1);
    for (const t of result.ticks) expect(t.x >= gap.x1 || labelRight(t) <= gap.x0).toBe(true);
  });

  test('a label that ends exactly where a closed break begins is kept', () => {
    // Six days a pixel, in whole pixels: the 1999 tick at 243.5 px, its label 40 px, the break at 283.5 px.
    const px = 6 * DAY_MS;
    const start = at('1995-01-01');
    const axis = oneGap(start + 283.5 * px, at('2040-01-01'), 100 * px);
    const w = { start, end: start + 600 * px };
    const result = chooseAxisTicks(axis, w, 600, 'en');
    const tick = result.ticks.find((t) => t.label === '1999')!;
    expect(labelRight(tick)).toBe(result.breaks[0].x0);
    expect(result.breaks[0].open).toBe(false);
  });
});

describe('chooseAxisTicks on the article\'s compressed axis', () => {
  let axis: AxisScale;
  let full: TimeWindow;
  beforeEach(() => {
    axis = compressedAxis(bursty());
    full = padWindow({ start: axis.toAxis(at('1992-01-01')), end: axis.toAxis(at('2025-07-04')) }, 0.04);
  });

  test('a narrow gap is a closed break with no tick inside, and ticks on both sides', () => {
    const { ticks, breaks } = chooseAxisTicks(axis, full, 1280, 'en');
    expect(breaks).toHaveLength(1);
    expect(breaks[0].open).toBe(false);
    expect(ticks.some((t) => t.x > breaks[0].x0 && t.x < breaks[0].x1)).toBe(false);
    expect(ticks.some((t) => t.x < breaks[0].x0)).toBe(true);
    expect(ticks.some((t) => t.x > breaks[0].x1)).toBe(true);
  });

  test('tick labels never overlap, across the break too', () => {
    for (const width of [360, 800, 1280, 2560]) {
      const { ticks, breaks } = chooseAxisTicks(axis, full, width, 'en');
      for (let i = 1; i < ticks.length; i++) expect(ticks[i].x).toBeGreaterThanOrEqual(ticks[i - 1].x + ticks[i - 1].label.length * 7 + 12);
      for (const b of breaks.filter((b) => !b.open)) {
        for (const t of ticks) expect(t.x >= b.x1 || t.x + t.label.length * 7 + 12 <= b.x0).toBe(true);
      }
    }
  });

  test('ticks sit at the axis position of their time', () => {
    const { ticks } = chooseAxisTicks(axis, full, 1280, 'en');
    for (const t of ticks) expect(t.x).toBeCloseTo(timeToX(axis.toAxis(t.time), full, 1280), 6);
  });

  test('zoomed until the gap is wide, it opens and shows the years inside it', () => {
    const [gap] = axis.gaps;
    const inside = { start: gap.axisStart - (gap.axisEnd - gap.axisStart) * 0.1, end: gap.axisEnd + (gap.axisEnd - gap.axisStart) * 0.1 };
    const { ticks, breaks } = chooseAxisTicks(axis, inside, 1280, 'en');
    expect(breaks[0].open).toBe(true);
    expect(breaks[0].x1 - breaks[0].x0).toBeGreaterThanOrEqual(GAP_TICKS_MIN_PX);
    const years = ticks.filter((t) => t.time > gap.start && t.time < gap.end).map((t) => t.label);
    expect(years).toContain('2010');
  });

  test('on a linear axis: the same ticks as before, no breaks', () => {
    const w = { start: at('2021-01-01'), end: at('2022-01-01') };
    const { ticks, breaks } = chooseAxisTicks(LINEAR_AXIS, w, 1000, 'en');
    expect(breaks).toEqual([]);
    expect(ticks.map((t) => t.label)).toContain('Jul 2021');
  });
});
