import { describe, expect, test } from 'vitest';
import { draftStories, type ArticleInput } from '../../src/authoring/multi-draft';
import { corroborate } from '../../src/model/corroboration';
import { validateStory } from '../../src/model/validate';

/** Three reports of one takeover: the wire and the local paper say Thursday, the business weekly Friday; the founding year differs by a decade. */
const wire: ArticleInput = {
  publisher: 'Northwire',
  published: '2023-03-17',
  url: 'https://northwire.example/deal',
  text: [
    'Halden Foods agrees to buy Brightwater Dairies',
    'Halden Foods agreed on Thursday to buy Brightwater Dairies for $2.1 billion in cash, the companies said.',
    'Brightwater, founded in 1987, had rejected an offer from Halden last November as too low.',
    'The harbour bridge in Kelso was closed for repairs in 2019.',
  ].join('\n'),
};
const weekly: ArticleInput = {
  publisher: 'Market Ledger',
  published: '2023-03-18',
  text: ['Why Halden paid up', 'The deal, signed on Friday, values Brightwater Dairies at $2.1 billion.', "That first approach, in November 2022, was rejected by Brightwater's board."].join('\n'),
};
const local: ArticleInput = {
  publisher: 'Brightwater Valley News',
  published: '2023-03-18',
  text: ['Dairy workers wait for answers', 'Staff at the Brightwater creamery learned on Thursday that the company is being sold to Halden Foods.', 'Brightwater was founded in 1978 by the Moss family.'].join('\n'),
};

const result = draftStories([wire, weekly, local]);
const byTitle = (words: RegExp) => result.story.events.filter((e) => words.test(e.title));

describe('draftStories: several articles, one story', () => {
  test('each article becomes a source with its own publication date, publisher and URL; ids come from the publisher', () => {
    expect(result.story.sources.map((s) => [s.id, s.publisher, s.published])).toEqual([
      ['northwire', 'Northwire', '2023-03-17'],
      ['market-ledger', 'Market Ledger', '2023-03-18'],
      ['brightwater-valley-news', 'Brightwater Valley News', '2023-03-18'],
    ]);
    expect(result.story.sources[0].url).toBe('https://northwire.example/deal');
    expect(result.story.title).toBe('Halden Foods agrees to buy Brightwater Dairies');
  });

  test('the same happening told by three articles is one event with a citation per source, each dated against its own article', () => {
    const [deal] = byTitle(/Halden|Brightwater Dairies|sold/).filter((e) => corroborate(e).sources.length === 3);
    expect(deal).toBeDefined();
    const dateBySource = Object.fromEntries(deal.citations.map((c) => [c.source, c.date]));
    // "on Thursday" read against 17 March is the 16th; "on Friday" against Saturday 18 March is the 17th.
    expect(dateBySource).toEqual({ northwire: '2023-03-16', 'market-ledger': '2023-03-17', 'brightwater-valley-news': '2023-03-16' });
  });

  test('dates a day apart disagree: the date most sources give is kept and the note names every source, so the validator does not warn', () => {
    const deal = result.story.events.find((e) => e.citations.length >= 3) as (typeof result.story.events)[number];
    const c = corroborate(deal);
    expect(c.agree).toBe(false);
    expect(deal.date).toBe('2023-03-16');
    expect(deal.dateNote).toMatch(/^Sources differ: Northwire and Brightwater Valley News give 16 March 2023; Market Ledger gives 17 March 2023\./);
    expect(validateStory(result.story).problems).toEqual([]);
  });

  test('years a decade apart are one happening when the words match, and disagree', () => {
    const founded = result.story.events.filter((e) => e.citations.some((c) => /founded/.test(c.quote)));
    expect(founded).toHaveLength(1);
    expect(founded[0].citations.map((c) => [c.source, c.date])).toEqual([
      ['northwire', '1987'],
      ['brightwater-valley-news', '1978'],
    ]);
    expect(corroborate(founded[0]).agree).toBe(false);
  });

  test('dates that differ only in precision agree and the finest is kept', () => {
    const offer = result.story.events.find((e) => e.citations.some((c) => /November/.test(c.quote)));
    expect(offer?.citations.map((c) => [c.source, c.date])).toEqual([
      ['northwire', '2022-11'],
      ['market-ledger', '2022-11'],
    ]);
    expect(corroborate(offer!).agree).toBe(true);
  });

  test('an event one source reports is kept, with its one citation and no citation date', () => {
    const bridge = result.story.events.find((e) => e.citations.some((c) => /bridge/.test(c.quote)));
    expect(bridge?.date).toBe('2019');
    expect(bridge?.citations).toEqual([expect.objectContaining({ source: 'northwire', paragraph: 'p4' })]);
    expect(bridge?.citations[0].date).toBeUndefined();
  });

  test('events are in time order and the summary counts merged events and disagreements', () => {
    const starts = result.story.events.map((e) => e.date);
    expect(starts).toEqual(['1987', '2019', '2022-11', '2023-03-16']);
    expect(result.summary).toEqual({ articles: 3, events: 4, corroborated: 3, disagreements: 2 });
  });

  test('placement says which story event each article’s drafted event became part of, holding its citations', () => {
    result.articles.forEach((draft, i) => {
      const source = result.story.sources[i].id;
      draft.story.events.forEach((event, j) => {
        const placed = result.story.events[result.placement[i][j]];
        for (const c of event.citations) expect(placed.citations).toContainEqual(expect.objectContaining({ source, paragraph: c.paragraph, quote: c.quote }));
      });
    });
  });

  test('every quote is verbatim in its own source’s paragraph', () => {
    for (const event of result.story.events) {
      for (const c of event.citations) {
        const paragraph = result.story.sources.find((s) => s.id === c.source)?.paragraphs.find((p) => p.id === c.paragraph);
        expect(paragraph?.text).toContain(c.quote);
      }
    }
  });
});

