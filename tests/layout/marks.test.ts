import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../scripts/synthetic-story';
import { buildEventIndex, visibleItems } from '../../src/layout/event-index';
import {
  CLUSTER_BADGE_INSET_PX, CLUSTER_BADGE_PX, LABEL_LINE_MAX_PX, LABEL_PAD_PX, MIN_SPAN_PX, OPEN_TAIL_PX, POINT_RADIUS, atLaneCap, eventShape, labelBox, lanesWithinBands, layoutTimeline,
  markExtent, type EventShape, type LayoutInput,
} from '../../src/layout/marks';
import { parseEdtf } from '../../src/model/edtf';
import { mergeClusters } from '../../src/layout/lanes';

const DAY = 86_400_000;
const T0 = Date.UTC(2000, 0, 1);


function scene(count: number, seed: number) {
  const rnd = mulberry32(seed);
  const items: { start: number; end: number }[] = [];
  const shapes: EventShape[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rnd();
    const start = T0 + Math.floor(rnd() * 3650) * DAY;
    const length = kind < 0.6 ? DAY : kind < 0.85 ? 30 * DAY : 365 * DAY;
    items.push({ start, end: start + length });
    shapes.push({ shape: kind < 0.6 ? 'point' : 'span', openStart: false, openEnd: false });
  }
  return { index: buildEventIndex(items), shapes };
}

describe('layoutTimeline', () => {
  test('every event in view is either drawn or in exactly one cluster', () => {
    for (const [count, days] of [[40, 3650], [400, 365], [2000, 60], [300, 7]] as const) {
      const { index, shapes } = scene(count, count);
      const window = { start: T0 + 100 * DAY, end: T0 + (100 + days) * DAY };
      const layout = layoutTimeline({ index, shapes, window, width: 1000, maxLanes: 6, labelWidth: () => 140 });
      const seen = [...layout.marks.map((m) => m.event), ...layout.clusters.flatMap((c) => c.members ?? [])];
      const expected = visibleItems(index, window).map((p) => index.order[p]);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    }
  });

  test('labels in one lane never overlap, and clusters never overlap in their row', () => {
    const { index, shapes } = scene(800, 7);
    for (const days of [3650, 365, 30, 7]) {
      const window = { start: T0 + 500 * DAY, end: T0 + (500 + days) * DAY };
      const layout = layoutTimeline({ index, shapes, window, width: 1200, maxLanes: 7, labelWidth: (i) => 60 + (i % 7) * 30 });
      const byLane = new Map<number, { left: number; right: number }[]>();
      for (const m of layout.marks) byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), m]);
      for (const boxes of byLane.values()) {
        boxes.sort((a, b) => a.left - b.left);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThanOrEqual(boxes[i - 1].right);
      }
      const clusters = [...layout.clusters].sort((a, b) => a.left - b.left);
      for (let i = 1; i < clusters.length; i++) expect(clusters[i].left).toBeGreaterThanOrEqual(clusters[i - 1].right);
    }
  });

  test('a day event is not pushed into a cluster by spans longer than the view', () => {
    const items = [];
    const shapes: EventShape[] = [];
    for (let i = 0; i < 10; i++) {
      items.push({ start: T0 - 200 * DAY, end: T0 + 200 * DAY });
      shapes.push({ shape: 'span', openStart: false, openEnd: false });
    }
    items.push({ start: T0 + 3 * DAY, end: T0 + 4 * DAY });
    shapes.push({ shape: 'point', openStart: false, openEnd: false });
    const layout = layoutTimeline({
      index: buildEventIndex(items), shapes, window: { start: T0, end: T0 + 7 * DAY }, width: 1000, maxLanes: 4, labelWidth: () => 150,
    });
    expect(layout.marks.map((m) => m.event)).toContain(10);
    // Rows fill in time order: the three spans that got a row start before the day, so they sit above it.
    expect(layout.marks.find((m) => m.event === 10)!.lane).toBe(3);
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(7);
  });

  test('rows fill in time order at every zoom: a mark sits lower only where every row above is taken by an earlier mark', () => {
    const { index, shapes } = scene(300, 5);
    const positionOf = new Map<number, number>();
    index.order.forEach((event, position) => positionOf.set(event, position));
    let belowOthers = 0;
    for (const [from, days] of [[0, 3650], [900, 400], [1200, 90], [1500, 30], [2000, 7]] as const) {
      const window = { start: T0 + from * DAY, end: T0 + (from + days) * DAY };
      const layout = layoutTimeline({ index, shapes, window, width: 1000, maxLanes: 6, labelWidth: (i) => 60 + (i % 5) * 30 });
      for (const mark of layout.marks) {
        for (let lane = 0; lane < mark.lane; lane++) {
          const earlier = layout.marks.filter((m) => m.lane === lane && positionOf.get(m.event)! < positionOf.get(mark.event)!);
          const last = earlier[earlier.length - 1];
          expect(last, `event ${mark.event} could have taken row ${lane} (${days} days in view)`).toBeDefined();
          expect(last.right + 8).toBeGreaterThan(mark.left);
          belowOthers++;
        }
      }
    }
    expect(belowOthers).toBeGreaterThan(20);
  });

  test('zoomed into a month, the month-long events sit above the day events that start after them', () => {
    const month = { start: T0, end: T0 + 31 * DAY };
    const items = [month, month, { start: T0 + 14 * DAY, end: T0 + 15 * DAY }, { start: T0 + 25 * DAY, end: T0 + 26 * DAY }];
    const span: EventShape = { shape: 'span', openStart: false, openEnd: false };
    const point: EventShape = { shape: 'point', openStart: false, openEnd: false };
    const layout = layoutTimeline({
      index: buildEventIndex(items), shapes: [span, span, point, point], window: { start: T0 - DAY, end: T0 + 32 * DAY }, width: 1280, maxLanes: 6, labelWidth: () => 160,
    });
    expect(layout.marks.map((m) => [m.event, m.lane])).toEqual([[0, 0], [1, 1], [2, 2], [3, 2]]);
  });

  test('marks come in time order whatever order their lanes were filled in', () => {
    // The DOM follows this order: a stable one spares node moves as the view moves.
    const { index, shapes } = scene(300, 11);
    const positionOf = new Map<number, number>();
    index.order.forEach((event, position) => positionOf.set(event, position));
    let checked = 0;
    for (const [from, days] of [[0, 3650], [900, 400], [1200, 90], [1500, 30], [2000, 7]] as const) {
      const window = { start: T0 + from * DAY, end: T0 + (from + days) * DAY };
      const layout = layoutTimeline({ index, shapes, window, width: 1000, maxLanes: 5, labelWidth: (i) => 80 + (i % 5) * 40 });
      const positions = layout.marks.map((m) => positionOf.get(m.event)!);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      checked += positions.length;
    }
    expect(checked).toBeGreaterThan(20);
  });

  test('with more events in view than can be labelled, equal-time clusters count them all', () => {
    const { index, shapes } = scene(5000, 3);
    const window = { start: T0, end: T0 + 3650 * DAY };
    const layout = layoutTimeline({ index, shapes, window, width: 1000, maxLanes: 6, labelWidth: () => 100, maxLabelled: 1000 });
    expect(layout.marks).toEqual([]);
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(5000);
  });
});

