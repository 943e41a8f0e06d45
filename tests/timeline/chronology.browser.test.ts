/**
 * The phone chronology: under 480 px the element shows every event in time order by year, the
 * detail opening under the tapped event, instead of the horizontal timeline.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import footbridge from '../fixtures/footbridge.story.json';
import { articleStory, atRest, clusters, expectDetailOf, marks, mount, mountNarrow, part, parts, place, placeStory, placeWithStaticHtml, settle, shadow, unmountAll, until, viewport } from '../support/harness';

const CHRONOLOGY_ITEM = '[part~="chronology"] [data-event-id]';

afterEach(unmountAll);

describe('phones', () => {
  test('at 360 px: a vertical chronology, one toolbar row, nothing scrolls sideways, the detail opens under the tapped event', async () => {
    const el = await mountNarrow(360);
    expect(viewport(el).hidden).toBe(true);
    const chronology = part(el, 'chronology')!;
    expect(chronology.scrollWidth).toBeLessThanOrEqual(chronology.clientWidth + 1);
    expect(el.scrollWidth).toBeLessThanOrEqual(360);
    const bar = part(el, 'toolbar')!;
    expect(new Set([...bar.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top))).size).toBe(1);
    const headings = [...chronology.querySelectorAll('[role="heading"]')].map((h) => h.textContent);
    expect(headings).toEqual(['1992', '1994', '1996', '2021', '2022', '2023', '2024', '2025']);
    // The years are the view's top headings: at heading-level, so a page's h1 is not followed by an h3.
    const levels = () => new Set([...part(el, 'chronology')!.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level')));
    expect(levels()).toEqual(new Set(['2']));
    el.headingLevel = 4;
    await el.updateComplete;
    expect(levels()).toEqual(new Set(['4']));
    el.headingLevel = 2;
    await el.updateComplete;
    const item = chronology.querySelector<HTMLButtonElement>('[data-event-id="taliban-capture-kabul"]')!;
    item.click();
    await until(() => el.selected === 'taliban-capture-kabul', 'tapping selects');
    await el.updateComplete;
    const detail = part(el, 'detail')!;
    expect(item.closest('li')!.contains(detail), 'the detail opens under its event').toBe(true);
    expect(detail.getBoundingClientRect().top).toBeGreaterThanOrEqual(item.getBoundingClientRect().bottom - 1);
    item.click();
    await until(() => el.selected === null, 'tapping again closes it');
  });

  test('the chronology marks the axis\'s compressed gap where it falls: "24 years later" between 1997 and 2021, in the language\'s words', async () => {
    const el = await mountNarrow(360);
    const chronology = part(el, 'chronology')!;
    const gaps = [...chronology.querySelectorAll('[part~="gap"]')];
    expect(gaps.map((g) => g.textContent)).toEqual(['24 years later']);
    // Between the last event before the gap and the first after it, in reading order.
    const order = [...chronology.querySelectorAll('[data-event-id], [part~="gap"]')].map((n) => (n as HTMLElement).dataset.eventId ?? 'gap');
    expect(order.slice(order.indexOf('gap') - 1, order.indexOf('gap') + 2)).toEqual(['islamic-emirate-declared', 'gap', 'afghan-security-forces-collapse']);
    // The same stretch the horizontal axis compresses.
    el.narrowView = 'timeline';
    await until(() => !viewport(el).hidden, 'the horizontal timeline');
    await atRest(el);
    expect(shadow(el).querySelector('.gap-label')?.textContent).toBe('24 years');
    el.narrowView = 'chronology';
    el.lang = 'ru';
    await until(() => part(el, 'chronology')?.querySelector('[part~="gap"]')?.textContent === 'Спустя 24 года', 'the Russian words, with the plural Intl chose');
    el.lang = 'ar';
    await until(() => part(el, 'chronology')?.querySelector('[part~="gap"]')?.textContent?.startsWith('بعد ') ?? false, 'the Arabic words');
    el.timeScale = 'linear';
    await until(() => part(el, 'chronology')?.querySelector('[part~="gap"]') === null, 'a linear axis has no gap, nor has the chronology');
  });

  test('the Timeline button shows the horizontal timeline; narrow-view="timeline" starts there', async () => {
    const el = await mountNarrow(360);
    const toggle = [...part(el, 'toolbar')!.querySelectorAll('button')].find((b) => b.textContent === 'Timeline')!;
    toggle.click();
    await until(() => !viewport(el).hidden && marks(el).length + clusters(el).length > 0, 'the horizontal timeline is drawn');
    expect(part(el, 'chronology')).toBeNull();
    const direct = await mount({ width: 360, attributes: { 'narrow-view': 'timeline' } });
    await atRest(direct);
    expect(part(direct, 'chronology')).toBeNull();
    expect(parts(direct, 'event').length + clusters(direct).length).toBeGreaterThan(0);
  });
});

/** From the toolbar's bottom to what comes next on screen: the groups' legend, if the story has groups, or the chronology's first year, px. */
function gapUnderToolbar(el: HistoryTimeline): number {
  const next = part(el, 'legend') ?? part(el, 'chronology')!.querySelector('[role="heading"]')!;
  return next.getBoundingClientRect().top - part(el, 'toolbar')!.getBoundingClientRect().bottom;
}