describe('draftStories: what is kept apart', () => {
  test('two floods years apart, told in like words by two outlets, stay two events, each with both sources', () => {
    const a = { publisher: 'Valley Post', published: '2021-11-20', text: 'The river burst its banks in 2021, flooding the town centre.\nThe last great flood, in 2007, also swamped the town centre.' };
    const b = { publisher: 'County Radio', published: '2021-11-20', text: 'Floodwater filled the town centre after the river burst its banks in 2021.\nIn 2007 the river flooded the town centre too.' };
    const { story } = draftStories([a, b]);
    expect(story.events.map((e) => [e.date, e.citations.map((c) => c.source).sort()])).toEqual([
      ['2007', ['county-radio', 'valley-post']],
      ['2021', ['county-radio', 'valley-post']],
    ]);
  });

  test('an article that gives no date for its main event does not vote on the date', () => {
    const dated = { publisher: 'Wire', published: '2024-06-07', text: 'Ferry runs aground\nFerry Aurora ran aground off Kell Island on Tuesday with 200 passengers aboard.' };
    const undated = { publisher: 'Gazette', published: '2024-06-09', text: 'Ferry aground off Kell Island\nFerry Aurora has run aground off Kell Island with 200 passengers aboard, the coastguard said.' };
    const { story } = draftStories([dated, undated]);
    expect(story.events).toHaveLength(1);
    expect(story.events[0].date).toBe('2024-06-04');
    expect(story.events[0].citations.map((c) => [c.source, c.date])).toEqual([
      ['wire', '2024-06-04'],
      ['gazette', undefined],
    ]);
    expect(corroborate(story.events[0]).agree).toBe(true);
  });

  test('two articles by one publisher get distinct source ids; a given id is kept', () => {
    const { story } = draftStories([
      { publisher: 'Wire', published: '2024-01-02', text: 'A dam opened in 1990.' },
      { publisher: 'Wire', published: '2024-01-03', text: 'A school opened in 1991.' },
      { id: 'mine', publisher: 'Wire', published: '2024-01-03', text: 'A mill opened in 1992.' },
    ]);
    expect(story.sources.map((s) => s.id)).toEqual(['wire', 'wire-2', 'mine']);
  });

  test('a bad publication date is a problem that names the article; nothing throws on junk input', () => {
    const { problems } = draftStories([{ text: 'A dam opened in 1990.', published: '2024-01-02' }, { text: 'Built on Friday.', published: '2024-13-40' }]);
    expect(problems.some((p) => p.path.startsWith('articles[1]'))).toBe(true);
    const junk = draftStories(null as unknown as ArticleInput[]);
    expect(junk.story.events).toEqual([]);
    expect(draftStories([{ text: 42 } as unknown as ArticleInput]).story.events).toEqual([]);
  });
});
