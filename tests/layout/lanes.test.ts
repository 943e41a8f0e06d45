import { beforeEach, describe, expect, test } from 'vitest';
import { mulberry32 } from '../../scripts/synthetic-story';
import { binCounts, layoutLanes, mergeClusters, type LabelInput, type LaneLayout } from '../../src/layout/lanes';
import { buildEventIndex, countBetween, type EventIndex } from '../../src/layout/event-index';

const random = mulberry32;

function randomItems(next: () => number, n: number, widthPx: number): LabelInput[] {
  const items = Array.from({ length: n }, (_, key) => {
    const x0 = Math.floor(next() * widthPx);
    const long = next() < 0.1;
    return { key, x0, x1: x0 + (long ? next() * 300 : next() * 4), labelWidth: 20 + Math.floor(next() * 120) };
  });
  return items.sort((a, b) => a.x0 - b.x0);
}

const pointAt = (key: number, x0: number, labelWidth = 50): LabelInput => ({ key, x0, x1: x0, labelWidth });

function laneOverlaps(layout: LaneLayout, gap: number): string[] {
  const byLane = new Map<number, { left: number; right: number }[]>();
  for (const p of layout.placed) byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), p]);
  const problems: string[] = [];
  for (const [lane, boxes] of byLane) {
    boxes.sort((a, b) => a.left - b.left);
    for (let i = 1; i < boxes.length; i++) {
      if (boxes[i].left < boxes[i - 1].right + gap) problems.push(`lane ${lane} at ${boxes[i].left}`);
    }
  }
  return problems;
}

const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
const shapes = [
  { n: 50, width: 1200, maxLanes: 3 },
  { n: 400, width: 1200, maxLanes: 4 },
  { n: 2000, width: 2560, maxLanes: 6 },
  { n: 200, width: 300, maxLanes: 1 },
];

describe('layoutLanes, property tests over seeded random items', () => {
  for (const seed of seeds) {
    for (const shape of shapes) {
      const name = `seed ${seed}, ${shape.n} items in ${shape.width}px, ${shape.maxLanes} lanes`;
      const items = randomItems(random(seed), shape.n, shape.width);
      // Laid out inside each test, not at import: Stryker cannot kill mutants of code that runs at import.
      let layout: LaneLayout;
      beforeEach(() => {
        layout = layoutLanes(items, { maxLanes: shape.maxLanes });
      });

      test(`labels in one lane never overlap (${name})`, () => {
        expect(laneOverlaps(layout, 8)).toEqual([]);
      });
      test(`every item is either placed or in one cluster (${name})`, () => {
        const seen = [...layout.placed.map((p) => p.key), ...layout.clusters.flatMap((c) => c.keys)];
        expect(seen.length).toBe(items.length);
        expect(new Set(seen)).toEqual(new Set(items.map((i) => i.key)));
        expect(layout.clusters.every((c) => c.count === c.keys.length && c.count > 0)).toBe(true);
      });
      test(`clusters never overlap each other in the cluster row (${name})`, () => {
        for (let i = 1; i < layout.clusters.length; i++) {
          expect(layout.clusters[i].left).toBeGreaterThanOrEqual(layout.clusters[i - 1].right + 8);
        }
      });
      test(`lanes stay within maxLanes and placed boxes match their items (${name})`, () => {
        const byKey = new Map(items.map((i) => [i.key, i]));
        expect(layout.laneCount).toBeLessThanOrEqual(shape.maxLanes);
        for (const p of layout.placed) {
          const item = byKey.get(p.key)!;
          expect(p.lane).toBeLessThan(layout.laneCount);
          expect(p.left).toBe(item.x0);
          expect(p.right).toBe(Math.max(item.x1, item.x0 + item.labelWidth));
        }
      });
      test(`a cluster box is at least clusterMinWidthPx and covers its members' marks (${name})`, () => {
        const byKey = new Map(items.map((i) => [i.key, i]));
        for (const c of layout.clusters) {
          expect(c.right - c.left).toBeGreaterThanOrEqual(28 - 1e-9);
          expect((c.left + c.right) / 2).toBeCloseTo((c.x0 + c.x1) / 2, 6);
          for (const key of c.keys) {
            expect(byKey.get(key)!.x0).toBeGreaterThanOrEqual(c.x0);
            expect(byKey.get(key)!.x1).toBeLessThanOrEqual(c.x1);
          }
        }
      });
    }
  }
});

