import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  atRest, bottomY, centre, input, mark, mount, shadow, timeAt, unmountAll, until, viewport, windowMs, zoomAndWait,
} from '../support/harness';
import apolloStory from '../../examples/second-story.json';
import { syntheticStory } from '../../scripts/synthetic-story';

const WEEK = 7 * 86_400_000;
const span = (w: { start: number; end: number }) => w.end - w.start;

afterEach(() => {
  unmountAll();
  window.scrollTo(0, 0);
});

/**
 * These tests are about the zoom mechanics themselves: a zoom by a factor narrows the window by that
 * factor. That holds in real time only on a linear scale; in the default compressed scale the zoom
 * works on the axis, so when the view holds the 1997–2021 gap the real span changes by another factor
 * (compressed zoom is tested in time-axis.browser.test.ts).
 */
const LINEAR = { 'time-scale': 'linear' };

describe('zoom and scroll with real input', () => {
  test('Ctrl + wheel over a point zooms in and keeps that point under the pointer', async () => {
    // Linear: the test asks for a real-time narrowing by a factor (see LINEAR).
    const el = await mount({ attributes: LINEAR });
    const box = viewport(el).getBoundingClientRect();
    const x = box.left + box.width * 0.7;
    const y = box.top + box.height / 2;
    const before = windowMs(el);
    const pointed = timeAt(el, x);
    await input.wheel(x, y, 0, -100, ['ctrl'], 3);
    await until(() => span(windowMs(el)) < span(before) * 0.8, 'the window narrowed');
    await atRest(el);
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
      await atRest(el);
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
    await zoomAndWait(el, '2010', '2015');
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
    await zoomAndWait(el, '2005', '2015');
    const before = windowMs(el);
    // Over the axis, scrolled into the window: the viewport may be taller than the window.
    const y = bottomY(el);
    const box = viewport(el).getBoundingClientRect();
    await input.drag(box.left + 600, y, box.left + 400, y, 8);
    await atRest(el);
    const after = windowMs(el);
    const msPerPx = span(before) / box.width;
    expect((after.start - before.start) / msPerPx).toBeCloseTo(200, -1);
    expect(span(after)).toBeCloseTo(span(before), -3);
  });

  test('a drag that starts on a mark pans and does not open it; a click on it does', async () => {
    const el = await mount();
    await zoomAndWait(el, '2021', '2022');
    const target = [...shadow(el).querySelectorAll<HTMLElement>('[part~="event"]')].find((m) => {
      const box = m.getBoundingClientRect();
      const port = viewport(el).getBoundingClientRect();
      return box.left > port.left + 150 && box.right < port.right - 150;
    })!;
    expect(target, 'a mark away from the edges').toBeTruthy();
    target.scrollIntoView({ block: 'center' });
    const box = target.getBoundingClientRect();
    const before = windowMs(el);
    await input.drag(box.left + box.width / 2, box.top + box.height / 2, box.left + box.width / 2 - 120, box.top + box.height / 2, 6);
    await atRest(el);
    expect(windowMs(el).start, 'the drag panned').toBeGreaterThan(before.start);
    expect(el.selected, 'the click that ends the drag opened nothing').toBeNull();
    await userEvent.click(target);
    await until(() => el.selected === target.dataset.eventId, 'a click opens it');
  });

  test('a double click zooms in', async () => {
    // Linear: the test asks for a real-time narrowing by a factor (see LINEAR).
    const el = await mount({ attributes: LINEAR });
    const before = windowMs(el);
    const box = viewport(el).getBoundingClientRect();
    await userEvent.dblClick(viewport(el), { position: { x: box.width / 2, y: box.height - 10 } });
    await until(() => span(windowMs(el)) < span(before) * 0.75, 'the window narrowed');
  });

  test('Shift + double click zooms out', async () => {
    const el = await mount();
    await zoomAndWait(el, '2010', '2012');
    const before = windowMs(el);
    const box = viewport(el).getBoundingClientRect();
    await userEvent.keyboard('{Shift>}');
    try {
      await userEvent.dblClick(viewport(el), { position: { x: box.width / 2, y: box.height - 10 } });
    } finally {
      await userEvent.keyboard('{/Shift}');
    }
    await until(() => span(windowMs(el)) > span(before) * 1.5, 'the window widened');
  });

  test('zoomTo takes ISO date-times as well as EDTF dates', async () => {
    const el = await mount();
    // Longer than the narrowest view (about a week), so nothing widens it.
    expect(el.zoomTo('2021-08-15T06:00:00Z', '2021-08-29T18:00:00Z')).toBe(true);
    await atRest(el);
    expect(el.view).toEqual({ start: '2021-08-15T06:00:00.000Z', end: '2021-08-29T18:00:00.000Z' });
    // An offset is honoured, and the two forms mix; an unreadable time changes nothing.
    expect(el.zoomTo('2021-08-15T02:00:00-04:00', '2021-08-29')).toBe(true);
    await atRest(el);
    expect(el.view).toEqual({ start: '2021-08-15T06:00:00.000Z', end: '2021-08-30T00:00:00.000Z' });
    expect(el.zoomTo('2021-08-15T99:00', '2021-08-29')).toBe(false);
    expect(el.zoomTo('2021-08-15', 'next week')).toBe(false);
    await atRest(el);
    expect(el.view).toEqual({ start: '2021-08-15T06:00:00.000Z', end: '2021-08-30T00:00:00.000Z' });
  });

  test('a touch pinch zooms in', async () => {
    // Linear: the test asks for a real-time narrowing by a factor (see LINEAR).
    const el = await mount({ attributes: LINEAR });
    const before = windowMs(el);
    const { x, y } = centre(el);
    await input.pinch(x, y, 80, 320);
    await until(() => span(windowMs(el)) < span(before) * 0.6, 'the window narrowed');
  });

  test('the zoom buttons zoom in, out and fit, and are labelled', async () => {
    // Linear: each button press is a factor of two in real time only on a linear scale (see LINEAR).
    const el = await mount({ attributes: LINEAR });
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
      // Linear: one press is exactly half the real span only on a linear scale (see LINEAR).
      const el = await mount({ attributes: LINEAR });
      const full = windowMs(el);
      const seen: number[] = [];
      el.addEventListener('timeline-viewchange', () => seen.push(span(windowMs(el))));
      const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
      zoomIn.click();
      await atRest(el);
      // One jump straight to half the span: no frames in between.
      expect(seen).toEqual([span(full) / 2]);
    } finally {
      await input.emulateMedia({ reducedMotion: null });
    }
  });
});

