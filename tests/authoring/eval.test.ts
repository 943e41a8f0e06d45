import { describe, expect, test } from 'vitest';
import { expectedFromStory, mentionsEvent, mentionStem, publishProblems, readExpected, scoreDraft } from '../../src/authoring/eval';
import type { StoryInput } from '../../src/model/types';

const story = (events: { date: string; title: string; paragraph: string }[]): StoryInput => ({
  title: 'T',
  sources: [{ id: 'article', title: 'T', paragraphs: [{ id: 'p1', text: 'x' }, { id: 'p2', text: 'y' }] }],
  events: events.map((e, k) => ({ id: `e${k}`, date: e.date, title: e.title, dateBasis: 'stated', citations: [{ source: 'article', paragraph: e.paragraph, quote: 'x' }] })),
});

describe('mentions: the words a title must have one of, compared on stems', () => {
  test('stems meet across tense, number and accents', () => {
    expect(mentionStem('marries')).toBe(mentionStem('married'));
    expect(mentionStem('marry')).toBe(mentionStem('married'));
    expect(mentionStem('councils')).toBe('council');
    expect(mentionStem('Tomás')).toBe(mentionStem('tomas'));
    expect(mentionStem("Petrov's")).toBe('petrov');
  });

  test('a title mentions the event when it has one of the words', () => {
    expect(mentionsEvent('Mayor marries longtime partner', ['married', 'wedding'])).toBe(true);
    expect(mentionsEvent('Council puts the bridge plan on hold', ['council', 'bridge'])).toBe(true);
    expect(mentionsEvent('Council puts the bridge plan on hold', ['strike'])).toBe(false);
  });
});

describe('scoreDraft: publishable as drafted', () => {
  test('a found event is publishable when its title passes the headline rules and mentions the event', () => {
    const draft = story([
      { date: '2022-05-15', title: 'Voters elect Petrov as mayor', paragraph: 'p1' },
      { date: '2010', title: 'She first entered the city council', paragraph: 'p2' },
      { date: '2014/2018', title: 'Petrov leads the finance committee', paragraph: 'p2' },
    ]);
    const score = scoreDraft(draft, [
      { date: '2022-05-15', paragraphs: ['p1'], mentions: ['petrov', 'elect'] },
      { date: '2010', paragraphs: ['p2'], mentions: ['council'] },
      { date: '2014/2018', paragraphs: ['p2'], mentions: ['strike'] },
    ]);
    expect(score.found).toBe(3);
    expect(score.publishable).toBe(1);
    expect(score.unpublishable).toEqual([
      { expected: { date: '2010', paragraphs: ['p2'], mentions: ['council'] }, title: 'She first entered the city council', reasons: ['It starts with the pronoun "She"; name who did it.', 'Its verb "entered" is in the past tense; headlines use the present ("enters").'] },
      { expected: { date: '2014/2018', paragraphs: ['p2'], mentions: ['strike'] }, title: 'Petrov leads the finance committee', reasons: ['It mentions none of "strike".'] },
    ]);
  });

  test('without mentions, the headline rules alone decide', () => {
    expect(publishProblems('Council approves the plan', { date: '2020', paragraphs: ['p1'] })).toEqual([]);
  });

  test('of two drafts with the same date and paragraph, the one whose title tells the event finds it', () => {
    const draft = story([
      { date: '2014-08-03', title: 'Earthquake strikes', paragraph: 'p1' },
      { date: '2014-08-03', title: 'Death toll rises to 381', paragraph: 'p1' },
    ]);
    const score = scoreDraft(draft, [
      { date: '2014-08-03', paragraphs: ['p1'], mentions: ['toll'] },
      { date: '2014-08-03', paragraphs: ['p1'], mentions: ['earthquake'] },
    ]);
    expect(score.publishable).toBe(2);
  });

  test('readExpected reads the story\'s time zone, as --time-zone gives it to the drafter', () => {
    expect(readExpected({ published: '2023-08-25', timeZone: 'Asia/Kolkata', events: [] })).toEqual({ events: [], published: '2023-08-25', timeZone: 'Asia/Kolkata', problems: [] });
    expect(readExpected({ events: [] })).not.toHaveProperty('timeZone');
  });

  test('readExpected reads mentions and refuses an empty list', () => {
    expect(readExpected({ events: [{ date: '2020', paragraph: 'p1', mentions: ['council'] }] }).events).toEqual([{ date: '2020', paragraphs: ['p1'], phrase: undefined, mentions: ['council'] }]);
    expect(readExpected({ events: [{ date: '2020', paragraph: 'p1', mentions: [] }] }).problems).toEqual(['events[0].mentions needs one word or more']);
  });

  test("a hand-made story's titles give the mentions", () => {
    const expected = expectedFromStory(story([{ date: '2021', title: 'Russia recognizes the Taliban government', paragraph: 'p1' }]));
    expect(expected[0].mentions).toEqual(['Russia', 'recognizes', 'Taliban', 'government']);
  });
});