describe('layoutLanes, specific cases', () => {
  test('items go first-fit into the lowest free lane', () => {
    const layout = layoutLanes([pointAt(0, 0), pointAt(1, 10), pointAt(2, 55), pointAt(3, 70)], { maxLanes: 3 });
    expect(layout.placed.map((p) => [p.key, p.lane])).toEqual([[0, 0], [1, 1], [2, 2], [3, 0]]);
    expect(layout.clusters).toEqual([]);
    expect(layout.laneCount).toBe(3);
  });
  test('the gap is kept between boxes in a lane', () => {
    const layout = layoutLanes([pointAt(0, 0), pointAt(1, 55)], { maxLanes: 2, gapPx: 8 });
    expect(layout.placed.map((p) => p.lane)).toEqual([0, 1]);
    expect(layoutLanes([pointAt(0, 0), pointAt(1, 58)], { maxLanes: 2, gapPx: 8 }).placed.map((p) => p.lane)).toEqual([0, 0]);
  });
  test('a box spans the mark or the label, whichever is longer', () => {
    const layout = layoutLanes([{ key: 0, x0: 0, x1: 500, labelWidth: 40 }, pointAt(1, 100)], { maxLanes: 2 });
    expect(layout.placed[0]).toEqual({ key: 0, lane: 0, left: 0, right: 500 });
    expect(layout.placed[1].lane).toBe(1);
  });
  test('items that fit no lane form one cluster, with its count and members\' extent', () => {
    const items = [pointAt(0, 0), pointAt(1, 2), pointAt(2, 4), pointAt(3, 6)];
    const layout = layoutLanes(items, { maxLanes: 2 });
    expect(layout.placed.map((p) => p.key)).toEqual([0, 1]);
    expect(layout.clusters).toEqual([{ keys: [2, 3], count: 2, x0: 4, x1: 6, left: -9, right: 19 }]);
  });
  test('an item starting inside an overflowing item\'s box joins its cluster even when a lane has freed up', () => {
    const items = [pointAt(0, 0, 30), pointAt(1, 10), pointAt(2, 20), pointAt(3, 45)];
    const layout = layoutLanes(items, { maxLanes: 2 });
    // Lane 0 is free again at 45, but 3 starts inside 2's box [20, 70): it is not shown beside a hidden 2.
    expect(layout.placed.map((p) => p.key)).toEqual([0, 1]);
    expect(layout.clusters.map((c) => c.keys)).toEqual([[2, 3]]);
  });
  test('an item past the cluster\'s region is placed again when a lane is free', () => {
    const items = [pointAt(0, 0, 30), pointAt(1, 10), pointAt(2, 20), pointAt(3, 75)];
    const layout = layoutLanes(items, { maxLanes: 2 });
    expect(layout.placed.map((p) => p.key)).toEqual([0, 1, 3]);
    expect(layout.clusters.map((c) => c.keys)).toEqual([[2]]);
  });
  test('an item that joins a cluster while a lane is free does not widen the captured region', () => {
    // One lane. 1 overflows and opens a cluster reaching to 120; 2 starts inside it, so it joins,
    // but it would have fitted lane 0, so its long box does not extend the region: 3, past 120,
    // is placed again instead of being swallowed.
    const items = [
      { key: 0, x0: 0, x1: 0, labelWidth: 30 },
      { key: 1, x0: 10, x1: 10, labelWidth: 110 },
      { key: 2, x0: 40, x1: 40, labelWidth: 260 },
      { key: 3, x0: 150, x1: 150, labelWidth: 50 },
    ];
    const layout = layoutLanes(items, { maxLanes: 1 });
    expect(layout.placed.map((p) => p.key)).toEqual([0, 3]);
    expect(layout.clusters.map((c) => c.keys)).toEqual([[1, 2]]);
  });
  test('an overflowing item that joins a cluster widens the captured region to its box', () => {
    const items = [
      { key: 0, x0: 0, x1: 0, labelWidth: 300 },
      { key: 1, x0: 10, x1: 10, labelWidth: 110 },
      { key: 2, x0: 40, x1: 40, labelWidth: 260 },
      { key: 3, x0: 150, x1: 150, labelWidth: 50 },
      { key: 4, x0: 310, x1: 310, labelWidth: 50 },
    ];
    const layout = layoutLanes(items, { maxLanes: 1 });
    expect(layout.placed.map((p) => p.key)).toEqual([0, 4]);
    expect(layout.clusters.map((c) => c.keys)).toEqual([[1, 2, 3]]);
  });
  test('unsorted input is sorted by x0 before packing, even two items', () => {
    // Sorted, both fit lane 0; packed in the given order, 0 would find lane 0 taken.
    const layout = layoutLanes([pointAt(1, 100, 80), pointAt(0, 0, 80)], { maxLanes: 1 });
    expect(layout.placed.map((p) => p.key)).toEqual([0, 1]);
    expect(layout.clusters).toEqual([]);
  });
  test('sorting leaves the caller\'s items in their own order', () => {
    const items = [pointAt(1, 100, 80), pointAt(0, 0, 80)];
    layoutLanes(items, { maxLanes: 1 });
    expect(items.map((i) => i.key)).toEqual([1, 0]);
  });
  test('an item starting exactly at the end of a cluster\'s region is placed, not captured', () => {
    // 1 overflows and captures up to its box's right edge, 110; 2 starts at 110 with lane 0 free.
    const items = [pointAt(0, 0, 30), pointAt(1, 10, 100), pointAt(2, 110, 20)];
    const layout = layoutLanes(items, { maxLanes: 1 });
    expect(layout.placed.map((p) => p.key)).toEqual([0, 2]);
    expect(layout.clusters.map((c) => c.keys)).toEqual([[1]]);
  });
  test('clusters exactly the gap apart stay apart; closer, they merge and count all members', () => {
    const c = (keys: number[], left: number) => ({ keys, count: keys.length, x0: left + 10, x1: left + 18, left, right: left + 28 });
    expect(mergeClusters([c([1], 0), c([2], 36)]).map((m) => m.keys)).toEqual([[1], [2]]);
    const merged = mergeClusters([c([1, 2], 0), c([3], 35)]);
    expect(merged.map((m) => m.keys)).toEqual([[1, 2, 3]]);
    expect(merged[0].count).toBe(3);
  });
  test('mergeClusters takes clusters in any order', () => {
    const c = (keys: number[], left: number) => ({ keys, count: keys.length, x0: left, x1: left + 28, left, right: left + 28 });
    const merged = mergeClusters([c([3], 500), c([2], 30), c([1], 0)]);
    expect(merged.map((m) => m.keys)).toEqual([[1, 2], [3]]);
    expect(merged.map((m) => m.count)).toEqual([2, 1]);
  });
  test('clusters whose boxes would touch are merged', () => {
    // Two lanes blocked by long boxes, so 2 and 3 overflow; 30px apart their 28px boxes would be 2px apart, under the 8px gap.
    const blockers = [{ key: 0, x0: 0, x1: 1000, labelWidth: 10 }, { key: 1, x0: 0, x1: 1000, labelWidth: 10 }];
    const near = layoutLanes([...blockers, pointAt(2, 100, 10), pointAt(3, 130, 10)], { maxLanes: 2 });
    expect(near.clusters.map((c) => c.keys)).toEqual([[2, 3]]);
    expect(near.clusters[0]).toMatchObject({ x0: 100, x1: 130, left: 100, right: 130 });
    const far = layoutLanes([...blockers, pointAt(2, 100, 10), pointAt(3, 200, 10)], { maxLanes: 2 });
    expect(far.clusters.map((c) => c.keys)).toEqual([[2], [3]]);
  });
  test('maxLanes 0 puts every item in a cluster', () => {
    const items = randomItems(random(9), 100, 1000);
    const layout = layoutLanes(items, { maxLanes: 0 });
    expect(layout.placed).toEqual([]);
    expect(layout.laneCount).toBe(0);
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(100);
  });
  test('unsorted input is laid out as if sorted by x0', () => {
    // Distinct x0s, so the order is fully determined by x0.
    const items = randomItems(random(10), 300, 1000).map((item, i) => ({ ...item, x0: i * 3, x1: i * 3 + 2 }));
    const shuffled = [...items].reverse();
    expect(layoutLanes(shuffled, { maxLanes: 3 })).toEqual(layoutLanes(items, { maxLanes: 3 }));
  });
  test('no input, no lanes', () => {
    expect(layoutLanes([], { maxLanes: 3 })).toEqual({ placed: [], clusters: [], laneCount: 0 });
  });
});

