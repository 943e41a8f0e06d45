import { describe, expect, test } from 'vitest';
import { placeEras, stackEras } from '../../src/layout/eras';
import { compressedAxis } from '../../src/layout/axis-scale';
import { buildEventIndex } from '../../src/layout/event-index';

describe('stackEras', () => {
  test('eras that do not overlap share the first level', () => {
    expect(stackEras([{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 30, end: 40 }])).toEqual({ level: [0, 0, 0], levels: 1 });
  });

  test('overlapping eras never share a level, and no more levels than the deepest overlap', () => {
    const eras = [{ start: 0, end: 100 }, { start: 10, end: 20 }, { start: 15, end: 30 }, { start: 50, end: 60 }];
    const { level, levels } = stackEras(eras);
    expect(levels).toBe(3);
    for (let i = 0; i < eras.length; i++) {
      for (let j = i + 1; j < eras.length; j++) {
        const overlap = eras[i].start < eras[j].end && eras[j].start < eras[i].end;
        if (overlap) expect(level[i], `${i} and ${j}`).not.toBe(level[j]);
      }
    }
    expect(level[3]).toBe(1);
  });

  test('200 eras: levels stay disjoint, results in input order', () => {
    const eras = Array.from({ length: 200 }, (_, i) => ({ start: (i * 37) % 1000, end: ((i * 37) % 1000) + 20 + (i % 50) }));
    const { level } = stackEras(eras);
    expect(level).toHaveLength(200);
    for (let i = 0; i < eras.length; i++) {
      for (let j = i + 1; j < eras.length; j++) {
        if (eras[i].start < eras[j].end && eras[j].start < eras[i].end) expect(level[i]).not.toBe(level[j]);
      }
    }
  });

  test('levels are given greedily by start, not in the order the eras come', () => {
    expect(stackEras([{ start: 20, end: 30 }, { start: 0, end: 25 }]).level).toEqual([1, 0]);
  });

  test('of eras starting together, the longer takes the lower level; equal ones stack in the order given', () => {
    expect(stackEras([{ start: 0, end: 50 }, { start: 0, end: 10 }]).level).toEqual([0, 1]);
    expect(stackEras([{ start: 0, end: 10 }, { start: 0, end: 50 }]).level).toEqual([1, 0]);
    expect(stackEras([{ start: 0, end: 10 }, { start: 0, end: 10 }, { start: 0, end: 10 }]).level).toEqual([0, 1, 2]);
  });

  test('no eras, no levels', () => {
    expect(stackEras([])).toEqual({ level: [], levels: 0 });
  });
});

describe('placeEras', () => {
  const eras = [{ start: 0, end: 100 }, { start: 150, end: 300 }, { start: 500, end: 600 }];

  test('only eras in view, clipped to it, their title at the left edge while they run on past it', () => {
    const placed = placeEras(eras, stackEras(eras), { start: 50, end: 250 }, 400);
    expect(placed.map((p) => p.era)).toEqual([0, 1]);
    expect(placed[0]).toMatchObject({ x0: 0, x1: 100 });
    expect(placed[1]).toMatchObject({ x0: 200, x1: 400 });
  });

  test('an open-ended era runs to the edges of the view', () => {
    const open = [{ start: 100, end: Infinity }, { start: -Infinity, end: 50 }];
    const placed = placeEras(open, stackEras(open), { start: 0, end: 200 }, 400);
    expect(placed.map((p) => [p.x0, p.x1])).toEqual([[200, 400], [0, 100]]);
  });

  test('an era that ends at the view\'s left edge or starts at its right edge is not in view', () => {
    const edges = [{ start: 0, end: 50 }, { start: 250, end: 400 }, { start: 49, end: 251 }];
    expect(placeEras(edges, stackEras(edges), { start: 50, end: 250 }, 400).map((p) => p.era)).toEqual([2]);
  });

  test('on a compressed axis, an open-ended era still runs to the edges of the view', () => {
    // Times after 1970, as a story's are: positive on both sides of the gap.
    const t = Date.UTC(2000, 0, 1);
    const axis = compressedAxis(buildEventIndex([{ start: t, end: t + 10 }, { start: t + 20, end: t + 30 }, { start: t + 10_000, end: t + 10_010 }]));
    const open = [{ start: -Infinity, end: t + 20 }, { start: t + 10_000, end: Infinity }];
    const w = { start: axis.toAxis(t), end: axis.toAxis(t + 10_010) };
    const placed = placeEras(open, stackEras(open), w, 1000, axis);
    expect(placed.map((p) => p.era)).toEqual([0, 1]);
    expect(placed[0].x0).toBe(0);
    expect(placed[1].x1).toBe(1000);
  });

  test('on a compressed axis, eras sit where the compressed events do', () => {
    const index = buildEventIndex([{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 10_000, end: 10_010 }]);
    const axis = compressedAxis(index);
    const placed = placeEras([{ start: 10_000, end: 10_010 }], { level: [0] }, { start: axis.toAxis(0), end: axis.toAxis(10_010) }, 1000, axis);
    expect(placed[0].x1).toBeCloseTo(1000, 5);
    expect(placed[0].x0).toBeGreaterThan(500);
  });
});