describe('keyboard', () => {
  test('+ and - zoom, arrows pan, 0 fits all', async () => {
    // Linear: the keys' zoom factors and pan fractions are checked in real time (see LINEAR).
    const el = await mount({ attributes: LINEAR });
    const full = windowMs(el);
    viewport(el).focus();
    await userEvent.keyboard('+');
    await until(() => span(windowMs(el)) < span(full) * 0.51, '+ zoomed in');
    await atRest(el);
    const zoomed = windowMs(el);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => windowMs(el).start > zoomed.start + span(zoomed) * 0.1, 'ArrowRight panned forwards');
    await atRest(el);
    const panned = windowMs(el);
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => windowMs(el).start < panned.start - span(zoomed) * 0.1, 'ArrowLeft panned backwards');
    await userEvent.keyboard('-');
    await until(() => span(windowMs(el)) > span(zoomed) * 1.9, '- zoomed out');
    await userEvent.keyboard('+');
    await userEvent.keyboard('+');
    await atRest(el);
    await userEvent.keyboard('0');
    await until(() => Math.abs(span(windowMs(el)) - span(full)) < 1000 && Math.abs(windowMs(el).start - full.start) < 1000, '0 fit all');
  });

  test('Home and End bring the first and last event into view', async () => {
    const el = await mount();
    await zoomAndWait(el, '2010-01', '2010-03');
    viewport(el).focus();
    // In the default compressed scale, a window inside the 1997–2021 gap is narrow on the axis, so
    // Home and End land on a narrow window too (a week or so of real time): "into view" is checked as
    // the window reaching into the event and the event's own mark drawn inside the viewport.
    const inView = (id: string) => {
      const m = mark(el, id);
      if (!m) return false;
      const box = m.getBoundingClientRect();
      const port = viewport(el).getBoundingClientRect();
      return box.right > port.left && box.left < port.right;
    };
    await userEvent.keyboard('{End}');
    // The last event: 3 July 2025.
    await until(() => windowMs(el).end > Date.UTC(2025, 6, 3) && windowMs(el).start < Date.UTC(2025, 6, 4), 'End showed 3 July 2025');
    await atRest(el);
    expect(inView('russia-recognizes-taliban-government'), 'End drew the last event').toBe(true);
    await userEvent.keyboard('{Home}');
    // The first event: the year 1992.
    await until(() => windowMs(el).start < Date.UTC(1993, 0, 1) && windowMs(el).end > Date.UTC(1992, 0, 1), 'Home showed 1992');
    await atRest(el);
    expect(inView('soviet-backed-government-collapses'), 'Home drew the first event').toBe(true);
  });
});

