import { afterEach, describe, expect, test, vi } from 'vitest';
import { validateStory } from '../../../src/model/validate';
import { sentence } from '../../../src/model/validation/messages';
// The events' DateTime bounds (compared below) are Luxon's part of the model.
import '../../../src/model/luxon-dates';
import { StoryLoadController } from '../../../src/timeline/controllers/story-load-controller';
import { LoadedStory } from '../../../src/timeline/loaded-story';
import { storyWithProblems } from '../../support/big-story';
import { plainHost, storyInput } from '../../support/controller-host';

const urls: string[] = [];
/** A local URL serving `text`, as a file server would. */
function served(text: string, type = 'application/json'): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  urls.push(url);
  return url;
}

afterEach(() => {
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  vi.restoreAllMocks();
});

const validStory = storyInput([{ id: 'a', date: '2020' }]);

function setup() {
  const host = plainHost();
  const onLoad = vi.fn();
  const onError = vi.fn();
  const loader = new StoryLoadController(host, onLoad, onError);
  return { host, loader, onLoad, onError };
}

/** Loads `src` and returns the one sentence reported. */
async function errorFor(src: string): Promise<string> {
  const { loader, onLoad, onError } = setup();
  await loader.load(src);
  expect(onLoad).not.toHaveBeenCalled();
  expect(onError).toHaveBeenCalledOnce();
  expect(loader.error).toBe(onError.mock.calls[0][0]);
  expect(loader.loading).toBe(false);
  return loader.error!;
}

describe('StoryLoadController', () => {
  test('loads a story: loading while it fetches, then the data, with an update asked for each change', async () => {
    const { host, loader, onLoad, onError } = setup();
    expect(host.controllers).toContain(loader);
    const done = loader.load(served(JSON.stringify(validStory)));
    expect(loader.loading).toBe(true);
    expect(host.requestUpdate).toHaveBeenCalledOnce();
    await done;
    expect(loader.loading).toBe(false);
    expect(loader.error).toBeNull();
    expect(onLoad).toHaveBeenCalledExactlyOnceWith(validStory);
    expect(onError).not.toHaveBeenCalled();
    // Loading starts, the progress bar shows what arrived, and the load ends: an update for each.
    expect(host.requestUpdate).toHaveBeenCalledTimes(3);
  });

  test('a 404 names the URL and the status', async () => {
    const src = '/stories/missing.json';
    // The test server answers unknown paths with its index.html, so the 404 comes from a stand-in fetch.
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('Not found', { status: 404, statusText: 'Not Found' }));
    expect(await errorFor(src)).toBe('Could not load the story from /stories/missing.json: the server answered 404 Not Found.');
  });

  test('a 404 without a status text still ends in one sentence', async () => {
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('', { status: 404 }));
    expect(await errorFor('/x.json')).toBe('Could not load the story from /x.json: the server answered 404.');
  });

  test('a file that is not JSON', async () => {
    const src = served('{"title": oops', 'text/plain');
    expect(await errorFor(src)).toMatch(new RegExp(`^The story at ${src} is not valid JSON: .+\\.$`));
  });

  test('JSON that is not a story', async () => {
    for (const text of ['[1, 2, 3]', '{"title": "t"}', 'null', '"story"']) {
      const src = served(text);
      expect(await errorFor(src)).toBe(`The file at ${src} is not a story: it needs a "title", a "sources" list and an "events" list.`);
    }
  });

  test('a network error', async () => {
    const src = served('{}');
    URL.revokeObjectURL(src);
    expect(await errorFor(src)).toMatch(new RegExp(`^Could not load the story from ${src}: .+\\.$`));
  });

  test('cancel drops the load under way: no data, no error, not loading', async () => {
    const { host, loader, onLoad, onError } = setup();
    const done = loader.load(served(JSON.stringify(validStory)));
    loader.cancel();
    expect(loader.loading).toBe(false);
    await done;
    expect(onLoad).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(loader.error).toBeNull();
    expect(host.requestUpdate).toHaveBeenCalledTimes(2);
  });

  test('a removal from the page cancels the load; resume starts it again, and only if it did not finish', async () => {
    const { loader, onLoad } = setup();
    const src = served(JSON.stringify(validStory));
    const fetchSpy = vi.spyOn(window, 'fetch');
    const first = loader.load(src);
    loader.hostDisconnected();
    await first;
    expect(onLoad).not.toHaveBeenCalled();
    loader.resume(src);
    await vi.waitFor(() => expect(onLoad).toHaveBeenCalledOnce());
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    loader.resume(src);
    loader.hostDisconnected(); // nothing in flight: nothing to cancel
    expect(fetchSpy, 'settled: no fetch again').toHaveBeenCalledTimes(2);
    expect(loader.loading).toBe(false);
  });

  test('a second load replaces the first: only the second is reported', async () => {
    const { loader, onLoad } = setup();
    const other = { ...validStory, title: 'Second' };
    const first = loader.load(served(JSON.stringify(validStory)));
    const second = loader.load(served(JSON.stringify(other)));
    await Promise.all([first, second]);
    expect(onLoad).toHaveBeenCalledExactlyOnceWith(other);
  });

  test('a new load clears the last error', async () => {
    const { loader } = setup();
    await loader.load(served('nope'));
    expect(loader.error).not.toBeNull();
    const done = loader.load(served(JSON.stringify(validStory)));
    expect(loader.error).toBeNull();
    await done;
    expect(loader.error).toBeNull();
  });
});

/** Loads `text` as a big story (any size counts as big): read in slices. */
async function loadBig(text: string) {
  const onLoad = vi.fn();
  const onError = vi.fn();
  const loader = new StoryLoadController(plainHost(), onLoad, onError, { bigBytes: 0 });
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  try {
    await loader.load(url);
  } finally {
    URL.revokeObjectURL(url);
  }
  return { loaded: onLoad.mock.calls[0]?.[0] as LoadedStory | undefined, error: onError.mock.calls[0]?.[0] as string | undefined };
}

describe('a big story is read in slices', () => {
  // 12,000 events; a few of them invalid.
  const text = JSON.stringify(storyWithProblems(12_000));
  const expected = validateStory(JSON.parse(text));

  test('the same validated story and problems as validateStory at once, the problems worded once the later parts bring the words', async () => {
    const { loaded, error } = await loadBig(text);
    expect(error).toBeUndefined();
    expect(loaded).toBeInstanceOf(LoadedStory);
    expect(loaded!.problemsWaiting).toBe(true);
    expect(loaded!.problems).toEqual(expected.problems.map((p) => ({ ...p, message: '' })));
    loaded!.sayProblems(sentence);
    expect(loaded!.problemsWaiting).toBe(false);
    expect(loaded!.problems).toEqual(expected.problems);
    expect(loaded!.story).toEqual(expected.story);
    // Dates keep their lazily built DateTime bounds.
    expect(loaded!.events[0].calendar.start.toISO()).toBe(expected.story!.events[0].calendar.start.toISO());
    expect(loaded!.index.count).toBe(expected.story!.events.length);
  });

  test('broken JSON: a sentence naming the story, in the words of JSON.parse', async () => {
    const broken = text.replace('"events":[', '"events":[,');
    const { error } = await loadBig(broken);
    expect(error).toMatch(/^The story at blob:.* is not valid JSON: /);
    expect(error).toContain((() => { try { JSON.parse(broken); } catch (e) { return (e as Error).message; } })());
  });
});
