/**
 * "Our users put the timeline on their own pages: it must drop in with one script tag, look at
 * home, and never break the page around it." Host-page CSS, lifecycle and leaks, bad input,
 * text-from-data-is-text, throw-proofing, and two timelines on one page.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import {
  articleStory, atRest, centre, detail, input, labelOf, mark, marks, mount, msPerPx, settle, shapeOf, shadow, tickLabels, unmountAll, until, viewport,
  windowMs, zoomAndWait,
} from '../support/harness';

/** For tests that read a zoom as a real-time factor: only a linear scale keeps one (the default compressed scale zooms the axis, and the article's 1997–2021 gap changes the real span by another factor). */
const LINEAR = { 'time-scale': 'linear' };

/** The element's own svgs: the axis and the overview strip. */
const isOwnSvg = (svg: Element) => svg.matches('[part~="axis"], [part~="overview"]') || svg.closest('[part~="overview"]') !== null;

import hostileStory from '../fixtures/hostile-story.json';
import apolloStory from '../../examples/second-story.json';

const span = (w: { start: number; end: number }) => w.end - w.start;

// ---------------------------------------------------------------------------------------------
// Uncaught errors: anything thrown out of the element's own code reaches window 'error' or
// 'unhandledrejection' (Lit runs updates in microtasks).

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => {
  uncaught.push(`unhandledrejection: ${(e.reason as Error)?.message ?? String(e.reason)}`);
  // Recorded here and asserted by the test; keep Vitest from failing the whole file for it.
  e.preventDefault();
};

const styles: HTMLStyleElement[] = [];
function hostCss(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  styles.push(style);
}

beforeEach(() => {
  uncaught.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  delete (window as { __pwned?: unknown }).__pwned;
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  unmountAll();
  for (const style of styles.splice(0)) style.remove();
  document.documentElement.lang = 'en';
});

/** A bare element in its own container, not waiting for anything. */
function place(setup: (el: HistoryTimeline) => void, width = 1000): { el: HistoryTimeline; container: HTMLDivElement } {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const el = document.createElement('history-timeline');
  setup(el);
  container.append(el);
  document.body.append(container);
  cleanups.push(() => container.remove());
  return { el, container };
}
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Network latency for a stubbed fetch (the test waits on states, never on this). */
const latency = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function errorsFrom(el: HTMLElement): CustomEvent<{ problems: { path: string; message: string; eventId?: string }[] }>[] {
  const seen: CustomEvent[] = [];
  el.addEventListener('timeline-error', (e) => seen.push(e as CustomEvent));
  return seen as never;
}

function alertOf(el: HistoryTimeline): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[role="alert"]');
}

/** The message the element shows instead of a timeline: an alert or a problems notice. */
function messageOf(el: HistoryTimeline): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[role="alert"], [part~="notice"], [part~="error"], p[role="status"]');
}

function isShown(node: Element): boolean {
  const box = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return box.width > 0 && box.height > 0 && style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0;
}

// ---------------------------------------------------------------------------------------------

