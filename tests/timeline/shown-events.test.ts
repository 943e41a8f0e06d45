import { describe, expect, test } from 'vitest';
import { LoadedStory } from '../../src/timeline/loaded-story';
import { ShownEvents } from '../../src/timeline/shown-events';
import { storyInput } from '../support/tiny-story';

describe('ShownEvents: what the list, the chronology and the overview show', () => {
  /** Four events in two groups: war, weather, war, weather. */
  const input = storyInput([
    { id: 'a', date: '2001-01-01' },
    { id: 'b', date: '2002-01-01' },
    { id: 'c', date: '2003-01-01' },
    { id: 'd', date: '2004-01-01' },
  ]);
  const grouped = new LoadedStory({
    ...input,
    groups: [{ id: 'war', title: 'War' }, { id: 'weather', title: 'Weather' }],
    events: input.events.map((e, i) => ({ ...e, group: i % 2 ? 'weather' : 'war' })),
  });
  const setup = () => {
    const filters = { matches: null as readonly number[] | null, hidden: new Set<string>() as ReadonlySet<string> };
    const shown = new ShownEvents({ story: () => grouped, matches: () => filters.matches, hidden: () => filters.hidden });
    return { shown, filters, ids: () => shown.listed().map((e) => e.id) };
  };

  test('every event when nothing filters; the search matches; without the groups hidden in the legend, with or without a search', () => {
    const { shown, filters, ids } = setup();
    expect(shown.positions()).toBeNull();
    expect(ids()).toEqual(['a', 'b', 'c', 'd']);
    filters.matches = [1, 2, 3];
    expect(shown.positions()).toEqual([1, 2, 3]);
    expect(ids()).toEqual(['b', 'c', 'd']);
    filters.hidden = new Set(['weather']);
    expect(ids()).toEqual(['c']);
    filters.matches = null;
    expect(shown.positions()).toEqual([0, 2]);
    expect(ids()).toEqual(['a', 'c']);
  });

  test('worked out once for the same story, search and groups', () => {
    const { shown, filters } = setup();
    filters.matches = [0, 1];
    const first = shown.listed();
    expect(shown.listed()).toBe(first);
    filters.matches = [0, 1];
    expect(shown.listed(), 'a new search result, even an equal one').not.toBe(first);
  });
});