describe('mergeClusters', () => {
  test('merged clusters keep every member and leave the gap between boxes', () => {
    const c = (keys: number[], x0: number, x1: number) => ({ keys, count: keys.length, x0, x1, left: x0 - 14, right: x1 + 14 });
    const merged = mergeClusters([c([1], 100, 100), c([2], 110, 120), c([3], 500, 520)]);
    expect(merged.map((m) => m.keys)).toEqual([[1, 2], [3]]);
    expect(merged[1].left - merged[0].right).toBeGreaterThanOrEqual(8);
  });
});

describe('mark geometry', () => {
  // 100 days across 1000 px: 10 px a day.
  const window = { start: T0, end: T0 + 100 * DAY };
  const width = 1000;
  const point: EventShape = { shape: 'point', openStart: false, openEnd: false };
  const span: EventShape = { shape: 'span', openStart: false, openEnd: false };
  const day = (d: number) => ({ start: T0 + d * DAY, end: T0 + (d + 1) * DAY });

  test('a point mark is 2 × POINT_RADIUS wide, centred on its day, when the day is narrower than that', () => {
    expect(markExtent(T0 + 50 * DAY, T0 + 51 * DAY, point, window, width)).toEqual({ x0: 505 - POINT_RADIUS, x1: 505 + POINT_RADIUS });
  });

  test('a point mark covers its whole day once the day is wider than the point', () => {
    const close = { start: T0, end: T0 + 5 * DAY }; // 200 px a day
    expect(markExtent(T0 + DAY, T0 + 2 * DAY, point, close, width)).toEqual({ x0: 200, x1: 400 });
  });

  test('a span is at least MIN_SPAN_PX wide, and otherwise as wide as its time', () => {
    const far = { start: T0, end: T0 + 100_000 * DAY }; // 0.01 px a day
    const tiny = markExtent(T0 + 50_000 * DAY, T0 + 50_030 * DAY, span, far, width);
    expect(tiny.x0).toBeCloseTo(500, 6);
    expect(tiny.x1 - tiny.x0).toBeCloseTo(MIN_SPAN_PX, 6);
    expect(markExtent(T0 + 10 * DAY, T0 + 40 * DAY, span, window, width)).toEqual({ x0: 100, x1: 400 });
    // A point far out is no narrower: it is drawn as a point.
    const dot = markExtent(T0 + 50_000 * DAY, T0 + 50_001 * DAY, point, far, width);
    expect(dot.x1 - dot.x0).toBeCloseTo(2 * POINT_RADIUS, 6);
  });

  test('an open start or end adds a tail of OPEN_TAIL_PX on its side only', () => {
    const openStart = markExtent(T0 + 10 * DAY, T0 + 40 * DAY, { shape: 'span', openStart: true, openEnd: false }, window, width);
    expect(openStart).toEqual({ x0: 100 - OPEN_TAIL_PX, x1: 400 });
    const openEnd = markExtent(T0 + 10 * DAY, T0 + 40 * DAY, { shape: 'span', openStart: false, openEnd: true }, window, width);
    expect(openEnd).toEqual({ x0: 100, x1: 400 + OPEN_TAIL_PX });
    const dayFrom = markExtent(T0 + 50 * DAY, T0 + 51 * DAY, { shape: 'point', openStart: false, openEnd: true }, window, width);
    expect(dayFrom).toEqual({ x0: 505 - POINT_RADIUS, x1: 505 + POINT_RADIUS + OPEN_TAIL_PX });
  });

  test('a placed mark carries its drawn extent, tails included', () => {
    const items = [day(20), { start: T0 + 40 * DAY, end: T0 + 60 * DAY }];
    const shapes: EventShape[] = [point, { shape: 'span', openStart: true, openEnd: true }];
    const layout = layoutTimeline({ index: buildEventIndex(items), shapes, window, width, maxLanes: 3, labelWidth: () => 50 });
    expect(layout.marks).toMatchObject([
      { event: 0, lane: 0, left: 199, x0: 199, x1: 211, alignEnd: false },
      { event: 1, lane: 0, left: 400 - OPEN_TAIL_PX, right: 600 + OPEN_TAIL_PX, x0: 400 - OPEN_TAIL_PX, x1: 600 + OPEN_TAIL_PX, alignEnd: false },
    ]);
    // The box holds the label (at least as wide as measured) and the mark.
    expect(layout.marks[0].right).toBeGreaterThanOrEqual(199 + 50);
  });

  test('a label that would run past the right edge moves left, stays over its mark, and is aligned to its end', () => {
    const layout = layoutTimeline({ index: buildEventIndex([day(98)]), shapes: [point], window, width, maxLanes: 2, labelWidth: () => 150 });
    expect(layout.marks).toHaveLength(1);
    const m = layout.marks[0];
    expect(m).toMatchObject({ event: 0, lane: 0, x0: 979, x1: 991, alignEnd: true });
    // Moved left by at least the overhang, ending inside the view, still over its mark.
    expect(m.left).toBeLessThanOrEqual(width - 150);
    expect(m.right).toBeLessThanOrEqual(width);
    expect(m.right - m.left).toBeGreaterThanOrEqual(150);
    expect(m.left).toBeLessThan(m.x0);
    expect(m.right).toBeGreaterThanOrEqual(m.x1);
  });

  test('a one-line label with room neither after its mark nor before it wraps to two lines and ends at its mark', () => {
    // 300 px wide, the mark at 200–206: 94 px after its start, 206 before its end; the label 220 px on one line.
    const narrow = layoutTimeline({ index: buildEventIndex([day(20)]), shapes: [point], window: { start: T0, end: T0 + 30 * DAY }, width: 300, maxLanes: 2, labelWidth: () => 220 });
    const m = narrow.marks[0];
    expect(m).toMatchObject({ lines: 2, alignEnd: true, labelWidth: labelBox(220, 2).width });
    expect(m.right).toBeCloseTo(Math.min(300, m.x1), 6);
    expect(m.left).toBeGreaterThanOrEqual(0);
  });

  test('a label that fits keeps its place and its start alignment', () => {
    const layout = layoutTimeline({ index: buildEventIndex([day(80)]), shapes: [point], window, width, maxLanes: 2, labelWidth: () => 150 });
    expect(layout.marks[0]).toMatchObject({ left: 799, alignEnd: false });
    expect(layout.marks[0].right).toBeGreaterThanOrEqual(949);
    expect(layout.marks[0].right).toBeLessThanOrEqual(width);
  });

  test('a mark that starts before the view has its label at the left edge, not end-aligned', () => {
    const items = [{ start: T0 - 10 * DAY, end: T0 + 30 * DAY }];
    const layout = layoutTimeline({ index: buildEventIndex(items), shapes: [span], window, width, maxLanes: 2, labelWidth: () => 100 });
    expect(layout.marks).toMatchObject([{ event: 0, lane: 0, left: 0, right: 300, x0: -100, x1: 300, alignEnd: false }]);
  });

  test('a cluster zooms to its members\' time extent: the first start to the latest end', () => {
    // Input in reverse time order, so event indexes and time order differ. One lane: 0 is placed,
    // 1 overflows, and 2 starts inside 1's label box and joins it.
    const items = [{ start: T0 + 47 * DAY, end: T0 + 60 * DAY }, day(45), day(40)];
    const shapes: EventShape[] = [span, point, point];
    const layout = layoutTimeline({ index: buildEventIndex(items), shapes, window, width, maxLanes: 1, labelWidth: () => 200 });
    expect(layout.marks.map((m) => m.event)).toEqual([2]);
    expect(layout.clusters).toMatchObject([{ first: 1, members: [1, 0], count: 2, start: T0 + 45 * DAY, end: T0 + 60 * DAY }]);
    // Its box is centred on its members' marks, which reach from 449 (the point at 455) to 600.
    const [c] = layout.clusters;
    expect((c.left + c.right) / 2).toBeCloseTo((449 + 600) / 2, 6);
  });

  test('a cluster box is at least 28 px wide and centred on its members', () => {
    const items = [day(40), day(41), day(42)];
    const layout = layoutTimeline({ index: buildEventIndex(items), shapes: [point, point, point], window, width, maxLanes: 1, labelWidth: () => 200 });
    // Members 1 and 2: points at 415 and 425 (± 6), so the members reach 409..431, centred on 420.
    expect(layout.clusters).toMatchObject([{ first: 1, members: [1, 2], count: 2, start: T0 + 41 * DAY, end: T0 + 43 * DAY }]);
    const [c] = layout.clusters;
    expect((c.left + c.right) / 2).toBeCloseTo(420, 6);
    expect(c.right - c.left).toBeGreaterThanOrEqual(28);
  });

  test('marks longer than half the view take the lanes the short marks leave, and rows still fill in time order', () => {
    // The long interval comes first in time: it gets a row only if the short marks leave one, then the top row.
    const items = [{ start: T0 + 5 * DAY, end: T0 + 95 * DAY }, day(10), day(11)];
    const shapes: EventShape[] = [{ shape: 'interval', openStart: false, openEnd: false }, point, point];
    const layout = layoutTimeline({ index: buildEventIndex(items), shapes, window, width, maxLanes: 3, labelWidth: () => 100 });
    expect(layout.marks.map((m) => [m.event, m.lane])).toEqual([[0, 0], [1, 1], [2, 2]]);
    expect(layout.laneCount).toBe(3);
    // With no lane left for it, the long mark becomes a cluster of its own.
    const full = layoutTimeline({ index: buildEventIndex(items), shapes, window, width, maxLanes: 2, labelWidth: () => 100 });
    expect(full.marks.map((m) => [m.event, m.lane])).toEqual([[1, 0], [2, 1]]);
    expect(full.clusters.map((c) => c.members)).toEqual([[0]]);
    expect(full.laneCount).toBe(2);
  });

  test('no lanes at all means the dense view', () => {
    const layout = layoutTimeline({ index: buildEventIndex([day(10)]), shapes: [point], window, width, maxLanes: 0, labelWidth: () => 10 });
    expect(layout.marks).toEqual([]);
    expect(layout.laneCount).toBe(0);
    expect(layout.clusters.map((c) => c.count)).toEqual([1]);
    // Equal-time bins, not gathered labels: no member list.
    expect(layout.clusters[0].members).toBeUndefined();
  });

  test('more visible events than maxLabelled, even if fewer start in view, means the dense view', () => {
    // Three long spans start before the view and two events in it: five visible, two starting.
    const items = [
      { start: T0 - 50 * DAY, end: T0 + 90 * DAY }, { start: T0 - 40 * DAY, end: T0 + 90 * DAY }, { start: T0 - 30 * DAY, end: T0 + 90 * DAY },
      day(10), day(20),
    ];
    const shapes = [span, span, span, point, point];
    const labelled = layoutTimeline({ index: buildEventIndex(items), shapes, window, width, maxLanes: 6, labelWidth: () => 50, maxLabelled: 5 });
    expect(labelled.marks).toHaveLength(5);
    const dense = layoutTimeline({ index: buildEventIndex(items), shapes, window, width, maxLanes: 6, labelWidth: () => 50, maxLabelled: 4 });
    expect(dense.marks).toEqual([]);
    expect(dense.laneCount).toBe(0);
    expect(dense.clusters.map((c) => c.count)).toEqual([1, 1]);
  });

  test('dense-view clusters are equal-time bins on a grid fixed in time, their boxes inset 2 px', () => {
    const { index, shapes } = scene(3000, 5);
    const w = { start: T0 + 123.4 * DAY, end: T0 + 1900 * DAY };
    const layout = layoutTimeline({ index, shapes, window: w, width, maxLanes: 6, labelWidth: () => 100, maxLabelled: 10 });
    expect(layout.marks).toEqual([]);
    const binCount = Math.floor(width / 56);
    const binMs = (w.end - w.start) / binCount;
    const px = (t: number) => ((t - w.start) * width) / (w.end - w.start);
    expect(layout.clusters.length).toBeGreaterThan(binCount - 2);
    for (const c of layout.clusters) {
      expect(c.end - c.start).toBeCloseTo(binMs, 0);
      // Bin edges are whole multiples of the bin length, so panning slides the same bins.
      expect(Math.abs(c.start / binMs - Math.round(c.start / binMs))).toBeLessThan(1e-6);
      expect(c.left).toBeCloseTo(px(c.start) + 2, 6);
      expect(c.right).toBeCloseTo(px(c.end) - 2, 6);
      const starting = Array.from(index.starts).filter((s) => s >= c.start && s < c.end).length;
      expect(c.count).toBe(starting);
      expect(index.starts[Array.from(index.order).indexOf(c.first)]).toBeGreaterThanOrEqual(c.start);
      expect(c.members).toBeUndefined();
    }
    // The grid covers the whole view: the first bin starts at or before it, the last ends at or after it.
    expect(layout.clusters[0].start).toBeLessThanOrEqual(w.start);
    expect(layout.clusters.at(-1)!.end).toBeGreaterThanOrEqual(w.end);
    // Panning by less than a bin keeps the same bin edges.
    const panned = layoutTimeline({ index, shapes, window: { start: w.start + binMs / 3, end: w.end + binMs / 3 }, width, maxLanes: 6, labelWidth: () => 100, maxLabelled: 10 });
    expect(panned.clusters.map((c) => c.start).slice(1, 5)).toEqual(layout.clusters.map((c) => c.start).slice(1, 5));
  });
});

