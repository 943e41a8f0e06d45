/**
 * Nothing a page gives the element makes it throw or leaves it blank: junk for a story, huge
 * strings, the widest dates, garbage for zoomTo, fit and select, calls before any story, a bad
 * locale, a javascript: src. It shows a message instead, or draws what it can.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import {
  alertOf, articleStory, atRest, detail, isShown, labelOf, mark, marks, mount, place, shadow, tickLabels, unmountAll, until, viewport, windowMs, zoomAndWait,
} from '../support/harness';
import { watchUncaught } from '../support/uncaught';
import apolloStory from '../../examples/second-story.json';

const uncaught = watchUncaught();

beforeEach(() => {
  delete (window as { __pwned?: unknown }).__pwned;
});

afterEach(() => {
  unmountAll();
  document.documentElement.lang = 'en';
});

const span = (w: { start: number; end: number }) => w.end - w.start;

/** The message the element shows instead of a timeline: an alert or a problems notice. */
function messageOf(el: HistoryTimeline): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[role="alert"], [part~="notice"], [part~="error"], p[role="status"]');
}

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

/** Given `story`, the element throws nothing and shows a message of a few words instead of a timeline. */
async function expectMessageFor(story: unknown): Promise<void> {
  const el = place((t) => (t.story = story));
    await atRest(el);
    expect(uncaught).toEqual([]);
    const message = messageOf(el);
    expect(message, 'a message').toBeTruthy();
    expect(isShown(message!), 'the message is visible').toBe(true);
    expect(message!.textContent!.trim().length).toBeGreaterThan(5);
}

describe('nothing the element is given makes it throw or leaves it blank', () => {
  test.each(JUNK)('story = %s: no uncaught error, and a message is shown', async (_name, junk) => {
    await expectMessageFor(junk);
  });

  // Found while adapting these tests: `instanceof` on such a Proxy ran its trap in ingest() and threw.
  test('story = a Proxy whose every trap throws: no uncaught error, and a message is shown', async () => {
    await expectMessageFor(hostileProxy);
  });

  test('a valid story with no events says there is nothing to show', async () => {
    const el = place((t) => (t.story = { title: 'Empty', sources: [], events: [] }));
    await atRest(el);
    expect(uncaught).toEqual([]);
    const message = messageOf(el);
    expect(message, 'a message such as "This story has no events"').toBeTruthy();
    expect(isShown(message!)).toBe(true);
  });

  test('a story whose every event is invalid shows the notice, not an empty timeline', async () => {
    const story = structuredClone(articleStory) as { events: { date: string }[] };
    for (const e of story.events) e.date = 'not a date';
    const el = place((t) => (t.story = story));
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
    const el = place(() => undefined);
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
    const el = place((t) => {
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
    const el = place((t) => (t.story = structuredClone(articleStory)));
    await until(() => marks(el).length > 0 || uncaught.length > 0, 'drew or threw');
    await atRest(el);
    expect(uncaught).toEqual([]);
    expect(tickLabels(el).length).toBeGreaterThan(1);
  });

  test('src of a javascript: or empty URL shows an alert or nothing, and never runs it', async () => {
    const el = place((t) => (t.src = "javascript:window.__pwned='src'"));
    await until(() => alertOf(el) !== null, 'an alert');
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(uncaught).toEqual([]);
  });
});
