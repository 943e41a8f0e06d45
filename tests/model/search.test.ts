import { beforeEach, describe, expect, test } from 'vitest';
import { buildSearchIndex, foldText, narrows, queryTerms, SearchIndexBuilder, searchEvents } from '../../src/model/search';
import type { Citation, Source, Story, TimelineEvent } from '../../src/model/types';
import { validateStory } from '../../src/model/validate';
import article from '../../data/russia-recognizes-taliban.story.json';

// Validated and indexed inside each test, not at import: Stryker cannot kill mutants of code that runs at import.
let story: Story;
beforeEach(() => {
  story = validateStory(article).story!;
});
const articleIndex = () => buildSearchIndex(story.events, story.sources);
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
  let index: ReturnType<typeof articleIndex>;
  beforeEach(() => {
    index = articleIndex();
  });

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

const cite = (source: string, paragraph: string, quote: string): Citation => ({ source, paragraph, quote });
const event = (title: string, citations: Citation[] = [], summary?: string) =>
  ({ id: title, title, summary, citations }) as unknown as TimelineEvent;
const source = (id: string, paragraphs: Record<string, string>): Source => ({
  id,
  title: id,
  paragraphs: Object.entries(paragraphs).map(([pid, text]) => ({ id: pid, text })),
});

describe('foldText on plain ASCII', () => {
  test('every run of white space becomes one space, at either end too', () => {
    expect(foldText('end  ')).toBe('end ');
    expect(foldText('  start')).toBe(' start');
    expect(foldText('a\vb')).toBe('a b');
    expect(foldText('a\nb\r\nc')).toBe('a b c');
  });

  test('text with accents keeps its single spaces and loses every mark', () => {
    // ǖ is u with two marks (diaeresis and macron) once decomposed.
    expect(foldText('Lǖ Bīn')).toBe('lu bin');
  });

  test('a word with no ASCII letter at all is folded too', () => {
    expect(foldText('ÉÀ')).toBe('ea');
  });
});

describe('queryTerms of quoted phrases', () => {
  test('spaces just inside the quotes are not part of the phrase', () => {
    expect(queryTerms('" seize power "')).toEqual(['seize power']);
  });
});

describe('buildSearchIndex', () => {
  test('a cited paragraph is folded once, however many citations name it', () => {
    const sources = [source('s', { p1: 'First  PARAGRAPH', p2: 'Second' })];
    const events = [
      event('a', [cite('s', 'p1', 'First'), cite('s', 'p1', 'PARAGRAPH')]),
      event('b', [cite('s', 'p2', 'Second'), cite('s', 'p1', 'First')]),
    ];
    const index = buildSearchIndex(events, sources);
    expect(index.paragraphs).toEqual([foldText('First  PARAGRAPH'), foldText('Second')]);
    expect(index.cites).toEqual([[0], [1, 0]]);
  });

  test('a citation of a paragraph not in the sources cites nothing, but its quote is still searched', () => {
    const events = [event('Untitled', [cite('gone', 'p1', 'Hidden Quote')])];
    const index = buildSearchIndex(events, [source('s', { p1: 'other words' })]);
    expect(index.cites).toEqual([[]]);
    expect(index.paragraphs).toEqual([]);
    expect(searchEvents(index, 'hidden')).toEqual([0]);
    expect(searchEvents(index, 'other')).toEqual([]);
  });

  test('the summary and the group title are searched; a missing one adds no text', () => {
    const events = [event('Alpha', [], 'Told in Brief'), event('Beta')];
    const index = buildSearchIndex(events, [], (e) => (e.title === 'Alpha' ? 'Eastern Front' : undefined));
    expect(searchEvents(index, 'brief')).toEqual([0]);
    expect(searchEvents(index, 'eastern front')).toEqual([0]);
    expect(searchEvents(index, 'undefined')).toEqual([]);
    expect(index.texts).toEqual([foldText('Alpha Told in Brief Eastern Front'), foldText('Beta')]);
  });
});

