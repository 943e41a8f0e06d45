import { describe, expect, test } from 'vitest';
import { KEPT_ERA_TITLE_PX, MIN_ERA_TITLE_PX, eraSections, layoutEraRow, placeEraTitles, placeEras, stackEras, type EraSpan, type PlacedEra, type RowSpan } from '../../src/layout/eras';
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

describe('placeEraTitles: the era row, where nothing overlaps', () => {
  const era = (i: number, x0: number, x1: number, level = 0): PlacedEra => ({ era: i, level, x0, x1 });
  const clear = (a: RowSpan, b: RowSpan) => a.right <= b.left || b.right <= a.left;

  test('a title that fits is whole, from the start of its band', () => {
    expect(placeEraTitles([era(0, 100, 400)], () => 150, [])).toEqual([{ left: 100, right: 250, cut: false }]);
  });

  test('a title longer than its band is cut at the band\'s end and shown from its start', () => {
    expect(placeEraTitles([era(0, 100, 160)], () => 150, [])).toEqual([{ left: 100, right: 160, cut: true }]);
  });

  test('a band narrower than the least room shows no slice of its title', () => {
    const [box] = placeEraTitles([era(0, 100, 100 + MIN_ERA_TITLE_PX - 1)], () => 150, []);
    expect(box.right - box.left).toBe(0);
  });

  test('a title stops short of the publication label in its band', () => {
    const label = { left: 300, right: 420 };
    const [box] = placeEraTitles([era(0, 200, 500)], () => 250, [label]);
    expect(box).toMatchObject({ left: 200, cut: true });
    expect(clear(box, label)).toBe(true);
  });

  test('a label at the start of a band moves the title after it; no room left, no title', () => {
    const label = { left: 190, right: 260 };
    const [after] = placeEraTitles([era(0, 200, 500)], () => 100, [label]);
    expect(after.left).toBeGreaterThanOrEqual(260);
    expect(after).toMatchObject({ right: after.left + 100, cut: false });
    const [none] = placeEraTitles([era(0, 200, 280)], () => 100, [label]);
    expect(none.right - none.left).toBe(0);
  });

  test('titles of adjacent eras and the label never overlap, whatever their widths', () => {
    const placed = [era(0, 0, 90), era(1, 90, 130), era(2, 130, 700), era(3, 700, 800)];
    const label = { left: 546, right: 686 };
    for (const wanted of [10, 60, 200, 1000]) {
      const boxes = placeEraTitles(placed, () => wanted, [label]);
      boxes.forEach((b, i) => {
        expect(b.left, `${i} in its band`).toBeGreaterThanOrEqual(placed[i].x0);
        expect(b.right, `${i} in its band`).toBeLessThanOrEqual(placed[i].x1);
        if (b.right > b.left) expect(clear(b, label), `${i} clear of the label at ${wanted} px`).toBe(true);
        for (let j = i + 1; j < boxes.length; j++) if (boxes[j].right > boxes[j].left && b.right > b.left) expect(clear(b, boxes[j])).toBe(true);
      });
    }
  });
});

describe('layoutEraRow: the titles and the publication label', () => {
  const era = (i: number, x0: number, x1: number): PlacedEra => ({ era: i, level: 0, x0, x1 });

  test('the label ends just before its rule when the titles keep their room', () => {
    expect(layoutEraRow([era(0, 0, 300)], () => 100, { x: 500, labelWidth: 120 }, 800).label).toEqual({ left: 376, right: 496, after: false });
  });

  test('near the start of the view the label goes after its rule instead of off the edge', () => {
    expect(layoutEraRow([], () => 100, { x: 50, labelWidth: 120 }, 800).label).toEqual({ left: 54, right: 174, after: true });
  });

  test('a label that would leave a title less than its kept room goes to the other side of the rule', () => {
    // The era runs from 120 px before the rule to 20 px after it: before the rule, the label would take the title's room.
    const row = layoutEraRow([era(0, 380, 520)], () => 200, { x: 500, labelWidth: 120 }, 800);
    expect(row.label).toMatchObject({ after: true });
    expect(row.titles[0].right).toBeLessThanOrEqual(row.label!.left);
    expect(row.titles[0].right - row.titles[0].left).toBeGreaterThanOrEqual(KEPT_ERA_TITLE_PX);
  });

  test('with no room on either side (a narrow last era at the rule, the linear full view), the title stays and the label gives way', () => {
    const row = layoutEraRow([era(0, 0, 180), era(1, 1050, 1200)], () => 170, { x: 1185, labelWidth: 113 }, 1200);
    expect(row.label).toBeNull();
    expect(row.titles[1]).toEqual({ left: 1050, right: 1200, cut: true });
  });

  test('no publication date in view: no label, the titles alone', () => {
    expect(layoutEraRow([era(0, 0, 300)], () => 100, null, 800)).toEqual({ titles: [{ left: 0, right: 100, cut: false }], label: null });
  });
});

