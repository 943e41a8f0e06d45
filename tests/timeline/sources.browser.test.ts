/** The source view: links both ways between the events and the article's paragraphs. */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { articleStory, atRest, detail, expectDetailOf, mark, mount, settle, shadow, unmountAll, until, zoomAndWait } from '../support/harness';

afterEach(unmountAll);

const byId = (id: string) => articleStory.events.find((e) => e.id === id)!;
const activeInShadow = (el: HistoryTimeline) => shadow(el).activeElement as HTMLElement | null;

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
