import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline, TimelineSelectDetail } from '../../src/timeline/history-timeline';
import { syntheticStory } from '../../scripts/synthetic-story';
import { articleStory, atRest, centre, input, msPerPx, labelOf, mark, mount, mountNarrow, settle, shadow, tabIntoEvents, unmountAll, until, viewport, windowMs, zoomAndWait } from '../support/harness';

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

type StoryEvent = (typeof articleStory.events)[number];
const byId = (id: string) => articleStory.events.find((e) => e.id === id)! as StoryEvent;
const detail = (el: HistoryTimeline) => shadow(el).querySelector<HTMLElement>('[part="detail"]');
/** The list built for printing: print-only, so it has no documented part; found by its class. */
const printList = (el: HistoryTimeline) => shadow(el).querySelector<HTMLElement>('.print-list');
const activeInShadow = (el: HistoryTimeline) => shadow(el).activeElement as HTMLElement | null;

/**
 * The detail shows this event: title, and every citation's paragraph with its quote highlighted.
 * A quote that is (nearly) its whole paragraph, 90 % of it or more, is shown as the paragraph with no
 * highlight (the design: a highlight over everything would say nothing).
 */
function expectDetailOf(el: HistoryTimeline, id: string) {
  const event = byId(id);
  const panel = detail(el);
  expect(panel, `detail open for ${id}`).not.toBeNull();
  expect(panel!.querySelector('[role="heading"]')!.textContent).toBe(event.title);
  const story = articleStory.sources[0];
  const paragraphOf = (c: StoryEvent['citations'][number]) => story.paragraphs.find((p) => p.id === c.paragraph)!.text;
  const marks = [...panel!.querySelectorAll('blockquote mark')].map((m) => m.textContent);
  expect(marks).toEqual(event.citations.filter((c) => c.quote.trim().length < paragraphOf(c).trim().length * 0.9).map((c) => c.quote));
  const paragraphs = [...panel!.querySelectorAll('blockquote')].map((b) => b.textContent);
  expect(paragraphs).toEqual(event.citations.map(paragraphOf));
}

describe('detail', () => {
  test('clicking an event opens its detail with the quoted words highlighted', async () => {
    const el = await mount();
    const selections: TimelineSelectDetail[] = [];
    el.addEventListener('timeline-select', (e) => selections.push(e.detail));
    const target = mark(el, 'taliban-capture-kabul')!;
    await userEvent.click(labelOf(target));
    await settle(el);
    expectDetailOf(el, 'taliban-capture-kabul');
    expect(el.selected).toBe('taliban-capture-kabul');
    expect(el.getAttribute('selected')).toBe('taliban-capture-kabul');
    expect(selections.map((s) => s.id)).toEqual(['taliban-capture-kabul']);
    expect(selections[0].event!.title).toBe(byId('taliban-capture-kabul').title);
    // An inferred date says so, with its note.
    const note = detail(el)!.querySelector('[part="date-note"]')!.textContent!;
    expect(note).toContain('The source does not state this date.');
    expect(note).toContain(byId('taliban-capture-kabul').dateNote!);
    // The live region announces only the title and date.
    expect(shadow(el).querySelector('[role="status"][aria-live="polite"]')!.textContent).toBe(
      `${byId('taliban-capture-kabul').title}, 27 September 1996`,
    );
  });

  test('date phrases say exactly what the data says', async () => {
    const el = await mount();
    const phrases: Record<string, string> = {
      'taliban-advance-through-southern-afghanistan': 'By 1994',
      'afghan-security-forces-collapse': 'August 2021',
      'taliban-seize-power': '15 August 2021',
      // Visible phrases are capitalised (sentences and aria text may use them in lower case).
      'taliban-pledge-rights': 'About August 2021',
    };
    for (const [id, phrase] of Object.entries(phrases)) {
      el.select(id);
      await settle(el);
      expect(detail(el)!.querySelector('[part="date"]')!.textContent).toBe(phrase);
    }
  });

  test('previous and next walk the events in time order and keep the selection in view', async () => {
    const el = await mount();
    await zoomAndWait(el, '1991', '1993');
    el.select(el.events[0].id);
    await settle(el);
    const order = el.events.map((e) => e.id);
    const seen = [el.selected];
    for (let i = 1; i < 5; i++) {
      const next = [...detail(el)!.querySelectorAll('button')].find((b) => b.textContent!.includes('Next'))!;
      await userEvent.click(next);
      await until(() => el.selected !== seen[seen.length - 1], 'next selected another event');
      seen.push(el.selected);
    }
    expect(seen).toEqual(order.slice(0, 5));
    await until(() => mark(el, seen[4]!) !== null, 'the selected event is drawn');
    const prev = [...detail(el)!.querySelectorAll('button')].find((b) => b.textContent!.includes('Previous'))!;
    await userEvent.click(prev);
    await until(() => el.selected === seen[3], 'previous went back');
  });

  test('Escape closes the detail and returns focus to the event mark', async () => {
    const el = await mount();
    await userEvent.click(labelOf(mark(el, 'taliban-capture-kabul')!));
    await settle(el);
    expect(detail(el)).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await atRest(el);
    expect(detail(el)).toBeNull();
    expect(el.selected).toBeNull();
    expect(activeInShadow(el)?.dataset.eventId).toBe('taliban-capture-kabul');
  });

  test('selecting an event off screen brings it into view, zooming out of a cluster', async () => {
    const el = await mount();
    await zoomAndWait(el, '1992', '1994');
    expect(el.select('russia-recognizes-taliban-government')).toBe(true);
    await until(() => mark(el, 'russia-recognizes-taliban-government') !== null, 'the event is drawn on its own');
    const w = windowMs(el);
    expect(w.start).toBeLessThan(Date.UTC(2025, 6, 3));
    expect(w.end).toBeGreaterThan(Date.UTC(2025, 6, 3));
    expect(el.select('no-such-event')).toBe(false);
  });
});

