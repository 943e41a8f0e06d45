/**
 * Big stories by URL (issues 15 and 17): streamed with a progress bar, replaced mid-way, and read
 * in a worker or, where the page forbids one, in slices on the main thread, to the same story.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { syntheticStory } from '../../scripts/synthetic-story';
import { validateStory } from '../../src/model/validate';
import { StoryLoadController } from '../../src/timeline/controllers/story-load-controller';
import { LoadedStory } from '../../src/timeline/loaded-story';
import { parseInSlices, validateInSlices } from '../../src/timeline/loading/sliced-parse';
import { policiesAllowBlobWorker } from '../../src/timeline/loading/worker-policy';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { plainHost } from '../support/controller-host';
import { marks, shadow, unmountAll, until } from '../support/harness';

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

function attach(src: string): HistoryTimeline {
  const container = document.createElement('div');
  container.style.width = '1000px';
  const el = document.createElement('history-timeline');
  el.src = src;
  container.append(el);
  document.body.append(container);
  mountedHere.push(container);
  return el;
}
const mountedHere: HTMLElement[] = [];

afterEach(() => {
  for (const c of mountedHere.splice(0)) c.remove();
  unmountAll();
  vi.restoreAllMocks();
});

const small = encoder.encode(JSON.stringify(syntheticStory(40)));

describe('loading by src shows progress', () => {
  test('with a Content-Length: a progressbar whose aria-valuenow / aria-valuemax is the share received', async () => {
    const slow = slowResponse({ 'content-length': String(small.byteLength) });
    routeFetch({ '/slow.json': () => slow.response });
    const el = attach('/slow.json');
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
    const el = attach('/unsized.json');
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
    const el = attach('/old.json');
    old.send(small.slice(0, 200));
    await until(() => progressbar(el) !== null, 'the old story is downloading');
    el.src = '/new.json';
    await until(() => marks(el).length > 0, 'the new story is drawn');
    await until(() => old.state.cancelled, 'the old download was cancelled');
    expect(el.events.map((e) => e.id).sort()).toEqual(replacement.events.map((e) => e.id).sort());
    expect(progressbar(el)).toBeNull();
  });
});

/** A story with problems of several kinds, so both ways must report the same ones. */
function storyWithProblems(count: number) {
  const story = syntheticStory(count) as unknown as { events: Record<string, unknown>[] };
  story.events[3].date = '2021-02-30';
  story.events[10].id = story.events[9].id;
  delete story.events[20].citations;
  story.events.push({ id: 'late', title: 'Year zero', date: '-0000', dateBasis: 'stated', citations: [] });
  return story;
}

async function loadWith(reader: 'worker' | 'slices', text: string) {
  const onLoad = vi.fn();
  const onError = vi.fn();
  const loader = new StoryLoadController(plainHost(), onLoad, onError, { reader, bigBytes: 0 });
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  try {
    await loader.load(url);
  } finally {
    URL.revokeObjectURL(url);
  }
  return { loaded: onLoad.mock.calls[0]?.[0] as LoadedStory | undefined, error: onError.mock.calls[0]?.[0] as string | undefined };
}

describe('a big story is read in a worker, or in slices where the page forbids one', () => {
  // 12,000 events: six parts from the worker; a few of them invalid.
  const text = JSON.stringify(storyWithProblems(12_000));
  const expected = validateStory(JSON.parse(text));

  for (const reader of ['worker', 'slices'] as const) {
    test(`${reader}: the same validated story and problems as validateStory on the main thread`, async () => {
      const { loaded, error } = await loadWith(reader, text);
      expect(error).toBeUndefined();
      expect(loaded).toBeInstanceOf(LoadedStory);
      expect(loaded!.problems).toEqual(expected.problems);
      expect(loaded!.story).toEqual(expected.story);
      // Dates keep their lazily built DateTime bounds.
      expect(loaded!.events[0].calendar.start.toISO()).toBe(expected.story!.events[0].calendar.start.toISO());
      expect(loaded!.index.count).toBe(expected.story!.events.length);
    });
  }

  test('broken JSON: the same sentence from the worker and the slices, in the words of JSON.parse', async () => {
    const broken = text.replace('"events":[', '"events":[,');
    const worker = await loadWith('worker', broken);
    const slices = await loadWith('slices', broken);
    expect(worker.error).toMatch(/^The story at blob:.* is not valid JSON: /);
    expect(slices.error!.replace(/blob:\S+/, '')).toBe(worker.error!.replace(/blob:\S+/, ''));
    expect(worker.error).toContain((() => { try { JSON.parse(broken); } catch (e) { return (e as Error).message; } })());
  });

  test('validateInSlices gives the page turns while it validates, and returns what validateStory returns', async () => {
    const big = JSON.stringify(storyWithProblems(40_000));
    const fractions: number[] = [];
    const result = await validateInSlices(JSON.parse(big), new AbortController().signal, (f) => fractions.push(f));
    expect(result).toEqual(validateStory(JSON.parse(big)));
    // Progress is reported just before each turn given to the page.
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f > 0 && f < 1)).toBe(true);
  });

  test('validateInSlices stops at the next turn when its load is replaced', async () => {
    const controller = new AbortController();
    const validating = validateInSlices(JSON.parse(JSON.stringify(storyWithProblems(40_000))), controller.signal, () => controller.abort());
    await expect(validating).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('parseInSlices gives what JSON.parse gives, key order included, and its errors', async () => {
    const signal = new AbortController().signal;
    for (const json of ['{"events":[]}', '{ "a": 1, "events" : [ {"x":"]\\"[,"} , [1,[2]] ], "z": {"events": 3} }', '{"events":[1],"events":[2]}', '[1,2]']) {
      expect(JSON.stringify(await parseInSlices(json, signal, () => {}))).toBe(JSON.stringify(JSON.parse(json)));
    }
    for (const bad of ['{"events":[1,]}', '{"events":[1 2]}', '{"events":[1]']) {
      await expect(parseInSlices(bad, signal, () => {})).rejects.toThrow(SyntaxError);
    }
  });
});

describe('which policies let the blob worker start', () => {
  test('blob: in the directive that governs workers, no Trusted Types requirement', () => {
    const strict = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
    expect(policiesAllowBlobWorker([])).toBe(true);
    expect(policiesAllowBlobWorker([strict])).toBe(false);
    expect(policiesAllowBlobWorker([`${strict}; worker-src 'self' blob:`])).toBe(true);
    expect(policiesAllowBlobWorker(["default-src 'self'; child-src blob:"])).toBe(true);
    expect(policiesAllowBlobWorker(["script-src 'self' blob:; worker-src 'self'"])).toBe(false);
    expect(policiesAllowBlobWorker(["script-src 'nonce-x' 'strict-dynamic' blob:"])).toBe(false);
    expect(policiesAllowBlobWorker([`${strict}; worker-src blob:; require-trusted-types-for 'script'`])).toBe(false);
    expect(policiesAllowBlobWorker(["img-src 'self'", "default-src 'self'"])).toBe(false);
    // Two policies in one header: each must allow it.
    expect(policiesAllowBlobWorker(["worker-src blob:, img-src 'self'"])).toBe(true);
    expect(policiesAllowBlobWorker(["worker-src blob:, script-src 'self'"])).toBe(false);
  });
});
