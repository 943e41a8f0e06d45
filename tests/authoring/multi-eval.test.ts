import { describe, expect, test } from 'vitest';
import { draftStories } from '../../src/authoring/multi-draft';
import { readGold, scoreMultiDraft, type GoldHappening } from '../../src/authoring/multi-eval';

const articles = [
  { publisher: 'Wire', published: '2023-03-17', text: 'Dairy deal\nHalden Foods agreed on Thursday to buy Brightwater Dairies.\nBrightwater was founded in 1987.' },
  { publisher: 'Weekly', published: '2023-03-18', text: 'Why Halden paid up\nThe deal with Brightwater Dairies was signed on Friday by Halden Foods.\nA canal opened in 1850.' },
];
const result = draftStories(articles);
const names = ['wire', 'weekly'];

describe('scoreMultiDraft', () => {
  test('a merge gold also makes is a true pair; a disagreement the draft finds is found and right', () => {
    const gold: GoldHappening[] = [
      { id: 'deal', disagree: true, mentions: [{ article: 'wire', paragraph: 'p2', date: '2023-03-16' }, { article: 'weekly', paragraph: 'p2', date: '2023-03-17' }] },
      { id: 'founded', disagree: false, mentions: [{ article: 'wire', paragraph: 'p3', date: '1987' }] },
      { id: 'canal', disagree: false, mentions: [{ article: 'weekly', paragraph: 'p3', date: '1850' }] },
    ];
    const score = scoreMultiDraft(result, names, gold);
    expect(score).toMatchObject({ mentions: 4, found: 4, matched: 4, truePairs: 1, falsePairs: 0, missedPairs: 0, goldDisagreements: 1, draftedDisagreements: 1, rightDisagreements: 1, foundDisagreements: 1 });
    expect(score.verbatimQuotes).toBe(score.quotes);
  });

  test('gold that keeps the two apart makes the merge a false pair and the disagreement a false one', () => {
    const gold: GoldHappening[] = [
      { id: 'a', disagree: false, mentions: [{ article: 'wire', paragraph: 'p2', date: '2023-03-16' }] },
      { id: 'b', disagree: false, mentions: [{ article: 'weekly', paragraph: 'p2', date: '2023-03-17' }] },
    ];
    const score = scoreMultiDraft(result, names, gold);
    expect(score).toMatchObject({ truePairs: 0, falsePairs: 1, missedPairs: 0, rightDisagreements: 0, draftedDisagreements: 1 });
    expect(score.wronglyMerged).toEqual([{ a: gold[0].mentions[0], b: gold[1].mentions[0] }]);
    expect(score.falseDisagreements).toHaveLength(1);
  });

  test('gold that joins two drafted events makes a missed pair; a mention with no drafted event is missed', () => {
    const gold: GoldHappening[] = [
      { id: 'x', disagree: true, mentions: [{ article: 'wire', paragraph: 'p3', date: '1987' }, { article: 'weekly', paragraph: 'p3', date: '1850' }] },
      { id: 'ghost', disagree: false, mentions: [{ article: 'wire', paragraph: 'p9', date: '2001' }] },
    ];
    const score = scoreMultiDraft(result, names, gold);
    expect(score).toMatchObject({ mentions: 3, matched: 2, missedPairs: 1, truePairs: 0, goldDisagreements: 1, foundDisagreements: 0 });
    expect(score.missed).toEqual([gold[1].mentions[0]]);
    expect(score.missedDisagreements).toEqual(['x']);
  });

  test('a mention drafted with a coarser or finer agreeing date is matched but not found', () => {
    const gold: GoldHappening[] = [{ id: 'founded', disagree: false, mentions: [{ article: 'wire', paragraph: 'p3', date: '1987-05' }] }];
    expect(scoreMultiDraft(result, names, gold)).toMatchObject({ found: 0, matched: 1 });
  });
});

test('two drafted events of one article that quote the same sentence are scored by where each was placed, not by their quote', () => {
  const quote = 'Caan died on Wednesday, his family said on Thursday.';
  const event = (date: string) => ({ id: date, date, title: date, dateBasis: 'inferred' as const, dateNote: '', citations: [{ source: 'a', paragraph: 'p1', quote }], draft: { phrase: '', confidence: 1, rule: 'absolute' as const } });
  const source = { id: 'a', title: 'A', paragraphs: [{ id: 'p1', text: quote }] };
  const story = { title: 'A', sources: [source], events: [event('2022-07-06'), event('2022-07-07')] };
  const drafted = { ...result, story, articles: [{ ...result.articles[0], story }], placement: [[0, 1]] };
  const gold: GoldHappening[] = [
    { id: 'death', disagree: false, mentions: [{ article: 'a', paragraph: 'p1', date: '2022-07-06' }] },
    { id: 'announced', disagree: false, mentions: [{ article: 'a', paragraph: 'p1', date: '2022-07-07' }] },
  ];
  expect(scoreMultiDraft(drafted, ['a'], gold)).toMatchObject({ matched: 2, truePairs: 0, falsePairs: 0, missedPairs: 0 });
});

describe('readGold', () => {
  test('reads happenings and names what is wrong with the others', () => {
    const { happenings, problems } = readGold({
      events: [
        { id: 'ok', disagree: true, mentions: [{ article: 'a', paragraph: 'p1', date: '2020' }], note: 'why' },
        { id: 'no-mentions', mentions: [] },
        { id: 'bad-date', mentions: [{ article: 'a', paragraph: 'p1', date: 'March 2020' }] },
      ],
    });
    expect(happenings.map((h) => [h.id, h.disagree])).toEqual([
      ['ok', true],
      ['bad-date', false],
    ]);
    expect(problems).toEqual(['events[1] needs an "id" and "mentions", each with "article", "paragraph" and "date" strings', 'events[2]: "March 2020" is not an EDTF date']);
    expect(readGold([]).problems).toEqual(['the gold file needs an "events" array']);
  });
});
