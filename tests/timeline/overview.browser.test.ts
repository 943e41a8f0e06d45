import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { resetPageScheme, usePageScheme } from '../support/page-scheme';
import { atRest, input, mount, part, parts, shadow, unmountAll, until, windowMs, zoomAndWait } from '../support/harness';

afterEach(unmountAll);

const ms = (iso: string) => Date.parse(iso);
const span = (w: { start: number; end: number }) => w.end - w.start;

function brushWindow(el: HistoryTimeline): SVGRectElement {
  return part<SVGRectElement>(el, 'overview-window')!;
}

/** The strip window's left and right edges, client px. */
function stripEdges(el: HistoryTimeline): { left: number; right: number } {
  const box = brushWindow(el).getBoundingClientRect();
  return { left: box.left, right: box.right };
}

describe('the overview strip', () => {
  test('part "overview-window" is the window itself, the slider, so ::part(overview-window) styles the window only', async () => {
    const style = document.createElement('style');
    style.textContent = 'history-timeline::part(overview-window) { stroke: rgb(200, 0, 0); fill: rgb(0, 0, 200); }';
    document.head.append(style);
    try {
      const el = await mount({ width: 1280 });
      const windows = parts(el, 'overview-window');
      expect(windows).toHaveLength(1);
      expect(windows[0].getAttribute('role')).toBe('slider');
      expect(windows[0].classList.contains('selection')).toBe(true);
      expect(getComputedStyle(windows[0]).stroke).toBe('rgb(200, 0, 0)');
      expect(getComputedStyle(windows[0]).fill).toBe('rgb(0, 0, 200)');
      // The rest of the brush (the strip's click area, the edge handles) keeps its own look.
      const brush = windows[0].parentElement!;
      for (const other of brush.querySelectorAll('.overlay, .handle')) {
        expect(getComputedStyle(other).stroke, other.getAttribute('class')!).not.toBe('rgb(200, 0, 0)');
        expect(getComputedStyle(other).fill, other.getAttribute('class')!).not.toBe('rgb(0, 0, 200)');
      }
      expect(brush.hasAttribute('part')).toBe(false);
    } finally {
      style.remove();
    }
  });

  test('it shows the whole story and a window that follows the main view', async () => {
    const el = await mount({ width: 1280 });
    const strip = part(el, 'overview')!.getBoundingClientRect();
    const full = stripEdges(el);
    expect(full.right - full.left).toBeGreaterThan(strip.width * 0.9);
    expect(part(el, 'density')!.querySelectorAll('rect').length).toBeGreaterThan(5);
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