describe('clusters stay in view', () => {
  test('a cluster of events at either edge of the view has its box inside the view', () => {
    const window = { start: T0, end: T0 + 100 * DAY };
    const point: EventShape = { shape: 'point', openStart: false, openEnd: false };
    for (const at of [0, 99]) {
      const items = Array.from({ length: 4 }, () => ({ start: T0 + at * DAY, end: T0 + (at + 1) * DAY }));
      const layout = layoutTimeline({ index: buildEventIndex(items), shapes: items.map(() => point), window, width: 1000, maxLanes: 1, labelWidth: () => 120 });
      expect(layout.clusters.length, `day ${at}`).toBe(1);
      expect(layout.clusters[0].left, `day ${at}`).toBeGreaterThanOrEqual(0);
      expect(layout.clusters[0].right, `day ${at}`).toBeLessThanOrEqual(1000);
    }
  });
});

describe('eventShape', () => {
  const shapeOf = (text: string) => {
    const result = parseEdtf(text);
    if (!result.ok) throw new Error(result.error);
    return eventShape(result.value);
  };
  test('a day is a point, a month or a year a span, a closed interval a bar', () => {
    expect(shapeOf('2021-08-15')).toEqual({ shape: 'point', openStart: false, openEnd: false });
    expect(shapeOf('2021-08')).toEqual({ shape: 'span', openStart: false, openEnd: false });
    expect(shapeOf('2021')).toEqual({ shape: 'span', openStart: false, openEnd: false });
    expect(shapeOf('1992/1996')).toEqual({ shape: 'interval', openStart: false, openEnd: false });
    expect(shapeOf('2021-08-01/2021-08-15')).toEqual({ shape: 'interval', openStart: false, openEnd: false });
  });
  test('an open interval is not a bar: it is drawn over its known end, with a tail on the open side', () => {
    expect(shapeOf('../1994')).toEqual({ shape: 'span', openStart: true, openEnd: false });
    expect(shapeOf('2025-04/..')).toEqual({ shape: 'span', openStart: false, openEnd: true });
  });
});

