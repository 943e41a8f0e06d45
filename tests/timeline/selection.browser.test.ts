/**
 * Selection through the element: select() and the selected attribute (before the story arrives
 * too), select(null), timeline-select, aria-current, and several timelines on one page that each
 * keep their own selection and keys.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline, TimelineSelectDetail } from '../../src/timeline/history-timeline';
import {
  articleStory, atRest, clusters, detail, labelOf, mark, marks, mount, place, settle, shadow, tabIntoEvents, twoTimelines, unmountAll, until, zoomAndWait,
} from '../support/harness';

afterEach(unmountAll);

/** A timeline attached without a story, so calls can be made before one arrives. */
async function storyless(): Promise<HistoryTimeline> {
  const el = place();
  await el.updateComplete;
  return el;
}

async function giveStory(el: HistoryTimeline, story: unknown = structuredClone(articleStory)): Promise<void> {
  el.story = story;
  await until(() => el.view !== null && marks(el).length + clusters(el).length > 0, 'the story is drawn');
  await atRest(el);
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

describe('select() before the story arrives', () => {
  test('an id is kept and applied once the story arrives: selected, opened and drawn as current', async () => {
    const el = await storyless();
    const seen: TimelineSelectDetail[] = [];
    el.addEventListener('timeline-select', (e) => seen.push(e.detail));
    expect(el.select('floods-april-2024')).toBe(true);
    await giveStory(el);
    await until(() => mark(el, 'floods-april-2024') !== null, 'the selected event is brought into view');
    expect(el.selected).toBe('floods-april-2024');
    expect(detail(el)!.textContent).toContain(articleStory.events.find((e) => e.id === 'floods-april-2024')!.title);
    expect(mark(el, 'floods-april-2024')!.getAttribute('aria-current')).toBe('true');
    expect(seen.map((d) => d.id)).toEqual(['floods-april-2024']);
  });

  test('an id the story does not have is dropped once it arrives', async () => {
    const el = await storyless();
    el.select('no-such-event');
    await giveStory(el);
    expect(el.selected).toBeNull();
    expect(detail(el)).toBeNull();
    expect(el.hasAttribute('selected')).toBe(false);
  });

  test('select(null) before the story cancels an earlier select()', async () => {
    const el = await storyless();
    el.select('floods-april-2024');
    el.select(null);
    await giveStory(el);
    expect(el.selected).toBeNull();
    expect(detail(el)).toBeNull();
  });
});

describe('select(null)', () => {
  test('clears the selection: the detail closes, no mark is current, and timeline-select says null', async () => {
    const el = await mount();
    el.select('taliban-seize-power');
    await until(() => mark(el, 'taliban-seize-power')?.getAttribute('aria-current') === 'true', 'selected and drawn');
    const seen: TimelineSelectDetail[] = [];
    el.addEventListener('timeline-select', (e) => seen.push(e.detail));
    expect(el.select(null)).toBe(true);
    await settle(el);
    expect(el.selected).toBeNull();
    expect(el.hasAttribute('selected')).toBe(false);
    expect(detail(el)).toBeNull();
    expect(marks(el).filter((m) => m.getAttribute('aria-current') === 'true')).toEqual([]);
    expect(seen).toEqual([{ id: null, event: null }]);
  });
});

describe('aria-current', () => {
  test('only the selected event\'s mark is current, and it follows the selection', async () => {
    const el = await mount();
    await zoomAndWait(el, '2021-07-20', '2021-09-20');
    const current = () => marks(el).filter((m) => m.getAttribute('aria-current') === 'true').map((m) => m.dataset.eventId);
    expect(current()).toEqual([]);
    for (const m of marks(el)) expect(m.getAttribute('aria-current')).toBe('false');
    await userEvent.click(mark(el, 'taliban-seize-power')!);
    await until(() => current().length === 1, 'one mark is current');
    expect(current()).toEqual(['taliban-seize-power']);
    await userEvent.click(mark(el, 'afghan-security-forces-collapse')!);
    await until(() => current()[0] === 'afghan-security-forces-collapse', 'the current mark followed the click');
    expect(current()).toEqual(['afghan-security-forces-collapse']);
  });
});