describe('bounds', () => {
  test('zoom out stops at the whole story plus a margin', async () => {
    const el = await mount();
    const full = windowMs(el);
    // The margin: the story (1992 … July 2025) lies strictly inside the fitted window.
    expect(full.start).toBeLessThan(Date.UTC(1992, 0, 1));
    expect(full.end).toBeGreaterThan(Date.UTC(2025, 6, 4));
    await zoomAndWait(el, '2005', '2010');
    const { x, y } = centre(el);
    // Far more zooming out than it takes to reach the limit, from a point off the centre.
    await input.wheel(x - 300, y, 0, 400, ['ctrl'], 8);
    await until(() => span(windowMs(el)) > span(full) * 0.99, 'zoomed out to the whole story');
    await atRest(el);
    expect(Math.abs(windowMs(el).start - full.start)).toBeLessThan(1000);
    expect(Math.abs(windowMs(el).end - full.end)).toBeLessThan(1000);
  });

  test('zoom in stops at about a week across the width', async () => {
    const el = await mount();
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, -500, ['ctrl'], 30);
    await until(() => span(windowMs(el)) < WEEK * 1.5, 'zoomed in to about a week');
    await atRest(el);
    expect(span(windowMs(el))).toBeGreaterThanOrEqual(WEEK - 1000);
    expect(span(windowMs(el))).toBeLessThan(WEEK * 1.5);
  });

  test('panning stops at the edges of the story plus the margin', async () => {
    const el = await mount();
    const full = windowMs(el);
    // Over the axis, scrolled into the window: the viewport may be taller than the window.
    const y = bottomY(el);
    const box = viewport(el).getBoundingClientRect();
    await zoomAndWait(el, '1993', '1995');
    const zoomed = windowMs(el);
    // Four drags of 800 px: over six years of a two-year window, far past the story's start.
    for (let i = 0; i < 4; i++) await input.drag(box.left + 100, y, box.left + 900, y, 4);
    await atRest(el);
    expect(windowMs(el).start, 'panned back to the start of the story and stopped there').toBeLessThan(zoomed.start);
    expect(Math.abs(windowMs(el).start - full.start)).toBeLessThan(1000);
    expect(span(windowMs(el))).toBeCloseTo(span(zoomed), -4);
    await zoomAndWait(el, '2021', '2023');
    const late = windowMs(el);
    for (let i = 0; i < 4; i++) await input.drag(box.left + 900, y, box.left + 100, y, 4);
    await atRest(el);
    expect(windowMs(el).end, 'panned on to the end of the story and stopped there').toBeGreaterThan(late.end);
    expect(Math.abs(windowMs(el).end - full.end)).toBeLessThan(1000);
  });
});

