import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../scripts/synthetic-story';
import { buildEventIndex, visibleItems } from '../../src/layout/event-index';
import { layoutTimeline, type EventShape } from '../../src/layout/marks';
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
    expect(layout.marks.find((m) => m.event === 10)!.lane).toBe(0);
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(7);
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
