/**
 * Several timelines on one page keep their own selection, keyboard and URL-hash scope; the
 * detail panel and source view show text from data as text.
 * (Selection, `sync-url`, the detail panel and the source view are being added to the element;
 * these tests describe them as the issue asks.)
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline, TimelineSelectDetail } from '../../src/timeline/history-timeline';
import { articleStory, atRest, labelOf, mark, marks, mount, settle, shadow, tabIntoEvents, unmountAll, until } from '../support/harness';
import hostileStory from '../fixtures/hostile-story.json';
import apolloStory from '../../examples/second-story.json';

const cleanPath = location.pathname + location.search;
const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.message);

beforeEach(() => {
  history.replaceState(null, '', cleanPath);
  uncaught.length = 0;
  window.addEventListener('error', onError);
  delete (window as { __pwned?: unknown }).__pwned;
});

afterEach(() => {
  window.removeEventListener('error', onError);
  unmountAll();
  // A test here goes Back, which leaves a forward entry in the tab's session history: the next push
  // (in this file or the next) would then replace it instead of adding one. A push drops it.
  history.pushState(null, '', cleanPath);
});

function selections(el: HistoryTimeline): CustomEvent<TimelineSelectDetail>[] {
  const seen: CustomEvent<TimelineSelectDetail>[] = [];
  el.addEventListener('timeline-select', (e) => seen.push(e));
  return seen;
}

function detail(el: HistoryTimeline): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[part~="detail"]');
}

/** Two timelines of the same story, ids `one` and `two`, each counting its timeline-select events. */
async function twoTimelines(attributes: Record<string, string> = {}) {
  let oneEvents: CustomEvent<TimelineSelectDetail>[] = [];
  let twoEvents: CustomEvent<TimelineSelectDetail>[] = [];
  const one = await mount({ attributes: { id: 'one', ...attributes }, before: (el) => (oneEvents = selections(el)) });
  const two = await mount({ attributes: { id: 'two', ...attributes }, before: (el) => (twoEvents = selections(el)) });
  return { one, two, oneEvents, twoEvents };
}

const firstId = articleStory.events[0].id;
const ids = articleStory.events.map((e) => e.id);

describe('two timelines keep their own selection', () => {
  test('select(id) on one selects there only, and only it fires timeline-select', async () => {
    const { one, two, oneEvents, twoEvents } = await twoTimelines();
    expect(one.select(firstId)).toBe(true);
    await settle(one);
    expect(one.selected).toBe(firstId);
    expect(one.getAttribute('selected')).toBe(firstId);
    expect(two.selected).toBeNull();
    expect(two.hasAttribute('selected')).toBe(false);
    expect(oneEvents.map((e) => e.detail.id)).toEqual([firstId]);
    expect(oneEvents[0].detail.event?.id).toBe(firstId);
    expect(oneEvents[0].bubbles && oneEvents[0].composed).toBe(true);
    expect(twoEvents).toEqual([]);
    expect(detail(one)).not.toBeNull();
    expect(detail(two)).toBeNull();
  });

  test('the selected attribute on one selects there only', async () => {
    const { one, two, twoEvents } = await twoTimelines();
    two.setAttribute('selected', ids[3]);
    await settle(two);
    expect(two.selected).toBe(ids[3]);
    expect(one.selected).toBeNull();
    expect(twoEvents.map((e) => e.detail.id)).toEqual([ids[3]]);
    expect(detail(one)).toBeNull();
  });

  test('clicking an event in one selects it there only', async () => {
    const { one, two, oneEvents, twoEvents } = await twoTimelines();
    two.select(ids[2]);
    await settle(two);
    twoEvents.length = 0;
    const target = marks(one)[0];
    await userEvent.click(labelOf(target));
    await until(() => one.selected === target.dataset.eventId, 'one selected the clicked event');
    expect(two.selected).toBe(ids[2]);
    expect(oneEvents.map((e) => e.detail.id)).toEqual([target.dataset.eventId]);
    expect(twoEvents).toEqual([]);
  });

  test('Enter on an event and Escape act on the focused timeline only', async () => {
    const { one, two, oneEvents } = await twoTimelines();
    two.select(ids[5]);
    await settle(two);
    // Tab from the timeline area: the era row's titles come first, then the events.
    const focused = await tabIntoEvents(one);
    expect(focused?.matches('[part~="event"]'), 'Tab moved to an event of one').toBe(true);
    await userEvent.keyboard('{Enter}');
    await until(() => one.selected === focused!.dataset.eventId, 'Enter selected it');
    expect(two.selected).toBe(ids[5]);
    await userEvent.keyboard('{Escape}');
    await until(() => one.selected === null, 'Escape cleared one');
    expect(two.selected).toBe(ids[5]);
    expect(oneEvents.map((e) => e.detail.id)).toEqual([focused!.dataset.eventId, null]);
  });

  test('selecting the same event again fires nothing; select of an unknown id returns false and changes nothing', async () => {
    const { one, oneEvents } = await twoTimelines();
    one.select(firstId);
    await settle(one);
    one.select(firstId);
    await settle(one);
    expect(oneEvents.length).toBe(1);
    expect(one.select('no-such-event')).toBe(false);
    await settle(one);
    expect(one.selected).toBe(firstId);
    expect(oneEvents.length).toBe(1);
  });
});

