import { describe, expect, test } from 'vitest';
import type { PlacedEra } from '../../src/layout/eras';
import { KEPT_ERA_TITLE_PX, MIN_ERA_TITLE_PX, layoutEraRow, placeEraTitles, type RowSpan } from '../../src/layout/era-row';

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
