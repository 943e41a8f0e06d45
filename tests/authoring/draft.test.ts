import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { draftStory } from '../../src/authoring/draft';
import { expectedFromStory, readExpected, scoreDraft } from '../../src/authoring/eval';
import { validateStory } from '../../src/model/validate';
import type { StoryInput } from '../../src/model/types';
import { headlineProblems } from '../../src/authoring/headlines';

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const read = (path: string) => readFileSync(file(path), 'utf8');
const folder = 'tests/fixtures/draft-corpus';
const names = readdirSync(file(folder)).filter((f) => /\.article\.(txt|md)$/.test(f));

const article = read('data/russia-recognizes-taliban.article.txt');
const handMade = JSON.parse(read('data/russia-recognizes-taliban.story.json')) as StoryInput;
const drafted = draftStory(article, { published: '2025-07-03', title: 'Russia recognizes the Taliban government' });

describe("the repository's article", () => {
  test('the draft is a valid story with no problems', () => {
    expect(drafted.problems).toEqual([]);
    expect(validateStory(drafted.story).problems).toEqual([]);
  });

  test('every event with a stated date in the hand-made story is drafted, matched by date and paragraph', () => {
    const stated = handMade.events.filter((e) => e.dateBasis === 'stated');
    expect(stated.length).toBeGreaterThanOrEqual(8);
    for (const want of stated) {
      const paragraphs = want.citations.map((c) => c.paragraph);
      const hit = drafted.story.events.find((e) => e.date === want.date && e.citations.some((c) => paragraphs.includes(c.paragraph)));
      expect(hit, `${want.id} (${want.date} in ${paragraphs.join(', ')})`).toBeDefined();
    }
  });

  test('"By 1994" is ../1994 and "in April this year" is 2025-04 with a note naming the phrase and the reference', () => {
    const by = drafted.story.events.find((e) => e.draft.phrase === 'By 1994');
    expect(by?.date).toBe('../1994');
    const april = drafted.story.events.find((e) => e.draft.phrase === 'in April this year');
    expect(april?.date).toBe('2025-04');
    expect(april?.dateNote).toBe("The article, published on Thursday 3 July 2025, says 'in April this year', which is April 2025.");
  });

  test('paragraph ids follow the hand-made story: furniture takes no number, headings keep theirs', () => {
    expect(drafted.story.sources[0].paragraphs).toEqual(handMade.sources[0].paragraphs);
    expect(drafted.furniture.map((f) => [f.line, f.rule])).toEqual([[10, 'see-also'], [17, 'see-also'], [23, 'follow-us']]);
  });

  test('"returned to power in August 2021" and "seizing power on 15 August 2021" merge into one event with the finer date', () => {
    const merged = drafted.story.events.find((e) => e.date === '2021-08-15');
    expect(merged?.citations.map((c) => c.paragraph)).toEqual(['p13', 'p14']);
    expect(drafted.story.events.some((e) => e.date === '2021-08')).toBe(false);
  });

  test('several dates in one sentence get one event each, quoting the clause that states it', () => {
    const p15 = drafted.story.events.filter((e) => e.citations[0].paragraph === 'p15');
    expect(p15.map((e) => [e.date, e.citations[0].quote])).toEqual([
      ['2022-06', 'including the earthquakes of June 2022'],
      ['2023-10', 'including the earthquakes of June 2022 and October 2023'],
      ['2024-04', 'as well as the floods in April 2024.'],
    ]);
  });

  test('every event carries a dateBasis, a dateNote naming its phrase, and draft information', () => {
    for (const e of drafted.story.events) {
      expect(['stated', 'inferred']).toContain(e.dateBasis);
      expect(e.dateNote).toContain(`'${e.draft.phrase}'`);
      expect(e.draft.confidence).toBeGreaterThan(0);
      expect(e.draft.confidence).toBeLessThanOrEqual(1);
      expect(e.title).not.toMatch(/\b(19|20)\d\d\b/);
    }
  });
});

