import { afterEach, describe, expect, test } from 'vitest';
import { button, cards, click, draftArticle, expectNewEvent, freshDatabase, mountEditor, newEventFromDrag, unmountEditors } from '../support/editor-harness';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  unmountEditors();
});

// A timeline article of our own, published 3 July 2025 (the harness's publication date).
const timeline = [
  'How the run on Fenwick Savings unfolded',
  'Fenwick Savings, a lender to boatyards, fell within three days. This is how it went.',
  'June 30',
  'Fenwick Savings told shareholders it had sold its bond holdings at a loss.',
  'Boatyard owners moved their deposits to other banks.',
  'TUESDAY, JULY 1, 2025',
  'Queues formed outside every branch of the bank.',
  'July 2 —',
  'State examiners shut the bank and named a receiver.',
  'The next day, the receiver opened a hotline for depositors.',
].join('\n\n');

describe('a pasted timeline article with date lines', () => {
  test('drafting dates the paragraphs under each date line by it, and "the next day" from it', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el, timeline);
    for (const c of cards(el)) await click(el, button(el, 'Accept', c));
    const byParagraph = Object.fromEntries(el.story.events.map((e) => [e.citations[0].paragraph, e.date]));
    expect(byParagraph).toMatchObject({ p4: '2025-06-30', p5: '2025-06-30', p7: '2025-07-01', p9: '2025-07-02', p10: '2025-07-03' });
    const note = el.story.events.find((e) => e.citations[0].paragraph === 'p5')?.dateNote;
    expect(note).toMatch(/^The paragraph is under the date line 'June 30'\./);
  });

  test('"New event from this quote" in a paragraph under a date line takes the line\'s date', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el, timeline);
    await newEventFromDrag(el, 'p5', 'moved their deposits to other banks');
    const { date } = await expectNewEvent(el, 'p5', 'moved their deposits to other banks');
    expect(date).toBe('2025-06-30');
    const added = el.story.events.find((e) => e.citations[0].quote === 'moved their deposits to other banks');
    expect(added?.date).toBe('2025-06-30');
    expect(added?.dateNote).toMatch(/^The paragraph is under the date line 'June 30'\./);
  });
});