describe('layoutTimeline with bands (groups)', () => {
  test('each band fills rows of its own, in band order, and a later band keeps a row however full the first is', async () => {
    const { layoutTimeline } = await import('../../src/layout/marks');
    const { buildEventIndex } = await import('../../src/layout/event-index');
    // Ten events at the same time in band 0, one in band 1.
    const items = [...Array.from({ length: 10 }, () => ({ start: 100, end: 101 })), { start: 100, end: 101 }];
    const index = buildEventIndex(items);
    const shapes = items.map(() => ({ shape: 'point' as const, openStart: false, openEnd: false }));
    const layout = layoutTimeline({
      index, shapes, window: { start: 0, end: 1000 }, width: 1000, maxLanes: 4, labelWidth: () => 100,
      bandOf: (event) => (event === 10 ? 1 : 0),
    });
    expect(layout.bands!.map((b) => b.band)).toEqual([0, 1]);
    expect(layout.bands![0]).toMatchObject({ firstLane: 0, laneCount: 3 });
    expect(layout.bands![1]).toMatchObject({ firstLane: 3, laneCount: 1 });
    const lone = layout.marks.find((m) => m.event === 10)!;
    expect(lone.band).toBe(1);
    expect(lone.lane).toBe(3);
    for (const m of layout.marks.filter((m) => m.event !== 10)) expect(m.lane).toBeLessThan(3);
  });
});