/** Events, buttons and axis are drawn, visible, at sane sizes; the zoom buttons still zoom. */
async function expectDrawnSanely(el: HistoryTimeline, context: string): Promise<void> {
  const host = el.getBoundingClientRect();
  expect(host.width, `${context}: host width`).toBeGreaterThan(600);
  const vp = viewport(el).getBoundingClientRect();
  expect(vp.width, `${context}: viewport width`).toBeGreaterThan(600);
  expect(vp.height, `${context}: viewport height`).toBeGreaterThanOrEqual(300);
  // The height follows the story's rows: page CSS must not make it taller than on a page without it.
  // (The documented maximum, 10 rows, is checked in timeline-layout.test.ts.)
  expect(vp.height, `${context}: viewport height`).toBeLessThanOrEqual(cleanViewportHeight + 1);

  const shown = marks(el).filter((m) => {
    const box = m.getBoundingClientRect();
    return box.right > vp.left && box.left < vp.right;
  });
  expect(shown.length, `${context}: events drawn`).toBeGreaterThan(0);
  for (const mark of shown) {
    const label = labelOf(mark);
    const box = label.getBoundingClientRect();
    expect(isShown(label), `${context}: label of ${mark.dataset.eventId} is visible`).toBe(true);
    expect(box.height, `${context}: label height of ${mark.dataset.eventId}`).toBeGreaterThan(10);
    // Labels wrap to at most two lines.
    expect(box.height, `${context}: label height of ${mark.dataset.eventId}`).toBeLessThan(40);
    const style = getComputedStyle(label);
    expect(parseFloat(style.fontSize), `${context}: label font size`).toBeGreaterThanOrEqual(11);
    expect(parseFloat(style.fontSize), `${context}: label font size`).toBeLessThanOrEqual(18);
    expect(style.color, `${context}: label colour`).not.toBe('rgba(0, 0, 0, 0)');
    expect(box.top >= vp.top - 1 && box.bottom <= vp.bottom + 1, `${context}: label inside the viewport`).toBe(true);
    expect(isShown(shapeOf(mark)), `${context}: mark shape visible`).toBe(true);
  }

  for (const name of ['Zoom in', 'Zoom out', 'Fit all events']) {
    const button = shadow(el).querySelector<HTMLElement>(`button[aria-label="${name}"]`)!;
    expect(button, `${context}: ${name} button`).toBeTruthy();
    expect(isShown(button), `${context}: ${name} button visible`).toBe(true);
    const box = button.getBoundingClientRect();
    expect(box.height, `${context}: ${name} height`).toBeGreaterThanOrEqual(24);
    expect(box.height, `${context}: ${name} height`).toBeLessThanOrEqual(48);
    expect(box.width, `${context}: ${name} width`).toBeGreaterThanOrEqual(24);
    expect(box.width, `${context}: ${name} width`).toBeLessThanOrEqual(120);
  }

  const axis = shadow(el).querySelector<SVGSVGElement>('[part~="axis"]')!;
  expect(getComputedStyle(axis).display, `${context}: axis display`).not.toBe('none');
  const axisBox = axis.getBoundingClientRect();
  expect(axisBox.height, `${context}: axis height`).toBeGreaterThan(20);
  expect(axisBox.height, `${context}: axis height`).toBeLessThan(60);
  expect(Math.abs(axisBox.width - vp.width), `${context}: axis spans the viewport`).toBeLessThan(4);
  const ticks = tickLabels(el);
  expect(ticks.length, `${context}: tick labels`).toBeGreaterThan(1);
  for (const text of shadow(el).querySelectorAll<SVGTextElement>('[part~="axis"] g.tick text')) {
    expect(text.textContent, `${context}: tick label text`).toBeTruthy();
    expect(getComputedStyle(text).visibility, `${context}: tick label visibility`).toBe('visible');
    const box = text.getBoundingClientRect();
    expect(box.height, `${context}: tick label height`).toBeGreaterThan(6);
    expect(box.height, `${context}: tick label height`).toBeLessThan(24);
  }

  // Zoom in doubles the axis scale: in the default compressed scale the real span of the full view
  // shrinks by less than half (the narrow gap grows), so the check reads the scale at a quarter of the
  // width, inside 1992–1997, where time is linear: the time one pixel covers there halves.
  const x = vp.left + vp.width / 4;
  const before = msPerPx(el, x);
  await userEvent.click(shadow(el).querySelector<HTMLElement>('button[aria-label="Zoom in"]')!);
  await until(() => msPerPx(el, x) < before * 0.6, `${context}: the Zoom in button zoomed`);
}

/** The viewport's height for the article at 1000 px on a page without hostile CSS (set in beforeAll). */
let cleanViewportHeight = Number.NaN;

describe('the host page’s CSS cannot break the element', () => {
  beforeAll(async () => {
    const el = await mount();
    cleanViewportHeight = viewport(el).getBoundingClientRect().height;
    unmountAll();
  });

  test('* { all: revert; font-size: 40px }', async () => {
    hostCss('* { all: revert; font-size: 40px; }');
    const el = await mount();
    await expectDrawnSanely(el, 'all: revert');
  });

  test('svg { display: none }, button { display: none }, div { position: fixed }', async () => {
    hostCss('svg { display: none !important; } button { display: none !important; } div { position: fixed !important; top: 0; left: 0; }');
    const el = await mount();
    await expectDrawnSanely(el, 'display none / fixed');
  });

  test('inherited text properties on every element: line-height, spacing, case, direction, colour, white-space', async () => {
    hostCss(`* {
      font: italic 900 40px/0 serif; letter-spacing: 1em; word-spacing: 3em; text-transform: uppercase;
      text-indent: 200px; white-space: pre; direction: rtl; color: transparent; text-align: right;
      cursor: none; text-shadow: 0 0 8px red;
    }`);
    const el = await mount();
    await expectDrawnSanely(el, 'inherited properties');
  });

  test('blanket box rules: margin, padding, borders, box-sizing, max-width on everything', async () => {
    hostCss('* { margin: 30px !important; padding: 30px !important; border: 8px solid red !important; box-sizing: content-box !important; max-height: none; }');
    const el = await mount();
    await expectDrawnSanely(el, 'box rules');
  });

  test('element-type and attribute selectors a page might use: [part], [role], text, line, p, ul', async () => {
    hostCss('[part], [role], [tabindex], text, line, p, ul, li, details, summary, span { display: none !important; visibility: hidden !important; }');
    const el = await mount();
    await expectDrawnSanely(el, 'attribute selectors');
  });
});

// ---------------------------------------------------------------------------------------------
// Instrumentation for leaks. Installed before an element is created; a registration counts as
// the element's when its stack passes through the element's code or its dependencies.

