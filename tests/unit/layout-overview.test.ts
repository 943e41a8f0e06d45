import { describe, expect, test } from 'vitest';
import { LINEAR_AXIS } from '../../src/layout/axis-scale';
import { buildEventIndex } from '../../src/layout/event-index';
import { densityBars } from '../../src/layout/overview';

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
