/**
 * Stories at the edges of #26: fifty sources (generated here, not a fixture), and a story whose
 * every event the sources date differently.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import type { Citation, Source, StoryInput } from '../../src/model/types';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { detail, input, mark, marks, mount, part, parts, place, settle, shadow, unmountAll, until } from '../support/harness';
import { printed } from '../support/list-sections';
import { resetPageScheme, usePageScheme } from '../support/page-scheme';
import { sourceHeadings, sourceTabs } from '../support/sources';

afterEach(async () => {
  unmountAll();
  await input.emulateMedia({ media: null, reducedMotion: null });
  await resetPageScheme();
});

const SOURCES = 50;
const badge = (el: Element | null) => el?.querySelector('.reports')?.textContent ?? '';

/** Outlet i's report, published on day i + 1 of April 2024 (wrapping after 28), two paragraphs. */
function outlet(i: number): Source {
  return {
    id: `outlet-${i}`,
    title: `Report number ${i}`,
    publisher: `Outlet ${i}`,
    url: `https://outlet-${i}.example/report`,
    published: `2024-04-${String((i % 28) + 1).padStart(2, '0')}`,
    paragraphs: [
      { id: 'p1', text: `The harbour reopened in March 2024, outlet ${i} reported, after the storm had closed it.` },
      { id: 'p2', text: `Ferries ran again on 14 March, the port authority told outlet ${i}. Ferries ran again soon after.` },
    ],
  };
}

/**
 * Fifty outlets: every one reports the harbour reopening (their dates agree); half give the ferries'
 * return, on the 14th or the 13th (they disagree); outlet 0 alone quotes one paragraph twice.
 */
function fiftySources(): StoryInput {
  const sources = Array.from({ length: SOURCES }, (_, i) => outlet(i));
  const reopening: Citation[] = sources.map((s) => ({ source: s.id, paragraph: 'p1', quote: 'The harbour reopened in March 2024' }));
  const ferries: Citation[] = sources
    .filter((_, i) => i % 2 === 0)
    .map((s, k) => ({ source: s.id, paragraph: 'p2', quote: 'Ferries ran again', date: k % 2 ? '2024-03-13' : '2024-03-14' }));
  return {
    title: 'The harbour reopens',
    sources,
    events: [
      { id: 'storm-closes', date: '2024-02', dateBasis: 'stated', title: 'The storm closes the harbour', citations: [
        { source: 'outlet-0', paragraph: 'p1', quote: 'the storm had closed it' },
        { source: 'outlet-0', paragraph: 'p1', quote: 'The harbour reopened' },
      ] },
      { id: 'harbour-reopens', date: '2024-03', dateBasis: 'stated', title: 'The harbour reopens', citations: reopening },
      { id: 'ferries-return', date: '2024-03-14', dateBasis: 'stated', title: 'Ferries run again', dateNote: 'Most reports give the 14th; some the 13th.', citations: ferries },
    ],
  };
}

