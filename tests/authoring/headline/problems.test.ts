import { describe, expect, test } from 'vitest';
import { headlineProblems } from '../../../src/authoring/headline/problems';

describe('headlineProblems: the headline rules', () => {
  test.each(['Council puts the bridge plan on hold', 'Mayor marries longtime partner', 'Taliban seize power', 'Earthquake strikes', 'Soviet-backed Afghan government collapses', 'May resigns as party leader', 'Bridge is built', '72 people die in the tower fire'])(
    'a short clause with a present-tense verb passes: "%s"',
    (title) => {
      expect(headlineProblems(title)).toEqual([]);
    },
  );

  test.each([
    ['Swimmer takes gold the at the Games', 'the at'],
    ['Council approves a of the budget', 'a of'],
    ['Club signs the the striker', 'the the'],
  ])('an article straight before a preposition or another article is refused as a cut phrase: "%s"', (title, pair) => {
    expect(headlineProblems(title)).toContain(`It has "${pair}", words left from a cut phrase.`);
  });

  test.each(['Swimmer takes gold at the Games', 'Council approves a share of the budget', 'Mayor opens the to-do list app'])('an article before its noun is fine: "%s"', (title) => {
    expect(headlineProblems(title).filter((p) => p.includes('cut phrase'))).toEqual([]);
  });

  test.each(['Swimmer wins her fourth gold medal at the Games as part', 'Lawyer speaks on behalf', 'Race goes ahead in spite'])('a phrase that needs its "of …" is refused at the end: "%s"', (title) => {
    expect(headlineProblems(title).some((p) => p.startsWith('It ends on') && p.endsWith('mid-phrase.'))).toBe(true);
  });

  test.each(['Mixed doubles team of Ana Ruiz and Tom Lee', 'Junior relay squad of Kenya and Ethiopia', 'Mixed doubles pair of the host nation'])(
    'a noun phrase whose words compromise could read as verbs ("doubles", "squad of") has no verb: "%s"',
    (title) => {
      expect(headlineProblems(title)).toContain('It has no verb that says what happened ("Council approves the plan").');
    },
  );

  test.each(['Rising rents push families out of the city', 'Mixed doubles pair wins the final'])('an "-s" word after the opening adjectives is a noun and the title keeps its verb: "%s"', (title) => {
    expect(headlineProblems(title)).toEqual([]);
  });

  test.each(['Riot police fire tear gas at the crowd', 'Troops shell the town', 'Soldiers shell the villages', 'Border police seize fake passports'])(
    'a plural subject with a bare verb that compromise reads as a noun or a past ("fire", "shell") passes: "%s"',
    (title) => {
      expect(headlineProblems(title)).toEqual([]);
    },
  );

  test.each([
    ['At least 29 fatalities ties the record', 'Its verb "ties" does not agree with "fatalities" ("tie").'],
    ['Emergency teams searches for people', 'Its verb "searches" does not agree with "teams" ("search").'],
    ['This are at the Korea Open', 'Its verb "are" does not agree with "This" ("is").'],
  ])('a verb that does not agree with a plural noun or a pronoun is refused with the form to use: "%s"', (title, problem) => {
    expect(headlineProblems(title)).toContain(problem);
  });

  test.each(['Winters wins in the best-supporting category', 'Melbourne Tigers comes back', 'Council approve the plan', 'Data show a rise'])('the number of a name or a collective noun is the writer\'s choice and is not judged: "%s"', (title) => {
    expect(headlineProblems(title).filter((p) => p.includes('does not agree'))).toEqual([]);
  });

  test.each(['This plays 17 events', 'These are the winners', 'That was the final'])('a demonstrative straight before the verb is refused as an unnamed subject: "%s"', (title) => {
    expect(headlineProblems(title).some((p) => p.startsWith('It starts with the pronoun'))).toBe(true);
  });

  test.each(["This year's festival opens", 'That decision stands'])('a demonstrative before its noun is fine: "%s"', (title) => {
    expect(headlineProblems(title).filter((p) => p.includes('pronoun'))).toEqual([]);
  });

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

  test.each([
    ['Them over the line at last', 'Them'],
    ['Him the only one to finish', 'Him'],
    ["They'll compete for fans", "They'll"],
    ['Our reporters reach the valley', 'Our'],
  ])('a title that starts with an object, possessive or contracted pronoun is refused: "%s"', (title, pronoun) => {
    expect(headlineProblems(title)).toContain(`It starts with the pronoun "${pronoun}"; name who did it.`);
  });

  test.each([
    ['Launch of the tablet comes as its rival has already', 'has already'],
    ['Ferry service resumes after the port is now', 'is now'],
    ['Union talks stall as the minister will soon', 'will soon'],
  ])('a title that ends on an auxiliary, its verb cut off, is refused: "%s"', (title, tail) => {
    expect(headlineProblems(title)).toContain(`It ends on "${tail}", mid-clause.`);
  });

  test.each([
    ['Said the report shows the harbour silting up', 'Said'],
    ['Told the inquiry the dam was safe', 'Told'],
  ])('a title that starts with a verb has no subject and is refused: "%s"', (title, verb) => {
    expect(headlineProblems(title)).toContain(`It starts with the verb "${verb}"; a headline starts with who did it.`);
  });

  test.each([
    ['By the new treaty comes into force', 'By'],
    ['Also among the dead is a fisherman', 'Also among'],
    ['Because the river rose the bridge shuts', 'Because'],
  ])('a title that starts with a preposition or "because", not with who did it, is refused: "%s"', (title, opener) => {
    expect(headlineProblems(title)).toContain(`It starts with "${opener}", not with who did it.`);
  });

  test.each(['Up to 50 people die in the floods', 'Over 200 homes lose power', 'After the storm, the town rebuilds its pier', 'Talks collapse over the wage offer', 'Closed factory reopens its gates'])(
    'a quantity, a fronted phrase set off by a comma, and a plural noun that looks like a verb open a headline: "%s"',
    (title) => {
      expect(headlineProblems(title)).toEqual([]);
    },
  );

  test.each([
    ['Rebel group is had seized the airport', 'is had'],
    ['Will the Rovers be champions again', 'Rovers be'],
  ])('a verb form no clause has is refused: "%s"', (title, verb) => {
    expect(headlineProblems(title)).toContain(`Its verb "${verb}" is not a verb form a sentence has; rewrite the clause.`);
  });

  test.each([
    ['Confirmed death toll in his country is 242', 'his'],
    ['Among her early films is a western', 'her'],
    ['Report gives us a closer look at the moon', 'us'],
    ['Survey shows our city is growing', 'our'],
  ])('a pronoun whose person the title does not name is refused: "%s"', (title, pronoun) => {
    expect(headlineProblems(title)).toContain(`It says "${pronoun}" without naming who that is; name them.`);
  });

  test.each(['Mayor marries her longtime partner', 'Ruiz gives his medal to the museum', 'US actor dies at 82', 'Firm wins a key U.S. approval', 'Coach calls the result "a gift for us"'])(
    'a pronoun named in the title, the US, and words in a quotation are not unnamed pronouns: "%s"',
    (title) => {
      expect(headlineProblems(title).join(' ')).not.toContain('without naming');
    },
  );

  test('a past-tense verb after a noun that looks like a verb is refused: "Floods still raged"', () => {
    expect(headlineProblems('Cyclone floods still raged as heavy rains fell')).toContain('Its verb "raged" is in the past tense; headlines use the present.');
  });

  test('a verb inside quotation marks is not the title\'s verb', () => {
    expect(headlineProblems("Artist's staging of 'The Sea is Calm'")).toContain('It has no verb that says what happened ("Council approves the plan").');
  });

  test.each([
    ['Environment minister says in the capital', 'says'],
    ['Police said', 'said'],
    ['Harbour master tells at the hearing', 'tells'],
  ])('a title that names who spoke but not what was said is refused: "%s"', (title, verb) => {
    expect(headlineProblems(title)).toContain(`It says who spoke ("${verb}") but not what was said.`);
  });

  test.each([
    ['Sad day for the whole town says Mayor Ana Ruiz', 'says Mayor Ana Ruiz'],
    ['Harbour is safe, said Ortiz', 'said Ortiz'],
  ])('a title that ends on who said it is refused: "%s"', (title, tail) => {
    expect(headlineProblems(title)).toContain(`It ends on who said it ("${tail}"); a headline starts with them.`);
  });

  test.each(['Ruiz says “This is a sad day for the whole town”', 'Minister tells MPs to back the deal', 'Coach says "We will not give up"'])('a title that says who spoke and what was said passes: "%s"', (title) => {
    expect(headlineProblems(title)).toEqual([]);
  });
});
