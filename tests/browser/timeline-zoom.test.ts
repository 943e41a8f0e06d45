import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  centre, input, mount, settle, timeAt, unmountAll, until, viewport, windowMs,
} from './harness';

const WEEK = 7 * 86_400_000;
const span = (w: { start: number; end: number }) => w.end - w.start;

afterEach(unmountAll);

describe('zoom and scroll with real input', () => {
  test('Ctrl + wheel over a point zooms in and keeps that point under the pointer', async () => {
    const el = await mount();
    const box = viewport(el).getBoundingClientRect();
    const x = box.left + box.width * 0.7;
    const y = box.top + box.height / 2;
    const before = windowMs(el);
    const pointed = timeAt(el, x);
    await input.wheel(x, y, 0, -100, ['ctrl'], 3);
    await until(() => span(windowMs(el)) < span(before) * 0.8, 'the window narrowed');
    await settle(el);
    const after = windowMs(el);
    expect(span(after)).toBeLessThan(span(before));
    // The time under the pointer stays within a pixel's worth of time.
    expect(Math.abs(timeAt(el, x) - pointed)).toBeLessThan(span(after) / box.width * 1.5);
  });

  test('a plain vertical wheel scrolls the page and does not zoom', async () => {
    const el = await mount();
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    try {
      const before = windowMs(el);
      const { x, y } = centre(el);
      const scrolled = window.scrollY;
      await input.wheel(x, y, 0, 200);
      await until(() => window.scrollY !== scrolled, 'the page scrolled');
      await settle(el);
      expect(windowMs(el)).toEqual(before);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  test('with wheel-zoom, a plain vertical wheel zooms', async () => {
    const el = await mount({ attributes: { 'wheel-zoom': '' } });
    const before = windowMs(el);
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, -200);
    await until(() => span(windowMs(el)) < span(before), 'the window narrowed');
  });

  test('Shift + wheel and a horizontal wheel pan without zooming', async () => {
    const el = await mount();
    el.zoomTo('2010', '2015');
    await until(() => windowMs(el).start > Date.UTC(2009, 0, 1), 'zoomed to 2010-2015');
    await settle(el, 20);
    const before = windowMs(el);
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, 120, ['shift']);
    await until(() => windowMs(el).start > before.start, 'Shift + wheel panned forwards');
    expect(span(windowMs(el))).toBeCloseTo(span(before), -3);
    const mid = windowMs(el);
    await input.wheel(x, y, -150, 0);
    await until(() => windowMs(el).start < mid.start, 'a horizontal wheel panned backwards');
    expect(span(windowMs(el))).toBeCloseTo(span(before), -3);
  });

  test('dragging pans by the distance dragged', async () => {
    const el = await mount();
    el.zoomTo('2005', '2015');
    await settle(el, 25);
    const before = windowMs(el);
    const box = viewport(el).getBoundingClientRect();
    const y = box.top + box.height - 20;
    await input.drag(box.left + 600, y, box.left + 400, y, 8);
    await settle(el);
    const after = windowMs(el);
    const msPerPx = span(before) / box.width;
    expect((after.start - before.start) / msPerPx).toBeCloseTo(200, -1);
    expect(span(after)).toBeCloseTo(span(before), -3);
  });

  test('a double click zooms in', async () => {
    const el = await mount();
    const before = windowMs(el);
    const box = viewport(el).getBoundingClientRect();
    await userEvent.dblClick(viewport(el), { position: { x: box.width / 2, y: box.height - 10 } });
    await until(() => span(windowMs(el)) < span(before) * 0.75, 'the window narrowed');
  });

  test('a touch pinch zooms in', async () => {
    const el = await mount();
    const before = windowMs(el);
    const { x, y } = centre(el);
    await input.pinch(x, y, 80, 320);
    await until(() => span(windowMs(el)) < span(before) * 0.6, 'the window narrowed');
  });

  test('the zoom buttons zoom in, out and fit, and are labelled', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const zoomIn = root.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
    const zoomOut = root.querySelector<HTMLButtonElement>('button[aria-label="Zoom out"]')!;
    const fit = root.querySelector<HTMLButtonElement>('button[aria-label="Fit all events"]')!;
    const full = windowMs(el);
    await userEvent.click(zoomIn);
    await until(() => Math.abs(span(windowMs(el)) - span(full) / 2) < span(full) * 0.01, 'zoomed in twofold');
    await userEvent.click(zoomIn);
    await until(() => Math.abs(span(windowMs(el)) - span(full) / 4) < span(full) * 0.01, 'zoomed in fourfold');
    await userEvent.click(zoomOut);
    await until(() => Math.abs(span(windowMs(el)) - span(full) / 2) < span(full) * 0.01, 'zoomed back out');
    await userEvent.click(fit);
    await until(() => Math.abs(span(windowMs(el)) - span(full)) < span(full) * 0.001, 'fit all');
  });
});