describe('layoutLanes with the lanes of the frame before (one gesture)', () => {
  test('an item keeps its lane from the frame before where its box still fits, not the lowest free one', () => {
    const items = [pointAt(0, 0), pointAt(1, 200)];
    const fresh = layoutLanes(items, { maxLanes: 3 });
    expect(fresh.placed.map((p) => p.lane)).toEqual([0, 0]);
    const kept = layoutLanes(items, { maxLanes: 3, preferredLane: (key) => (key === 1 ? 2 : undefined) });
    expect(kept.placed.map((p) => [p.key, p.lane])).toEqual([[0, 0], [1, 2]]);
    expect(kept.laneCount).toBe(3);
  });

  test('with nothing clustered in the frame before, a zoom in keeps every lane', () => {
    const items = Array.from({ length: 30 }, (_, key) => pointAt(key, key * 35, 60 + (key % 4) * 20));
    const before = layoutLanes(items, { maxLanes: 4 });
    expect(before.clusters).toEqual([]);
    const laneOf = new Map(before.placed.map((p) => [p.key, p.lane]));
    const after = layoutLanes(items.map((item) => ({ ...item, x0: item.x0 * 1.3 - 100, x1: item.x1 * 1.3 - 100 })), { maxLanes: 4, preferredLane: (key) => laneOf.get(key) });
    expect(after.placed.map((p) => p.lane)).toEqual(before.placed.map((p) => p.lane));
    expect(layoutLanes(items.map((item) => ({ ...item, x0: item.x0 * 1.3 - 100, x1: item.x1 * 1.3 - 100 })), { maxLanes: 4 }).placed.map((p) => p.lane)).not.toEqual(before.placed.map((p) => p.lane));
  });

  test('given the lanes a fresh packing chose, the same items pack exactly as fresh: the same rows and the same clusters', () => {
    for (const seed of seeds) {
      for (const { n, width, maxLanes } of shapes) {
        const items = randomItems(random(seed), n, width);
        const fresh = layoutLanes(items, { maxLanes });
        const laneOf = new Map(fresh.placed.map((p) => [p.key, p.lane]));
        expect(layoutLanes(items, { maxLanes, preferredLane: (key) => laneOf.get(key) })).toEqual(fresh);
      }
    }
  });

  test('an item whose lane is taken where it now stands, or beyond maxLanes, goes to the first lane free', () => {
    const items = [pointAt(0, 0, 100), pointAt(1, 50, 100)];
    const kept = layoutLanes(items, { maxLanes: 2, preferredLane: () => 0 });
    expect(kept.placed.map((p) => [p.key, p.lane])).toEqual([[0, 0], [1, 1]]);
    const beyond = layoutLanes([pointAt(0, 0)], { maxLanes: 2, preferredLane: () => 5 });
    expect(beyond.placed.map((p) => p.lane)).toEqual([0]);
  });

  test('lanes kept from the frame before never overlap in a lane, and every item is placed or clustered', () => {
    for (const seed of seeds) {
      const next = random(seed);
      const items = randomItems(next, 400, 1200);
      const before = layoutLanes(items, { maxLanes: 4 });
      const laneOf = new Map(before.placed.map((p) => [p.key, p.lane]));
      // The next frame: the same items a little further apart, as a zoom in spreads them.
      const zoomed = items.map((item) => ({ ...item, x0: item.x0 * 1.1, x1: item.x1 * 1.1 }));
      const after = layoutLanes(zoomed, { maxLanes: 4, preferredLane: (key) => laneOf.get(key) });
      expect(laneOverlaps(after, 8)).toEqual([]);
      const seen = [...after.placed.map((p) => p.key), ...after.clusters.flatMap((c) => c.keys)];
      expect(seen.sort((a, b) => a - b)).toEqual(items.map((item) => item.key).sort((a, b) => a - b));
      // An item placed before stays where it was, unless another item's box now stands in its way there.
      for (const p of after.placed) {
        const lane = laneOf.get(p.key);
        if (lane === undefined || p.lane === lane || lane >= 4) continue;
        const inTheWay = after.placed.some((q) => q.lane === lane && q.key !== p.key && q.left <= p.left && q.right + 8 > p.left);
        expect(inTheWay, `item ${p.key} left lane ${lane}`).toBe(true);
      }
    }
  });
});