describe('the draft corpus (articles written for the rules, with hand-made expected events)', () => {
  const folder = 'tests/fixtures/draft-corpus';
  const names = readdirSync(file(folder)).filter((f) => /\.article\.(txt|md)$/.test(f));

  test('has several articles', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  test.each(names)('%s: every expected event is found, nothing spurious, the story is valid', (name) => {
    const stem = name.replace(/\.article\.(txt|md)$/, '');
    const expected = JSON.parse(read(`${folder}/${stem}.expected.json`)) as { furniture: number[] };
    const { events, published, timeZone, problems } = readExpected(expected);
    expect(problems).toEqual([]);
    const result = draftStory(read(`${folder}/${name}`), { published, title: stem, timeZone });
    expect(validateStory(result.story).problems).toEqual([]);
    const score = scoreDraft(result.story, events);
    expect(score.missed).toEqual([]);
    expect(score.spurious.map((e) => `${e.date} ${e.title}`)).toEqual([]);
    expect(result.furniture.map((f) => f.line)).toEqual(expected.furniture);
  });

  test('the hand-made story gives its stated events as the expected list', () => {
    expect(scoreDraft(drafted.story, expectedFromStory(handMade)).missed).toEqual([]);
  });
});

describe('bad input', () => {
  test('relative phrases without a publication date are reported with their line, not dated', () => {
    const result = draftStory('Intro line.\nIt was removed in April this year.\nBy 1994 it had grown.');
    expect(result.unresolved).toEqual([{ phrase: 'in April this year', paragraph: 'p2', line: 2 }]);
    expect(result.problems[0].message).toContain('Line 2 (paragraph p2): "in April this year" is relative to the publication date');
    expect(result.story.events.map((e) => e.date)).toEqual(['../1994']);
  });

  test('a malformed publication date is a problem with a path', () => {
    const result = draftStory('It happened in 1992.', { published: '2025-02-30' });
    expect(result.problems).toEqual([{ path: 'published', message: 'The publication date "2025-02-30" is not a real day: February 2025 has 28 days.' }]);
    expect(result.story.events.map((e) => e.date)).toEqual(['1992']);
  });

  test('drafting any text never throws and always gives a valid story', () => {
    const words = fc.constantFrom('in', 'By', '1994', 'April', 'this year', 'last week', 'on Thursday', 'the 1990s', 'early', '2020', 'from', 'to', '2005', '.', ',', '\n', '\n\n', 'Also Read:', 'the', 'group', 'seized', 'power', '15 August 2021', '“', 'and');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), fc.boolean(), (parts, withDate) => {
        const result = draftStory(parts.join(' '), withDate ? { published: '2025-07-03' } : {});
        expect(validateStory(result.story).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('drafted titles read as headlines', () => {
  test('the corpus has at least eight articles of different kinds', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  test.each(names)('%s: every drafted title passes the headline rules, and every expected event is publishable as drafted', (name) => {
    const stem = name.replace(/\.article\.(txt|md)$/, '');
    const { events, published, timeZone } = readExpected(JSON.parse(readFileSync(file(`${folder}/${stem}.expected.json`), 'utf8')));
    const { story } = draftStory(readFileSync(file(`${folder}/${name}`), 'utf8'), { published, timeZone });
    for (const e of story.events) expect(headlineProblems(e.title), `${e.date}: ${e.title}`).toEqual([]);
    const score = scoreDraft(story, events);
    expect(score.unpublishable).toEqual([]);
    expect(score.publishable).toBe(events.length);
  });

  test('every expected event of the corpus names the words its title must mention', () => {
    for (const name of names) {
      const stem = name.replace(/\.article\.(txt|md)$/, '');
      const { events } = readExpected(JSON.parse(readFileSync(file(`${folder}/${stem}.expected.json`), 'utf8')));
      for (const e of events) expect(e.mentions?.length, `${stem} ${e.date}`).toBeGreaterThan(0);
    }
  });
});

describe('the traps', () => {
  test('"she would wed him" is the wedding in its year, not an event on a Wednesday', () => {
    const { story } = draftStory('Marta Ellison met the cellist Tomas Reyna at the conservatory.\n\nShe would wed him in 1958.', { published: '2024-10-17' });
    expect(story.events.map((e) => [e.date, e.title])).toEqual([['1958', 'Ellison weds Reyna']]);
  });

  test('a caption or an embedded post with a date gives no event; the paragraph stays in the story', () => {
    const text = 'Crews cleared the site on Monday.\n\nA sign is seen outside the offices in Lisbon, April 25, 2018. REUTERS/Jane Doe\n\nThe ferry leaves pic.twitter.com/x — Port Authority (@PortAuthority) May 31, 2020';
    const { story } = draftStory(text, { published: '2020-06-03' });
    expect(story.events.map((e) => e.citations[0].paragraph)).toEqual(['p1']);
    expect(story.sources[0].paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  test('a wire dateline is not an event', () => {
    const { story } = draftStory('MAPUTO (Radio Kellan - 08th July, 2022) Veteran actor Tom Reyes has died at the age of 82.\n\nHis family said he died on the evening of July 6.', { published: '2022-07-08' });
    expect(story.events.map((e) => [e.date, e.title])).toEqual([['2022-07-06', 'Veteran actor Tom Reyes dies at the age of 82']]);
  });

  test('a pronoun subject is named in the title', () => {
    const { story } = draftStory('Ana Petrov won the vote.\n\nShe first entered the city council in 2010.', { published: '2022-05-16' });
    expect(story.events.map((e) => e.title)).toEqual(['Petrov enters the city council']);
  });
});

describe('a quote that occurs more than once in its paragraph', () => {
  test('its citation carries the prefix or suffix that picks the occurrence drafted, and the story validates', () => {
    const text = 'Council approved the budget in March 2020. Protests followed in May 2020. Council approved the budget in March 2020.';
    const { story } = draftStory(text, { published: '2022-01-01' });
    const budget = story.events.find((e) => e.date === '2020-03')!;
    expect(budget.citations).toEqual([
      { source: 'article', paragraph: 'p1', quote: 'Council approved the budget in March 2020.' },
      { source: 'article', paragraph: 'p1', quote: 'Council approved the budget in March 2020.', prefix: '2020. ' },
    ]);
    expect(validateStory(story).problems).toEqual([]);
  });
});

describe("a merged event's note says each reading once", () => {
  test.each([
    ['The harbour council voted on Monday to close the old ferry pier.', 'On Monday the pier closure vote passed by nine votes to two, council minutes show.'],
    ['The harbour council voted on Monday to close the old ferry pier.', 'Ferry crews heard on Monday that the pier closure vote had passed.'],
  ])('two passages that say the same day in the same words: %s / %s', (a, b) => {
    const [event] = draftStory(`${a}\n\n${b}`, { published: '2025-07-07' }).story.events;
    expect(event.citations.map((c) => c.paragraph)).toEqual(['p1', 'p2']);
    expect(event.dateNote).toBe("The article, published on Monday 7 July 2025, says 'on Monday', which is 7 July.");
  });

  test('passages that date it in different words keep each reading and say which date is used', () => {
    const text = 'The harbour council voted on Monday to close the old ferry pier.\n\nThe pier closure vote, held on 7 July, passed by nine votes to two.';
    const [event] = draftStory(text, { published: '2025-07-07' }).story.events;
    expect(event.dateNote).toContain("'on Monday'");
    expect(event.dateNote).toContain("'on 7 July'");
    expect(event.dateNote).toContain('These 2 passages tell the same event');
  });
});
