import { afterEach, describe, expect, test, vi } from 'vitest';
import { Translation } from '../../../src/i18n';
// The live part brings English its live-story words; this test makes the controller without that part.
import { addLiveEnglish } from '../../../src/i18n/live-english';
import { LiveController, SEEN_MS, type LiveDeps } from '../../../src/timeline/controllers/live-controller';
import { validateStory } from '../../../src/model/validate';
import { sentence } from '../../../src/model/validation/messages';
import type { Problem, Story } from '../../../src/model/types';
import { attach, createHost, detachAll, storyInput } from '../../support/controller-host';
import { serveLiveFile } from '../../support/live-file';

addLiveEnglish();

const days = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}`, date: `2024-05-${String(i + 1).padStart(2, '0')}` }));
const event = (id: string, date: string) => ({ id, date, title: `T ${id}`, dateBasis: 'stated', citations: [{ source: 'src', paragraph: 'p0', quote: 'e0' }] });
const view = (start: string, end: string) => ({ start, end });

/** A controller on a test host, with deps that record what it asks for. */
async function live(overrides: Partial<LiveDeps> = {}) {
  const host = await attach(createHost());
  let shown: Story = validateStory(storyInput(days(4))).story!;
  const record = { shows: 0, reveals: [] as string[], problems: [] as Problem[], moving: false, src: undefined as string | undefined, seconds: null as number | null };
  const controller = new LiveController(host, {
    story: () => shown,
    show: (story) => {
      shown = story;
      record.shows++;
    },
    report: (problems) => record.problems.push(...problems),
    sentence,
    reveal: (e) => record.reveals.push(e.id),
    moving: () => record.moving,
    src: () => record.src,
    seconds: () => record.seconds,
    drawn: () => [],
    messages: () => new Translation('en'),
    focusPause: () => {},
    followsAtFirst: () => true,
    view: () => view('2024-05-01', '2024-05-05'),
    ...overrides,
  });
  return { host, controller, record, shown: () => shown };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  detachAll();
});

describe('LiveController follow mode', () => {
  test('follows by default: a batch is shown and its newest event revealed', async () => {
    const { controller, record } = await live();
    controller.addEvents([event('a', '2024-05-09'), event('b', '2024-05-07')]);
    expect(record.shows).toBe(1);
    expect(record.reveals).toEqual(['a']);
    expect(controller.unseen).toBe(0);
  });

  test('a new event is seen after SEEN_MS in view; one that leaves the view starts again when it comes back', async () => {
    let drawn: string[] = [];
    const { controller } = await live({ drawn: () => drawn });
    controller.addEvents([event('a', '2024-05-09'), event('b', '2024-05-07')]);
    const at = (ms: number, ids: string[]) => {
      vi.spyOn(performance, 'now').mockReturnValue(ms);
      drawn = ids;
      controller.hostUpdate();
    };
    at(1000, ['a']);
    at(2000, []);
    at(3500, ['a']);
    at(6000, ['a', 'e0']);
    // In view 2,500 ms since it came back (not 5,000 since it was first drawn): still new; b, never drawn, too.
    expect([controller.isNew('a'), controller.isNew('b')]).toEqual([true, true]);
    at(3500 + SEEN_MS, ['a']);
    expect([controller.isNew('a'), controller.isNew('b')]).toEqual([false, true]);
  });

  test('starts off when the view is not the one the story opened on', async () => {
    const { controller } = await live({ followsAtFirst: () => false });
    expect(controller.follow).toBe(false);
  });

  test('a view at rest other than the last one ends follow; its own move and views in motion do not', async () => {
    const { controller, record } = await live();
    controller.addEvents([event('a', '2024-05-09')]);
    record.moving = true;
    controller.viewChanged(view('2024-05-02', '2024-05-06'));
    expect(controller.follow).toBe(true);
    record.moving = false;
    // The end of its own move becomes the view it knows.
    controller.viewChanged(view('2024-05-05', '2024-05-10'));
    expect(controller.follow).toBe(true);
    controller.viewChanged(view('2024-05-05', '2024-05-10'));
    expect(controller.follow).toBe(true);
    controller.viewChanged(view('2024-05-04', '2024-05-10'));
    expect(controller.follow).toBe(false);
  });

  test('a gesture ends follow, even during its own move; updates are then counted, not revealed', async () => {
    const { controller, record } = await live();
    controller.addEvents([event('a', '2024-05-09')]);
    controller.readerMoved();
    expect(controller.follow).toBe(false);
    controller.addEvents([event('b', '2024-05-10'), event('c', '2024-05-11')]);
    expect(controller.unseen).toBe(2);
    expect(record.reveals).toEqual(['a']);
    controller.jumpToLatest();
    expect(controller.follow).toBe(true);
    expect(controller.unseen).toBe(0);
    expect(record.reveals).toEqual(['a', 'c']);
  });
});

describe('LiveController pause', () => {
  test('paused, batches are merged aside and counted; resume shows them at once', async () => {
    const { controller, record, shown } = await live();
    controller.togglePause();
    controller.addEvents([event('a', '2024-05-09')]);
    controller.updateEvent({ ...event('a', '2024-05-10') });
    expect(record.shows).toBe(0);
    expect(controller.queued).toBe(1);
    controller.addEvents([event('b', '2024-05-11')]);
    expect(controller.queued).toBe(2);
    controller.togglePause();
    expect(record.shows).toBe(1);
    expect(shown().events.map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'a', 'b']);
    expect(controller.queued).toBe(0);
  });
});

describe('LiveController log', () => {
  test('one line per batch, added and updated together; only the last five kept', async () => {
    const { controller } = await live();
    controller.addEvents([event('a', '2024-05-09'), event('b', '2024-05-10'), event('c', '2024-05-11')]);
    expect(controller.log).toEqual(['3 new events: T a, T b, and T c']);
    for (let i = 0; i < 6; i++) controller.addEvents([event(`x${i}`, '2024-05-12')]);
    expect(controller.log).toHaveLength(5);
    expect(controller.log.at(-1)).toBe('1 new event: T x5');
  });

  test('a batch with nothing new says nothing', async () => {
    const { controller, record } = await live();
    controller.addEvents([]);
    expect(controller.log).toEqual([]);
    expect(record.shows).toBe(0);
  });

  test('addEvents before a story, or with no array, is a problem that says so', async () => {
    const { controller, record } = await live({ story: () => null });
    expect(controller.addEvents([event('a', '2024-05-09')]).problems[0].message).toContain('no story yet');
    const { controller: other } = await live();
    expect(other.addEvents({ id: 'a' }).problems[0].message).toBe('addEvents() takes an array of events, not object.');
    expect(record.problems).toHaveLength(1);
  });
});

describe('LiveController polling', () => {
  test('asks every max(live, 10) seconds with the ETag it got; a 304 changes nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const file = serveLiveFile('/poll.json', storyInput(days(4)));
    const { controller, record, host } = await live();
    record.src = '/poll.json';
    record.seconds = 3;
    controller.hostUpdated();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(file.requests).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(file.requests).toHaveLength(1));
    expect(file.requests[0]).toEqual({ ifNoneMatch: null, status: 200 });
    // The same story: nothing to show.
    expect(record.shows).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(file.requests).toHaveLength(2));
    expect(file.requests[1]).toEqual({ ifNoneMatch: '"v1"', status: 304 });
    file.change(storyInput([...days(4), { id: 'new', date: '2024-05-20' }]));
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(record.shows).toBe(1));
    expect(controller.log).toEqual(['1 new event: new']);
    // Off the page, it stops asking.
    host.remove();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(file.requests).toHaveLength(3);
  });

  test("a bad event in the file is reported once, not at every change; a failing server once per run of failures", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const bad = { ...storyInput(days(4)), events: [...storyInput(days(4)).events, event('broken', 'someday')] };
    const file = serveLiveFile('/bad.json', bad);
    const { controller, record } = await live();
    record.src = '/bad.json';
    record.seconds = 10;
    controller.hostUpdated();
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(record.problems).toHaveLength(1));
    expect(record.problems[0].eventId).toBe('broken');
    file.change({ ...bad, title: 'Retitled' });
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(file.requests).toHaveLength(2));
    expect(record.problems).toHaveLength(1);
    vi.mocked(window.fetch).mockRejectedValue(new TypeError('Failed to fetch'));
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(record.problems).toHaveLength(2));
    expect(record.problems[1].message).toBe('Could not check /bad.json for updates: Failed to fetch. Trying again in 10 s.');
  });
});