describe('fifty sources', () => {
  test('the detail heads each source once, in citation order; a paragraph quoted twice is printed once with both quotes marked', async () => {
    const el = await mount({ story: fiftySources(), width: 1280 });
    expect(badge(mark(el, 'harbour-reopens'))).toBe('50');
    expect(badge(mark(el, 'ferries-return'))).toBe('25≠');
    expect(badge(mark(el, 'storm-closes'))).toBe('');
    el.selected = 'harbour-reopens';
    await until(() => detail(el) !== null, 'the detail opened');
    await el.updateComplete;
    const expected = Array.from({ length: SOURCES }, (_, i) => `Outlet ${i} · ${i % 28 + 1} April 2024`);
    expect(sourceHeadings(detail(el)!)).toEqual(expected);
    expect(parts(el, 'cited-source').every((g) => g.querySelectorAll('blockquote').length === 1)).toBe(true);
    expect(detail(el)!.querySelector('[part~="sources-differ"]')).toBeNull();

    el.selected = 'ferries-return';
    await el.updateComplete;
    expect(sourceHeadings(detail(el)!)).toHaveLength(25);
    expect(detail(el)!.querySelector('[part~="sources-differ"]')!.textContent!.replace(/[\u2068\u2069]/g, '')).toMatch(/^Sources differ: 14 March 2024 \(Outlet 0, Outlet 4, .* and Outlet 48\) · 13 March 2024 \(Outlet 2, Outlet 6, .* and Outlet 46\)$/);

    el.selected = 'storm-closes';
    await el.updateComplete;
    const groups = parts(el, 'cited-source');
    expect(groups).toHaveLength(1);
    const quotes = groups[0].querySelectorAll('blockquote');
    expect(quotes).toHaveLength(1);
    expect([...quotes[0].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['The harbour reopened', 'the storm had closed it']);
  });

  test('fifty tabs: the row scrolls sideways inside the element, End reaches the last and brings it into view, and so does "Show in the article"', async () => {
    for (const width of [1280, 360]) {
      const el = place((e) => {
        e.story = fiftySources();
        e.showSource = true;
      }, width);
      await until(() => sourceTabs(el).length === SOURCES, `the ${SOURCES} tabs drew at ${width} px`);
      await settle(el);
      const row = shadow(el).querySelector<HTMLElement>('[role="tablist"]')!;
      expect(row.scrollWidth, 'the row is wider than its box').toBeGreaterThan(row.clientWidth);
      expect(getComputedStyle(row).overflowX).toBe('auto');
      expect(el.scrollWidth, 'the element does not scroll sideways').toBeLessThanOrEqual(width);
      const inView = (tab: HTMLElement) => {
        const box = tab.getBoundingClientRect();
        const frame = row.getBoundingClientRect();
        return box.left >= frame.left - 1 && box.right <= frame.right + 1;
      };
      sourceTabs(el)[0].focus();
      await userEvent.keyboard('{End}');
      await until(() => shadow(el).activeElement === sourceTabs(el)[SOURCES - 1], 'End focused the last tab');
      expect(part(el, 'source')!.dataset.sourceId).toBe(`outlet-${SOURCES - 1}`);
      await until(() => inView(sourceTabs(el)[SOURCES - 1]), 'the last tab scrolled into the row');
      await userEvent.keyboard('{Home}');
      await until(() => inView(sourceTabs(el)[0]) && part(el, 'source')!.dataset.sourceId === 'outlet-0', 'Home went back to the first');
      unmountAll();
    }
    const el = await mount({ story: fiftySources(), width: 1280, attributes: { 'show-source': '' } });
    el.selected = 'harbour-reopens';
    await until(() => parts(el, 'cited-source').length === SOURCES, 'the detail lists the sources');
    const last = parts(el, 'cited-source')[SOURCES - 1];
    [...last.querySelectorAll('button')].find((b) => b.textContent === 'Show in the article')!.click();
    const tab = () => sourceTabs(el)[SOURCES - 1];
    await until(() => tab().getAttribute('aria-selected') === 'true', "the last outlet's tab is chosen");
    const row = shadow(el).querySelector<HTMLElement>('[role="tablist"]')!;
    await until(() => tab().getBoundingClientRect().right <= row.getBoundingClientRect().right + 1, 'the chosen tab is brought into the row');
    await until(() => shadow(el).activeElement?.getAttribute('data-paragraph-id') === 'p1', 'the cited paragraph took focus');
  });

  test('axe finds no violations with the detail and the fifty tabs open', async () => {
    await usePageScheme('light');
    await input.emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount({ story: fiftySources(), width: 1280, attributes: { 'show-source': '', 'view-mode': 'both' } });
    el.selected = 'ferries-return';
    await until(() => detail(el) !== null && sourceTabs(el).length === SOURCES, 'the detail and the tabs drew');
    await settle(el);
    const result = await axe.run(el, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

/** Four events, each dated differently by its sources: a day, a month, a decade and a minute apart. */
function everyEventDisagrees(): StoryInput {
  const readings: [string, string, string][] = [
    ['vote', '2023-03-14', '2023-03-13'],
    ['launch', '2023-05', '2023-06'],
    ['founding', '1931', '1941'],
    ['landing', '2023-07-20T20:17Z', '2023-07-20T20:18Z'],
  ];
  const sources: Source[] = ['a', 'b'].map((id) => ({
    id,
    title: `Report ${id}`,
    publisher: `Outlet ${id.toUpperCase()}`,
    published: '2024-01-01',
    paragraphs: readings.map(([event]) => ({ id: event, text: `What happened at the ${event}, as this outlet tells it.` })),
  }));
  return {
    title: 'Nothing agreed',
    sources,
    events: readings.map(([id, first, second]) => ({
      id,
      date: first,
      dateBasis: 'stated' as const,
      title: `The ${id}`,
      dateNote: 'Outlet B gives another date.',
      citations: [
        { source: 'a', paragraph: id, quote: `the ${id}`, date: first },
        { source: 'b', paragraph: id, quote: `the ${id}`, date: second },
      ],
    })),
  };
}

describe('a story whose every event the sources date differently', () => {
  const ids = ['founding', 'vote', 'launch', 'landing'];

  test('every mark, list item, detail and print entry says so', async () => {
    const el = await mount({ story: everyEventDisagrees(), width: 1280, attributes: { 'view-mode': 'both' } });
    await until(() => shadow(el).querySelectorAll('.list-item').length === ids.length, 'the list drew');
    expect(marks(el).map((m) => badge(m))).toEqual(ids.map(() => '2≠'));
    expect([...shadow(el).querySelectorAll('.list-item')].map((i) => badge(i))).toEqual(ids.map(() => '2≠'));
    for (const id of ids) {
      el.selected = id;
      await until(() => detail(el)?.dataset.eventId === id, `the detail of ${id}`);
      expect(detail(el)!.querySelector('[part~="sources-differ"]')!.textContent!.replace(/[\u2068\u2069]/g, ''), id).toMatch(/^Sources differ: .+ \(Outlet A\) · .+ \(Outlet B\)$/);
      expect(sourceHeadings(detail(el)!)).toEqual(['Outlet A · 1 January 2024', 'Outlet B · 1 January 2024']);
    }
    el.selected = null;
    const list = await printed(el);
    const items = [...list.querySelectorAll('li')];
    expect(items.map((i) => badge(i))).toEqual(ids.map(() => '2≠'));
    expect(items.every((i) => i.querySelector('[part~="sources-differ"]') !== null)).toBe(true);
  });

  test('every story card and every entry of the phone chronology says so', async () => {
    const el = await mount({ story: everyEventDisagrees(), width: 1280, attributes: { 'view-mode': 'story' } });
    for (const id of ids) {
      el.selected = id;
      await until(() => part(el, 'story-card')?.dataset.eventId === id, `the card of ${id}`);
      const card = part(el, 'story-card')!;
      expect(badge(card.querySelector('.story-date')), id).toBe('2≠');
      expect(card.querySelector('[part~="sources-differ"]'), id).not.toBeNull();
    }
    const phone: HistoryTimeline = place((e) => (e.story = everyEventDisagrees()), 360);
    await until(() => shadow(phone).querySelectorAll('.chronology-item').length === ids.length, 'the chronology drew');
    expect([...shadow(phone).querySelectorAll('.chronology-item')].map((i) => badge(i))).toEqual(ids.map(() => '2≠'));
  });
});
