import { describe, expect, test } from 'vitest';
import { cardWindow, DRAW_ALL, OVERSCAN_PX } from '../../src/editor/card-window';

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
});
