import { describe, expect, test } from 'vitest';
import { annotateFeatured, overlaps, placeDeck, type Box } from '../../src/layout/annotation';
import type { PlacedMark, TimelineLayout } from '../../src/layout/marks';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, right: left + width, top, bottom: top + height });
const BOUNDS = box(0, 0, 1000, 400);
const ANCHOR = box(800, 200, 12, 16);

describe('placeDeck', () => {
  test('with nothing in the way, the deck stands nearest the mark, level with it, with a leader from the mark to the deck', () => {
    const placed = placeDeck(ANCHOR, 200, 48, [], BOUNDS)!;
    expect(placed.box).toEqual(box(576, 184, 200, 48));
    expect(placed.leader).toEqual({ x1: 800, y1: 208, x2: 776, y2: 208 });
  });

  test('the deck never covers another label, and keeps clear of it', () => {
    const labels = [box(560, 170, 230, 40), box(700, 220, 100, 40), box(820, 180, 150, 40)];
    const placed = placeDeck(ANCHOR, 200, 48, labels, BOUNDS)!;
    expect(placed).not.toBeNull();
    const clear = { left: placed.box.left - 3, right: placed.box.right + 3, top: placed.box.top - 3, bottom: placed.box.bottom + 3 };
    for (const label of labels) expect(overlaps(clear, label)).toBe(false);
  });

  test('the deck stays inside its bounds: at the end edge it goes before the mark', () => {
    const atEnd = box(980, 200, 12, 16);
    const placed = placeDeck(atEnd, 200, 48, [], BOUNDS)!;
    expect(placed.box.right).toBeLessThanOrEqual(atEnd.left);
    expect(placed.box.left).toBeGreaterThanOrEqual(0);
    const atStart = placeDeck(box(4, 200, 12, 16), 200, 48, [], BOUNDS)!;
    expect(atStart.box.left).toBeGreaterThanOrEqual(16);
    expect(atStart.leader.x1).toBe(16);
    expect(atStart.leader.x2).toBe(atStart.box.left);
  });

  test('the leader meets the deck within its text, however far up or down it stands', () => {
    // A row of labels level with the mark, on both sides of it: the deck moves above or below them.
    const moved = placeDeck(ANCHOR, 200, 48, [box(0, 170, 790, 60), box(822, 170, 178, 60)], BOUNDS)!;
    expect(moved.box.bottom <= 170 || moved.box.top >= 230).toBe(true);
    expect(moved.leader.y1).toBe(208);
    expect(moved.leader.y2).toBeGreaterThan(moved.box.top);
    expect(moved.leader.y2).toBeLessThan(moved.box.bottom);
  });

  test('with no clear spot there is no deck', () => {
    expect(placeDeck(ANCHOR, 200, 48, [box(0, 0, 1000, 400)], BOUNDS)).toBeNull();
    expect(placeDeck(ANCHOR, 2000, 48, [], BOUNDS)).toBeNull();
  });
});

const mark = (event: number, lane: number, left: number, right: number, x0: number, lines: 1 | 2 = 1): PlacedMark => ({ event, lane, left, right, x0, x1: x0 + 12, alignEnd: false, labelWidth: right - left, lines });

describe('annotateFeatured', () => {
  const rowTop = (m: { lane: number }) => 40 + m.lane * 50;
  const layout: TimelineLayout = { marks: [mark(0, 0, 100, 300, 100), mark(1, 1, 500, 700, 500, 2), mark(2, 2, 120, 260, 120)], clusters: [], laneCount: 4 };
  const input = { layout, rowTop, clusterTop: 0, clusterRow: 34, bandHeader: 20, width: 1000 };

  test('the featured mark gets a deck its label scaled, clear of every other label, below the cluster row and above the last row', () => {
    const placed = annotateFeatured({ ...input, featured: 1 })!;
    expect(placed.event).toBe(1);
    expect(placed.lines).toBe(2);
    expect(placed.box.right - placed.box.left).toBe(Math.ceil(200 * 1.15) + 16);
    expect(placed.box.bottom - placed.box.top).toBe(2 * 20 + 8);
    for (const other of [layout.marks[0], layout.marks[2]]) {
      const top = rowTop(other);
      expect(overlaps(placed.box, { left: other.left, right: other.right, top, bottom: top + 15 + other.lines * 17 })).toBe(false);
    }
    expect(placed.box.top).toBeGreaterThanOrEqual(34);
    expect(placed.box.bottom).toBeLessThanOrEqual(rowTop({ lane: 4 }));
  });

  test('no deck when the story features no event, or its mark is not drawn (in a cluster, or out of view)', () => {
    expect(annotateFeatured({ ...input, featured: undefined })).toBeNull();
    expect(annotateFeatured({ ...input, featured: 7 })).toBeNull();
  });

  test('band titles are in the way: the deck stays in its band', () => {
    const banded: TimelineLayout = { ...layout, bands: [{ band: 0, firstLane: 0, laneCount: 2 }, { band: 1, firstLane: 2, laneCount: 2 }] };
    const bandTop = (m: { lane: number; band?: number }) => 40 + ((m.band ?? 0) + 1) * 20 + m.lane * 50;
    const placed = annotateFeatured({ ...input, layout: banded, rowTop: bandTop, featured: 1 })!;
    const secondTitle = { left: 0, right: 1000, top: bandTop({ lane: 2, band: 1 }) - 20, bottom: bandTop({ lane: 2, band: 1 }) };
    expect(overlaps(placed.box, secondTitle)).toBe(false);
  });
});
