/**
 * A story by URL (`src`): streamed with a progress bar and replaced mid-way; a URL that fails gives
 * an alert naming what failed and where, with a Retry; a story with invalid events shows the rest
 * and a notice listing every problem.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { syntheticStory } from '../../scripts/synthetic-story';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { alertOf, isShown, marks, place, shadow, unmountAll, until } from '../support/harness';
import { VALID_HOSTILE_IDS, errorsFrom, mountHostile } from '../support/hostile-story';
import { watchUncaught } from '../support/uncaught';
import apolloStory from '../../examples/second-story.json';

const uncaught = watchUncaught();

const encoder = new TextEncoder();

/** A response the test feeds chunk by chunk, as a slow server would; `cancelled` once the reader lets go. */
function slowResponse(headers: Record<string, string> = {}) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => void (state.cancelled = true),
  });
  return {
    response: new Response(body, { headers: { 'content-type': 'application/json', ...headers } }),
    send: (bytes: Uint8Array) => controller.enqueue(bytes),
    end: () => controller.close(),
    state,
  };
}

/** Routes fetch by URL to responses the test controls. */
function routeFetch(routes: Record<string, () => Response>) {
  const real = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input);
    const route = Object.keys(routes).find((r) => url.endsWith(r));
    if (!route) return real(input, init);
    init?.signal?.throwIfAborted();
    return routes[route]();
  });
}

function progressbar(el: HistoryTimeline): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[role="progressbar"]');
}

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const small = encoder.encode(JSON.stringify(syntheticStory(40)));

describe('loading by src shows progress', () => {
  test('with a Content-Length: a progressbar whose aria-valuenow / aria-valuemax is the share received', async () => {
    const slow = slowResponse({ 'content-length': String(small.byteLength) });
    routeFetch({ '/slow.json': () => slow.response });
    const el = place((t) => (t.src = '/slow.json'));
    const half = Math.floor(small.byteLength / 2);
    slow.send(small.slice(0, half));
    await until(() => Number(progressbar(el)?.getAttribute('aria-valuenow')) > 0, 'the bar shows the first half');
    const bar = progressbar(el)!;
    expect(Number(bar.getAttribute('aria-valuenow')) / Number(bar.getAttribute('aria-valuemax'))).toBeCloseTo(half / small.byteLength, 2);
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-label')).toBe('Loading the story');
    slow.send(small.slice(half));
    slow.end();
    await until(() => marks(el).length > 0 && progressbar(el) === null, 'the story is drawn and the bar gone');
  });

  test('without a length: an indeterminate progressbar (no aria-valuenow)', async () => {
    const slow = slowResponse();
    routeFetch({ '/unsized.json': () => slow.response });
    const el = place((t) => (t.src = '/unsized.json'));
    slow.send(small.slice(0, 100));
    await until(() => progressbar(el) !== null, 'a progress bar');
    expect(progressbar(el)!.hasAttribute('aria-valuenow')).toBe(false);
    expect(progressbar(el)!.hasAttribute('aria-valuemax')).toBe(false);
    slow.send(small.slice(100));
    slow.end();
    await until(() => marks(el).length > 0 && progressbar(el) === null, 'the story is drawn and the bar gone');
  });

  test('a new src mid-way aborts the old download and shows the new story, never the old one', async () => {
    const old = slowResponse({ 'content-length': String(small.byteLength) });
    const replacement = syntheticStory(5, 7);
    routeFetch({ '/old.json': () => old.response, '/new.json': () => new Response(JSON.stringify(replacement)) });
    const el = place((t) => (t.src = '/old.json'));
    old.send(small.slice(0, 200));
    await until(() => progressbar(el) !== null, 'the old story is downloading');
    el.src = '/new.json';
    await until(() => marks(el).length > 0, 'the new story is drawn');
    await until(() => old.state.cancelled, 'the old download was cancelled');
    expect(el.events.map((e) => e.id).sort()).toEqual(replacement.events.map((e) => e.id).sort());
    expect(progressbar(el)).toBeNull();
  });
});

