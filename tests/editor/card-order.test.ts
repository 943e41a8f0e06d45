import { describe, expect, test } from 'vitest';
import { timeOrder } from '../../src/editor/card-order';
import type { Candidate } from '../../src/editor/document';
import { parseEdtf } from '../../src/model/edtf';

const c = (id: string, date: string, title = id): Candidate => ({ id, date, title, status: 'pending', summary: '', dateBasis: 'stated', dateNote: '', citations: [], phrases: [] });

describe('cards in time order', () => {
  test('by start, then end; undated and invalid dates last; ties in drafted order', () => {
    const list = [c('a', '2021-08-15'), c('b', ''), c('c', '1994'), c('d', '2021-08'), c('e', '1994-02-30'), c('f', '1994')];
    expect(timeOrder(list).order.map((i) => list[i].id)).toEqual(['c', 'f', 'd', 'a', 'b', 'e']);
  });

  test('plain dates are ordered exactly as the parsed calendar values', () => {
    const dates = ['2021', '2021-01', '2021-01-01', '2020-12-31', '2021-02-28', '2024-02-29', '1900-03', '2021-12', '2021-12-31', '2021~', '0999', '2021-02-29', '2021-13'];
    const list = dates.map((d, i) => c(`e${i}`, d));
    const byParsing = [...list.keys()].sort((a, b) => {
      const [x, y] = [parseEdtf(list[a].date), parseEdtf(list[b].date)];
      const [xs, xe, ys, ye] = [x.ok ? x.value.startMs : Infinity, x.ok ? x.value.endMs : Infinity, y.ok ? y.value.startMs : Infinity, y.ok ? y.value.endMs : Infinity];
      return xs - ys || xe - ye || a - b;
    });
    expect(timeOrder(list).order).toEqual(byParsing);
  });

  test('the order is kept while no id or date changes (a title typed), and made again when one does', () => {
    const list = [c('a', '2021'), c('b', '2020')];
    const first = timeOrder(list);
    expect(timeOrder([{ ...list[0], title: 'New title' }, list[1]], first)).toBe(first);
    const moved = timeOrder([{ ...list[0], date: '2019' }, list[1]], first);
    expect(moved.order).toEqual([0, 1]);
  });
});
