import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { draftStory } from '../../src/authoring/draft';
import { readExpected, scoreDraft } from '../../src/authoring/eval';
import { headlineProblems } from '../../src/authoring/headlines';

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const folder = 'tests/fixtures/draft-corpus';
const names = readdirSync(file(folder)).filter((f) => /\.article\.(txt|md)$/.test(f));

describe('drafted titles read as headlines', () => {
  test('the corpus has at least eight articles of different kinds', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  test.each(names)('%s: every drafted title passes the headline rules, and every expected event is publishable as drafted', (name) => {
    const stem = name.replace(/\.article\.(txt|md)$/, '');
    const { events, published } = readExpected(JSON.parse(readFileSync(file(`${folder}/${stem}.expected.json`), 'utf8')));
    const { story } = draftStory(readFileSync(file(`${folder}/${name}`), 'utf8'), { published });
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