describe('two timelines on one page are independent', () => {
  test('Ctrl + wheel over one zooms only that one', async () => {
    // Linear: the check reads the zoom as a real-time factor, which only a linear scale keeps.
    const a = await mount({ attributes: LINEAR });
    const b = await mount({ story: structuredClone(apolloStory) });
    const aBefore = windowMs(a);
    const bBefore = windowMs(b);
    const { x, y } = centre(a);
    await input.wheel(x, y, 0, -100, ['ctrl'], 3);
    await until(() => span(windowMs(a)) < span(aBefore) * 0.8, 'a zoomed');
    // The gesture is over once a is at rest: b has had every event it would react to.
    await atRest(a);
    await atRest(b);
    expect(windowMs(b)).toEqual(bBefore);
  });

  test('keys pressed in one zoom and pan only that one; keys on the page move neither', async () => {
    const a = await mount();
    const b = await mount({ story: structuredClone(apolloStory) });
    const aBefore = windowMs(a);
    const bBefore = windowMs(b);
    viewport(b).focus();
    await userEvent.keyboard('+');
    await until(() => span(windowMs(b)) < span(bBefore) * 0.6, 'b zoomed in');
    await atRest(b);
    const zoomed = windowMs(b);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => windowMs(b).start > zoomed.start, 'b panned');
    await atRest(b);
    await atRest(a);
    expect(windowMs(a)).toEqual(aBefore);
    const bNow = windowMs(b);
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.focus();
    // Wait for the page to have seen the last key, so neither timeline can still be about to react.
    const pageKeys: string[] = [];
    const onKey = (e: KeyboardEvent) => pageKeys.push(e.key);
    document.addEventListener('keydown', onKey);
    try {
      await userEvent.keyboard('+-0{ArrowLeft}');
      await until(() => pageKeys.includes('ArrowLeft'), 'the page received the keys');
    } finally {
      document.removeEventListener('keydown', onKey);
    }
    await atRest(a);
    await atRest(b);
    expect(windowMs(a)).toEqual(aBefore);
    expect(windowMs(b)).toEqual(bNow);
  });

  test('the zoom buttons of one do not move the other', async () => {
    // Linear: the check reads the zoom as a real-time factor, which only a linear scale keeps.
    const a = await mount({ attributes: LINEAR });
    const b = await mount();
    const bBefore = windowMs(b);
    const aBefore = windowMs(a);
    await userEvent.click(shadow(a).querySelector<HTMLElement>('button[aria-label="Zoom in"]')!);
    await until(() => span(windowMs(a)) < span(aBefore) * 0.6, 'a zoomed in');
    await atRest(a);
    await atRest(b);
    expect(windowMs(b)).toEqual(bBefore);
  });
});

describe('rows during one gesture', () => {
  // Enough events that a zoom in frees room in the rows above: packed afresh, marks would move up into it.
  const crowded = syntheticStory(300);
  /** Each drawn mark's row (its top, px from the viewport's) by event id, read at every frame until the fingers leave the screen. */
  function recordRows(el: HTMLElement & { shadowRoot: ShadowRoot | null }): { frames: Map<string, number>[]; stop(): void } {
    const frames: Map<string, number>[] = [];
    let running = true;
    const top = () => viewport(el as never).getBoundingClientRect().top;
    const sample = () => {
      if (!running) return;
      frames.push(new Map(marksOf(el).map((m) => [m.dataset.eventId!, Math.round(m.getBoundingClientRect().top - top())])));
      requestAnimationFrame(sample);
    };
    // The frames after touchend belong to the view at rest, which is packed afresh.
    const stop = () => (running = false);
    window.addEventListener('touchend', stop, { capture: true, once: true });
    requestAnimationFrame(sample);
    return { frames, stop };
  }
  const marksOf = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"][data-event-id]')].filter((m) => m.closest('.viewport'));

  test('a pinch zoom keeps every mark in its row from frame to frame while the fingers are down', async () => {
    const el = await mount({ story: crowded, attributes: LINEAR });
    const { x, y } = centre(el);
    const rows = recordRows(el);
    await input.pinch(x, y, 100, 500, 24);
    rows.stop();
    expect(rows.frames.length).toBeGreaterThan(3);
    // Marks are in view all along: the check has rows to watch.
    expect(Math.min(...rows.frames.map((f) => f.size))).toBeGreaterThan(3);
    const moved: string[] = [];
    for (let f = 1; f < rows.frames.length; f++) {
      for (const [id, row] of rows.frames[f]) {
        const before = rows.frames[f - 1].get(id);
        if (before !== undefined && before !== row) moved.push(`${id}: ${before} → ${row} px at frame ${f}`);
      }
    }
    expect(moved).toEqual([]);
  });

  test('once the gesture ends, the view is drawn as a fresh element draws that window', async () => {
    const el = await mount({ story: crowded, attributes: LINEAR });
    const { x, y } = centre(el);
    await input.pinch(x, y, 100, 500, 24);
    await atRest(el);
    const view = el.view!;
    const fresh = await mount({ story: crowded, attributes: LINEAR });
    await zoomAndWait(fresh, view.start, view.end);
    const placed = (t: HTMLElement) => {
      const origin = viewport(t as never).getBoundingClientRect();
      return marksOf(t).map((m) => {
        const box = m.getBoundingClientRect();
        return { id: m.dataset.eventId, left: Math.round(box.left - origin.left), top: Math.round(box.top - origin.top) };
      });
    };
    expect(placed(el)).toEqual(placed(fresh));
    expect(placed(el).length).toBeGreaterThan(3);
  });
});