describe('labelBox', () => {
  test('a label up to LABEL_LINE_MAX_PX stays on one line, its width rounded up plus the padding', () => {
    expect(labelBox(LABEL_LINE_MAX_PX)).toEqual({ width: LABEL_LINE_MAX_PX + LABEL_PAD_PX, lines: 1 });
    expect(labelBox(99.2)).toEqual({ width: 100 + LABEL_PAD_PX, lines: 1 });
  });

  test('a longer one wraps to two lines of half its width and 40 px of slack, at most LABEL_LINE_MAX_PX', () => {
    expect(labelBox(LABEL_LINE_MAX_PX + 0.5)).toEqual({ width: Math.ceil((LABEL_LINE_MAX_PX + 0.5) / 2) + 40 + LABEL_PAD_PX, lines: 2 });
    expect(labelBox(1000)).toEqual({ width: LABEL_LINE_MAX_PX + LABEL_PAD_PX, lines: 2 });
  });

  test('asked for two lines, a shorter one wraps the same way', () => {
    expect(labelBox(200, 2)).toEqual({ width: 100 + 40 + LABEL_PAD_PX, lines: 2 });
  });
});

describe('rows of one line (oneLine)', () => {
  const window = { start: T0, end: T0 + 100 * DAY };
  const point: EventShape = { shape: 'point', openStart: false, openEnd: false };
  const at = (d: number) => ({ start: T0 + d * DAY, end: T0 + (d + 1) * DAY });

  test('a label longer than LABEL_LINE_MAX_PX stays on one line, as wide as its text', () => {
    const long = LABEL_LINE_MAX_PX + 100;
    const one = layoutTimeline({ index: buildEventIndex([at(10)]), shapes: [point], window, width: 1000, maxLanes: 2, labelWidth: () => long, oneLine: true });
    expect(one.marks[0]).toMatchObject({ lines: 1, labelWidth: labelBox(long, 1).width });
    const two = layoutTimeline({ index: buildEventIndex([at(10)]), shapes: [point], window, width: 1000, maxLanes: 2, labelWidth: () => long });
    expect(two.marks[0].lines).toBe(2);
  });

  test('a label with room neither side of its mark stays on one line at the view\'s edge, whole inside the view', () => {
    const m = layoutTimeline({ index: buildEventIndex([at(20)]), shapes: [point], window: { start: T0, end: T0 + 30 * DAY }, width: 300, maxLanes: 2, labelWidth: () => 220, oneLine: true }).marks[0];
    expect(m).toMatchObject({ lines: 1, left: 0 });
    expect(m.right).toBeLessThanOrEqual(300);
  });
});

