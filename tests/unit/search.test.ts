import { describe, expect, test } from 'vitest';
import { buildSearchIndex, foldText, queryTerms, searchEvents } from '../../src/model/search';
import { validateStory } from '../../src/model/validate';
import article from '../../data/russia-recognizes-taliban.story.json';

const story = validateStory(article).story!;
const index = buildSearchIndex(story.events, story.sources);
const ids = (positions: number[] | null) => positions?.map((i) => story.events[i].id) ?? null;

describe('foldText', () => {
  test('folds case and accents and collapses spaces', () => {
    expect(foldText('Muttaqī  MEETS\tZhirnov')).toBe('muttaqi meets zhirnov');
    expect(foldText('Ça déjà vu')).toBe('ca deja vu');
  });
});

describe('queryTerms', () => {
  test('words one by one, quoted phrases whole, typographic quotes too', () => {
    expect(queryTerms('  Kabul  meeting ')).toEqual(['kabul', 'meeting']);
    expect(queryTerms('"seize power" Taliban')).toEqual(['seize power', 'taliban']);
    expect(queryTerms('“islamic emirate”')).toEqual(['islamic emirate']);
    expect(queryTerms('""')).toEqual([]);
  });
});

describe('searchEvents', () => {
  test('an empty query filters nothing', () => {
    expect(searchEvents(index, '')).toBeNull();
    expect(searchEvents(index, '   ')).toBeNull();
  });

  test('"Muttaqi" finds the Kabul meeting, and events whose cited paragraph names him', () => {
    const found = ids(searchEvents(index, 'Muttaqi'))!;
    expect(found).toContain('kabul-meeting-muttaqi-zhirnov');
    for (const id of found) {
      const event = story.events.find((e) => e.id === id)!;
      const text = [event.title, ...event.citations.map((c) => story.sources[0].paragraphs.find((p) => p.id === c.paragraph)!.text)].join(' ');
      expect(text, id).toMatch(/Muttaqi/);
    }
  });

  test('case and accents do not matter', () => {
    expect(searchEvents(index, 'MUTTAQĪ')).toEqual(searchEvents(index, 'muttaqi'));
  });

  test('every word must match, in any order; a phrase must match as written', () => {
    const earthquake = ids(searchEvents(index, 'earthquake'))!;
    expect(earthquake).toEqual(expect.arrayContaining(['earthquake-june-2022', 'earthquakes-october-2023']));
    const both = ids(searchEvents(index, 'earthquake 2022'))!;
    expect(both).toContain('earthquake-june-2022');
    expect(both.length).toBeLessThan(earthquake.length + 1);
    expect(both).not.toContain('taliban-capture-kabul');
    expect(ids(searchEvents(index, '"power as the islamic"'))).toEqual(['taliban-seize-power']);
    expect(searchEvents(index, '"islamic the power as"')).toEqual([]);
  });

  test('it searches the cited paragraph, not only the quote', () => {
    // p2's paragraph speaks of security and counterterrorism; the quote of the event citing it may not.
    const citing = story.events.filter((e) => e.citations.some((c) => c.paragraph === 'p2')).map((e) => e.id);
    expect(citing.length).toBeGreaterThan(0);
    expect(ids(searchEvents(index, 'counterterrorism'))).toEqual(expect.arrayContaining(citing));
  });

  test('group titles are searched when given', () => {
    const grouped = buildSearchIndex(story.events, story.sources, (e) => (e.id.startsWith('earthquake') ? 'Zzgroup' : undefined));
    expect(searchEvents(index, 'zzgroup')).toEqual([]);
    expect(searchEvents(grouped, 'zzgroup')!.map((i) => story.events[i].id)).toEqual(['earthquake-june-2022', 'earthquakes-october-2023']);
  });

  test('no match is an empty list, not null', () => {
    expect(searchEvents(index, 'zzzz-nothing')).toEqual([]);
  });
});
