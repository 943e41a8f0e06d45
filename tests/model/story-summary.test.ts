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

  test('a month event ends in its own month, not the next one', () => {
    expect(storySpan(eventsOn('2021-06-15', '2021-08'), 'en')).toBe('June 2021 \u2013 August 2021');
  });

  test('years before year 1 read as BCE, year 0 as 1 BCE', () => {
    expect(storySpan(eventsOn('-0043', '0014'), 'en')).toBe('44 BCE \u2013 14');
    expect(storySpan(eventsOn('0000'), 'en')).toBe('1 BCE');
  });

  test('the earliest start and the latest end are found whatever the order of the events', () => {
    expect(storySpan(eventsOn('1994', '1990/1999', '1996').reverse(), 'en')).toBe('1990 \u2013 1999');
  });

  test('events ending together: the first in the story gives the end, so a year and its December read as the year', () => {
    expect(storySpan(eventsOn('2021', '2021-12'), 'en')).toBe('2021');
  });

  test('no events: an empty span', () => {
    expect(storySpan([], 'en')).toBe('');
  });

  test('the locale is English unless given', () => {
    const events = eventsOn('2021-08-15');
    expect(storySpan(events)).toBe('August 2021');
    expect(storySummary(events)).toBe('1 event, August 2021');
  });
});