describe('a published page on a phone (360 × 760)', () => {
  afterEach(() => page.viewport(1280, 800));

  test.each([
    ['the article story', articleStory],
    ['a small exported page', footbridge],
  ])('%s: the chronology starts under the toolbar as without static HTML; the room the static HTML took stays kept below it', async (_, story) => {
    await page.viewport(360, 760);
    window.scrollTo(0, 0);
    const expected = gapUnderToolbar(await placeStory(story, { width: 344, drawn: CHRONOLOGY_ITEM }));
    unmountAll();
    const el = await placeWithStaticHtml(story, { width: 344, drawn: CHRONOLOGY_ITEM });
    const room = Number.parseFloat(part(el, 'base')!.style.getPropertyValue('--_static-room'));
    expect(room, 'the static HTML was on screen: the element keeps its room').toBeGreaterThan(0);
    expect(gapUnderToolbar(el), 'no blank between the toolbar and the first year').toBeCloseTo(expected, 0);
    expect(expected).toBeLessThan(24);
    expect(el.getBoundingClientRect().height, 'nothing below the element moves up').toBeGreaterThanOrEqual(room - 1);
  });
});

describe('phone chronology', () => {
  // Under 480 px the element shows the chronology (narrow-view="chronology", the default), not the
  // horizontal timeline: on a phone, every event is reached from it.
  test('on a 360 px screen, every event is reachable from the chronology and opens with its quote', async () => {
    const el = await mountNarrow(360);
    const chronology = shadow(el).querySelector<HTMLElement>('[part~="chronology"]')!;
    const items = [...chronology.querySelectorAll<HTMLButtonElement>('button[data-event-id]')];
    // Time order: the element's validated order, by start, then end, then place in the story.
    expect(items.map((b) => b.dataset.eventId)).toEqual(el.events.map((e) => e.id));
    const starts = el.events.map((e) => e.calendar.start.toMillis());
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
    for (const item of items) expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
    for (const event of articleStory.events) {
      const item = chronology.querySelector<HTMLButtonElement>(`button[data-event-id="${event.id}"]`)!;
      await userEvent.click(item);
      await until(() => el.selected === event.id, `tapping ${event.id} selects it`);
      await settle(el);
      expectDetailOf(el, event.id);
    }
  });

  // Found by the fuzz test (see fuzz.browser.test.ts for the seeds).
  test('on a phone, a search that leaves the selected event out of the chronology keeps its detail shown', async () => {
    const el = place((t) => (t.story = structuredClone(articleStory)), 400);
    await until(() => part(el, 'chronology') !== null, 'the chronology is shown');
    el.selected = 'soviet-backed-government-collapses';
    await until(() => part(el, 'detail')?.dataset.eventId === 'soviet-backed-government-collapses', 'the detail opens inline');
    el.search = 'bridge';
    await el.updateComplete;
    expect(part(el, 'chronology')!.querySelector('[data-event-id="soviet-backed-government-collapses"]')).toBeNull();
    expect(el.selected).toBe('soviet-backed-government-collapses');
    expect(part(el, 'detail')?.dataset.eventId, 'the selection still has its detail').toBe('soviet-backed-government-collapses');
  });
});