const Y = (year: number) => Date.UTC(year, 0, 1);
/** The sections as [era or null, the items' positions]. */
const shape = (starts: number[], eras: EraSpan[]) => eraSections(starts, eras).map((s) => [s.era, s.items]);

describe('eraSections: the list and print sections under eras', () => {
  test('no eras: one section of every item, under no era', () => {
    expect(shape([Y(1990), Y(2000)], [])).toEqual([[null, [0, 1]]]);
  });

  test('no items: no sections', () => {
    expect(shape([], [{ start: Y(1990), end: Y(2000) }])).toEqual([]);
  });

  test('items outside every era are runs of their own, before, between and after the eras', () => {
    const eras = [{ start: Y(1996), end: Y(2001) }, { start: Y(2021), end: Y(2026) }];
    expect(shape([Y(1992), Y(1996), Y(2000), Y(2010), Y(2021), Y(2030)], eras)).toEqual([
      [null, [0]],
      [0, [1, 2]],
      [null, [3]],
      [1, [4]],
      [null, [5]],
    ]);
  });

  test("an era's start is inside it and its end is not", () => {
    const eras = [{ start: Y(2000), end: Y(2001) }];
    expect(shape([Y(2000), Y(2001)], eras)).toEqual([[0, [0]], [null, [1]]]);
  });

  test('a nested era takes the items inside it and splits the era around it', () => {
    const eras = [{ start: Y(1990), end: Y(2010) }, { start: Y(1995), end: Y(2000) }];
    expect(shape([Y(1991), Y(1996), Y(1999), Y(2005)], eras)).toEqual([
      [0, [0]],
      [1, [1, 2]],
      [0, [3]],
    ]);
  });

  test('of two eras starting together, the one that ends first is the innermost; of identical ones, the first given', () => {
    const together = [{ start: Y(2000), end: Y(2020) }, { start: Y(2000), end: Y(2005) }];
    expect(shape([Y(2001), Y(2010)], together)).toEqual([[1, [0]], [0, [1]]]);
    const same = [{ start: Y(2000), end: Y(2005) }, { start: Y(2000), end: Y(2005) }];
    expect(shape([Y(2001)], same)).toEqual([[0, [0]]]);
  });

  test('partly overlapping eras: an item in both goes under the later-starting one', () => {
    const eras = [{ start: Y(1990), end: Y(2000) }, { start: Y(1995), end: Y(2005) }];
    expect(shape([Y(1992), Y(1997), Y(2002)], eras)).toEqual([[0, [0]], [1, [1, 2]]]);
  });

  test('open eras (±Infinity) hold every time on their open side', () => {
    const eras = [{ start: -Infinity, end: Y(1000) }, { start: Y(2000), end: Infinity }];
    expect(shape([Date.UTC(-500, 0, 1), Y(1500), Y(3000)], eras)).toEqual([[0, [0]], [null, [1]], [1, [2]]]);
  });

  test('every item is in exactly one section, in the order given', () => {
    const eras = [{ start: Y(1990), end: Y(2010) }, { start: Y(1995), end: Y(2000) }, { start: Y(2008), end: Y(2020) }];
    const starts = Array.from({ length: 40 }, (_, i) => Y(1985 + i));
    const items = eraSections(starts, eras).flatMap((s) => s.items);
    expect(items).toEqual(starts.map((_, i) => i));
  });
});
