import { describe, expect, test } from 'vitest';
import { cardTops, cardWindow, DRAW_ALL, OVERSCAN_PX, windowOfTops } from '../../src/editor/card-window';

const sum = (from: number, to: number, height: (i: number) => number) => Array.from({ length: to - from }, (_, k) => height(from + k)).reduce((a, b) => a + b, 0);

describe('which cards are drawn', () => {
  test(`up to ${DRAW_ALL} cards are all drawn`, () => {
    expect(cardWindow(DRAW_ALL, () => 100, 5000, 5800)).toEqual({ start: 0, end: DRAW_ALL, before: 0, after: 0 });
  });

  test('with more, the cards drawn cover the view and the overscan, and the space left equals the cards not drawn', () => {
    const height = (i: number) => 80 + (i % 7) * 20;
    const count = 10_000;
    const total = sum(0, count, height);
    for (const viewTop of [0, 1234, 500_000, total - 800]) {
      const w = cardWindow(count, height, viewTop, viewTop + 800);
      expect(w.before).toBe(sum(0, w.start, height));
      expect(w.after).toBe(sum(w.end, count, height));
      expect(w.before).toBeLessThanOrEqual(Math.max(0, viewTop - OVERSCAN_PX));
      expect(w.before + sum(w.start, w.end, height)).toBeGreaterThanOrEqual(Math.min(total, viewTop + 800 + OVERSCAN_PX));
      expect(w.end - w.start).toBeLessThan(60);
    }
  });

  test('a view below the end draws the last card; a card that must stay drawn is drawn with those between', () => {
    expect(cardWindow(1000, () => 100, 1e9, 1e9 + 800)).toMatchObject({ start: 999, end: 1000, before: 99_900, after: 0 });
    const w = cardWindow(1000, () => 100, 50_000, 50_800, 480);
    expect(w.start).toBe(480);
    expect(w.before).toBe(48_000);
    expect(w.end).toBeGreaterThan(508);
    // Far away, it is not: the view comes first.
    expect(cardWindow(1000, () => 100, 50_000, 50_800, 5).start).toBe(492);
  });

  test('the tops of the cards add up their heights; the window found over them starts at the first card reaching into the band drawn and ends at the first past it', () => {
    const height = (i: number) => 60 + ((i * 37) % 11) * 15;
    const count = 5_000;
    const tops = cardTops(count, height);
    expect(tops).toHaveLength(count + 1);
    expect(tops[0]).toBe(0);
    expect(tops[count]).toBe(sum(0, count, height));
    for (const viewTop of [0, 777, 123_456, tops[count] - 100]) {
      const [top, bottom] = [viewTop - OVERSCAN_PX, viewTop + 800 + OVERSCAN_PX];
      const w = windowOfTops(tops, viewTop, viewTop + 800);
      expect(w.before).toBe(sum(0, w.start, height));
      expect(w.after).toBe(sum(w.end, count, height));
      // The first card drawn reaches into the band, the one before it does not; the first card not drawn starts past it.
      expect(tops[w.start + 1]).toBeGreaterThan(top);
      if (w.start > 0) expect(tops[w.start]).toBeLessThanOrEqual(top);
      if (w.end < count) expect(tops[w.end]).toBeGreaterThanOrEqual(bottom);
      expect(tops[w.end - 1]).toBeLessThan(bottom);
    }
    // A card to keep near the view is drawn, with those between; the space above is what the cards before it take.
    for (const keep of [860, 990]) {
      const w = windowOfTops(tops, 123_456, 124_256, keep);
      expect(keep).toBeGreaterThanOrEqual(w.start);
      expect(keep).toBeLessThan(w.end);
      expect(w.before).toBe(sum(0, w.start, height));
    }
  });
});
