import { describe, expect, test } from 'vitest';
import { storySpan, storySummary } from '../../src/model/story-summary';
import { validateStory } from '../../src/model/validate';
import articleStory from '../../data/russia-recognizes-taliban.story.json';

function eventsOn(...dates: string[]) {
  const story = {
    title: 'T',
    sources: [{ id: 's', title: 'S', paragraphs: [{ id: 'p', text: 'words' }] }],
    events: dates.map((date, i) => ({ id: `e${i}`, date, title: `E${i}`, dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p', quote: 'words' }] })),
  };
  const result = validateStory(story);
  expect(result.problems).toEqual([]);
  return result.story!.events;
}

describe('the title card summary', () => {
  test("the article's story: 16 events, 1992 – July 2025", () => {
    expect(storySummary(validateStory(articleStory).story!.events, 'en')).toBe('16 events, 1992 \u2013 July 2025');
  });

  test('each end is as precise as its event but never finer than a month', () => {
    expect(storySpan(eventsOn('2021-08-15', '2021-09-07'), 'en')).toBe('August 2021 \u2013 September 2021');
    expect(storySpan(eventsOn('1994', '1996'), 'en')).toBe('1994 \u2013 1996');
    expect(storySpan(eventsOn('-0043-03-15', '0014'), 'en')).toBe('March 44 BCE \u2013 14');
  });

  test('the span runs to the latest end, not the last start', () => {
    expect(storySpan(eventsOn('1990/1999', '1995'), 'en')).toBe('1990 \u2013 1999');
  });

  test('one period alone, one event, no events', () => {
    expect(storySummary(eventsOn('2021-08-15', '2021-08-20'), 'en')).toBe('2 events, August 2021');
    expect(storySummary(eventsOn('1994'), 'en')).toBe('1 event, 1994');
    expect(storySummary([], 'en')).toBe('No events');
  });
});