describe('reduced motion', () => {
  test('with prefers-reduced-motion, buttons and keys move the view at once, without animating', async () => {
    await input.emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mount();
      const full = windowMs(el);
      const seen: number[] = [];
      el.addEventListener('timeline-viewchange', () => seen.push(span(windowMs(el))));
      const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
      zoomIn.click();
      await settle(el, 4);
      // One jump straight to half the span: no frames in between.
      expect(seen).toEqual([span(full) / 2]);
    } finally {
      await input.emulateMedia({ reducedMotion: null });
    }
  });
});

describe('keyboard', () => {
  test('+ and - zoom, arrows pan, 0 fits all', async () => {
    const el = await mount();
    const full = windowMs(el);
    viewport(el).focus();
    await userEvent.keyboard('+');
    await until(() => span(windowMs(el)) < span(full) * 0.51, '+ zoomed in');
    await settle(el, 25);
    const zoomed = windowMs(el);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => windowMs(el).start > zoomed.start + span(zoomed) * 0.1, 'ArrowRight panned forwards');
    await settle(el, 25);
    const panned = windowMs(el);
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => windowMs(el).start < panned.start - span(zoomed) * 0.1, 'ArrowLeft panned backwards');
    await userEvent.keyboard('-');
    await until(() => span(windowMs(el)) > span(zoomed) * 1.9, '- zoomed out');
    await userEvent.keyboard('+');
    await userEvent.keyboard('+');
    await settle(el, 25);
    await userEvent.keyboard('0');
    await until(() => Math.abs(span(windowMs(el)) - span(full)) < 1000 && Math.abs(windowMs(el).start - full.start) < 1000, '0 fit all');
  });

  test('Home and End bring the first and last event into view', async () => {
    const el = await mount();
    el.zoomTo('2010-01', '2010-03');
    await settle(el, 25);
    viewport(el).focus();
    await userEvent.keyboard('{End}');
    await until(() => windowMs(el).end > Date.UTC(2025, 6, 3), 'End showed July 2025');
    await settle(el, 25);
    await userEvent.keyboard('{Home}');
    await until(() => windowMs(el).start < Date.UTC(1992, 0, 1), 'Home showed 1992');
  });
});

describe('bounds', () => {
  test('zoom out stops at the whole story plus a margin', async () => {
    const el = await mount();
    const full = windowMs(el);
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, 400, ['ctrl'], 5);
    await settle(el, 5);
    expect(span(windowMs(el))).toBeLessThanOrEqual(span(full) + 1000);
    expect(windowMs(el).start).toBeGreaterThanOrEqual(full.start - 1000);
    // The margin: the story (1992 … July 2025) lies strictly inside.
    expect(full.start).toBeLessThan(Date.UTC(1992, 0, 1));
    expect(full.end).toBeGreaterThan(Date.UTC(2025, 6, 4));
  });

  test('zoom in stops at about a week across the width', async () => {
    const el = await mount();
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, -500, ['ctrl'], 30);
    await settle(el, 5);
    expect(span(windowMs(el))).toBeGreaterThanOrEqual(WEEK - 1000);
    expect(span(windowMs(el))).toBeLessThan(WEEK * 1.5);
  });

  test('panning stops at the edges of the story plus the margin', async () => {
    const el = await mount();
    const full = windowMs(el);
    el.zoomTo('1993', '1995');
    await settle(el, 25);
    const box = viewport(el).getBoundingClientRect();
    const y = box.top + box.height - 20;
    for (let i = 0; i < 4; i++) await input.drag(box.left + 100, y, box.left + 900, y, 4);
    await settle(el);
    expect(windowMs(el).start).toBeGreaterThanOrEqual(full.start - 1000);
    el.zoomTo('2023', '2025');
    await settle(el, 25);
    for (let i = 0; i < 4; i++) await input.drag(box.left + 900, y, box.left + 100, y, 4);
    await settle(el);
    expect(windowMs(el).end).toBeLessThanOrEqual(full.end + 1000);
  });
});
