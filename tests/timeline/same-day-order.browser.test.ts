import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { mount, part, place, settle, shadow, tabIntoEvents, unmountAll, until } from '../support/harness';

afterEach(unmountAll);

/**
 * Two events on one day, given in the article's order; their ids sort the other way round, so an
 * order by id (the rule before #24's trial) would draw the search resuming before the tower fell.
 */
const text = 'The building collapsed before dawn. Crews brought the rest of the tower down on the fourth. The search resumed within hours. A first report came out a week later.';
const event = (id: string, date: string, title: string, quote: string) => ({ id, date, title, dateBasis: 'stated', citations: [{ source: 'a', paragraph: 'p1', quote }] });
const story = () => ({
  title: 'Tower collapse',
  sources: [{ id: 'a', title: 'Report', paragraphs: [{ id: 'p1', text }] }],
  events: [
    event('collapse', '2021-06-24', 'Building collapses', 'The building collapsed'),
    event('tower-demolished', '2021-07-04', 'Tower is demolished', 'brought the rest of the tower down'),
    event('report', '2021-07-11', 'First report comes out', 'A first report came out'),
    event('search-resumes', '2021-07-04', 'Search resumes', 'The search resumed'),
  ],
});
const articleOrder = ['collapse', 'tower-demolished', 'search-resumes', 'report'];
const focusedId = (el: HistoryTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.eventId;

describe("events on the same day keep the story's order", () => {
  test('in the element, the list view and arrow-key order', async () => {
    const el = await mount({ story: story() });
    expect(el.events.map((e) => e.id)).toEqual(articleOrder);
    await tabIntoEvents(el);
    const reached = [focusedId(el)];
    for (let i = 1; i < articleOrder.length; i++) {
      await userEvent.keyboard('{ArrowRight}');
      await until(() => focusedId(el) === articleOrder[i], () => `ArrowRight after ${reached.join(', ')} is on ${focusedId(el)}`);
      reached.push(focusedId(el));
    }
    expect(reached).toEqual(articleOrder);
    el.viewMode = 'list';
    await settle(el);
    const listed = [...part(el, 'list')!.querySelectorAll<HTMLElement>('[data-event-id]')].map((b) => b.dataset.eventId);
    expect(listed).toEqual(articleOrder);
  });

  test("in a phone's chronology", async () => {
    const el = place((t) => (t.story = story()), 360);
    await until(() => part(el, 'chronology')?.querySelector('[data-event-id]') != null, 'the chronology drew its events');
    const items = [...part(el, 'chronology')!.querySelectorAll<HTMLElement>('button[data-event-id]')].map((b) => b.dataset.eventId);
    expect(items).toEqual(articleOrder);
  });
});