interface Registration {
  kind: string;
  stack: string;
}

const OWN_CODE = /\/src\/(components|layout|model)\/|\/deps\/(d3|lit|luxon|chunk)|node_modules\/(d3|lit|@lit|luxon)/;

function ours(stack: string): boolean {
  return OWN_CODE.test(stack);
}

function instrument() {
  const restore: (() => void)[] = [];
  const listeners = new Map<string, Registration>();
  const keyListeners: string[] = [];
  const ids = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (f: unknown) => {
    if (typeof f !== 'function' && (typeof f !== 'object' || f === null)) return 0;
    if (!ids.has(f)) ids.set(f, nextId++);
    return ids.get(f)!;
  };
  const capture = (options: unknown) => (typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture));

  for (const [name, target] of [['window', window], ['document', document]] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const stack = new Error().stack ?? '';
      if (/^key/.test(type)) keyListeners.push(`${name}.${type}`);
      if (ours(stack)) listeners.set(`${name}|${type}|${capture(options)}|${idOf(listener)}`, { kind: `${name} ${type} listener`, stack });
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      listeners.delete(`${name}|${type}|${capture(options)}|${idOf(listener)}`);
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof remove;
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }

  const observers: { observing: number; disconnected: boolean; stack: string }[] = [];
  const OriginalObserver = window.ResizeObserver;
  class CountingObserver extends OriginalObserver {
    private readonly record = { observing: 0, disconnected: false, stack: new Error().stack ?? '' };
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      observers.push(this.record);
    }
    override observe(target: Element, options?: ResizeObserverOptions) {
      this.record.observing++;
      super.observe(target, options);
    }
    override unobserve(target: Element) {
      this.record.observing = Math.max(0, this.record.observing - 1);
      super.unobserve(target);
    }
    override disconnect() {
      this.record.observing = 0;
      this.record.disconnected = true;
      super.disconnect();
    }
  }
  window.ResizeObserver = CountingObserver;
  restore.push(() => {
    window.ResizeObserver = OriginalObserver;
  });

  const frames = new Map<number, Registration>();
  let framesRequested = 0;
  const raf = window.requestAnimationFrame;
  const caf = window.cancelAnimationFrame;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const stack = new Error().stack ?? '';
    const id: number = raf.call(window, (t) => {
      frames.delete(id);
      callback(t);
    });
    if (ours(stack)) {
      framesRequested++;
      frames.set(id, { kind: 'animation frame', stack });
    }
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    caf.call(window, id);
  };
  restore.push(() => {
    window.requestAnimationFrame = raf;
    window.cancelAnimationFrame = caf;
  });

  const timers = new Map<number, Registration>();
  let timersSet = 0;
  type Timer = (handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => number;
  const realSetTimeout = window.setTimeout;
  const realSetInterval = window.setInterval;
  const st = realSetTimeout.bind(window) as unknown as Timer;
  const ct = window.clearTimeout;
  const si = realSetInterval.bind(window) as unknown as Timer;
  const ci = window.clearInterval;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const stack = new Error().stack ?? '';
    const id: number = st((...a: unknown[]) => {
      timers.delete(id);
      if (typeof handler === 'function') handler(...a);
    }, delay, ...args);
    if (ours(stack)) {
      timersSet++;
      timers.set(id, { kind: `timeout (${delay} ms)`, stack });
    }
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    ct.call(window, id);
  }) as typeof clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const stack = new Error().stack ?? '';
    const id: number = si(handler as (...args: unknown[]) => void, delay, ...args);
    if (ours(stack)) timers.set(id, { kind: `interval (${delay} ms)`, stack });
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    ci.call(window, id);
  }) as typeof clearInterval;
  restore.push(() => {
    window.setTimeout = realSetTimeout;
    window.clearTimeout = ct;
    window.setInterval = realSetInterval;
    window.clearInterval = ci;
  });

  return {
    keyListeners,
    observers,
    /** Waits with the original timer, so waiting registers nothing. */
    sleep: (ms: number) => new Promise<void>((resolve) => st(() => resolve(), ms)),
    counts: () => ({ framesRequested, timersSet }),
    /** Everything of the element's still registered, one line each. */
    leftovers(): string[] {
      const where = (r: Registration) => r.stack.split('\n').slice(2, 6).map((l) => l.trim()).join(' < ');
      return [
        ...[...listeners.values()].map((r) => `${r.kind}, added at ${where(r)}`),
        ...observers.filter((o) => o.observing > 0 || !o.disconnected).map((o) => `ResizeObserver not disconnected (observing ${o.observing}), created at ${where({ kind: '', stack: o.stack })}`),
        ...[...frames.values()].map((r) => `${r.kind} pending, requested at ${where(r)}`),
        ...[...timers.values()].map((r) => `${r.kind} pending, set at ${where(r)}`),
      ];
    },
    restore: () => restore.reverse().forEach((f) => f()),
  };
}

