/**
 * The element's life on a page: created, moved, removed, re-added and given new stories, it keeps
 * working and leaves nothing behind (no listener, observer, frame or timer) once it is gone.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  articleStory, atRest, centre, input, marks, mount, msPerPx, place, settle, tickLabels, unmountAll, until, viewport, windowMs,
} from '../support/harness';
import apolloStory from '../../examples/second-story.json';

/** For tests that read a zoom as a real-time factor: only a linear scale keeps one (the default compressed scale zooms the axis, and the article's 1997–2021 gap changes the real span by another factor). */
const LINEAR = { 'time-scale': 'linear' };

const span = (w: { start: number; end: number }) => w.end - w.start;

const cleanups: (() => void)[] = [];
afterEach(() => {
  unmountAll();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

// ---------------------------------------------------------------------------------------------
// Instrumentation for leaks. Installed before an element is created; a registration counts as
// the element's when its stack passes through the element's code or its dependencies.

interface Registration {
  kind: string;
  stack: string;
}

const OWN_CODE = /\/src\/(timeline|layout|model|i18n|vendor)\/|\/src\/[a-z-]+\.ts|\/deps\/(d3|lit|luxon|chunk)|node_modules\/(d3|lit|@lit|luxon)/;

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

/** A small story of three events, 2001–2003. */
const small = {
  title: 'Small',
  sources: [{ id: 's', title: 'S', paragraphs: [{ id: 'p', text: 'A in 2001. B in 2002. C in 2003.' }] }],
  events: ['2001', '2002', '2003'].map((y, i) => ({
    id: `e${i}`, date: `${y}-05`, title: `E${i}`, citations: [{ source: 's', paragraph: 'p', quote: `in ${y}` }], dateBasis: 'stated',
  })),
};

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

      // Read as the time a pixel covers under the pointer, over 1992–1997 where compressed time is
      // linear (the real span of a view that holds the 1997–2021 gap changes by another factor).
      const { y } = centre(el);
      const area = viewport(el).getBoundingClientRect();
      const x = area.left + area.width / 4;
      const before = msPerPx(el, x);
      await input.wheel(x, y, 0, -100, ['ctrl'], 3);
      await until(() => msPerPx(el, x) < before * 0.9, () => `Ctrl + wheel at (${x}, ${y}) zoomed: ${msPerPx(el, x)} ms a pixel, ${before} before`);
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
      // Off the page until what was under way has wound down, as when a page moves things around.
      await until(() => !probe.leftovers().some((l) => l.includes(' pending')), () => `still pending off the page: ${probe.leftovers().join('; ')}`);
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
    const el = place((t) => (t.src = '/data/russia-recognizes-taliban.story.json'));
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
      const el = place((t) => (t.src = '/data/russia-recognizes-taliban.story.json'));
      const container = el.parentElement!;
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
    const el = place((t) => (t.src = '/data/russia-recognizes-taliban.story.json'));
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
    // The response is held until the test lets it go, once the story set later is drawn; without the
    // abort signal it then really arrives late: the loader itself must ignore it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const response = held.then(() => realFetch(input, { ...init, signal: undefined }));
      late.push(response);
      return response;
    };
    try {
      const el = place((t) => (t.src = '/data/russia-recognizes-taliban.story.json'));
      await el.updateComplete;
      el.story = structuredClone(apolloStory);
      await until(() => marks(el).some((m) => m.dataset.eventId === 'kennedy-moon-goal'), 'drew the Apollo story');
      // The late response has arrived before we look.
      expect(late.length, 'the src was fetched').toBeGreaterThan(0);
      release();
      await Promise.allSettled(late);
      await atRest(el);
      expect(el.events.some((e) => e.id === 'apollo-11-landing'), 'the story set last is still shown').toBe(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  // Found by the fuzz test (see fuzz.browser.test.ts for the seeds).
  test('a new story after fit() fits the new story, keeping nothing of the old window', async () => {
    const el = await mount({ width: 1280 });
    el.fit();
    await atRest(el);
    el.story = small;
    await until(() => el.events.length === 3, 'the new story is shown');
    await atRest(el);
    expect(Date.parse(el.view!.start)).toBeGreaterThan(Date.parse('2000-06-01'));
    expect(Date.parse(el.view!.end)).toBeLessThan(Date.parse('2004-06-01'));
  });
});
