import { describe, expect, test } from 'vitest';
import { timeOrder } from '../../src/editor/card-order';
import type { Candidate } from '../../src/editor/document';

const c = (id: string, date: string, title = id): Candidate => ({ id, date, title, status: 'pending', summary: '', dateBasis: 'stated', dateNote: '', citations: [], phrases: [] });

describe('cards in time order', () => {
  test('by start, then end; undated and invalid dates last; ties in drafted order', () => {
    const list = [c('a', '2021-08-15'), c('b', ''), c('c', '1994'), c('d', '2021-08'), c('e', '1994-02-30'), c('f', '1994')];
    expect(timeOrder(list).order.map((i) => list[i].id)).toEqual(['c', 'f', 'd', 'a', 'b', 'e']);
  });

  test('the order is kept while no id or date changes (a title typed), and made again when one does', () => {
    const list = [c('a', '2021'), c('b', '2020')];
    const first = timeOrder(list);
    expect(timeOrder([{ ...list[0], title: 'New title' }, list[1]], first)).toBe(first);
    const moved = timeOrder([{ ...list[0], date: '2019' }, list[1]], first);
    expect(moved.order).toEqual([0, 1]);
  });
});
