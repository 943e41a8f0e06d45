import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import type { TimelineErrorDetail } from '../../src/timeline/events';
import { atRest, centre, input, mark, mount, settle, shadow, tabIntoEvents, toolbarButton, unmountAll, until, viewport, visibleEventIds } from '../support/harness';
import { serveLiveFile } from '../support/live-file';
import { storyInput } from '../support/tiny-story';

const DAYS = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, date: `2024-05-${String(i + 1).padStart(2, '0')}`, title: `Day ${i + 1}` }));
const story = () => storyInput(DAYS);

/** An event citing the story's first paragraph ("Here Day 1 happened."). */
const liveEvent = (id: string, date: string, title = `Update ${id}`, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  title,
  dateBasis: 'stated',
  citations: [{ source: 'src', paragraph: 'p0', quote: 'Day 1' }],
  ...extra,
});

// Linear: the window in view is compared in real time, which a compressed axis would bend as events come.
const mountLive = (attributes: Record<string, string> = {}) => mount({ story: story(), attributes: { 'time-scale': 'linear', ...attributes } });

const bar = (el: HistoryTimeline) => shadow(el).querySelector<HTMLElement>('[part~="live-bar"]');
const latestButton = (el: HistoryTimeline) => shadow(el).querySelector<HTMLButtonElement>('.live-latest');
const pauseButton = (el: HistoryTimeline) => shadow(el).querySelector<HTMLButtonElement>('.live-pause')!;
const logLines = (el: HistoryTimeline) => [...shadow(el).querySelectorAll('[role="log"] p')].map((p) => p.textContent);
const errors = (el: HistoryTimeline) => {
  const seen: TimelineErrorDetail[] = [];
  el.addEventListener('timeline-error', (e) => seen.push(e.detail));
  return seen;
};

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  unmountAll();
});

describe('addEvents and updateEvent', () => {
  test('added events are drawn, marked as new, and announced once per batch in a polite log', async () => {
    const el = await mountLive();
    const result = await el.addEvents([liveEvent('n1', '2024-05-13', 'Rescue begins'), liveEvent('n2', '2024-05-14', 'Rescue ends')]);
    expect(result).toEqual({ added: ['n1', 'n2'], updated: [], problems: [] });
    await until(() => mark(el, 'n2') !== null, 'the new events are drawn');
    expect(mark(el, 'n1')!.hasAttribute('data-new')).toBe(true);
    expect(mark(el, 'e0')!.hasAttribute('data-new')).toBe(false);
    const log = shadow(el).querySelector('[role="log"]')!;
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(logLines(el)).toEqual(['2 new events: Rescue begins and Rescue ends']);
    expect(el.events.map((e) => e.id).slice(-2)).toEqual(['n1', 'n2']);
  });

  test('a new event stays marked until its mark has been in view for a while', async () => {
    const el = await mountLive();
    await el.addEvents([liveEvent('n1', '2024-05-13')]);
    await until(() => mark(el, 'n1')?.hasAttribute('data-new') === true, 'the new event is marked');
    await until(() => mark(el, 'n1')?.hasAttribute('data-new') === false, 'the new event was seen', 6000);
  });

  test('a bad new event is reported by timeline-error, naming it; the rest of the batch is added', async () => {
    const el = await mountLive();
    const seen = errors(el);
    const result = await el.addEvents([liveEvent('ok', '2024-05-13'), liveEvent('broken', 'soon')]);
    expect(result.added).toEqual(['ok']);
    await until(() => seen.length > 0, 'timeline-error fired');
    expect(seen[0].problems).toHaveLength(1);
    expect(seen[0].problems[0]).toMatchObject({ path: 'addEvents[1].date', eventId: 'broken' });
    expect(seen[0].problems[0].message).toContain('"broken"');
    await until(() => mark(el, 'ok') !== null, 'the good event is drawn');
  });

  test('updateEvent changes an event in place and the log says it was updated', async () => {
    const el = await mountLive();
    const result = await el.updateEvent({ ...story().events[3], title: 'Day 4, corrected' });
    expect(result.updated).toEqual(['e3']);
    await until(() => mark(el, 'e3')?.textContent?.includes('corrected') === true, 'the mark shows the new title');
    expect(logLines(el)).toEqual(['1 event updated: Day 4, corrected']);
  });

  test('pinned events come first in the list', async () => {
    const el = await mountLive({ 'view-mode': 'both' });
    await el.addEvents([liveEvent('summary', '2024-05-13', 'What we know', { pinned: true })]);
    await until(() => shadow(el).querySelector('.list-pinned [data-event-id="summary"]') !== null, 'the pinned event is listed');
    const listed = [...shadow(el).querySelectorAll<HTMLElement>('[part~="list"] [data-event-id]')].map((b) => b.dataset.eventId);
    expect(listed[0]).toBe('summary');
    expect(shadow(el).querySelector('.list-pinned')!.getAttribute('aria-label')).toBe('Pinned');
  });
});

/** A batch beyond the story's end: follow mode must move the view to show it. */
const later = (n: number) => Array.from({ length: n }, (_, i) => liveEvent(`late${i}`, `2024-06-${String(10 + i).padStart(2, '0')}`, `Late ${i}`));