describe('atLaneCap: the full view laid out once', () => {
  // Scenes where 14 rows label everything and scenes where they do not; some with long spans (laid out after the short marks), some in bands.
  const cases = [[12, 3650], [30, 3650], [60, 3650], [30, 365], [200, 3650], [400, 365]].flatMap(([count, days]) =>
    [1, 2, 3].flatMap((seed) => [false, true].map((banded) => ({ count, days, seed, banded }))));
  const inputFor = ({ count, days, seed, banded }: (typeof cases)[number], maxLanes: number): LayoutInput => {
    const { index, shapes } = scene(count, seed);
    return {
      index, shapes, window: { start: T0, end: T0 + days * DAY }, width: 1000, maxLanes, labelWidth: (i) => 60 + ((i * 37) % 11) * 20,
      ...(banded ? { bandOf: (i: number) => i % 3 } : {}),
    };
  };

  test('a layout that clustered nothing is the one laid out again under any cap from its lane count up', () => {
    let compared = 0;
    for (const scenario of cases) {
      const laid = layoutTimeline(inputFor(scenario, 14));
      if (laid.clusters.length) continue;
      for (let cap = laid.laneCount; cap <= 14; cap++) {
        expect(atLaneCap(laid, cap)).toEqual(layoutTimeline(inputFor(scenario, cap)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  test("in its own bands as fixed bands, it is the layout in those bands, each band said not empty", () => {
    let compared = 0;
    for (const scenario of cases.filter((c) => c.banded)) {
      const laid = layoutTimeline(inputFor(scenario, 14));
      if (laid.clusters.length) continue;
      expect(atLaneCap(laid, laid.laneCount, laid.bands)).toEqual(layoutTimeline({ ...inputFor(scenario, laid.laneCount), fixedBands: laid.bands }));
      compared++;
    }
    expect(compared).toBeGreaterThan(3);
  });

  test('none where laying out again could differ: clusters, a cap below its lanes, or bands not its own', () => {
    const crowded = cases.map((c) => layoutTimeline(inputFor(c, 14))).find((l) => l.clusters.length)!;
    expect(atLaneCap(crowded, 14)).toBeNull();
    const roomy = layoutTimeline(inputFor({ count: 12, days: 3650, seed: 1, banded: true }, 14));
    expect(roomy.clusters).toHaveLength(0);
    expect(atLaneCap(roomy, roomy.laneCount - 1)).toBeNull();
    expect(atLaneCap(roomy, 14, roomy.bands!.map((b) => ({ ...b })))).toBeNull();
  });
});

describe('layoutTimeline: labels and lanes in detail', () => {
  // 100 days across 1000 px: 10 px a day; 8_640_000 ms a pixel.
  const PX = 8_640_000;
  const window = { start: T0, end: T0 + 100 * DAY };
  const width = 1000;
  const point: EventShape = { shape: 'point', openStart: false, openEnd: false };
  const span: EventShape = { shape: 'span', openStart: false, openEnd: false };
  const day = (d: number) => ({ start: T0 + d * DAY, end: T0 + (d + 1) * DAY });
  const layout = (items: { start: number; end: number }[], shapes: EventShape[], rest: Partial<LayoutInput> = {}) =>
    layoutTimeline({ index: buildEventIndex(items), shapes, window, width, maxLanes: 3, labelWidth: () => 100, ...rest });
  const lanes = (l: { marks: { event: number; lane: number }[] }) => l.marks.map((m) => [m.event, m.lane]);

  test('a moved label ends exactly at its mark', () => {
    const [m] = layout([day(98)], [point], { labelWidth: () => 150 }).marks;
    expect(m.alignEnd).toBe(true);
    expect(m.left).toBe(m.x1 - m.labelWidth);
  });

  test('a label that reaches exactly to the right edge keeps its place', () => {
    // The point at day 80 starts at 799; a label of 195 px takes 201 with its padding.
    const [m] = layout([day(80)], [point], { labelWidth: () => 195 }).marks;
    expect(m).toMatchObject({ left: 799, alignEnd: false, labelWidth: 201 });
  });

  test('a label moved left by half a pixel or less is not end-aligned', () => {
    // A span from 893.5 px past the right edge, its label 107 px: moved to 893, half a pixel.
    const [m] = layout([{ start: T0 + 893.5 * PX, end: T0 + 120 * DAY }], [span], { labelWidth: () => 101 }).marks;
    expect(m).toMatchObject({ left: 893, alignEnd: false });
  });

  test('lanes fill in time order even where a label was moved left of an earlier mark', () => {
    // Day 85's box is 849..905; day 97's label (206 px) moves left to 775, before 849, yet it is later in time.
    const l = layout([day(85), day(97)], [point, point], { labelWidth: (e) => (e === 0 ? 50 : 200) });
    expect(l.marks[1].left).toBeLessThan(l.marks[0].left);
    expect(lanes(l)).toEqual([[0, 0], [1, 1]]);
  });

  test('a mark exactly half the view wide is laid out with the short ones, in time order', () => {
    const l = layout([{ start: T0 + 5 * DAY, end: T0 + 55 * DAY }, day(10), day(11)], [span, point, point]);
    expect(lanes(l)).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  test('exactly maxLabelled events in view are still labelled', () => {
    expect(layout([day(10), day(50)], [point, point], { maxLabelled: 2 }).marks).toHaveLength(2);
  });

  test('a cluster of labels that did not fit is a badge CLUSTER_BADGE_PX wide, centred on its members', () => {
    const l = layout([day(40), day(41), day(42)], [point, point, point], { maxLanes: 1, labelWidth: () => 200 });
    const [c] = l.clusters;
    expect(c.right - c.left).toBe(CLUSTER_BADGE_PX);
    expect((c.left + c.right) / 2).toBeCloseTo(420, 6);
  });

  test('a cluster near the right edge moves in to stay whole', () => {
    const l = layout([day(97), day(98), day(99)], [point, point, point], { maxLanes: 1, labelWidth: () => 40 });
    const [c] = l.clusters;
    expect(c.right).toBe(width);
    expect(c.left).toBe(width - CLUSTER_BADGE_PX);
  });
});

describe('layoutTimeline with bands: order, budget and shared clusters', () => {
  const window = { start: 0, end: 1000 };
  const at = (x: number) => ({ start: x, end: x + 1 });
  const points = (n: number) => Array.from({ length: n }, () => ({ shape: 'point' as const, openStart: false, openEnd: false }));

  test('bands are stacked in band order, even when a later band\'s event comes first in time', () => {
    const items = [at(100), at(500)];
    const l = layoutTimeline({
      index: buildEventIndex(items), shapes: points(2), window, width: 1000, maxLanes: 4, labelWidth: () => 50, bandOf: (e) => (e === 0 ? 1 : 0),
    });
    expect(l.bands).toEqual([{ band: 0, firstLane: 0, laneCount: 1 }, { band: 1, firstLane: 1, laneCount: 1 }]);
    expect(l.marks.map((m) => [m.event, m.band, m.lane])).toEqual([[0, 1, 1], [1, 0, 0]]);
  });

  test('all bands together never take more than maxLanes rows', () => {
    // Two events at once in band 0, five at once in band 1, three rows in all.
    const items = Array.from({ length: 7 }, () => at(100));
    const l = layoutTimeline({
      index: buildEventIndex(items), shapes: points(7), window, width: 1000, maxLanes: 3, labelWidth: () => 50, bandOf: (e) => (e < 2 ? 0 : 1),
    });
    expect(l.bands).toEqual([{ band: 0, firstLane: 0, laneCount: 2 }, { band: 1, firstLane: 2, laneCount: 1 }]);
    expect(l.laneCount).toBe(3);
  });

  test('fixed bands keep their rows and places whatever is in view; one with nothing in view is kept, empty', () => {
    // Band 0 has an event in view; band 1 none; band 2 one. Planned rows: 2, 3, 1.
    const items = [at(100), at(300)];
    const fixedBands = [{ band: 0, firstLane: 0, laneCount: 2 }, { band: 1, firstLane: 2, laneCount: 3 }, { band: 2, firstLane: 5, laneCount: 1 }];
    const l = layoutTimeline({
      index: buildEventIndex(items), shapes: points(2), window, width: 1000, maxLanes: 14, labelWidth: () => 50, bandOf: (e) => (e === 0 ? 0 : 2), fixedBands,
    });
    expect(l.bands).toEqual([
      { band: 0, firstLane: 0, laneCount: 2, empty: false },
      { band: 1, firstLane: 2, laneCount: 3, empty: true },
      { band: 2, firstLane: 5, laneCount: 1, empty: false },
    ]);
    expect(l.laneCount).toBe(6);
    expect(l.marks.map((m) => [m.event, m.band, m.lane])).toEqual([[0, 0, 0], [1, 2, 5]]);
  });

  test("with fixed bands, a band's events beyond its rows are clustered, never put in the next band's rows", () => {
    const items = [at(100), at(100), at(100), at(600)];
    const l = layoutTimeline({
      index: buildEventIndex(items), shapes: points(4), window, width: 1000, maxLanes: 14, labelWidth: () => 50,
      bandOf: (e) => (e < 3 ? 0 : 1), fixedBands: [{ band: 0, firstLane: 0, laneCount: 2 }, { band: 1, firstLane: 2, laneCount: 1 }],
    });
    expect(l.marks.filter((m) => m.band === 0).map((m) => m.lane).sort()).toEqual([0, 1]);
    expect(l.clusters.map((c) => c.count)).toEqual([1]);
    expect(l.marks.find((m) => m.event === 3)).toMatchObject({ band: 1, lane: 2 });
  });

  test('clusters of two bands that meet become one badge, its members in time order', () => {
    // One row each. Band 0: events at 400 and 420, so 420 clusters. Band 1: an event at 405 and a
    // span 415..500, which clusters; its badge is centred right of 420's, yet it starts before it.
    const items = [at(400), at(405), { start: 415, end: 500 }, at(420)];
    const l = layoutTimeline({
      index: buildEventIndex(items), shapes: points(4), window, width: 1000, maxLanes: 2, labelWidth: () => 100,
      bandOf: (e) => (e === 0 || e === 3 ? 0 : 1),
    });
    expect(l.clusters).toHaveLength(1);
    const [c] = l.clusters;
    expect(c.members).toEqual([2, 3]);
    expect(c.first).toBe(2);
    expect(c.right - c.left).toBe(CLUSTER_BADGE_PX);
  });
});

describe('layoutTimeline during one gesture: lanes of the frame before', () => {
  const at = (x: number) => ({ start: x, end: x + 1 });
  const points = (n: number) => Array.from({ length: n }, () => ({ shape: 'point' as const, openStart: false, openEnd: false }));

  test('an event keeps its lane within its band from the frame before, where its label still fits', () => {
    const items = [at(100), at(400), at(700)];
    const input: LayoutInput = { index: buildEventIndex(items), shapes: points(3), window: { start: 0, end: 1000 }, width: 1000, maxLanes: 4, labelWidth: () => 50 };
    expect(layoutTimeline(input).marks.map((m) => m.lane)).toEqual([0, 0, 0]);
    const kept = layoutTimeline({ ...input, previousLanes: new Map([[1, 2], [2, 1]]) });
    expect(kept.marks.map((m) => [m.event, m.lane])).toEqual([[0, 0], [1, 2], [2, 1]]);
    const banded = layoutTimeline({ ...input, bandOf: (e) => (e === 0 ? 0 : 1), previousLanes: new Map([[2, 1]]) });
    expect(banded.marks.map((m) => [m.event, m.band, m.lane])).toEqual([[0, 0, 0], [1, 1, 1], [2, 1, 2]]);
  });

  test('lanesWithinBands reads each mark\'s lane within its band, which previousLanes gives back', () => {
    const items = [at(100), at(100), at(500)];
    const input: LayoutInput = { index: buildEventIndex(items), shapes: points(3), window: { start: 0, end: 1000 }, width: 1000, maxLanes: 4, labelWidth: () => 50, bandOf: (e) => (e < 2 ? 0 : 1) };
    const layout = layoutTimeline(input);
    expect(layout.marks.map((m) => [m.event, m.lane])).toEqual([[0, 0], [1, 1], [2, 2]]);
    expect([...lanesWithinBands(layout)]).toEqual([[0, 0], [1, 1], [2, 0]]);
    expect(layoutTimeline({ ...input, previousLanes: lanesWithinBands(layout) }).marks).toEqual(layout.marks);
  });

  test('a zoom frame that keeps the lanes of the frame before still labels every event in view or clusters it, no two labels overlapping', () => {
    const { index, shapes } = scene(800, 3);
    let previous: Map<number, number> | null = null;
    for (let step = 0; step < 12; step++) {
      const days = 400 / 1.25 ** step;
      const window = { start: T0 + (600 - days / 2) * DAY, end: T0 + (600 + days / 2) * DAY };
      const layout = layoutTimeline({ index, shapes, window, width: 1200, maxLanes: 6, labelWidth: (i) => 60 + (i % 7) * 30, previousLanes: previous });
      const seen = [...layout.marks.map((m) => m.event), ...layout.clusters.flatMap((c) => c.members ?? [])];
      expect([...seen].sort((a, b) => a - b)).toEqual(visibleItems(index, window).map((p) => index.order[p]).sort((a, b) => a - b));
      const byLane = new Map<number, { left: number; right: number }[]>();
      for (const m of layout.marks) byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), m]);
      for (const boxes of byLane.values()) {
        boxes.sort((a, b) => a.left - b.left);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThanOrEqual(boxes[i - 1].right);
      }
      previous = lanesWithinBands(layout);
    }
  });
});

describe('cluster badges say what fits', () => {
  const window = { start: T0, end: T0 + 100 * DAY };
  const point: EventShape = { shape: 'point', openStart: false, openEnd: false };
  const items = Array.from({ length: 3 }, (_, i) => ({ start: T0 + (40 + i) * DAY, end: T0 + (41 + i) * DAY }));
  const input = { index: buildEventIndex(items), shapes: items.map(() => point), window, width: 1000, maxLanes: 1, labelWidth: () => 200 };

  test('a badge whose text with its years does not fit inside its padding shows its count alone', () => {
    const wide = layoutTimeline({ ...input, clusterTextWidth: () => CLUSTER_BADGE_PX - CLUSTER_BADGE_INSET_PX + 1 });
    expect(wide.clusters.map((c) => c.countOnly)).toEqual([true]);
  });

  test('a badge whose text fits keeps its years; without a measure, every badge does', () => {
    const measured: { count: number; start: number; end: number }[] = [];
    const fits = layoutTimeline({ ...input, clusterTextWidth: (c) => (measured.push(c), CLUSTER_BADGE_PX - CLUSTER_BADGE_INSET_PX) });
    expect(fits.clusters.map((c) => c.countOnly)).toEqual([undefined]);
    // One lane: the first label takes it; the two after it are the cluster.
    expect(measured).toMatchObject([{ count: 2, start: items[1].start, end: items[2].end }]);
    expect(layoutTimeline(input).clusters.map((c) => c.countOnly)).toEqual([undefined]);
  });
});
