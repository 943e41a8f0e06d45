import { describe, expect, test } from 'vitest';
import { draftNewEvent } from '../../../src/editor/drafting/drafting';
import { drafted } from '../../support/drafted-article';

describe('a new event drafted from chosen words', () => {
  test('words that are not in their paragraph, or only spaces, draft nothing', () => {
    const { paragraphs } = drafted();
    expect(draftNewEvent({ paragraphs, paragraphId: 'p13', quote: 'words not in the paragraph', published: '2025-07-03' })).toBeNull();
    expect(draftNewEvent({ paragraphs, paragraphId: 'p13', quote: '   ', published: '2025-07-03' })).toBeNull();
    expect(draftNewEvent({ paragraphs, paragraphId: 'no-such-paragraph', quote: 'returned', published: '2025-07-03' })).toBeNull();
  });

  test('the date phrase is kept for highlighting only when it is inside the quote', () => {
    const { paragraphs } = drafted();
    const inside = draftNewEvent({ paragraphs, paragraphId: 'p13', quote: 'returned to power in August 2021', published: '2025-07-03' })!;
    expect(inside).toMatchObject({ date: '2021-08', dateBasis: 'stated', phrase: 'in August 2021' });
    const beside = draftNewEvent({ paragraphs, paragraphId: 'p11', quote: 'seizing several provinces', published: '2025-07-03' })!;
    expect(beside.date).not.toBe('');
    expect(beside.phrase).toBe('');
  });

  test('a publication date that is not a day is not used: a relative phrase stays undated and says why', () => {
    const paragraphs = [{ id: 'p1', text: 'The minister resigned last year.' }];
    const drafted = draftNewEvent({ paragraphs, paragraphId: 'p1', quote: 'The minister resigned', published: 'July 2025' })!;
    expect(drafted.date).toBe('');
    expect(drafted.dateNote).toContain('depends on the publication date');
  });

  test('in a paragraph of 100,000 characters, a date phrase inside a quote in its middle is dated and kept for highlighting, read near the quote', () => {
    const filler = (n: number) => 'The quick brown fox jumps over the lazy dog. '.repeat(Math.ceil(n / 45)).slice(0, n);
    const quote = 'the council voted on 14 March 2019 to close it';
    const text = `In June 1990 the first plan was drawn. ${filler(50_000)} Then ${quote}. ${filler(49_900)}`;
    const drafted = draftNewEvent({ paragraphs: [{ id: 'p1', text }], paragraphId: 'p1', quote, published: '2025-07-03' })!;
    expect(drafted).toMatchObject({ date: '2019-03-14', dateBasis: 'stated', phrase: 'on 14 March 2019' });
  });
});