describe('lifecycle: created, moved, removed, re-added, re-fed', () => {
  test('after real zoom, drag, keyboard and a running animation, removal leaves no listener, observer, frame or timer behind', async () => {
    const probe = instrument();
    try {
      const container = document.createElement('div');
      container.style.width = '1000px';
      document.body.append(container);
      cleanups.push(() => container.remove());
      const el = document.createElement('history-timeline');
      el.id = 'leaky';
      el.setAttribute('sync-url', '');
      el.story = structuredClone(articleStory);
      container.append(el);
      await until(() => el.view !== null && marks(el).length > 0, 'drew its events');
      await settle(el);

      const { x, y } = centre(el);
      const full = windowMs(el);
      await input.wheel(x, y, 0, -100, ['ctrl'], 3);
      await until(() => span(windowMs(el)) < span(full) * 0.9, 'Ctrl + wheel zoomed');
      const box = viewport(el).getBoundingClientRect();
      await input.drag(box.left + 600, box.bottom - 20, box.left + 400, box.bottom - 20, 6);
      viewport(el).focus();
      await userEvent.keyboard('-');
      await atRest(el);
      expect(probe.observers.length, 'the element observes its size').toBeGreaterThan(0);
      // The probe sees the element's own frames (so an empty list below means something).
      expect(probe.counts().framesRequested, 'animation frames attributed to the element').toBeGreaterThan(0);

      // Removed, added back, removed again: the second connection must clean up too.
      container.remove();
      // Off the page for a few frames, as when a page moves things around.
      await probe.sleep(50);
      document.body.append(container);
      await atRest(el);
      viewport(el).focus();
      await userEvent.keyboard('-');
      // Remove in the middle of an animation, right after a wheel gesture.
      await input.wheel(x, y, 0, -100, ['ctrl'], 1);
      await userEvent.keyboard('+');
      container.remove();

      // Whatever was under way winds down: no frame or timer of the element stays pending.
      await until(() => !probe.leftovers().some((l) => l.includes(' pending')), () => `still pending: ${probe.leftovers().join('; ')}`);
      const quiet = probe.counts();
      // An absence needs a stretch of time to be seen: nothing new is scheduled in it.
      await probe.sleep(300);
      expect(probe.counts(), 'nothing is scheduled once the element is gone').toEqual(quiet);
      expect(probe.leftovers()).toEqual([]);
    } finally {
      probe.restore();
    }
  });

  test('the element adds no key listeners to document or window', async () => {
    const probe = instrument();
    try {
      const a = await mount();
      const b = await mount({ story: structuredClone(apolloStory) });
      viewport(a).focus();
      await userEvent.keyboard('+');
      viewport(b).focus();
      await userEvent.keyboard('-');
      await atRest(a);
      expect(probe.keyListeners).toEqual([]);
    } finally {
      probe.restore();
    }
  });

  test('removed and added back, it still zooms with Ctrl + wheel and redraws', async () => {
    // Linear: the check reads the zoom as a real-time factor, which only a linear scale keeps.
    const el = await mount({ attributes: LINEAR });
    const container = el.parentElement!;
    el.remove();
    await settle(el);
    container.append(el);
    await atRest(el);
    const full = windowMs(el);
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, -100, ['ctrl'], 3);
    await until(() => span(windowMs(el)) < span(full) * 0.8, 'Ctrl + wheel zoomed after re-adding');
  });

  test('moved to a narrower container, it redraws at the new width and still zooms with Ctrl + wheel', async () => {
    // Linear: the check reads the zoom as a real-time factor, which only a linear scale keeps.
    const el = await mount({ attributes: LINEAR });
    const other = document.createElement('div');
    other.style.width = '600px';
    document.body.prepend(other);
    cleanups.push(() => other.remove());
    other.append(el);
    await atRest(el);
    await until(() => Math.abs(viewport(el).clientWidth - 600) < 2, 'viewport is 600px wide');
    // The axis and the marks are laid out for the new width, not the old one.
    const vp = viewport(el).getBoundingClientRect();
    await until(() => tickLabels(el).every((t) => t.x < vp.right), 'every tick lies inside the 600px viewport');
    const full = windowMs(el);
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, -100, ['ctrl'], 3);
    await until(() => span(windowMs(el)) < span(full) * 0.8, 'Ctrl + wheel zoomed after the move');
  });

  test('created with createElement and given a src, then a new src, draws the new story and fits it', async () => {
    const { el } = place((t) => (t.src = '/data/russia-recognizes-taliban.story.json'));
    await until(() => marks(el).length > 0 && el.view !== null, 'drew the article');
    el.src = '/examples/second-story.json';
    await until(() => el.events.some((e) => e.id === 'apollo-11-landing'), 'loaded the Apollo story');
    await until(() => marks(el).some((m) => m.dataset.eventId === 'kennedy-moon-goal'), 'draws the Apollo events');
    expect(marks(el).some((m) => m.dataset.eventId === 'soviet-backed-government-collapses')).toBe(false);
    const w = windowMs(el);
    expect(w.start).toBeGreaterThan(Date.UTC(1959, 0, 1));
    expect(w.end).toBeLessThan(Date.UTC(1977, 0, 1));
    await settle(el);
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, -100, ['ctrl'], 3);
    await until(() => span(windowMs(el)) < span(w) * 0.8, 'Ctrl + wheel zoomed the new story');
  });

  test('given a new story object, draws it and zoom still works', async () => {
    const el = await mount();
    el.story = structuredClone(apolloStory);
    await until(() => marks(el).some((m) => m.dataset.eventId === 'kennedy-moon-goal'), 'draws the Apollo events');
    await settle(el);
    const w = windowMs(el);
    expect(w.end).toBeLessThan(Date.UTC(1977, 0, 1));
    viewport(el).focus();
    await userEvent.keyboard('+');
    await until(() => span(windowMs(el)) < span(w) * 0.6, '+ zoomed the new story');
  });

  test('removed while its src is loading and added back, it loads and draws the story', async () => {
    const realFetch = window.fetch;
    const responses: Promise<unknown>[] = [];
    window.fetch = (resource: RequestInfo | URL, init?: RequestInit) => {
      const response = realFetch(resource, init);
      responses.push(response);
      return response;
    };
    try {
      const { el, container } = place((t) => (t.src = '/data/russia-recognizes-taliban.story.json'));
      await el.updateComplete; // the fetch has started
      expect(responses.length, 'the src is being fetched').toBe(1);
      el.remove();
      // The response (or the abort of the request) arrives while the element is off the page.
      await Promise.allSettled(responses);
      container.append(el);
      await until(() => marks(el).length > 0, 'drew the story after being added back');
    } finally {
      window.fetch = realFetch;
    }
  });

  test('moved to another container while its src is loading, it loads and draws the story', async () => {
    const { el } = place((t) => (t.src = '/data/russia-recognizes-taliban.story.json'));
    await el.updateComplete;
    const other = document.createElement('div');
    other.style.width = '900px';
    document.body.append(other);
    cleanups.push(() => other.remove());
    other.append(el); // a synchronous move: disconnected, then connected again
    await until(() => marks(el).length > 0, 'drew the story after the move');
  });

  test('a story set while a src is still loading is not overwritten by the late response', async () => {
    const realFetch = window.fetch;
    const late: Promise<unknown>[] = [];
    // Without the abort signal the response really arrives late: the loader itself must ignore it.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const response = latency(300).then(() => realFetch(input, { ...init, signal: undefined }));
      late.push(response);
      return response;
    };
    try {
      const { el } = place((t) => (t.src = '/data/russia-recognizes-taliban.story.json'));
      await el.updateComplete;
      el.story = structuredClone(apolloStory);
      await until(() => marks(el).some((m) => m.dataset.eventId === 'kennedy-moon-goal'), 'drew the Apollo story');
      // The late response has arrived before we look.
      expect(late.length, 'the src was fetched').toBeGreaterThan(0);
      await Promise.allSettled(late);
      await atRest(el);
      expect(el.events.some((e) => e.id === 'apollo-11-landing'), 'the story set last is still shown').toBe(true);
    } finally {
      window.fetch = realFetch;
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('bad src: an alert names what failed and where, with a Retry that retries', () => {
  async function expectAlert(src: string, what: RegExp) {
    const { el } = place((t) => (t.src = src));
    const reports = errorsFrom(el);
    await until(() => alertOf(el) !== null, `an alert for ${src}`);
    const alert = alertOf(el)!;
    expect(isShown(alert), 'the alert is visible').toBe(true);
    expect(alert.textContent).toContain(src);
    expect(alert.textContent).toMatch(what);
    const retry = [...alert.querySelectorAll('button')].find((b) => /retry/i.test(b.textContent ?? ''));
    expect(retry, 'a Retry button').toBeTruthy();
    expect(isShown(retry!)).toBe(true);
    await until(() => reports.length > 0, 'timeline-error fired');
    expect(reports[0].bubbles && reports[0].composed, 'timeline-error bubbles and is composed').toBe(true);
    expect(reports[0].detail.problems.length).toBeGreaterThan(0);
    expect(reports[0].detail.problems.map((p) => p.message).join(' ')).toContain(src);
    expect(uncaught).toEqual([]);
    return el;
  }

  test('a 404', async () => {
    // The test server answers unknown paths with its index.html (an SPA fallback), so the 404
    // comes from a stubbed fetch here; tests/e2e/examples.test.ts gets a real one from its server.
    const realFetch = window.fetch;
    window.fetch = async (resource, init) =>
      String(resource).endsWith('/data/nope.json') ? new Response('Not found', { status: 404, statusText: 'Not Found' }) : realFetch(resource, init);
    try {
      await expectAlert('/data/nope.json', /404/);
    } finally {
      window.fetch = realFetch;
    }
  });

  test('a missing file on the test server (answered with its HTML fallback)', async () => {
    await expectAlert('/data/nope.json', /not valid JSON|404/);
  });

  test('a network error', async () => {
    // fetch rejects with a TypeError when the network fails; no port is assumed to be closed.
    const realFetch = window.fetch;
    window.fetch = async (resource, init) =>
      String(resource).endsWith('/offline/nothing.json') ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(resource, init);
    try {
      await expectAlert('/offline/nothing.json', /could not load/i);
    } finally {
      window.fetch = realFetch;
    }
  });

  test('a document that is not JSON', async () => {
    await expectAlert('/README.md', /not valid JSON/i);
  });

  test('JSON that is not a story (an array)', async () => {
    await expectAlert('data:application/json,[1,2,3]', /not a (JSON object|story)/i);
  });

  test('JSON that is not a story (an object with none of the fields)', async () => {
    await expectAlert('/package.json', /(no title|not a story)/i);
  });

  test('Retry fetches again, and shows the story once the URL works', async () => {
    // A URL that fails until it is "fixed", served by a stubbed fetch: no file is written anywhere.
    const src = '/later/story.json';
    let works = false;
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = async (resource, init) => {
      if (!String(resource).endsWith(src)) return realFetch(resource, init);
      asked.push(String(resource));
      return works
        ? new Response(JSON.stringify(apolloStory), { status: 200, headers: { 'content-type': 'application/json' } })
        : new Response('Not found', { status: 404, statusText: 'Not Found' });
    };
    try {
      const el = await expectAlert(src, /404/);
      expect(asked).toHaveLength(1);
      works = true;
      const retry = [...alertOf(el)!.querySelectorAll('button')].find((b) => /retry/i.test(b.textContent ?? ''))!;
      await userEvent.click(retry);
      await until(() => marks(el).length > 0, 'drew the story after Retry');
      expect(asked).toHaveLength(2);
      expect(alertOf(el)).toBeNull();
      expect(el.events.map((e) => e.id)).toContain('apollo-11-landing');
    } finally {
      window.fetch = realFetch;
    }
  });
});

// ---------------------------------------------------------------------------------------------

const VALID_HOSTILE_IDS = ['img-payload', 'script-payload', 'svg-payload', 'plain-event', 'evil-source-event'];

async function mountHostile(): Promise<{ el: HistoryTimeline; reports: CustomEvent<{ problems: { path: string; message: string }[] }>[] }> {
  let reports: ReturnType<typeof errorsFrom> = [];
  // show-title: the toolbar shows the story's (hostile) title only when asked to.
  const el = await mount({ story: structuredClone(hostileStory), attributes: { 'show-title': '' }, before: (t) => (reports = errorsFrom(t)) });
  el.zoomTo('2020-02', '2021-12');
  await until(() => VALID_HOSTILE_IDS.every((id) => marks(el).some((m) => m.dataset.eventId === id)), 'every valid hostile event drawn');
  await settle(el);
  return { el, reports };
}

describe('a story with some invalid events', () => {
  test('shows every valid event and a notice that expands to every problem; timeline-error carries the same list', async () => {
    const { el, reports } = await mountHostile();
    expect(el.events.map((e) => e.id).sort()).toEqual([...VALID_HOSTILE_IDS].sort());
    const notice = shadow(el).querySelector<HTMLDetailsElement>('[part~="notice"]')!;
    expect(notice, 'a notice').toBeTruthy();
    expect(isShown(notice)).toBe(true);
    const summary = notice.querySelector('summary')!;
    expect(summary.textContent).toMatch(/4 events could not be shown/);
    await userEvent.click(summary);
    await until(() => notice.open, 'the notice opened');
    const items = [...notice.querySelectorAll('li')];
    expect(reports.length).toBe(1);
    const problems = reports[0].detail.problems;
    expect(problems.map((p) => p.path)).toEqual([
      'sources[1].url', 'events[5].id', 'events[6].date', 'events[7].citations[0].quote', 'events[8].citations',
    ]);
    expect(items.length).toBe(problems.length);
    problems.forEach((p, i) => {
      expect(items[i].textContent).toContain(p.path);
      expect(items[i].textContent).toContain(p.message);
      expect(isShown(items[i])).toBe(true);
    });
  });
});

describe('text from data is text', () => {
  test('titles and problem messages with markup are shown literally and run nothing', async () => {
    const { el } = await mountHostile();
    const notice = shadow(el).querySelector<HTMLDetailsElement>('[part~="notice"]')!;
    await userEvent.click(notice.querySelector('summary')!);
    await until(() => notice.open, 'the notice opened');
    await atRest(el);
    expect((window as { __pwned?: unknown }).__pwned, 'no payload ran').toBeUndefined();
    const root = shadow(el);
    expect(root.querySelectorAll('img, script, iframe, object, embed').length).toBe(0);
    expect([...root.querySelectorAll('svg')].every(isOwnSvg), 'the only svgs are the axis and the overview strip').toBe(true);
    const withHandlers = [...root.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name)));
    expect(withHandlers.map((n) => n.outerHTML.slice(0, 80))).toEqual([]);
    for (const event of hostileStory.events.filter((e) => VALID_HOSTILE_IDS.includes(e.id))) {
      const label = labelOf(marks(el).find((m) => m.dataset.eventId === event.id)!);
      expect(label.textContent).toBe(event.title);
      expect(isShown(label)).toBe(true);
    }
    expect(root.querySelector('[part~="toolbar"] p')!.textContent).toBe(hostileStory.title);
    const noticeText = root.querySelector('[part~="notice"]')!.textContent!;
    expect(noticeText).toContain('<img src=x onerror=');
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) expect(['http:', 'https:']).toContain(new URL(a.href).protocol);
  });

  test('a javascript: source url is reported as a problem and never becomes an href', async () => {
    const { el, reports } = await mountHostile();
    const problem = reports[0].detail.problems.find((p) => p.path === 'sources[1].url');
    expect(problem?.message).toMatch(/not an http or https address/);
    expect(el.shadowRoot!.innerHTML).not.toMatch(/href="javascript:/i);
  });
});

