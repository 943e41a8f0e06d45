import { beforeEach, describe, expect, test } from 'vitest';
import { bisectLeft } from 'd3-array';
import { mulberry32 } from '../../scripts/synthetic-story';
import {
  buildEventIndex, countBetween, intersects, visibleItems, visibleRange, type EventIndex,
} from '../../src/layout/event-index';

const random = mulberry32;

type Item = { start: number; end: number };

/** The first position whose value is `>= value`, by a plain scan: an oracle independent of any binary search. */
function firstAtLeast(sorted: Float64Array, value: number): number {
  const i = sorted.findIndex((v) => v >= value);
  return i === -1 ? sorted.length : i;
}

function randomItems(next: () => number, n: number, maxLength = 50): Item[] {
  return Array.from({ length: n }, () => {
    // Integers on a coarse grid, so equal starts and equal ends happen often.
    const start = Math.floor(next() * 200);
    return { start, end: start + Math.floor(next() * maxLength) };
  });
}

describe('buildEventIndex', () => {
  test('starts are sorted, ties broken by end then by input order', () => {
    const items = [
      { start: 5, end: 9 }, { start: 1, end: 4 }, { start: 5, end: 6 }, { start: 5, end: 9 }, { start: 1, end: 2 },
    ];
    const index = buildEventIndex(items);
    expect(Array.from(index.order)).toEqual([4, 1, 2, 0, 3]);
    expect(Array.from(index.starts)).toEqual([1, 1, 5, 5, 5]);
    expect(Array.from(index.ends)).toEqual([2, 4, 6, 9, 9]);
    expect(index.maxSpan).toBe(4);
  });
  test('order maps every sorted position back to its input item', () => {
    const next = random(10);
    const items = randomItems(next, 3000);
    const index = buildEventIndex(items);
    expect(new Set(index.order).size).toBe(items.length);
    const wrong: number[] = [];
    for (let i = 0; i < index.count; i++) {
      const item = items[index.order[i]];
      if (index.starts[i] !== item.start || index.ends[i] !== item.end) wrong.push(i);
      if (i > 0) {
        const a = i - 1;
        const ordered = index.starts[a] < index.starts[i] ||
          (index.starts[a] === index.starts[i] && (index.ends[a] < index.ends[i] ||
            (index.ends[a] === index.ends[i] && index.order[a] < index.order[i])));
        if (!ordered) wrong.push(i);
      }
    }
    expect(wrong).toEqual([]);
  });
  test('a strictly decreasing input is sorted, not taken as sorted', () => {
    const index = buildEventIndex([{ start: 30, end: 40 }, { start: 20, end: 30 }, { start: 10, end: 20 }]);
    expect(Array.from(index.order)).toEqual([2, 1, 0]);
    expect(Array.from(index.starts)).toEqual([10, 20, 30]);
    expect(Array.from(index.ends)).toEqual([20, 30, 40]);
  });
  test('equal starts with decreasing ends are sorted by end', () => {
    const index = buildEventIndex([{ start: 10, end: 40 }, { start: 10, end: 30 }]);
    expect(Array.from(index.order)).toEqual([1, 0]);
    expect(Array.from(index.ends)).toEqual([30, 40]);
  });
  test('an already sorted input keeps its order', () => {
    const index = buildEventIndex([{ start: 1, end: 2 }, { start: 1, end: 2 }, { start: 3, end: 3 }]);
    expect(Array.from(index.order)).toEqual([0, 1, 2]);
  });
  test('an end before its start is stored as a zero-length item', () => {
    const index = buildEventIndex([{ start: 10, end: 4 }]);
    expect(index.ends[0]).toBe(10);
    expect(index.maxSpan).toBe(0);
  });
  test('an empty input gives an empty index', () => {
    const index = buildEventIndex([]);
    expect(index.count).toBe(0);
    expect(visibleItems(index, { start: 0, end: 10 })).toEqual([]);
    expect(countBetween(index, 0, 10)).toBe(0);
  });
});