describe('follow mode', () => {
  test('by default the newest event is brought into view', async () => {
    const el = await mountLive();
    await el.addEvents(later(1));
    await until(() => visibleEventIds(el).includes('late0'), 'the newest event came into view');
    expect(latestButton(el)).toBeNull();
  });

  const readerActions: Record<string, (el: HistoryTimeline) => Promise<void>> = {
    'Ctrl + wheel zoom': async (el) => {
      const { x, y } = centre(el);
      await input.wheel(x, y, 0, -100, ['ctrl'], 2);
    },
    'a drag pan': async (el) => {
      const { x, y } = centre(el);
      await input.drag(x, y, x + 150, y);
    },
    'the zoom-in button': async (el) => {
      await userEvent.click(toolbarButton(el, 'Zoom in'));
    },
    'the + key': async (el) => {
      viewport(el).focus();
      await userEvent.keyboard('+');
    },
    'focus on an event': async (el) => {
      await tabIntoEvents(el);
    },
  };

  for (const [action, act] of Object.entries(readerActions)) {
    test(`${action} turns follow off: new events wait behind the updates button, the view stays`, async () => {
      const el = await mountLive();
      await el.addEvents([]);
      await act(el);
      await atRest(el);
      const before = el.view;
      await el.addEvents(later(3));
      await until(() => latestButton(el) !== null, 'the updates button came');
      await atRest(el);
      expect(el.view).toEqual(before);
      expect(latestButton(el)!.textContent).toBe('3 new updates');
    });
  }

  test('the updates button shows the latest, turns follow back on and leaves focus in the bar', async () => {
    const el = await mountLive();
    await el.addEvents([]);
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, -100, ['ctrl'], 3);
    await atRest(el);
    await el.addEvents(later(1));
    await until(() => latestButton(el)?.textContent === '1 new update', 'the button counts one update');
    await userEvent.click(latestButton(el)!);
    await until(() => visibleEventIds(el).includes('late0'), 'the latest came into view');
    expect(latestButton(el)).toBeNull();
    expect(shadow(el).activeElement).toBe(pauseButton(el));
    // Following again: the next event is brought into view too.
    await atRest(el);
    await el.addEvents([liveEvent('later', '2024-07-01')]);
    await until(() => visibleEventIds(el).includes('later'), 'follow brings the next one');
  });

  test('under reduced motion, follow moves the view at once', async () => {
    const el = await mountLive();
    await el.addEvents([]);
    const matchMedia = window.matchMedia.bind(window);
    vi.spyOn(window, 'matchMedia').mockImplementation((q) => (q.includes('reduced-motion') ? ({ matches: true, media: q } as MediaQueryList) : matchMedia(q)));
    const views: unknown[] = [];
    el.addEventListener('timeline-viewchange', (e) => views.push(e.detail));
    await el.addEvents(later(1));
    await until(() => visibleEventIds(el).includes('late0'), 'the newest event came into view');
    await atRest(el);
    expect(views).toHaveLength(1);
  });
});

describe('Pause', () => {
  test('holds updates back with their count, and shows them on Resume', async () => {
    const el = await mountLive();
    await el.addEvents([]);
    await settle(el);
    expect(bar(el)!.getAttribute('role')).toBe('group');
    await userEvent.click(pauseButton(el));
    expect(pauseButton(el).getAttribute('aria-pressed')).toBe('true');
    expect(pauseButton(el).textContent).toBe('Resume updates');
    await el.addEvents(later(2));
    await settle(el);
    expect(el.events.some((e) => e.id === 'late0')).toBe(false);
    expect(shadow(el).querySelector('.live-queued')!.textContent).toBe('2 updates waiting');
    await userEvent.click(pauseButton(el));
    await until(() => visibleEventIds(el).includes('late1'), 'the held events are shown and followed');
    expect(shadow(el).querySelector('.live-queued')).toBeNull();
  });
});

describe('polling src', () => {
  test('an unchanged file (304) changes nothing; a changed one is merged in without a reload', async () => {
    const file = serveLiveFile('/live-story.json', story());
    const el = await mount({ src: '/live-story.json', attributes: { 'time-scale': 'linear' } });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    el.setAttribute('live', '5');
    await until(() => bar(el) !== null, 'the live bar is drawn');
    // `live` under 10 s polls every 10 s.
    await vi.advanceTimersByTimeAsync(9_000);
    expect(file.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await until(() => file.requests.length === 2, 'the first poll');
    await vi.advanceTimersByTimeAsync(10_000);
    await until(() => file.requests.length === 3, 'the second poll');
    expect(file.requests[2]).toEqual({ ifNoneMatch: '"v1"', status: 304 });
    expect(logLines(el)).toEqual([]);
    const selected = el.select('e2');
    expect(selected).toBe(true);
    const next = story();
    next.events.push(liveEvent('fresh', '2024-05-12', 'Fresh news') as (typeof next.events)[number]);
    file.change(next);
    await vi.advanceTimersByTimeAsync(10_000);
    await until(() => file.requests.length === 4, 'the third poll');
    vi.useRealTimers();
    expect(file.requests[3]).toEqual({ ifNoneMatch: '"v1"', status: 200 });
    await until(() => logLines(el).length === 1, 'the change was announced');
    expect(logLines(el)[0]).toBe('1 new event: Fresh news');
    expect(el.events.some((e) => e.id === 'fresh')).toBe(true);
    // Not a reload: the reader's selection is still open.
    expect(el.selected).toBe('e2');
  });
});