describe('each timeline keeps its own part of the URL hash (sync-url)', () => {
  test('a lone timeline without an id writes and reads #event=<id>', async () => {
    const el = await mount({ attributes: { 'sync-url': '' } });
    el.select(ids[4]);
    await settle(el);
    expect(location.hash).toBe(`#event=${ids[4]}`);
    location.hash = `#event=${ids[6]}`;
    await until(() => el.selected === ids[6], 'read the hash after hashchange');
  });

  test('two syncing timelines write #<element id>:event=<id> and keep each other’s entries', async () => {
    const { one, two, oneEvents, twoEvents } = await twoTimelines({ 'sync-url': '' });
    one.select(ids[1]);
    await settle(one);
    expect(location.hash).toBe(`#one:event=${ids[1]}`);
    two.select(ids[7]);
    await settle(two);
    expect(location.hash).toBe(`#one:event=${ids[1]}&two:event=${ids[7]}`);
    expect(one.selected).toBe(ids[1]);

    // Back undoes two's selection only.
    history.back();
    await until(() => two.selected === null, 'Back cleared two');
    expect(one.selected).toBe(ids[1]);

    // A link that names only one's entry changes only one.
    oneEvents.length = 0;
    twoEvents.length = 0;
    location.hash = `#one:event=${ids[9]}`;
    await until(() => one.selected === ids[9], 'one followed its hash entry');
    await settle(two);
    expect(two.selected).toBeNull();
    expect(oneEvents.map((e) => e.detail.id)).toEqual([ids[9]]);
    expect(twoEvents).toEqual([]);
  });

  test('a timeline without sync-url ignores the hash and never writes it', async () => {
    const synced = await mount({ attributes: { id: 'synced', 'sync-url': '' } });
    const plain = await mount({ attributes: { id: 'plain' } });
    plain.select(ids[2]);
    await settle(plain);
    expect(location.hash).toBe('');
    location.hash = `#plain:event=${ids[8]}&synced:event=${ids[8]}&event=${ids[8]}`;
    await until(() => synced.selected === ids[8], 'the syncing timeline followed the hash');
    await settle(plain);
    expect(plain.selected).toBe(ids[2]);
  });

  test('timelines of different stories do not take each other’s hash entries', async () => {
    const article = await mount({ attributes: { id: 'article', 'sync-url': '' } });
    const apollo = await mount({ story: structuredClone(apolloStory), attributes: { id: 'apollo', 'sync-url': '' } });
    location.hash = `#apollo:event=apollo-11-landing&article:event=${ids[0]}`;
    await until(() => apollo.selected === 'apollo-11-landing' && article.selected === ids[0], 'each took its own entry');
    expect(uncaught).toEqual([]);
  });

  test('a lone syncing timeline with an id still writes the short #event=<id> form', async () => {
    const el = await mount({ story: structuredClone(apolloStory), attributes: { id: 'early', 'sync-url': '' } });
    expect(el.select('apollo-8')).toBe(true);
    await settle(el);
    expect(location.hash).toBe('#event=apollo-8');
  });
});