// ---------------------------------------------------------------------------------------------

function deeplyNested(depth: number): unknown {
  let value: unknown = { title: 'deep' };
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { events: value, sources: [value] };
  return value;
}

const hostileProxy = new Proxy({}, {
  get() {
    throw new Error('trap');
  },
  has() {
    throw new Error('trap');
  },
  ownKeys() {
    throw new Error('trap');
  },
  getOwnPropertyDescriptor() {
    throw new Error('trap');
  },
  getPrototypeOf() {
    throw new Error('trap');
  },
});

const circular: Record<string, unknown> = { title: 'circular' };
circular.sources = [circular];
circular.events = [circular, { id: 'x', date: '2020', title: circular, citations: [circular], dateBasis: 'stated' }];

const JUNK: [string, unknown][] = [
  ['null', null],
  ['0', 0],
  ['NaN', Number.NaN],
  ['a string', 'a story'],
  ['true', true],
  ['an array', [1, 2, 3]],
  ['an empty object', {}],
  ['an object without prototype', Object.create(null)],
  ['wrong field types', { title: 5, sources: 'no', events: { length: 3 } }],
  ['events of junk', { title: 'junk', sources: [null, 1, 'x'], events: [null, 1, 'x', [], {}, { id: {} }] }],
  ['deeply nested junk', deeplyNested(5000)],
  ['a circular structure', circular],
  ['a story whose getters throw', { title: 'getters', sources: [], get events() { throw new Error('getter'); } }],
  ['a function', () => 1],
  ['a symbol', Symbol('story')],
  ['a bigint', BigInt(7)],
];