describe('binCounts', () => {
  const next = random(30);
  const items = Array.from({ length: 5000 }, () => {
    const start = Math.floor(next() * 10_000);
    return { start, end: start + Math.floor(next() * 100) };
  });
  let index: EventIndex;
  beforeEach(() => {
    index = buildEventIndex(items);
  });

  test('bins split the window into equal times and count the starts in each', () => {
    const w = { start: 1000, end: 9000 };
    const bins = binCounts(index, w, 80);
    for (const bin of bins) {
      expect(bin.t1 - bin.t0).toBeCloseTo(100, 6);
      expect(bin.count).toBe(countBetween(index, bin.t0, bin.t1));
      expect(bin.to - bin.from).toBe(bin.count);
    }
  });
  test('bin counts add up to the items starting in the window, and empty bins are omitted', () => {
    const w = { start: -5000, end: 15_000.5 };
    const bins = binCounts(index, w, 333);
    expect(bins.every((b) => b.count > 0)).toBe(true);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(countBetween(index, w.start, w.end));
    expect(bins.length).toBeLessThan(333);
    for (let i = 1; i < bins.length; i++) expect(bins[i].from).toBeGreaterThanOrEqual(bins[i - 1].to);
  });
  test('no bins for an empty window or a zero bin count', () => {
    expect(binCounts(index, { start: 5, end: 5 }, 10)).toEqual([]);
    expect(binCounts(index, { start: 0, end: 100 }, 0)).toEqual([]);
  });
});

describe('binCounts at the edges', () => {
  test('items starting at or after the window\'s end are in no bin', () => {
    const index = buildEventIndex([{ start: 5, end: 6 }, { start: 10, end: 11 }, { start: 12, end: 13 }]);
    expect(binCounts(index, { start: 0, end: 10 }, 2).map((b) => b.count)).toEqual([1]);
  });
  test('the last bin ends exactly at the window\'s end, though bin widths do not add up to it in floating point', () => {
    // 21 bins of (end - start) / 21 end just short of `end`; an item starting in that sliver still counts.
    const w = { start: 469812203, end: 28456742277 };
    const width = (w.end - w.start) / 21;
    const sliver = w.start + 21 * width;
    expect(sliver).toBeLessThan(w.end);
    const index = buildEventIndex([{ start: sliver, end: w.end }]);
    const bins = binCounts(index, w, 21);
    expect(bins.map((b) => b.count)).toEqual([1]);
    expect(bins[0].t1).toBe(w.end);
  });
});
