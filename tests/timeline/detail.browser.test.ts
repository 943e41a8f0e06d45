import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { HistoryTimeline, TimelineSelectDetail } from '../../src/timeline/history-timeline';
import { articleStory, atRest, detail, expectDatePhrases, expectDetailOf, labelOf, mark, mount, settle, shadow, unmountAll, until, windowMs, zoomAndWait } from '../support/harness';

afterEach(unmountAll);

const byId = (id: string) => articleStory.events.find((e) => e.id === id)!;
const activeInShadow = (el: HistoryTimeline) => shadow(el).activeElement as HTMLElement | null;

describe('detail', () => {
  test('at 1280 × 900 a click opens the detail beside the mark, within the window, with focus; closing returns to the mark', async () => {
    await page.viewport(1280, 900);
    try {
      const el = await mount();
      for (const id of ['taliban-capture-kabul', el.events[el.events.length - 1].id]) {
        const target = mark(el, id)!;
        await userEvent.click(labelOf(target));
        await until(() => activeInShadow(el)?.getAttribute('role') === 'heading', 'the detail took focus');
        const panel = detail(el)!;
        const title = panel.querySelector('[role="heading"]')!;
        expect(activeInShadow(el)).toBe(title);
        const line = title.getBoundingClientRect();
        expect(line.top, 'the first line is below the window top').toBeGreaterThanOrEqual(0);
        expect(line.top + 20, 'the first line is above the window bottom').toBeLessThanOrEqual(innerHeight);
        // Beside the mark, not over it.
        const box = panel.getBoundingClientRect();
        const markBox = mark(el, id)!.getBoundingClientRect();
        const centre = (markBox.left + markBox.right) / 2;
        expect(centre < box.left || centre > box.right, `the mark at ${centre} is outside the panel ${box.left}–${box.right}`).toBe(true);
        await userEvent.keyboard('{Escape}');
        await until(() => activeInShadow(el) === mark(el, id), 'Escape returned focus to the mark');
      }
    } finally {
      await page.viewport(1280, 800);
    }
  });

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

  test("reads like an article: the source's line, then each paragraph once with all its quotes marked, at 16 px or more, its number under it, the date note folded unless inferred", async () => {
    const el = await mount();
    // Paragraph 14 is quoted twice by this event.
    el.select('taliban-seize-power');
    await settle(el);
    expectDetailOf(el, 'taliban-seize-power');
    const panel = detail(el)!;
    const quotes = [...panel.querySelectorAll('blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual([...new Set(quotes.map((q) => q.textContent))]);
    expect(quotes[1].querySelectorAll('mark').length, 'both quotes of the paragraph are marked').toBe(2);
    for (const quote of quotes) expect(parseFloat(getComputedStyle(quote).fontSize)).toBeGreaterThanOrEqual(16);
    // One source: its line heads the quotes, a heading one level below the event's title.
    const sources = [...panel.querySelectorAll('[part~="cited-source"]')];
    expect(sources).toHaveLength(1);
    const line = sources[0].querySelector('p')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).toBe('Russia Recognizes Taliban Govt · 3 July 2025');
    const title = panel.querySelector('.detail-title')!;
    expect(line.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe(String(Number(title.getAttribute('aria-level')) + 1));
    expect(sources[0].querySelectorAll('blockquote')).toHaveLength(quotes.length);
    expect(panel.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Paragraph 11 · Show in the article');
    // Stated: the note is there, folded. Inferred: open, and it says so.
    const note = (id: string) => {
      el.select(id);
      return settle(el).then(() => detail(el)!.querySelector<HTMLDetailsElement>('[part="date-note"]')!);
    };
    const stated = await note('taliban-seize-power');
    expect(stated.querySelector('summary')!.textContent).toBe('How this date was found');
    expect(stated.open).toBe(false);
    const inferred = await note('taliban-capture-kabul');
    expect(inferred.open).toBe(true);
    expect(inferred.querySelector('strong')!.textContent).toBe('The source does not state this date.');
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
    await expectDatePhrases(el, phrases);
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
