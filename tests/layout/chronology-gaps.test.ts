import { describe, expect, test } from 'vitest';
import { gapsBeforeEvents } from '../../src/layout/chronology-gaps';
import { compressedAxis } from '../../src/layout/axis-scale';
import { buildEventIndex } from '../../src/layout/event-index';

const year = (y: number) => Date.UTC(y, 0, 1);

describe('gapsBeforeEvents', () => {
  test('a gap goes before the first event that starts at or after its end', () => {
    const gap = { start: year(1998), end: year(2021) };
    expect(gapsBeforeEvents([year(1992), year(1996), year(2021), year(2022)], [gap])).toEqual(new Map([[2, gap]]));
  });

  test('a gap with no listed event before it (the search left them out) is not shown', () => {
    expect(gapsBeforeEvents([year(2021), year(2022)], [{ start: year(1998), end: year(2021) }]).size).toBe(0);
  });

  test('a gap after the last listed event is not shown; nor is anything without gaps', () => {
    expect(gapsBeforeEvents([year(1992), year(1996)], [{ start: year(1998), end: year(2021) }]).size).toBe(0);
    expect(gapsBeforeEvents([year(1992), year(2021)], []).size).toBe(0);
  });

  test('two gaps before two events each go before their own', () => {
    const first = { start: year(1901), end: year(1950) };
    const second = { start: year(1951), end: year(2000) };
    expect([...gapsBeforeEvents([year(1900), year(1950), year(2000)], [first, second])]).toEqual([[1, first], [2, second]]);
  });

  test("the chronology's gaps are the compressed axis's: the same stretch, before the same event", () => {
    const starts = [year(1992), year(1996), year(2021), year(2022), year(2025)];
    const ends = starts.map((s) => s + 86_400_000 * 365);
    const axis = compressedAxis(buildEventIndex(starts.map((start, i) => ({ start, end: ends[i] }))));
    expect(axis.gaps).toHaveLength(1);
    const before = gapsBeforeEvents(starts, axis.gaps);
    expect([...before.keys()]).toEqual([2]);
    expect(before.get(2)!.end).toBe(year(2021));
  });
});
