import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline, TimelineSelectDetail } from '../../src/timeline/history-timeline';
import { syntheticStory } from '../../scripts/synthetic-story';
import { articleStory, atRest, input, mark, mount, settle, shadow, unmountAll, until, viewport, windowMs } from './harness';

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

type StoryEvent = (typeof articleStory.events)[number];
const byId = (id: string) => articleStory.events.find((e) => e.id === id)! as StoryEvent;
const detail = (el: HistoryTimeline) => shadow(el).querySelector<HTMLElement>('[part="detail"]');
const activeInShadow = (el: HistoryTimeline) => shadow(el).activeElement as HTMLElement | null;

/** The detail shows this event: title, and every citation's quote highlighted in its paragraph. */
function expectDetailOf(el: HistoryTimeline, id: string) {
  const event = byId(id);
  const panel = detail(el);
  expect(panel, `detail open for ${id}`).not.toBeNull();
  expect(panel!.querySelector('[role="heading"]')!.textContent).toBe(event.title);
  const marks = [...panel!.querySelectorAll('blockquote mark')].map((m) => m.textContent);
  expect(marks).toEqual(event.citations.map((c) => c.quote));
  const paragraphs = [...panel!.querySelectorAll('blockquote')].map((b) => b.textContent);
  const story = articleStory.sources[0];
  expect(paragraphs).toEqual(event.citations.map((c) => story.paragraphs.find((p) => p.id === c.paragraph)!.text));
}

describe('detail', () => {
  test('clicking an event opens its detail with the quoted words highlighted', async () => {
    const el = await mount();
    const selections: TimelineSelectDetail[] = [];
    el.addEventListener('timeline-select', (e) => selections.push(e.detail));
    const target = mark(el, 'taliban-capture-kabul')!;
    await userEvent.click(target.querySelector('.label')!);
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
      'taliban-pledge-rights': 'about August 2021',
    };
    for (const [id, phrase] of Object.entries(phrases)) {
      el.select(id);
      await settle(el);
      expect(detail(el)!.querySelector('[part="date"]')!.textContent).toBe(phrase);
    }
  });

  test('previous and next walk the events in time order and keep the selection in view', async () => {
    const el = await mount();
    el.zoomTo('1991', '1993');
    await settle(el, 25);
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
    await userEvent.click(mark(el, 'taliban-capture-kabul')!.querySelector('.label')!);
    await settle(el);
    expect(detail(el)).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await settle(el, 3);
    expect(detail(el)).toBeNull();
    expect(el.selected).toBeNull();
    expect(activeInShadow(el)?.dataset.eventId).toBe('taliban-capture-kabul');
  });

  test('selecting an event off screen brings it into view, zooming out of a cluster', async () => {
    const el = await mount();
    el.zoomTo('1992', '1994');
    await settle(el, 25);
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
    viewport(el).focus();
    await userEvent.tab();
    const first = activeInShadow(el);
    expect(first?.classList.contains('event')).toBe(true);
    const firstId = first!.dataset.eventId!;
    const order = el.events.map((e) => e.id);
    // Only one event is in the tab order.
    expect([...shadow(el).querySelectorAll('.event[tabindex="0"]')].length).toBe(1);
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
    // Zoom keys keep working on an event.
    const before = windowMs(el);
    await userEvent.keyboard('+');
    await until(() => windowMs(el).end - windowMs(el).start < (before.end - before.start) * 0.6, '+ zoomed in from an event');
  });

  test('focus is always visible', async () => {
    const el = await mount();
    viewport(el).focus();
    await userEvent.tab();
    const focused = activeInShadow(el)!;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).not.toBe('none');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});

describe('list view', () => {
  test('on a 360 px screen, every event is reachable from the list and opens with its quote', async () => {
    const el = await mount({ width: 360 });
    const toggle = [...shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent === 'List')!;
    await userEvent.click(toggle);
    await settle(el);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const items = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="list"] button.list-item')];
    // Time order: the element's validated order, by start, then end, then id.
    expect(items.map((b) => b.dataset.eventId)).toEqual(el.events.map((e) => e.id));
    const starts = el.events.map((e) => e.calendar.start.toMillis());
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
    for (const item of items) expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
    for (const event of articleStory.events) {
      const item = shadow(el).querySelector<HTMLButtonElement>(`[part="list"] button[data-event-id="${event.id}"]`)!;
      await userEvent.click(item);
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
    await settle(el, 4);
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
    el.zoomTo('1992', '1995');
    await settle(el, 25);
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
    expect(shadow(el).querySelector('.print-list'), 'built only when printing').toBeNull();
    await input.emulateMedia({ media: 'print' });
    try {
      await until(() => shadow(el).querySelector('.print-list') !== null, 'printing built the print list');
      const list = shadow(el).querySelector<HTMLElement>('.print-list')!;
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
    expect(shadow(el).querySelectorAll('.print-list li').length).toBe(articleStory.events.length);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.print-list')).toBeNull();
  });

  test('heading-level sets the level of the panels\' headings to fit the page', async () => {
    const el = await mount({ attributes: { 'heading-level': '3', 'show-source': '' } });
    el.select('taliban-seize-power');
    await settle(el);
    expect(detail(el)!.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('3');
    expect(shadow(el).querySelector('.source-title')!.getAttribute('aria-level')).toBe('3');
    expect(shadow(el).querySelector('.source-heading')!.getAttribute('aria-level')).toBe('4');
  });
});