describe('nothing the element is given makes it throw or leaves it blank', () => {
  test.each(JUNK)('story = %s: no uncaught error, and a message is shown', async (_name, junk) => {
    const { el } = place((t) => (t.story = junk));
    await atRest(el);
    expect(uncaught).toEqual([]);
    const message = messageOf(el);
    expect(message, 'a message').toBeTruthy();
    expect(isShown(message!), 'the message is visible').toBe(true);
    expect(message!.textContent!.trim().length).toBeGreaterThan(5);
  });

  // Found while adapting these tests: `instanceof` on such a Proxy ran its trap in ingest() and threw.
  test('story = a Proxy whose every trap throws: no uncaught error, and a message is shown', async () => {
    const { el } = place((t) => (t.story = hostileProxy));
    await atRest(el);
    expect(uncaught).toEqual([]);
    const message = messageOf(el);
    expect(message, 'a message').toBeTruthy();
    expect(isShown(message!), 'the message is visible').toBe(true);
    expect(message!.textContent!.trim().length).toBeGreaterThan(5);
  });

  test('a valid story with no events says there is nothing to show', async () => {
    const { el } = place((t) => (t.story = { title: 'Empty', sources: [], events: [] }));
    await atRest(el);
    expect(uncaught).toEqual([]);
    const message = messageOf(el);
    expect(message, 'a message such as "This story has no events"').toBeTruthy();
    expect(isShown(message!)).toBe(true);
  });

  test('a story whose every event is invalid shows the notice, not an empty timeline', async () => {
    const story = structuredClone(articleStory) as { events: { date: string }[] };
    for (const e of story.events) e.date = 'not a date';
    const { el } = place((t) => (t.story = story));
    await atRest(el);
    expect(uncaught).toEqual([]);
    expect(shadow(el).querySelector('[part~="notice"] summary')?.textContent).toMatch(new RegExp(`${story.events.length} events could not be shown`));
  });

  test('huge strings: a 1 MB title and summary are drawn clipped, not across the page', { timeout: 120_000 }, async () => {
    const huge = 'W'.repeat(1_000_000);
    const story = structuredClone(apolloStory) as typeof apolloStory;
    story.title = huge;
    story.events[0].title = huge;
    (story.events[0] as { summary?: string }).summary = huge;
    const el = await mount({ story, timeoutMs: 60_000 });
    expect(uncaught).toEqual([]);
    const vp = viewport(el).getBoundingClientRect();
    // Brought into view and opened, the event with the huge title has its own mark, clipped to the view.
    expect(el.select(story.events[0].id)).toBe(true);
    await until(() => mark(el, story.events[0].id) !== null, 'the event with the huge title is drawn on its own');
    await atRest(el);
    expect(labelOf(mark(el, story.events[0].id)!).getBoundingClientRect().width).toBeLessThanOrEqual(vp.width);
    expect(detail(el)!.getBoundingClientRect().width).toBeLessThanOrEqual(1001);
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(1001);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth + 1);
  });

  test('the widest possible dates, -9999 to 9999, are drawn with an axis', async () => {
    const story = structuredClone(apolloStory) as typeof apolloStory;
    story.events[0].date = '-9999-01-01';
    story.events[1].date = '9999-12-31';
    (story.events[1] as { dateBasis: string }).dateBasis = 'stated';
    const el = await mount({ story });
    expect(uncaught).toEqual([]);
    expect(tickLabels(el).length).toBeGreaterThan(1);
    await zoomAndWait(el, '-9999', '-9990');
    expect(tickLabels(el).length).toBeGreaterThan(1);
    expect(uncaught).toEqual([]);
  });

  test('zoomTo, fit and select with garbage return false or do nothing, and never throw', async () => {
    const el = await mount();
    const before = windowMs(el);
    const garbage: unknown[][] = [
      ['garbage', ''], ['', ''], [null, null], [undefined, undefined], [{}, []], [5, 6], ['2020', '2010'],
      ['2020-13', '2021'], ['2023-02-30', '2024'], ['x'.repeat(100_000), '2020'], [Symbol('a'), '2020'],
      ['NaN', 'Infinity'], ['../..', '2020'],
    ];
    for (const args of garbage) {
      let result: unknown;
      expect(() => (result = (el.zoomTo as (...a: unknown[]) => boolean)(...args)), `zoomTo(${String(args[0]).slice(0, 20)}, …)`).not.toThrow();
      expect(result, `zoomTo(${String(args[0]).slice(0, 20)}, ${String(args[1]).slice(0, 20)})`).toBe(false);
    }
    for (const id of ['no-such-event', '', 5, {}, '"]', '<img src=x>']) {
      let result: unknown;
      expect(() => (result = el.select(id as string))).not.toThrow();
      expect(result, `select(${String(id)})`).toBe(false);
    }
    expect(el.selected).toBeNull();
    expect(() => el.fit()).not.toThrow();
    await atRest(el);
    expect(uncaught).toEqual([]);
    const after = windowMs(el);
    expect(Math.abs(span(after) - span(before))).toBeLessThan(86_400_000);
  });

  test('calling the API before any story is loaded does not throw', async () => {
    const { el } = place(() => undefined);
    await el.updateComplete;
    expect(() => el.zoomTo('2020', '2021')).not.toThrow();
    expect(() => el.fit()).not.toThrow();
    expect(el.view).toBeNull();
    expect(el.events).toEqual([]);
    await atRest(el);
    expect(uncaught).toEqual([]);
  });

  test.each([
    ['a lang attribute that is not a locale', 'lang', 'not a locale!'],
    ['an underscore locale (en_US) on the element', 'lang', 'en_US'],
  ])('%s: draws its events in a fallback locale without throwing', async (_name, attribute, value) => {
    const { el } = place((t) => {
      t.setAttribute(attribute, value);
      t.story = structuredClone(articleStory);
    });
    await until(() => marks(el).length > 0 || uncaught.length > 0, 'drew or threw');
    await atRest(el);
    expect(uncaught).toEqual([]);
    expect(tickLabels(el).length).toBeGreaterThan(1);
  });

  test('a host page whose <html lang> is "en_US" does not break the element', async () => {
    document.documentElement.lang = 'en_US';
    const { el } = place((t) => (t.story = structuredClone(articleStory)));
    await until(() => marks(el).length > 0 || uncaught.length > 0, 'drew or threw');
    await atRest(el);
    expect(uncaught).toEqual([]);
    expect(tickLabels(el).length).toBeGreaterThan(1);
  });

  test('src of a javascript: or empty URL shows an alert or nothing, and never runs it', async () => {
    const { el } = place((t) => (t.src = "javascript:window.__pwned='src'"));
    await until(() => alertOf(el) !== null, 'an alert');
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(uncaught).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

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
