import { describe, expect, test } from 'vitest';
import { headlineProblems } from '../../../src/authoring/headline/problems';

describe('headlineProblems: the headline rules', () => {
  test.each(['Council puts the bridge plan on hold', 'Mayor marries longtime partner', 'Taliban seize power', 'Earthquake strikes', 'Soviet-backed Afghan government collapses', 'May resigns as party leader', 'Bridge is built', '72 people die in the tower fire'])(
    'a short clause with a present-tense verb passes: "%s"',
    (title) => {
      expect(headlineProblems(title)).toEqual([]);
    },
  );

  test('an empty title is refused', () => {
    expect(headlineProblems('  ')).toEqual(['The title is empty.']);
  });

  test('more than 12 words is refused, saying how many', () => {
    expect(headlineProblems('Council puts the long delayed and much argued over bridge plan on hold again today')).toContain('It has 15 words; a headline has at most 12.');
  });

  test.each([
    ['Mayor married longtime partner', 'Its verb "married" is in the past tense; headlines use the present ("marries").'],
    ['The council was closing the bridge', 'Its verb "was closing" is in the past tense; headlines use the present ("closes").'],
  ])('a past-tense verb is refused with the present to use: "%s"', (title, problem) => {
    expect(headlineProblems(title)).toContain(problem);
  });

  test.each([
    ['Council puts the plan on hold because', 'It ends on "because", mid-phrase.'],
    ['Mayor announces that', 'It ends on "that", mid-phrase.'],
    ['Voters back the plan and', 'It ends on "and", mid-phrase.'],
    ['Council caps a chaotic saga that began', 'It ends mid-clause ("that began").'],
  ])('a title cut mid-clause is refused: "%s"', (title, problem) => {
    expect(headlineProblems(title)).toContain(problem);
  });

  test.each([
    ['Council votes on Monday', '"Monday"'],
    ['Bridge closes in March 2009', '"March", "2009"'],
    ['Talks collapse last week', '"last week"'],
    ['Museum reopens yesterday', '"yesterday"'],
    ['Trade grows through the 1990s', '"1990s"'],
  ])('date words are refused: "%s"', (title, words) => {
    expect(headlineProblems(title).join(' ')).toContain(`date word`);
    expect(headlineProblems(title).join(' ')).toContain(words);
  });

  test('"May" as a name and a count after a year are not date words', () => {
    expect(headlineProblems('May resigns as party leader')).toEqual([]);
    expect(headlineProblems('Floods leave 3000 homes without power')).toEqual([]);
  });

  test.each(['Photo: Dock cranes stand idle at Port Avery', 'By Jane Doe', 'Reuters', 'A sign is seen outside the offices. REUTERS/Jane Doe', 'The ferry leaves pic.twitter.com/x — Port Authority (@PortAuthority)'])(
    'a caption, credit or byline is refused: "%s"',
    (title) => {
      expect(headlineProblems(title)).toContain('It reads as a caption, credit or byline, not an event.');
    },
  );

  test.each(['Petrov', 'Ana Petrov', 'The Hague'])('a lone name is refused: "%s"', (title) => {
    expect(headlineProblems(title)).toContain('It is only a name; say what happened ("Petrov wins the mayoral race").');
  });

  test('a fragment with no verb is refused', () => {
    expect(headlineProblems('The floods of the summer')).toContain('It has no verb that says what happened ("Council approves the plan").');
  });

  test.each([['He announces the plan', 'He'], ['Its collection grows', 'Its']])('a title that starts with a pronoun is refused: "%s"', (title, pronoun) => {
    expect(headlineProblems(title)).toContain(`It starts with the pronoun "${pronoun}"; name who did it.`);
  });

  test('a lower-case start and an unclosed quotation mark are refused', () => {
    expect(headlineProblems('council approves the plan')).toContain('It starts with a lower-case letter.');
    expect(headlineProblems('Mayor calls the plan “a disgrace')).toContain('It has an unclosed quotation mark.');
  });
});
