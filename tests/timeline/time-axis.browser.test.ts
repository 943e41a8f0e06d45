/**
 * Compressed time (the default `time-scale`): a long stretch without events drawn narrow and
 * labelled with its length, real dates everywhere else, and `timeAt()` / `xOf()` right in both scales.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { atRest, clusters, input, marks, mount, part, parts, shadow, unmountAll, until, viewport, zoomAndWait } from '../support/harness';

afterEach(unmountAll);

const ms = (iso: string) => Date.parse(iso);

describe('compressed time (the default)', () => {
  test('the full view of the article at 1280 px: the 24 empty years drawn narrow, with their length, and every event its own mark', async () => {
    const el = await mount({ width: 1280 });
    expect(el.timeScale).toBe('compressed');
    const gaps = parts(el, 'gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0].textContent).toContain('24 years');
    expect(gaps[0].getAttribute('aria-label')).toMatch(/^24 years without events, 1 November 1997 to 31 July 2021/);
    const width = gaps[0].getBoundingClientRect().width;
    expect(width, 'the empty stretch takes at most a sixth of the width').toBeLessThanOrEqual(1280 / 6);
    expect(width).toBeGreaterThan(30);
    expect(clusters(el), 'no cluster at the full view').toEqual([]);
    expect(marks(el)).toHaveLength(16);
  });

  test('time-scale="linear" draws no gap, as before', async () => {
    const el = await mount({ width: 1280, attributes: { 'time-scale': 'linear' } });
    expect(parts(el, 'gap')).toEqual([]);
    el.timeScale = 'compressed';
    await until(() => parts(el, 'gap').length === 1, 'switching to compressed draws the gap');
    el.timeScale = 'linear';
    await until(() => parts(el, 'gap').length === 0, 'switching back removes it');
  });

  test('zoomTo lands on real dates in both scales, and timeAt / xOf round-trip within a pixel', async () => {
    for (const scale of ['compressed', 'linear']) {
      const el = await mount({ width: 1280, attributes: { 'time-scale': scale } });
      await zoomAndWait(el, '1996', '2022');
      expect(el.view, scale).toEqual({ start: '1996-01-01T00:00:00.000Z', end: '2023-01-01T00:00:00.000Z' });
      const box = viewport(el).getBoundingClientRect();
      for (const fraction of [0.05, 0.3, 0.5, 0.7, 0.95]) {
        const x = box.left + box.width * fraction;
        const at = el.timeAt(x)!;
        expect(at, `${scale} at ${fraction}`).not.toBeNull();
        expect(Math.abs(el.xOf(at)! - x), `${scale}: xOf(timeAt(x)) is x`).toBeLessThanOrEqual(1);
      }
      expect(el.timeAt(box.left - 5)).toBeNull();
      expect(el.xOf('1980')).toBeNull();
      expect(el.xOf('not a date')).toBeNull();
      // The first of 1996 is at the left edge, the end of 2022 at the right.
      expect(Math.abs(el.xOf('1996-01-01T00:00:00Z')! - box.left)).toBeLessThanOrEqual(1);
      unmountAll();
    }
  });

  test('in compressed time the 2021 events sit further right than a linear scale puts them, and the gap is narrower', async () => {
    const compressed = await mount({ width: 1280 });
    const linear = await mount({ width: 1280, attributes: { 'time-scale': 'linear' } });
    const x = (el: HistoryTimeline) => el.xOf('1997-11-01')!;
    const y = (el: HistoryTimeline) => el.xOf('2021-08-01')!;
    expect(y(compressed) - x(compressed)).toBeLessThan((y(linear) - x(linear)) / 5);
  });

  test('Ctrl + wheel over a point across the break keeps the date under the pointer', async () => {
    const el = await mount({ width: 1280 });
    const gap = part(el, 'gap')!.getBoundingClientRect();
    const box = viewport(el).getBoundingClientRect();
    // Just right of the break: August 2021.
    const x = gap.right + 10;
    const y = box.top + box.height / 2;
    const before = ms(el.timeAt(x)!);
    // Real time spans the gap, so the zoom shows as dates spreading apart on screen.
    const stretch = () => el.xOf('2022-06')! - el.xOf('2021-08')!;
    const stretchBefore = stretch();
    await input.wheel(x, y, 0, -200, ['ctrl']);
    await until(() => stretch() > stretchBefore * 1.1, 'the view zoomed in');
    await atRest(el);
    const after = ms(el.timeAt(x)!);
    // Within a pixel's worth of time at the new zoom, where the pointer is (true time there).
    const msPerPx = (ms(el.timeAt(x + 50)!) - ms(el.timeAt(x - 50)!)) / 100;
    expect(Math.abs(after - before)).toBeLessThanOrEqual(msPerPx * 1.5);
  });

  test('zoomed into the gap until it is wide, it shows the years inside it', async () => {
    const el = await mount({ width: 1280 });
    await zoomAndWait(el, '1997-06', '2021-12');
    const gap = part(el, 'gap')!;
    expect(gap.hasAttribute('data-open')).toBe(true);
    const labels = [...shadow(el).querySelectorAll('[part~="axis"] g.tick text')].map((t) => t.textContent);
    expect(labels).toContain('2010');
  });
});
