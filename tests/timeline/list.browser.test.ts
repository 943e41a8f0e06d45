import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { syntheticStory } from '../../scripts/synthetic-story';
import { articleStory, input, mount, mountNarrow, part, placeStory, placeWithStaticHtml, settle, shadow, unmountAll } from '../support/harness';
import footbridge from '../fixtures/footbridge.story.json';
import { listSections, printSections, printed, type Section } from '../support/list-sections';

afterEach(async () => {
  unmountAll();
  await input.emulateMedia({ media: null });
});

type Story = typeof articleStory;
type Era = Story['eras'][number];

/** The element in list view: mounted as a timeline (mount waits for its marks), then switched. */
async function mountList(options: Parameters<typeof mount>[0] = {}): Promise<HistoryTimeline> {
  const el = await mount(options);
  el.viewMode = 'list';
  await settle(el);
  return el;
}

const ids = (from: string, to: string, events: readonly { id: string }[]) => {
  const all = events.map((e) => e.id);
  return all.slice(all.indexOf(from), all.indexOf(to) + 1);
};

describe('eras as headings in the list view and in print', () => {
  test("the article's list: its events under its two eras' headings, those before them under Other events; each item names its group", async () => {
    const el = await mountList();
    const all = el.events;
    const sections = listSections(el);
    expect(sections.map((s) => s.heading)).toEqual([
      'Other events',
      expect.stringMatching(/^The first Taliban government \(27 September 1996 – November 2001\)$/),
      expect.stringMatching(/^The Taliban back in power \(.*2021.*\)$/),
    ]);
    expect(sections.map((s) => s.level)).toEqual(['2', '2', '2']);
    expect(sections.map((s) => s.items)).toEqual([
      ['soviet-backed-government-collapses', 'taliban-advance-through-southern-afghanistan'],
      ['taliban-capture-kabul', 'islamic-emirate-declared'],
      ids('afghan-security-forces-collapse', 'russia-recognizes-taliban-government', all),
    ]);
    // Still one chronological list, read in time order.
    expect(sections.flatMap((s) => s.items)).toEqual(all.map((e) => e.id));
    const item = shadow(el).querySelector<HTMLElement>('[part="list"] [data-event-id="floods-april-2024"]')!;
    expect(item.querySelector('bdi')!.textContent).toBe('Natural disasters');
  });

  test('the headings follow heading-level; a story without eras keeps one list with no heading', async () => {
    const el = await mountList({ attributes: { 'heading-level': '4' } });
    expect(listSections(el).map((s) => s.level)).toEqual(['4', '4', '4']);
    const plain = structuredClone(articleStory) as Partial<Story>;
    delete plain.eras;
    const without = await mountList({ story: plain });
    expect(listSections(without)).toEqual([{ heading: null, level: null, items: without.events.map((e) => e.id) }]);
  });

  test("a group hidden in the legend leaves the list and the phone's chronology, and an era left empty loses its heading", async () => {
    const el = await mount({ attributes: { 'view-mode': 'both' } });
    const rule = [...part(el, 'legend')!.querySelectorAll('button')].find((b) => b.textContent!.startsWith("The Taliban's rise and rule"))!;
    const ruled = new Set(articleStory.events.filter((e) => e.group === 'taliban-in-power').map((e) => e.id));
    await userEvent.click(rule);
    await settle(el);
    const sections = listSections(el);
    expect(sections.map((s) => s.heading)).toEqual([expect.stringMatching(/^The Taliban back in power \(/)]);
    // Every event left is from August 2021 on.
    expect(sections[0].items).toEqual(el.events.map((e) => e.id).filter((id) => !ruled.has(id)));
    await userEvent.click(rule);
    await settle(el);
    expect(listSections(el).flatMap((s) => s.items)).toEqual(el.events.map((e) => e.id));

    const phone = await mountNarrow();
    const entries = () => [...part(phone, 'chronology')!.querySelectorAll<HTMLElement>('[data-event-id]')].map((b) => b.dataset.eventId!);
    await userEvent.click([...part(phone, 'legend')!.querySelectorAll('button')].find((b) => b.textContent!.startsWith("The Taliban's rise and rule"))!);
    await settle(phone);
    expect(entries()).toEqual(phone.events.map((e) => e.id).filter((id) => !ruled.has(id)));
  });

  test('overlapping eras: an event is under the innermost era it starts in (latest start, then earliest end); a nested era splits the outer one', async () => {
    const story = structuredClone(articleStory) as Story;
    const era = (id: string, date: string): Era => ({ ...story.eras[0], id, title: id, date });
    // Out of order on purpose: the order given must not matter.
    story.eras = [era('Late', '2021-09/2023'), era('Inner', '1996/1997'), era('Outer', '1990/2021-12'), era('Short', '2021-09/2021-12')];
    const el = await mountList({ story });
    const all = el.events;
    const expected = [
      ['Outer', ['soviet-backed-government-collapses', 'taliban-advance-through-southern-afghanistan']],
      ['Inner', ['taliban-capture-kabul', 'islamic-emirate-declared']],
      // August 2021 is in Outer only.
      ['Outer', ids('afghan-security-forces-collapse', 'taliban-seize-power', all)],
      // Short and Late both start in September 2021; Short ends first.
      ['Short', ['girls-barred-from-secondary-school', 'interim-government-declared']],
      ['Late', ['earthquake-june-2022', 'earthquakes-october-2023']],
      ['Other events', ids('floods-april-2024', 'russia-recognizes-taliban-government', all)],
    ];
    const got = (sections: Section[]) => sections.map((s) => [s.heading!.replace(/ \(.*\)$/, ''), s.items]);
    expect(got(listSections(el))).toEqual(expected);
    await printed(el);
    expect(got(printSections(el))).toEqual(expected);
  });
});

describe('a published page in the list view', () => {
  test("a short story's list starts under the toolbar as without static HTML; the room the static HTML took stays kept below it", async () => {
    const options = { width: 1000, attributes: { 'view-mode': 'list' }, drawn: '[part~="list"] li' };
    const gap = (el: HistoryTimeline) => part(el, 'list')!.getBoundingClientRect().top - part(el, 'toolbar')!.getBoundingClientRect().bottom;
    const expected = gap(await placeStory(footbridge, options));
    unmountAll();
    const el = await placeWithStaticHtml(footbridge, options);
    const room = Number.parseFloat(part(el, 'base')!.style.getPropertyValue('--_static-room'));
    expect(room, 'the static HTML was on screen: the element keeps its room').toBeGreaterThan(0);
    expect(gap(el), 'no blank between the toolbar and the list').toBeCloseTo(expected, 0);
    expect(el.getBoundingClientRect().height, 'nothing below the element moves up').toBeGreaterThanOrEqual(room - 1);
  });
});

describe('Show more', () => {
  test('Show more adds the next page of a long list and takes focus to its first new item', async () => {
    const story = syntheticStory(1_100, 5);
    const el = await mount({ story });
    el.viewMode = 'list';
    await settle(el);
    const items = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="list"] [data-event-id]')];
    const more = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="list"] button')].find((b) => b.textContent!.startsWith('Show'));
    expect(items()).toHaveLength(500);
    expect(more()?.textContent).toBe('Show 500 more of 600 remaining');
    await userEvent.click(more()!);
    await settle(el);
    expect(items()).toHaveLength(1_000);
    expect(shadow(el).activeElement).toBe(items()[500]);
    expect(more()?.textContent).toBe('Show 100 more of 100 remaining');
    more()!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    // The button is gone with the last page; focus is on the page's first item, not lost.
    expect(more()).toBeUndefined();
    expect(items().map((b) => b.dataset.eventId)).toEqual(el.events.map((e) => e.id));
    expect(shadow(el).activeElement).toBe(items()[1_000]);
  });
});
