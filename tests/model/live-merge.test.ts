import { describe, expect, test } from 'vitest';
import { mergeEvents, mergeStory, newestEvent, sameEvent } from '../../src/model/live-merge';
import { sentence } from '../../src/model/validation/messages';
import { validateStory } from '../../src/model/validate';
import { storyInput } from '../support/tiny-story';

const shown = () => validateStory(storyInput([{ id: 'a', date: '2024-05-01' }, { id: 'b', date: '2024-05-03' }, { id: 'c', date: '2024-05-05' }])).story!;

/** An event citing the tiny story's first paragraph ("Here a happened."). */
const event = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  title: `Title ${id}`,
  dateBasis: 'stated',
  citations: [{ source: 'src', paragraph: 'p0', quote: 'a' }],
  ...extra,
});

describe('mergeEvents', () => {
  test('added events join the story in time order and are named as added', () => {
    const result = mergeEvents(shown(), [event('d', '2024-05-04'), event('e', '2024-05-02')], 'add', 'addEvents', sentence);
    expect(result.story.events.map((e) => e.id)).toEqual(['a', 'e', 'b', 'd', 'c']);
    expect(result.added).toEqual(['d', 'e']);
    expect(result.updated).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  test('a bad event is reported by name and path and the rest of the batch is kept', () => {
    const result = mergeEvents(shown(), [event('d', '2024-05-04'), event('bad', 'next Tuesday')], 'add', 'addEvents', sentence);
    expect(result.added).toEqual(['d']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].path).toBe('addEvents[1].date');
    expect(result.problems[0].eventId).toBe('bad');
    expect(result.problems[0].message).toContain('"bad"');
  });

  test('a citation of a paragraph the story does not have is a problem', () => {
    const result = mergeEvents(shown(), [event('d', '2024-05-04', { citations: [{ source: 'src', paragraph: 'p99', quote: 'x' }] })], 'add', 'addEvents', sentence);
    expect(result.added).toEqual([]);
    expect(result.problems[0].path).toMatch(/^addEvents\[0\]\.citations/);
  });

  test('adding an id the story has already is a problem that points to updateEvent', () => {
    const result = mergeEvents(shown(), [event('b', '2024-05-04')], 'add', 'addEvents', sentence);
    expect(result.story.events.find((e) => e.id === 'b')!.date).toBe('2024-05-03');
    expect(result.problems[0].message).toContain('updateEvent()');
  });

  test('an update replaces the event of its id and moves it to its new time', () => {
    const result = mergeEvents(shown(), [event('a', '2024-05-06')], 'update', 'updateEvent', sentence);
    expect(result.story.events.map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(result.updated).toEqual(['a']);
    expect(result.added).toEqual([]);
  });

  test('an update of an unknown id is a problem that points to addEvents', () => {
    const result = mergeEvents(shown(), [event('zz', '2024-05-06')], 'update', 'updateEvent', sentence);
    expect(result.story.events).toHaveLength(3);
    expect(result.problems[0]).toMatchObject({ path: 'updateEvent[0].id', eventId: 'zz' });
    expect(result.problems[0].message).toContain('addEvents()');
  });

  test('an update that changes nothing is not counted as an update', () => {
    const story = shown();
    const same = storyInput([{ id: 'a', date: '2024-05-01' }]).events[0];
    expect(mergeEvents(story, [same], 'update', 'updateEvent', sentence).updated).toEqual([]);
  });

  test('pinned must be a boolean; a wrong one is reported and the event kept unpinned', () => {
    const result = mergeEvents(shown(), [event('d', '2024-05-04', { pinned: 'yes' }), event('e', '2024-05-04', { pinned: true })], 'add', 'addEvents', sentence);
    expect(result.added).toEqual(['d', 'e']);
    expect(result.problems.map((p) => p.path)).toEqual(['addEvents[0].pinned']);
    expect(result.story.events.find((e) => e.id === 'd')!.pinned).toBeUndefined();
    expect(result.story.events.find((e) => e.id === 'e')!.pinned).toBe(true);
  });

  test('the story shown is not changed', () => {
    const story = shown();
    mergeEvents(story, [event('d', '2024-05-04')], 'add', 'addEvents', sentence);
    expect(story.events).toHaveLength(3);
  });
});

describe('mergeStory', () => {
  test("a newer file's new and changed events are named", () => {
    const newer = validateStory(storyInput([{ id: 'a', date: '2024-05-01' }, { id: 'b', date: '2024-05-03', title: 'b corrected' }, { id: 'c', date: '2024-05-05' }, { id: 'd', date: '2024-05-07' }])).story!;
    const result = mergeStory(shown(), newer);
    expect(result.added).toEqual(['d']);
    expect(result.updated).toEqual(['b']);
    expect(result.story.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.story.events[1].title).toBe('b corrected');
    // The newer file's sources come with it: its paragraphs are what the events cite.
    expect(result.story.sources).toBe(newer.sources);
  });

  test('events a newer file no longer has are kept', () => {
    const newer = validateStory(storyInput([{ id: 'a', date: '2024-05-01' }])).story!;
    const result = mergeStory(shown(), newer);
    expect(result.story.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(result.added).toEqual([]);
  });

  test('an unchanged file adds and updates nothing', () => {
    const result = mergeStory(shown(), shown());
    expect(result.added).toEqual([]);
    expect(result.updated).toEqual([]);
  });
});

describe('newestEvent, sameEvent', () => {
  test('the newest event is the one that starts last', () => {
    const events = shown().events;
    expect(newestEvent(events)!.id).toBe('c');
    expect(newestEvent([])).toBeUndefined();
  });

  test('sameEvent compares what an event says, not the parsed date objects', () => {
    const [a] = shown().events;
    const [a2] = shown().events;
    expect(a).not.toBe(a2);
    expect(sameEvent(a, a2)).toBe(true);
    expect(sameEvent(a, { ...a2, title: 'other' })).toBe(false);
  });
});