describe('queries', () => {
  test('bisectLeft, as the index and lanes use it on typed arrays, finds the first value not less than the target', () => {
    const sorted = Float64Array.from([1, 3, 3, 7]);
    expect([0, 1, 2, 3, 4, 7, 8].map((v) => bisectLeft(sorted, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });

  test('visibleItems returns exactly the items whose [start, end) intersects the window, in order', () => {
    const next = random(11);
    for (let round = 0; round < 20; round++) {
      const index = buildEventIndex(randomItems(next, 500, round % 2 ? 5 : 80));
      for (let q = 0; q < 50; q++) {
        const start = Math.floor(next() * 260) - 30;
        const w = { start, end: start + 1 + Math.floor(next() * 60) };
        const expected: number[] = [];
        for (let i = 0; i < index.count; i++) {
          const s = index.starts[i];
          const e = index.ends[i];
          const hit = e > s ? s < w.end && e > w.start : s >= w.start && s < w.end;
          if (hit) expected.push(i);
        }
        expect(visibleItems(index, w)).toEqual(expected);
      }
    }
  });

  test('visibleRange covers every intersecting item and stays within start >= w.start - maxSpan and start < w.end', () => {
    const next = random(12);
    const index = buildEventIndex(randomItems(next, 2000));
    for (let q = 0; q < 300; q++) {
      const start = Math.floor(next() * 260) - 30;
      const w = { start, end: start + 1 + Math.floor(next() * 60) };
      const { from, to } = visibleRange(index, w);
      expect(from).toBeGreaterThanOrEqual(firstAtLeast(index.starts, w.start - index.maxSpan));
      expect(to).toBe(firstAtLeast(index.starts, w.end));
      expect(visibleItems(index, w).every((i) => i >= from && i < to)).toBe(true);
    }
  });

  test('one very long interval only widens the range of windows it overlaps', () => {
    const items: Item[] = [{ start: 0, end: 1000 }];
    for (let t = 0; t < 2000; t++) items.push({ start: t, end: t + 1 });
    const index = buildEventIndex(items);
    expect(index.maxSpan).toBe(1000);
    const after = visibleRange(index, { start: 1500, end: 1510 });
    expect(after.to - after.from).toBe(10);
    expect(after.from).toBeGreaterThan(firstAtLeast(index.starts, 1500 - index.maxSpan) + 900);
    // Inside the long interval the range starts at it: documented degradation.
    const inside = visibleRange(index, { start: 900, end: 910 });
    expect(inside.from).toBe(Array.from(index.order).indexOf(0));
    expect(visibleItems(index, { start: 900, end: 910 }).length).toBe(11);
  });

  test('an index without runningMaxEnd falls back to the maxSpan range and finds the same items', () => {
    const next = random(14);
    const full = buildEventIndex(randomItems(next, 800));
    const { runningMaxEnd: _, ...bare } = full;
    for (let q = 0; q < 100; q++) {
      const start = Math.floor(next() * 260) - 30;
      const w = { start, end: start + 1 + Math.floor(next() * 60) };
      expect(visibleRange(bare, w).from).toBe(firstAtLeast(full.starts, w.start - full.maxSpan));
      expect(visibleItems(bare, w)).toEqual(visibleItems(full, w));
    }
  });

  test('a zero-length item is visible when it starts inside the window', () => {
    const index = buildEventIndex([{ start: 10, end: 10 }]);
    expect(visibleItems(index, { start: 10, end: 11 })).toEqual([0]);
    expect(visibleItems(index, { start: 5, end: 10 })).toEqual([]);
    expect(visibleItems(index, { start: 11, end: 20 })).toEqual([]);
  });

  test('countBetween counts the starts in [t0, t1)', () => {
    const next = random(13);
    const items = randomItems(next, 1000);
    const index = buildEventIndex(items);
    for (let q = 0; q < 200; q++) {
      const t0 = Math.floor(next() * 220) - 10;
      const t1 = t0 + Math.floor(next() * 80);
      expect(countBetween(index, t0, t1)).toBe(items.filter((it) => it.start >= t0 && it.start < t1).length);
    }
    expect(countBetween(index, 50, 40)).toBe(0);
  });
});

describe('intersects: the edges of a window', () => {
  // Sorted positions: 0 = [0, 10), 1 = [10, 20), 2 = [20, 20) (zero length), 3 = [30, 40).
  let index: EventIndex;
  beforeEach(() => {
    index = buildEventIndex([{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 20, end: 20 }, { start: 30, end: 40 }]);
  });
  const w = { start: 10, end: 30 };
  test('an item ending where the window starts does not intersect it; one starting there does', () => {
    expect(intersects(index, 0, w)).toBe(false);
    expect(intersects(index, 1, w)).toBe(true);
  });
  test('an item starting where the window ends does not intersect it', () => {
    expect(intersects(index, 3, w)).toBe(false);
    expect(intersects(index, 3, { start: 10, end: 31 })).toBe(true);
  });
  test('a zero-length item intersects a window it starts inside, and no window it starts outside', () => {
    expect(intersects(index, 2, w)).toBe(true);
    expect(intersects(index, 2, { start: 21, end: 30 })).toBe(false);
    expect(intersects(index, 2, { start: 0, end: 20 })).toBe(false);
  });
});
