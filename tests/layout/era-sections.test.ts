import { describe, expect, test } from 'vitest';
import { eraSections } from '../../src/layout/era-sections';
import type { EraSpan } from '../../src/layout/eras';

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