describe('keyboard only', () => {
  test('one tab stop into the events, arrows move in time order, Enter opens the detail', async () => {
    const el = await mount();
    // The era row's titles (buttons above the events) come before the events in the tab order.
    const first = await tabIntoEvents(el);
    expect(first?.matches('[part~="event"]')).toBe(true);
    const firstId = first!.dataset.eventId!;
    const order = el.events.map((e) => e.id);
    // Only one event is in the tab order.
    expect([...shadow(el).querySelectorAll('[part~="event"][tabindex="0"]')].length).toBe(1);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => activeInShadow(el)?.dataset.eventId === order[order.indexOf(firstId) + 1], 'ArrowRight moved to the next event');
    await atRest(el);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expectDetailOf(el, order[order.indexOf(firstId) + 1]);
    await userEvent.keyboard('{End}');
    await until(() => activeInShadow(el)?.dataset.eventId === order[order.length - 1], 'End moved to the last event');
    await atRest(el);
    await userEvent.keyboard(' ');
    await settle(el);
    expectDetailOf(el, order[order.length - 1]);
    await userEvent.keyboard('{Home}');
    await until(() => activeInShadow(el)?.dataset.eventId === order[0], 'Home moved to the first event');
    // Zoom keys keep working on an event. Read as the time a pixel covers at the centre (in the
    // compressed default the real span of the window changes by another factor than the axis).
    await atRest(el);
    const { x } = centre(el);
    const before = msPerPx(el, x);
    await userEvent.keyboard('+');
    await until(() => msPerPx(el, x) < before * 0.6, '+ zoomed in from an event');
  });

  test('focus is always visible', async () => {
    const el = await mount();
    const focused = (await tabIntoEvents(el))!;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).not.toBe('none');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});

