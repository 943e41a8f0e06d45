import { describe, expect, test } from 'vitest';
import { mergeEvents, splitCitation } from '../../src/authoring/event-edits';
import { corroborate } from '../../src/model/corroboration';
import type { StoryInput } from '../../src/model/types';
import { validateStory } from '../../src/model/validate';

function story(): StoryInput {
  const source = (id: string, text: string) => ({ id, title: `Report ${id}`, publisher: `Outlet ${id.toUpperCase()}`, paragraphs: [{ id: 'p1', text }] });
  return {
    title: 'The bridge',
    sources: [source('a', 'The bridge opened on 14 March 2023.'), source('b', 'It opened on 13 March 2023.'), source('c', 'Crowds came on 14 March.')],
    featured: 'opening',
    events: [
      {
        id: 'opening',
        date: '2023-03-14',
        title: 'The bridge opens',
        summary: 'It opened.',
        group: 'g',
        dateBasis: 'stated',
        dateNote: 'Outlet B gives the 13th.',
        media: { src: 'a.png', alt: 'The bridge' },
        citations: [
          { source: 'a', paragraph: 'p1', quote: 'The bridge opened on 14 March 2023.' },
          { source: 'b', paragraph: 'p1', quote: 'It opened on 13 March 2023.', date: '2023-03-13' },
          { source: 'c', paragraph: 'p1', quote: 'Crowds came on 14 March.' },
        ],
      },
      { id: 'crowds', date: '2023-03-14', title: 'Crowds come', dateBasis: 'stated', citations: [{ source: 'c', paragraph: 'p1', quote: 'Crowds came' }] },
    ],
    groups: [{ id: 'g', title: 'G' }],
  };
}

describe('splitCitation', () => {
  test('the citation becomes an event of its own after the event, dated by the date its source gives', () => {
    const result = splitCitation(story(), 'opening', 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.eventId).toBe('opening-b');
    expect(result.story.events.map((e) => e.id)).toEqual(['opening', 'opening-b', 'crowds']);
    const split = result.story.events[1];
    expect(split).toEqual({
      id: 'opening-b',
      date: '2023-03-13',
      title: 'The bridge opens',
      summary: 'It opened.',
      group: 'g',
      dateBasis: 'stated',
      dateNote: 'Outlet B gives the 13th.',
      citations: [{ source: 'b', paragraph: 'p1', quote: 'It opened on 13 March 2023.', date: '2023-03-13' }],
    });
    expect(result.story.events[0].citations.map((c) => c.source)).toEqual(['a', 'c']);
    expect(result.story.events[0].media).toEqual({ src: 'a.png', alt: 'The bridge' });
  });

  test('a citation without its own date takes the event\'s', () => {
    const result = splitCitation(story(), 'opening', 2);
    expect(result.ok && result.story.events[1].date).toBe('2023-03-14');
  });

  test('the result is a valid story, and both events now agree within themselves', () => {
    const result = splitCitation(story(), 'opening', 1);
    if (!result.ok) throw new Error(result.error);
    const { story: validated, problems } = validateStory(result.story);
    expect(problems).toEqual([]);
    for (const e of validated!.events) expect(corroborate(e).agree, e.id).toBe(true);
  });

  test('the story given is not changed', () => {
    const before = story();
    const copy = structuredClone(before);
    splitCitation(before, 'opening', 1);
    expect(before).toEqual(copy);
  });

  test('the new id is unique', () => {
    const s = story();
    s.events.push({ ...s.events[1], id: 'opening-b' });
    const result = splitCitation(s, 'opening', 1);
    expect(result.ok && result.eventId).toBe('opening-b-2');
  });

  test('a source id that is not URL-safe still gives a URL-safe id', () => {
    const s = story();
    s.sources[1].id = 'Outlet B / web';
    s.events[0].citations[1].source = 'Outlet B / web';
    const result = splitCitation(s, 'opening', 1);
    expect(result.ok && result.eventId).toBe('opening-Outlet-B-web');
  });

  test('an unknown event, a citation that does not exist, or an event with one citation cannot be split', () => {
    expect(splitCitation(story(), 'nope', 0)).toEqual({ ok: false, error: 'The story has no event "nope".' });
    expect(splitCitation(story(), 'opening', 3)).toEqual({ ok: false, error: 'Event "opening" has no citation 3; it has 3.' });
    expect(splitCitation(story(), 'opening', 1.5)).toEqual({ ok: false, error: 'Event "opening" has no citation 1.5; it has 3.' });
    expect(splitCitation(story(), 'crowds', 0)).toEqual({ ok: false, error: 'Event "crowds" has only one citation; there is nothing to split off.' });
  });
});

describe('mergeEvents', () => {
  test('the citations join the first event, each keeping the date its source gives, and the second event goes', () => {
    const s = story();
    s.events[1].date = '2023-03-15';
    const result = mergeEvents(s, 'opening', 'crowds');
    if (!result.ok) throw new Error(result.error);
    expect(result.story.events.map((e) => e.id)).toEqual(['opening']);
    expect(result.story.events[0].citations.at(-1)).toEqual({ source: 'c', paragraph: 'p1', quote: 'Crowds came', date: '2023-03-15' });
    expect(result.story.events[0].title).toBe('The bridge opens');
  });

  test('a citation of an event with the same date is moved as it is', () => {
    const result = mergeEvents(story(), 'opening', 'crowds');
    expect(result.ok && result.story.events[0].citations.at(-1)).toEqual({ source: 'c', paragraph: 'p1', quote: 'Crowds came' });
  });

  test('the story featured the merged event: it features the event it joined', () => {
    const result = mergeEvents(story(), 'crowds', 'opening');
    expect(result.ok && result.story.featured).toBe('crowds');
    const other = mergeEvents(story(), 'opening', 'crowds');
    expect(other.ok && other.story.featured).toBe('opening');
  });

  test('merging undoes a split, and splitting the last citation undoes a merge', () => {
    const original = story();
    const split = splitCitation(original, 'opening', 2);
    if (!split.ok) throw new Error(split.error);
    const merged = mergeEvents(split.story, 'opening', split.eventId);
    expect(merged.ok && merged.story).toEqual(original);
    const dated = splitCitation(original, 'opening', 1);
    if (!dated.ok) throw new Error(dated.error);
    const back = mergeEvents(dated.story, 'opening', dated.eventId);
    expect(back.ok && back.story.events[0].citations.map((c) => [c.source, c.date])).toEqual([['a', undefined], ['c', undefined], ['b', '2023-03-13']]);
  });

  test('an event cannot be merged with itself or with one the story does not have', () => {
    expect(mergeEvents(story(), 'opening', 'opening')).toEqual({ ok: false, error: 'An event cannot be merged with itself ("opening").' });
    expect(mergeEvents(story(), 'opening', 'nope')).toEqual({ ok: false, error: 'The story has no event "nope".' });
    expect(mergeEvents(story(), 'nope', 'opening')).toEqual({ ok: false, error: 'The story has no event "nope".' });
  });

  test('the story given is not changed', () => {
    const before = story();
    const copy = structuredClone(before);
    mergeEvents(before, 'opening', 'crowds');
    expect(before).toEqual(copy);
  });
});