describe('searchEvents over cited paragraphs', () => {
  const sources = [source('s', { p1: 'The treaty of Kars', p2: 'A border commission' })];

  test('each word may be found in a different paragraph the event cites, or in its own text', () => {
    const index = buildSearchIndex([event('Signing', [cite('s', 'p1', 'treaty'), cite('s', 'p2', 'border')])], sources);
    expect(searchEvents(index, 'kars')).toEqual([0]);
    expect(searchEvents(index, 'commission')).toEqual([0]);
    expect(searchEvents(index, 'kars commission signing')).toEqual([0]);
    expect(searchEvents(index, 'kars armistice')).toEqual([]);
  });

  test('a paragraph counts only for the events that cite it', () => {
    const index = buildSearchIndex([event('Signing', [cite('s', 'p1', 'treaty')]), event('Other')], sources);
    expect(searchEvents(index, 'kars')).toEqual([0]);
    expect(searchEvents(index, 'commission')).toEqual([]);
  });
});

describe('SearchIndexBuilder', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => event(`event ${i}`));

  test('a step with no budget left indexes one slice of 100 events and stops; the steps end with the whole index', () => {
    const events = many(1250);
    const builder = new SearchIndexBuilder(events, []);
    expect(builder.done).toBe(false);
    const sizes: number[] = [];
    while (!builder.done) {
      expect(builder.step(-1)).toBe(builder.done);
      sizes.push(builder.index.texts.length);
    }
    // Every step makes progress, and none indexes more than its slice (the idle-time work stays short).
    expect(sizes).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1250]);
    expect(builder.index).toEqual(buildSearchIndex(events, []));
  });

  test('a generous budget indexes everything in one step', () => {
    const events = many(1001);
    const builder = new SearchIndexBuilder(events, []);
    expect(builder.step(60_000)).toBe(true);
    expect(builder.done).toBe(true);
    expect(builder.index.texts).toEqual(events.map((e) => foldText(e.title)));
  });

  test('a builder of no events is done from the start', () => {
    expect(new SearchIndexBuilder([], []).done).toBe(true);
  });
});

describe('typing on: a longer query searches only the earlier matches', () => {
  test('narrows: each earlier term inside a new term', () => {
    expect(narrows(['nov'], ['novi'])).toBe(true);
    expect(narrows(['a', 'b'], ['ab'])).toBe(true);
    expect(narrows(['kabul'], ['taliban', 'kabul'])).toBe(true);
    expect(narrows(['novi'], ['nov'])).toBe(false);
    expect(narrows(['kabul', 'moscow'], ['kabul'])).toBe(false);
    expect(narrows([], ['kabul'])).toBe(false);
  });

  test('the same matches with or without the earlier search, for every keystroke typed and deleted', () => {
    const events = ['Kabul meeting', 'Moscow talks on Kabul', 'Earthquake in Herat', 'Muttaqi in Moscow', 'Kabul airport'].map((t) => event(t));
    const index = buildSearchIndex(events, []);
    const typed = ['k', 'ka', 'kab', 'kabul', 'kabul m', 'kabul mo', 'kabul', 'ka', 'm', 'mu', 'mutt', '"moscow talks"', 'moscow'];
    let earlier: { query: string; matches: readonly number[] | null } | undefined;
    for (const query of typed) {
      const matches = searchEvents(index, query, earlier);
      expect(matches, query).toEqual(searchEvents(index, query));
      earlier = { query, matches };
    }
  });

  test('when the new query narrows the earlier one, only its matches are looked at', () => {
    const index = buildSearchIndex(['Kabul one', 'Kabul two', 'Kabul three'].map((t) => event(t)), []);
    // Told (as if earlier) that only the second matched "kab": "kabul" is looked for there only.
    expect(searchEvents(index, 'kabul', { query: 'kab', matches: [1] })).toEqual([1]);
    // A query that does not narrow looks at every event again.
    expect(searchEvents(index, 'kabul', { query: 'moscow', matches: [1] })).toEqual([0, 1, 2]);
    expect(searchEvents(index, 'kabul', { query: 'kab', matches: null })).toEqual([0, 1, 2]);
  });
});