describe('phone chronology', () => {
  // Under 480 px the element shows the chronology (narrow-view="chronology", the default), not the
  // horizontal timeline: on a phone, every event is reached from it.
  test('on a 360 px screen, every event is reachable from the chronology and opens with its quote', async () => {
    const el = await mountNarrow(360);
    const chronology = shadow(el).querySelector<HTMLElement>('[part~="chronology"]')!;
    const items = [...chronology.querySelectorAll<HTMLButtonElement>('button[data-event-id]')];
    // Time order: the element's validated order, by start, then end, then id.
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
});

describe('links both ways between events and the article', () => {
  test('"Show in the article" scrolls to the paragraph and highlights the quoted words', async () => {
    const el = await mount();
    el.select('taliban-advance-through-southern-afghanistan');
    await settle(el);
    const show = [...detail(el)!.querySelectorAll('button')].find((b) => b.textContent === 'Show in the article')!;
    await userEvent.click(show);
    await atRest(el);
    const citation = byId('taliban-advance-through-southern-afghanistan').citations[0];
    const paragraph = shadow(el).querySelector<HTMLElement>(`[part="source"] [data-paragraph-id="${citation.paragraph}"]`)!;
    expect(paragraph.querySelector('mark')!.textContent).toBe(citation.quote);
    expect(activeInShadow(el)).toBe(paragraph);
    await until(() => {
      const box = paragraph.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, 'the paragraph scrolled into view');
  });

  test('a cited paragraph names its events, and its marker selects the event on the timeline', async () => {
    const el = await mount({ attributes: { 'show-source': '' } });
    await zoomAndWait(el, '1992', '1995');
    const citing = articleStory.events.filter((e) => e.citations.some((c) => c.paragraph === 'p1'));
    const markers = [...shadow(el).querySelectorAll<HTMLButtonElement>('[data-paragraph-id="p1"] [part="citation-marker"]')];
    expect(markers.map((m) => m.dataset.eventId)).toEqual(citing.map((e) => e.id));
    expect(markers[0].textContent).toContain(citing[0].title);
    await userEvent.click(markers[0]);
    await until(() => mark(el, citing[0].id) !== null, 'the event is brought into view');
    expect(el.selected).toBe(citing[0].id);
    expectDetailOf(el, citing[0].id);
  });
});

describe('deep links', () => {
  test('a page opened with #event=<id> opens that event, and Back / Forward move through selections', async () => {
    history.replaceState(null, '', '#event=taliban-seize-power');
    const el = await mount({ attributes: { 'sync-url': '' } });
    await until(() => detail(el) !== null, 'the hash opened the event');
    expectDetailOf(el, 'taliban-seize-power');
    el.select('floods-april-2024');
    await settle(el);
    expect(location.hash).toBe('#event=floods-april-2024');
    history.back();
    await until(() => el.selected === 'taliban-seize-power', 'Back restored the previous selection');
    history.forward();
    await until(() => el.selected === 'floods-april-2024', 'Forward restored the next selection');
  });

  test('with several syncing timelines, each keeps its own scope in the hash', async () => {
    const a = await mount({ attributes: { 'sync-url': '', id: 'first' } });
    const b = await mount({ attributes: { 'sync-url': '', id: 'second' } });
    a.select('taliban-seize-power');
    await settle(a);
    b.select('floods-april-2024');
    await settle(b);
    expect(location.hash).toBe('#first:event=taliban-seize-power&second:event=floods-april-2024');
    expect(a.selected).toBe('taliban-seize-power');
  });
});

describe('print', () => {
  test('Show more adds the next page of a long list and takes focus to its first new item', async () => {
    const story = syntheticStory(1_100, 5);
    const el = await mount({ story });
    el.viewMode = 'list';
    await settle(el);
    const items = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="list"] button.list-item')];
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

  test('the print stylesheet prints the chronological list with each quote and its citation', async () => {
    const el = await mount();
    expect(printList(el), 'built only when printing').toBeNull();
    await input.emulateMedia({ media: 'print' });
    try {
      await until(() => printList(el) !== null, 'printing built the print list');
      const list = printList(el)!;
      expect(getComputedStyle(list).display).toBe('block');
      expect(getComputedStyle(viewport(el)).display).toBe('none');
      const items = [...list.querySelectorAll('li')];
      expect(items.length).toBe(articleStory.events.length);
      const first = articleStory.events[0];
      expect(items[0].textContent).toContain(first.title);
      expect(items[0].textContent).toContain(first.citations[0].quote);
      expect(items[0].textContent).toMatch(/paragraph \d+/);
    } finally {
      await input.emulateMedia({ media: null });
    }
  });

  test('beforeprint builds the print list before the browser lays out the print', async () => {
    const el = await mount();
    window.dispatchEvent(new Event('beforeprint'));
    // Lit renders in a microtask, which runs before the browser goes on to print.
    await Promise.resolve();
    await el.updateComplete;
    expect(printList(el)!.querySelectorAll('li').length).toBe(articleStory.events.length);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(printList(el)).toBeNull();
  });

  test('heading-level sets the level of the panels\' headings to fit the page', async () => {
    const el = await mount({ attributes: { 'heading-level': '3', 'show-source': '' } });
    el.select('taliban-seize-power');
    await settle(el);
    expect(detail(el)!.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('3');
    // In the source view: the source's title at the level, its heading paragraphs one below.
    const levels = [...shadow(el).querySelectorAll('[part~="source"] [role="heading"]')].map((h) => h.getAttribute('aria-level'));
    expect(levels[0]).toBe('3');
    expect(levels.length).toBeGreaterThan(1);
    expect(levels.slice(1).every((level) => level === '4'), levels.join(', ')).toBe(true);
  });
});