describe('the detail panel and the source view show text from data as text', () => {
  const validIds = ['img-payload', 'script-payload', 'svg-payload', 'plain-event', 'evil-source-event'];

  test('summaries, quotes, date notes, source titles and publishers with markup are literal and run nothing', async () => {
    const el = await mount({ story: structuredClone(hostileStory), attributes: { 'show-source': '' } });
    const root = shadow(el);
    let texts = 0;
    for (const id of validIds) {
      expect(el.select(id)).toBe(true);
      await settle(el);
      const panel = detail(el);
      expect(panel, `detail of ${id}`).not.toBeNull();
      const event = hostileStory.events.find((e) => e.id === id)! as { title: string; summary?: string; dateNote?: string; citations: { quote: string }[] };
      // Every text the event has, literally: the title always, a summary and a date note where given.
      const expected = [event.title, event.summary, event.dateNote].filter((t): t is string => typeof t === 'string' && t !== '');
      for (const text of expected) expect(panel!.textContent).toContain(text);
      texts += expected.length;
      const quote = panel!.querySelector('[part~="quote"]');
      expect(quote?.textContent).toBe(event.citations[0].quote);
    }
    // The fixture has markup in summaries and notes too, so the loop above checked more than titles.
    expect(texts).toBeGreaterThan(validIds.length);
    el.select('img-payload');
    await settle(el);
    expect(detail(el)!.textContent).toContain(hostileStory.sources[0].title);
    const sourceView = root.querySelector<HTMLElement>('[part~="source-view"]');
    expect(sourceView, 'the source view is shown').not.toBeNull();
    for (const paragraph of hostileStory.sources[0].paragraphs) expect(sourceView!.textContent).toContain(paragraph.text);
    expect(sourceView!.textContent).toContain(hostileStory.sources[0].title);
    expect(sourceView!.textContent).toContain(hostileStory.sources[0].publisher);

    await atRest(el);
    expect((window as { __pwned?: unknown }).__pwned, 'no payload ran').toBeUndefined();
    expect(root.querySelectorAll('img, script, iframe, object, embed').length).toBe(0);
    // The element's own svgs: the axis and the overview strip.
    const isOwnSvg = (svg: Element) => svg.matches('[part~="axis"], [part~="overview"]') || svg.closest('[part~="overview"]') !== null;
    expect([...root.querySelectorAll('svg')].every(isOwnSvg), 'the only svgs are the axis and the overview strip').toBe(true);
    const withHandlers = [...root.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name)));
    expect(withHandlers.map((n) => n.outerHTML.slice(0, 80))).toEqual([]);
    expect(uncaught).toEqual([]);
  });

  test('only http and https URLs become links; the javascript: source has no link anywhere', async () => {
    const el = await mount({ story: structuredClone(hostileStory), attributes: { 'show-source': '' } });
    const root = shadow(el);
    el.select('img-payload');
    await settle(el);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(links.length, 'the https source is linked').toBeGreaterThan(0);
    for (const a of links) expect(['http:', 'https:']).toContain(new URL(a.href).protocol);
    el.select('evil-source-event');
    await settle(el);
    expect(detail(el)!.querySelectorAll('a[href]').length, 'no link for the javascript: source').toBe(0);
    const urls = [...root.querySelectorAll('[href], [cite], [src], [action], [formaction]')].flatMap((node) =>
      ['href', 'cite', 'src', 'action', 'formaction'].map((name) => node.getAttribute(name)).filter((v): v is string => v !== null),
    );
    expect(urls.length, 'the https source is still linked').toBeGreaterThan(0);
    expect(urls.filter((v) => v.trim().toLowerCase().startsWith('javascript:'))).toEqual([]);
  });

  test('markers in the source view select in their own timeline only', async () => {
    const one = await mount({ attributes: { 'show-source': '' } });
    const two = await mount({ attributes: { 'show-source': '' } });
    const marker = shadow(one).querySelector<HTMLElement>('[part~="citation-marker"]');
    expect(marker, 'a citation marker in the source view').not.toBeNull();
    await userEvent.click(marker!);
    await until(() => one.selected === marker!.dataset.eventId, 'the marker selected in one');
    expect(two.selected).toBeNull();
    expect(mark(two, marker!.dataset.eventId!)?.getAttribute('aria-pressed') ?? 'false').toBe('false');
  });
});
