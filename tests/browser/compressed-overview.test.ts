import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { resetPageScheme, usePageScheme } from '../support/page-scheme';
import { atRest, clusters, input, marks, mount, part, parts, shadow, unmountAll, until, viewport, windowMs, zoomAndWait } from '../support/harness';

afterEach(unmountAll);

const ms = (iso: string) => Date.parse(iso);
const span = (w: { start: number; end: number }) => w.end - w.start;

function brushWindow(el: HistoryTimeline): SVGRectElement {
  return part(el, 'overview-window')!.querySelector<SVGRectElement>('.selection')!;
}

/** The strip window's left and right edges, client px. */
function stripEdges(el: HistoryTimeline): { left: number; right: number } {
  const box = brushWindow(el).getBoundingClientRect();
  return { left: box.left, right: box.right };
}

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

describe('the overview strip', () => {
  test('it shows the whole story and a window that follows the main view', async () => {
    const el = await mount({ width: 1280 });
    const strip = part(el, 'overview')!.getBoundingClientRect();
    const full = stripEdges(el);
    expect(full.right - full.left).toBeGreaterThan(strip.width * 0.9);
    expect(part(el, 'overview')!.querySelectorAll('.density rect').length).toBeGreaterThan(5);
    await zoomAndWait(el, '2021-08', '2021-09');
    await until(() => stripEdges(el).right - stripEdges(el).left < strip.width * 0.2, 'the window narrowed with the view');
    expect(brushWindow(el).getAttribute('aria-valuetext')).toBe('August 2021 – September 2021');
  });

  test('the slider says where the view is even when the move is too small to shift its window', async () => {
    const el = await mount({ width: 1280 });
    await zoomAndWait(el, '2021-08-02', '2021-09-02');
    const before = brushWindow(el).getAttribute('aria-valuetext');
    // Three days out of 33 years is a fraction of a pixel of the strip.
    await zoomAndWait(el, '2021-07-30', '2021-08-30');
    expect(before).toBe('August 2021 – September 2021');
    expect(brushWindow(el).getAttribute('aria-valuetext')).toBe('July 2021 – August 2021');
  });

  test('dragging the window pans the main view back to 1994', async () => {
    const el = await mount({ width: 1280 });
    await zoomAndWait(el, '2021-08', '2021-09');
    // The timeline is taller than the test page's 800 px: bring the strip into view to drag it.
    part(el, 'overview')!.scrollIntoView({ block: 'center' });
    const edges = stripEdges(el);
    const strip = part(el, 'overview')!.getBoundingClientRect();
    const y = strip.top + strip.height / 2;
    const from = (edges.left + edges.right) / 2;
    // The strip shows the whole story: a tenth of the way along is the early 1990s.
    await input.drag(from, y, strip.left + strip.width * 0.1, y, 12);
    await atRest(el);
    const view = windowMs(el);
    expect(view.start).toBeLessThan(ms('1997-01-01'));
    expect(span(view)).toBeLessThan(ms('2021-10-01') - ms('2021-07-01'));
  });

  test('clicking the strip outside the window moves it there', async () => {
    const el = await mount({ width: 1280 });
    await zoomAndWait(el, '2024-01', '2024-06');
    part(el, 'overview')!.scrollIntoView({ block: 'center' });
    const strip = part(el, 'overview')!.getBoundingClientRect();
    await userEvent.click(part(el, 'overview')!, { position: { x: strip.width * 0.1, y: strip.height / 2 } });
    await until(() => windowMs(el).end < ms('2000-01-01'), 'the view moved to the 1990s');
  });

  test('by keyboard: arrows move the window, Shift + arrows resize it, Home and End go to the ends', async () => {
    const el = await mount({ width: 1280 });
    await zoomAndWait(el, '2021-08', '2021-09');
    const slider = brushWindow(el);
    expect(slider.getAttribute('role')).toBe('slider');
    expect(slider.getAttribute('aria-label')).toBeTruthy();
    slider.focus();
    expect(shadow(el).activeElement).toBe(slider);
    const before = windowMs(el);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => windowMs(el).start > before.start, 'ArrowRight moved the window later');
    expect(span(windowMs(el))).toBeCloseTo(span(before), -3);
    const moved = windowMs(el);
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await until(() => span(windowMs(el)) > span(moved) * 1.1, 'Shift+ArrowRight widened the window');
    await userEvent.keyboard('{Home}');
    await until(() => windowMs(el).start < ms('1992-01-01'), 'Home went to the start of the story');
    await userEvent.keyboard('{End}');
    await until(() => windowMs(el).end > ms('2025-07-01'), 'End went to the end of the story');
  });

  test('hide-overview hides it; axe finds nothing with the window focused, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await usePageScheme(colorScheme);
      const el = await mount({ width: 1280 });
      brushWindow(el).focus();
      const results = await axe.run(el, { rules: { region: { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), colorScheme).toEqual([]);
      el.hideOverview = true;
      await until(() => part(el, 'overview')!.hidden === true, 'hide-overview hid the strip');
      unmountAll();
    }
    await resetPageScheme();
  });
});