describe('bad src: an alert names what failed and where, with a Retry that retries', () => {
  async function expectAlert(src: string, what: RegExp) {
    const el = place((t) => (t.src = src));
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

describe('loads end, and say what they show', () => {
  /** A fetch for `route` that never answers (no headers ever come; it rejects only when aborted), and `others` answered at once. */
  function neverAnswer(route: string, others: Record<string, () => Response> = {}) {
    const real = window.fetch.bind(window);
    vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input);
      if (url.endsWith(route)) return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      const other = Object.keys(others).find((r) => url.endsWith(r));
      return other ? others[other]() : real(input, init);
    });
  }

  const statusText = (el: HistoryTimeline) => [...shadow(el).querySelectorAll('[role="status"]')].map((s) => s.textContent ?? '').join(' ');

  test('a server that never answers: after load-timeout seconds, an alert names the URL and the wait, with a Retry', async () => {
    neverAnswer('/no-headers.json');
    const el = place((t) => {
      t.loadTimeout = 0.3;
      t.src = '/no-headers.json';
    });
    const reports = errorsFrom(el);
    await until(() => alertOf(el) !== null, 'the load ended');
    expect(alertOf(el)!.textContent).toContain('Could not load the story from /no-headers.json: nothing arrived for 0.3 seconds.');
    expect([...alertOf(el)!.querySelectorAll('button')].some((b) => /retry/i.test(b.textContent ?? ''))).toBe(true);
    expect(reports.map((r) => r.detail.problems[0].path)).toEqual(['src']);
    expect(statusText(el)).not.toContain('Loading');
  });

  test('a body that stops coming ends the same way, and its download is cancelled', async () => {
    const slow = slowResponse({ 'content-length': String(small.byteLength) });
    routeFetch({ '/stalls.json': () => slow.response });
    const el = place((t) => {
      t.loadTimeout = 0.3;
      t.src = '/stalls.json';
    });
    slow.send(small.slice(0, 100));
    await until(() => alertOf(el) !== null, 'the load ended');
    expect(alertOf(el)!.textContent).toContain('nothing arrived for 0.3 seconds');
    await until(() => slow.state.cancelled, 'the download was cancelled');
    expect(progressbar(el)).toBeNull();
  });

  test('progress keeps a slow load alive: each chunk restarts the wait', async () => {
    const slow = slowResponse();
    routeFetch({ '/trickle.json': () => slow.response });
    const el = place((t) => {
      t.loadTimeout = 0.4;
      t.src = '/trickle.json';
    });
    const step = Math.ceil(small.byteLength / 4);
    for (let at = 0; at < small.byteLength; at += step) {
      slow.send(small.slice(at, at + step));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    slow.end();
    await until(() => marks(el).length > 0, 'the story is drawn');
    expect(alertOf(el)).toBeNull();
  });

  test('a small file says its size in bytes and KB, not "0.0 MB of 0.0 MB"', async () => {
    const slow = slowResponse({ 'content-length': String(small.byteLength) });
    routeFetch({ '/small.json': () => slow.response });
    const el = place((t) => (t.src = '/small.json'));
    slow.send(small.slice(0, 100));
    await until(() => Number(progressbar(el)?.getAttribute('aria-valuenow')) > 0, 'the bar shows the first bytes');
    expect(progressbar(el)!.getAttribute('aria-valuetext')).toBe(`Loading the story: 100 bytes of ${Math.round(small.byteLength / 1024)} KB`);
    slow.send(small.slice(100));
    slow.end();
    await until(() => marks(el).length > 0, 'the story is drawn');
  });

  test('a new story loading over one shown says so; when it fails, the story shown is marked as the previous one', async () => {
    neverAnswer('/second.json', { '/first.json': () => new Response(small) });
    const el = place((t) => (t.src = '/first.json'));
    await until(() => marks(el).length > 0, 'the first story is drawn');
    el.loadTimeout = 0.5;
    el.src = '/second.json';
    await until(() => statusText(el).includes('Loading a new story…'), 'the loading line over the story');
    expect(marks(el).length).toBeGreaterThan(0);
    await until(() => alertOf(el) !== null, 'the second load ended');
    expect(alertOf(el)!.textContent).toContain('The story shown is the previous one.');
    expect(statusText(el)).not.toContain('Loading');
  });

  test('a failed first load says nothing of a previous story', async () => {
    neverAnswer('/only.json');
    const el = place((t) => {
      t.loadTimeout = 0.2;
      t.src = '/only.json';
    });
    await until(() => alertOf(el) !== null, 'the load ended');
    expect(alertOf(el)!.textContent).not.toContain('previous');
  });
});

describe('the problem list is bounded', () => {
  test('120 invalid events: the notice lists 50 problems and "and 70 more problems"; timeline-error carries all 120', async () => {
    const story = syntheticStory(130);
    for (let i = 0; i < 120; i++) story.events[i].date = `not a date ${i}`;
    const el = place((t) => (t.story = story));
    const reports = errorsFrom(el);
    await until(() => shadow(el).querySelector('[part~="notice"]') !== null, 'the notice');
    const items = [...shadow(el).querySelectorAll('[part~="notice"] li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(51);
    expect(items[0]).toContain('events[0].date');
    expect(items[49]).toContain('events[49].date');
    expect(items[50]).toBe('and 70 more problems');
    await until(() => reports.length > 0, 'timeline-error fired');
    expect(reports[0].detail.problems).toHaveLength(120);
  });
});
