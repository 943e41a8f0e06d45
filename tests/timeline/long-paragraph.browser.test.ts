/**
 * A cited paragraph of 100,000 characters (issue 30): the detail shows an excerpt around the quote,
 * says it is one and opens to the whole paragraph; the source view shows the whole paragraph with
 * the quote marked and in view. In prose and in Japanese, which has no spaces to cut at.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { articleStory, detail, isShown, mount, settle, shadow, unmountAll, until } from '../support/harness';

afterEach(unmountAll);

const LENGTH = 100_000;
const FILLERS = {
  prose: 'The quick brown fox jumps over the lazy dog. ',
  Japanese: 'ロシアはタリバン政権を承認した。',
};

/** The article with its fourth event's first cited paragraph made LENGTH long, the quote's own paragraph in the middle. */
function storyWithLongParagraph(filler: string) {
  const story = structuredClone(articleStory);
  const event = story.events[3];
  const citation = event.citations[0];
  const paragraph = story.sources[0].paragraphs.find((p) => p.id === citation.paragraph)!;
  const half = filler.repeat(Math.ceil(LENGTH / 2 / filler.length)).slice(0, (LENGTH - paragraph.text.length) / 2 - 1);
  paragraph.text = `${half} ${paragraph.text} ${half}`.slice(0, LENGTH);
  return { story, eventId: event.id, quote: citation.quote, text: paragraph.text, paragraphId: paragraph.id };
}

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');
/** What of an element a reader sees: its text, leaving out what is not displayed. */
const seenText = (root: Element) => withoutSpaces((root as HTMLElement).innerText);
const inView = (node: Element, box: Element | null = null) => {
  const r = node.getBoundingClientRect();
  const frame = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  return r.height > 0 && r.top >= Math.max(0, frame.top) - 1 && r.bottom <= Math.min(window.innerHeight, frame.bottom) + 1;
};

describe.each(Object.entries(FILLERS))('a cited paragraph of 100,000 characters (%s)', (_, filler) => {
  async function selected(): Promise<{ el: HistoryTimeline; panel: HTMLElement } & ReturnType<typeof storyWithLongParagraph>> {
    const long = storyWithLongParagraph(filler);
    const el = await mount({ story: long.story });
    el.select(long.eventId);
    await settle(el);
    return { el, panel: detail(el)!, ...long };
  }

  test('the detail shows an excerpt around the quote, marked, with an ellipsis for what it leaves out', async () => {
    const { panel, quote, text } = await selected();
    const quoted = panel.querySelector('blockquote mark')!;
    expect(quoted.textContent).toBe(quote);
    expect(isShown(quoted)).toBe(true);
    const blockquote = quoted.closest('blockquote')!;
    const seen = seenText(blockquote);
    expect(seen).toContain(withoutSpaces(quote));
    // An excerpt, and it says so: an ellipsis either side, and a fraction of the paragraph shown.
    expect(seen.startsWith('…')).toBe(true);
    expect(seen.endsWith('…')).toBe(true);
    expect(seen.length).toBeLessThan(3_000);
    expect(seen.length).toBeGreaterThan(quote.length + 200);
    expect(withoutSpaces(text)).toContain(seen.slice(1, -1));
  });

  test('"The whole paragraph" opens the excerpt to the whole paragraph, the quote in view', async () => {
    const { panel, quote, text } = await selected();
    const toggle = [...panel.querySelectorAll('summary')].find((s) => s.textContent === 'The whole paragraph')!;
    expect(toggle).toBeTruthy();
    await userEvent.click(toggle);
    const blockquote = panel.querySelector('blockquote')!;
    await until(() => [...blockquote.children].every((c) => getComputedStyle(c).display === (c.classList.contains('elision') ? 'none' : 'block')), 'every chunk shown, no ellipsis');
    expect([...blockquote.querySelectorAll('.chunk')].map((c) => c.textContent).join('')).toBe(text);
    const quoted = blockquote.querySelector('mark')!;
    expect(quoted.textContent).toBe(quote);
    await until(() => inView(quoted, panel), 'the quote in view in the panel');
  });

  test('another event quoting the same paragraph opens as an excerpt again', async () => {
    const long = storyWithLongParagraph(filler);
    const other = long.story.events.find((e) => e.id !== long.eventId)!;
    const otherQuote = long.quote.split(' ').slice(0, 2).join(' ');
    other.citations = [{ source: long.story.sources[0].id, paragraph: long.paragraphId, quote: otherQuote }];
    const el = await mount({ story: long.story });
    el.select(long.eventId);
    await settle(el);
    await userEvent.click([...detail(el)!.querySelectorAll('summary')].find((s) => s.textContent === 'The whole paragraph')!);
    await until(() => detail(el)!.querySelector<HTMLDetailsElement>('details.whole-paragraph')?.open === true, 'the whole paragraph open');
    el.select(other.id);
    await settle(el);
    await until(() => detail(el)?.dataset.eventId === other.id, 'the other event shown');
    expect(detail(el)!.querySelector<HTMLDetailsElement>('details.whole-paragraph')?.open).toBe(false);
    expect(seenText(detail(el)!.querySelector('blockquote')!).startsWith('…')).toBe(true);
  });

  test('the source view shows the whole paragraph with the quote marked, scrolled into view', async () => {
    const { el, panel, quote, text, paragraphId } = await selected();
    const show = [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Show in the article')!;
    await userEvent.click(show);
    const paragraph = await (async () => {
      await until(() => shadow(el).querySelector(`[part="source"] [data-paragraph-id="${paragraphId}"] mark`) !== null, 'the source view marks the quote');
      return shadow(el).querySelector<HTMLElement>(`[part="source"] [data-paragraph-id="${paragraphId}"]`)!;
    })();
    expect(paragraph.querySelector('p')!.textContent).toBe(text);
    const quoted = paragraph.querySelector('mark')!;
    expect(quoted.textContent).toBe(quote);
    await until(() => inView(quoted), () => `the quote scrolled into view: mark ${JSON.stringify(quoted.getBoundingClientRect())} window ${window.innerHeight} scrollY ${window.scrollY} doc ${document.documentElement.scrollHeight}`);
  });
});
