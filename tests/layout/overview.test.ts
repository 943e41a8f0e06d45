import { describe, expect, test } from 'vitest';
import { LINEAR_AXIS } from '../../src/layout/axis-scale';
import { buildEventIndex } from '../../src/layout/event-index';
import { densityBars, stripToWindow, windowToStrip } from '../../src/layout/overview';
import { at, bursty } from '../support/article-shape';

const instants = (...times: number[]) => buildEventIndex(times.map((t) => ({ start: t, end: t })));

describe('densityBars', () => {
  test('columns are about four pixels: each bar fills its column but the last pixel', () => {
    // 1000 ms over 400 px: 100 columns of 10 ms, 4 px each.
    const bars = densityBars(instants(5, 15, 995), LINEAR_AXIS, { start: 0, end: 1000 }, 400);
    expect(bars).toEqual([
      { x: 0, width: 3, level: 1 },
      { x: 4, width: 3, level: 1 },
      { x: 396, width: 3, level: 1 },
    ]);
  });

  test('a bar is at least a pixel wide however narrow its column', () => {
    const bars = densityBars(instants(5), LINEAR_AXIS, { start: 0, end: 1000 }, 2);
    expect(bars).toEqual([{ x: 0, width: 1, level: 1 }]);
  });

  test('the level is the square root of the count against the fullest column', () => {
    const bars = densityBars(instants(1, 2, 3, 4, 500), LINEAR_AXIS, { start: 0, end: 1000 }, 400);
    expect(bars.map((b) => b.level)).toEqual([1, Math.sqrt(1 / 4)]);
  });
});

describe('overview maths', () => {
  test('density: one bar per non-empty column, the fullest at level 1', () => {
    const bounds = { start: at('1990-01-01'), end: at('2030-01-01') };
    const bars = densityBars(bursty(), LINEAR_AXIS, bounds, 400);
    expect(bars.length).toBeGreaterThan(0);
    expect(Math.max(...bars.map((b) => b.level))).toBe(1);
    expect(bars.every((b) => b.x >= 0 && b.x < 400 && b.level > 0)).toBe(true);
  });

  test('the strip window and the main window convert both ways', () => {
    const bounds = { start: 0, end: 1000 };
    expect(windowToStrip({ start: 250, end: 500 }, bounds, 400)).toEqual([100, 200]);
    expect(stripToWindow([100, 200], bounds, 400)).toEqual({ start: 250, end: 500 });
  });
});
