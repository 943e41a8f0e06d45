import { describe, expect, test } from 'vitest';
import { readDates } from '../../src/authoring/date-readings';
import { draftHeadline, headlineProblems, unshoutLede, type TextSpan } from '../../src/authoring/headlines';

const published = { year: 2024, month: 3, day: 8 };

/** The headline of the event a date phrase dates in a sentence (the phrase found by the drafter's date reader). */
function headline(sentence: string, phrase?: string, before?: string): string {
  const readings = readDates(sentence, published);
  const dates: TextSpan[] = readings.map((r) => ({ start: r.index, end: r.index + r.length }));
  const anchor = phrase === undefined ? undefined : dates[readings.findIndex((r) => r.phrase === phrase || r.phrase.includes(phrase))];
  if (phrase !== undefined && !anchor) throw new Error(`no date phrase "${phrase}" in: ${sentence}`);
  return draftHeadline({ sentence, dates, anchor, before });
}

describe('draftHeadline: who did what, in the present, without the date', () => {
  test.each([
    ['Demolition crews began taking apart the Mill Street bridge on Saturday, ending a dispute that lasted more than a decade.', 'on Saturday', 'Demolition crews begin taking apart the Mill Street bridge'],
    ['The council put the bridge plan on hold on Monday because of rising costs.', 'on Monday', 'Council puts the bridge plan on hold'],
    ['The mayor, who has led the city since 2010, married her longtime partner in a small ceremony on Saturday.', 'on Saturday', 'Mayor marries her longtime partner in a small ceremony'],
    ['The bridge was built in 1932 and carried trams until 1961.', 'in 1932', 'Bridge is built'],
    ['The bridge was built in 1932 and carried trams until 1961.', 'until 1961', 'Bridge carries trams'],
    ['The museum was founded in 1901 by the shipping merchant Clara Voss.', 'in 1901', 'Museum is founded by the shipping merchant Clara Voss'],
    ['In 1998, a quake in the northern hills killed 400 people.', 'In 1998', 'Quake in the northern hills kills 400 people'],
    ['The new contract will be signed in April.', 'in April', 'New contract is signed'],
    ['Officials said the pact would take effect in January.', 'in January', 'Pact takes effect'],
    ['The council closed the bridge to lorries in March 2009 and to all traffic on 2 October 2015.', 'in March 2009', 'Council closes the bridge to lorries'],
    ['The council closed the bridge to lorries in March 2009 and to all traffic on 2 October 2015.', 'on 2 October 2015', 'Council closes the bridge to all traffic'],
  ])('%s (%s) → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test('a date after a verb that only says the story peaked is the when-clause\'s event; other verbs keep their own', () => {
    expect(headline('The feud reached a climax in June when the board fired its chairman.', 'in June')).toBe('Board fires its chairman');
    expect(headline('The dispute came to a head on Monday when dockers walked out.', 'on Monday')).toBe('Dockers walk out');
    expect(headline('The ferry reached port on Monday when the storm eased.', 'on Monday')).toBe('Ferry reaches port');
  });

  test('the event of a date is the verb it belongs to: "after seizing power on 15 August 2021" is the seizing', () => {
    expect(headline('The Taliban declared an interim government after seizing power on 15 August 2021, following the collapse of the army.', 'on 15 August 2021')).toBe('Taliban seizes power');
  });

  test('an event told by a noun gets a verb: "the collapse of the government in 1992", "Sunday\'s earthquake", "the June 4 council elections"', () => {
    expect(headline('Factions had been battling for control following the collapse of the Soviet-backed Afghan government in 1992.', 'in 1992')).toBe('Soviet-backed Afghan government collapses');
    expect(headline("Officials said the damage from Sunday's earthquake was worse than feared.", 'Sunday')).toBe('Earthquake strikes');
    expect(headline('The court let officials count the votes from the June 4 council elections.', 'June 4')).toBe('Council elections are held');
  });

  test('what a statement reports is the headline: "Brenner said on Tuesday it received approval"', () => {
    expect(headline("Norland's Brenner Dairies said on Tuesday it received a key approval for its merger.", 'on Tuesday')).toBe("Norland's Brenner Dairies receives a key approval for its merger");
  });

  test('a statement whose report has its own date is told as the statement', () => {
    const sentence = 'The long-serving mayor will step down as party leader on June 7, Alice May said on Friday.';
    expect(headline(sentence, 'on June 7')).toBe('Long-serving mayor steps down as party leader');
    expect(headline(sentence, 'on Friday')).toBe('Alice May says long-serving mayor will step down as party leader');
  });

  test('a pronoun subject is named from the sentence or the text before', () => {
    expect(headline('She first entered the city council in 2010.', 'in 2010', 'Petrov, 47, won 54 percent of the vote.')).toBe('Petrov enters the city council');
    expect(headline('He was given a medal on the steps of City Hall in 1978.', 'in 1978', 'Tom Reyes was born in Lisbon. His films number over ninety.')).toBe('Reyes is given a medal on the steps of City Hall');
    expect(headline('The government said on Friday it would pay for the barrier.', 'on Friday')).toBe('Government pays for the barrier');
  });

  test('"they" named as one thing takes the verb that agrees with the name: "The side … They will face" → "Side faces"', () => {
    expect(headline('They will face Rovers in the final round on Saturday.', 'on Saturday', 'The side is set to parade the trophy at home.')).toBe('Side faces Rovers in the final round');
    expect(headline('They will face Rovers in the final round on Saturday.', 'on Saturday', 'The fans are set to fill the stadium.')).toBe('Fans face Rovers in the final round');
  });

  test.each([
    ['His body was found on Sunday by divers.', 'on Sunday', 'A fisherman went missing in the storm.', 'Fisherman’s body is found by divers'],
    ['His body was recovered from the lake on Sunday.', 'on Sunday', 'Another was a young man who joined the search.', 'Young man’s body is recovered from the lake'],
    ['She was rescued by a helicopter on Monday.', 'on Monday', 'The storm cut off the village. An elderly woman was trapped on her roof.', 'Elderly woman is rescued by a helicopter'],
  ])('a pronoun no name before it tells is the person the text before describes: %s → "%s"', (sentence, phrase, before, title) => {
    expect(headline(sentence, phrase, before)).toBe(title);
  });

  test.each([
    ['Her car was found in the river in 2019.', 'in 2019', 'The case went cold.', 'Car is found in the river'],
    ['His wallet was returned to the police on Friday.', 'on Friday', 'The search went on for days.', 'Wallet is returned to the police'],
  ])('a possessive no text before it names is dropped, keeping the sentence\'s own noun: %s → "%s"', (sentence, phrase, before, title) => {
    expect(headline(sentence, phrase, before)).toBe(title);
  });

  test.each([
    ['Police cut the power on Tuesday and the crowd dispersed.', 'on Tuesday', 'Police cut the power'],
    ['Firefighters sealed the road on Friday and the residents left.', 'on Friday', 'Firefighters seal the road'],
    ['The river burst its banks in 2007, and the old mill was lost.', 'in 2007', 'River bursts its banks'],
    ['Troops entered the town on Monday and its residents fled.', 'on Monday', 'Troops enter the town'],
  ])('of two clauses joined by "and" with different subjects, the dated first clause is the title: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['The rebel party had on Monday rejected the provisional results.', 'on Monday', 'Rebel party rejects the provisional results'],
    ['The club will on Saturday unveil a statue of its founder.', 'on Saturday', 'Club unveils a statue of its founder'],
    ['The council had in March 2019 approved the plan.', 'in March 2019', 'Council approves the plan'],
  ])('an auxiliary a date splits from its verb goes with the verb: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['"We will not give up," the coach said on Saturday after the team lost the final.', 'on Saturday', 'Coach says "We will not give up"'],
    ['"The bridge is safe," the engineer told reporters on Monday.', 'on Monday', 'Engineer says "The bridge is safe"'],
    ['“This is a sad day for the whole town,” said Mayor Ana Ruiz on Friday.', 'on Friday', 'Ruiz says “This is a sad day for the whole town”'],
  ])('a quote before "X said" is told as what X says when it makes no headline of its own: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['"We have found the wreck," the divers said on Tuesday.', 'on Tuesday', 'Divers find the wreck'],
    ['The ministry said on Thursday that the central bank had raised its main rate.', 'on Thursday', 'Central bank raises its main rate'],
    ['A spokesman for the airline said on Friday that two flights had been cancelled.', 'on Friday', 'Two flights are cancelled'],
  ])('what a statement reports is the title when it is a fact of its own, not the speech verb: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['Flooding still raged on Thursday across the delta.', 'on Thursday', 'Flooding rages across the delta'],
    ['Online shopping grew sharply in 2020.', 'in 2020', 'Online shopping grows sharply'],
    ['Fighting broke out on Monday in the north.', 'on Monday', 'Fighting breaks out in the north'],
  ])('an "-ing" word before a finite verb is its subject, and the verb is told: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['The house on her farm burned down in 2015.', 'in 2015', 'Maria Lopez bought the farm in 2001.', 'House on Lopez’s farm burns down'],
    ['The roof of his workshop collapsed on Friday.', 'on Friday', 'Tomas Berg builds boats.', 'Roof of Berg’s workshop collapses'],
  ])('a possessive inside the subject is named from the text before: %s → "%s"', (sentence, phrase, before, title) => {
    expect(headline(sentence, phrase, before || undefined)).toBe(title);
  });

  test.each([
    ['Also among her films was The Long Tide (1972), which earned her a nomination.', '1972', 'Rosa Winters was an actress.', 'Long Tide is among Winters’s films'],
    ['Among the dead on Saturday was a mother and her son.', 'on Saturday', 'Floods hit the district.', 'Mother and her son are among the dead'],
    ['Among the winners in 2019 were two students from Lorran.', 'in 2019', '', 'Two students from Lorran are among the winners'],
  ])('"among X was Y" is told with Y as the subject: %s → "%s"', (sentence, phrase, before, title) => {
    expect(headline(sentence, phrase, before || undefined)).toBe(title);
  });

  test.each([
    ['The novel was chosen from a shortlist of six, which was announced in March.', 'in March', 'Shortlist of six is announced'],
    ['The club plays in a league of twelve teams, which was founded in 1921.', 'in 1921', 'League of twelve teams is founded'],
    ['The firm is one of three bidders, which were named in May.', 'in May', 'Three bidders are named'],
  ])('a relative clause after "X of N" tells of the whole noun phrase: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test('"she would wed him" names both: the woman before and the man she met', () => {
    const before = 'Marta Ellison studied at the conservatory, where she met the cellist Tomas Reyna.';
    expect(headline('She would wed him in the spring of 1958.', 'in the spring of 1958', before)).toBe('Ellison weds Reyna');
  });

  test('"Alice May" is a name: the title keeps it and drops only the date', () => {
    expect(headline('Alice May resigned as party leader on Friday.', 'on Friday')).toBe('Alice May resigns as party leader');
  });

  test('every drafted title of these sentences passes the rules', () => {
    const sentences = [
      'Voters in Lorran elected Ana Petrov as mayor on Sunday, the first woman to hold the office.',
      'Talks collapsed last week after the employers walked out of a meeting.',
      'The previous strike, in December, lasted two days.',
      'Turnout rose to 61 percent, up from 48 percent last year.',
      'Veteran actor Tom Reyes, best known for his role as the detective Sam Cole, died on July 6, 2022.',
    ];
    for (const sentence of sentences) {
      const title = headline(sentence, readDates(sentence, published)[0].phrase);
      expect(headlineProblems(title), title).toEqual([]);
    }
  });

  test('a long object is cut at a phrase to keep 12 words', () => {
    const title = headline('Winters died on Saturday of heart failure at The Royal Hospital of Port Kellan in the old harbour district.', 'on Saturday', 'The actress Rosa Winters was 85.');
    expect(title.split(' ').length).toBeLessThanOrEqual(12);
    expect(title).toMatch(/^Winters dies of heart failure/);
  });

  test('a sentence with no verb still gives a title, and the checker says why it is not a headline', () => {
    const title = draftHeadline({ sentence: 'The floods of August 2021.', dates: [{ start: 10, end: 25 }] });
    expect(title).toBe('The floods');
    expect(headlineProblems(title).length).toBeGreaterThan(0);
  });
});

describe('draftHeadline of a sentence with no date phrase (paragraphs under a date line)', () => {
  const titled = (sentence: string) => draftHeadline({ sentence });

  test.each([
    ['The Prudential Board suspended the society and appointed administrators.', 'Prudential Board suspends the society and appoints administrators'],
    ['The city council approved the budget and adjourned.', 'City council approves the budget and adjourns'],
    ['The harbour authority dredged the channel and reopened the port.', 'Harbour authority dredges the channel and reopens the port'],
    ['Striking nurses marched to the ministry and delivered a petition.', 'Striking nurses march to the ministry and deliver a petition'],
    // Both verbs would take more than 12 words: the first is told alone.
    ['The agency froze the accounts of the three largest trading companies and referred the case.', 'Agency freezes the accounts of the three largest trading companies'],
  ])('of verbs joined by "and", the first main verb is told with its subject, and the second too within 12 words: %s → "%s"', (sentence, title) => {
    expect(titled(sentence)).toBe(title);
  });

  test.each([
    ['State regulators closed the bank and named a receiver.', 'State regulators close the bank and name a receiver'],
    ['Rescue teams pulled ten people from the rubble.', 'Rescue teams pull ten people from the rubble'],
    ['Border guards detained the two men overnight.', 'Border guards detain the two men overnight'],
  ])('a word opening the sentence before a noun and a later verb modifies the noun: %s → "%s"', (sentence, title) => {
    expect(titled(sentence)).toBe(title);
  });

  test.each([
    ['Regulators shut the lender after depositors pulled their money.', 'Regulators shut the lender'],
    ['The regulator shut the lender after a run on its branches.', 'Regulator shuts the lender'],
    ['The storm hit the coast.', 'Storm hits the coast'],
    ['The mayor quit the party.', 'Mayor quits the party'],
    ['The ministry cut fuel prices by ten percent.', 'Ministry cuts fuel prices by ten percent'],
    ['The tender cost the city a fortune.', 'Tender costs the city a fortune'],
    ['The firm set a record.', 'Firm sets a record'],
    ['The fire spread to three houses.', 'Fire spreads to three houses'],
  ])('a past spelled as its infinitive is put in the present from that infinitive: %s → "%s"', (sentence, title) => {
    expect(titled(sentence)).toBe(title);
  });

  test.each([
    ['The central bank raised interest rates by half a point.', 'Central bank raises interest rates by half a point'],
    ['The board has raised ticket prices.', 'Board raises ticket prices'],
    ['The firm lifted the freight rates again.', 'Firm lifts the freight rates again'],
    // After a verb that takes a clause, the present verb is the clause's own.
    ['Analysts said demand rises in winter.', 'Analysts say demand rises in winter'],
  ])('a present "-s" word ending the object of a past verb is a noun, and the past verb is told in the present: %s → "%s"', (sentence, title) => {
    expect(titled(sentence)).toBe(title);
  });

  test.each([
    ['The bank told investors it had sold its bond portfolio at a loss.', 'Bank sells its bond portfolio at a loss'],
    ['The club told fans it had signed a new striker.', 'Club signs a new striker'],
    ['The airline told passengers they would get full refunds.', 'Passengers get full refunds'],
    ['Officials told reporters they had found the wreck.', 'Officials find the wreck'],
  ])('a statement to someone reports what was done, by whoever its pronoun agrees with: %s → "%s"', (sentence, title) => {
    expect(titled(sentence)).toBe(title);
  });
});

describe('draftHeadline: the subject before a bracketed explanation, and "it" named by a name, not by "its …"', () => {
  test.each([
    ['Vela (short for Very Early Lunar Array) was switched off in 2021.', 'in 2021', 'Vela is switched off'],
    ['The Kestrel (a glider built by students) flew for ten hours in 2016.', 'in 2016', 'Kestrel flies for ten hours'],
    ["Bram Olsen (the club's youngest captain) lifted the cup in May.", 'in May', 'Bram Olsen lifts the cup'],
  ])('the words in brackets after a name explain it and are not the subject: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['It sent its final data on 4 May.', 'Students in Oslo built Wren for the agency. Wren (short for Wide Range Explorer) is a small probe. Its survey work began in 2019.', 'Wren sends its final data'],
    ['It closed its doors on 4 May.', 'Locals loved the Palace Cinema. The Palace (named for a royal visit) is a small cinema. Its last owner retired in 2019.', 'Palace closes its doors'],
  ])('"it" is the nearest named subject, skipping a subject that is only "its …": %s → "%s"', (sentence, before, title) => {
    expect(headline(sentence, 'on 4 May', before)).toBe(title);
  });
});

describe('draftHeadline where compromise misreads a verb (corrected in nlp.ts)', () => {
  test.each([
    ['The club captain had to miss the final in May because of an injury.', 'in May', 'Club captain has to miss the final'],
    ['The team had to settle for silver in 2009.', 'in 2009', 'Team has to settle for silver'],
    ['The two ferries had to turn back in heavy seas on Sunday.', 'on Sunday', 'Two ferries have to turn back in heavy seas'],
  ])('"had to" is told as "has to" or "have to", never as a verb made of "to": %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['The research probe has gone silent, the agency said on Friday.', 'on Friday', 'Research probe goes silent'],
    ['The old ferry had gone out of service in 1998.', 'in 1998', 'Old ferry goes out of service'],
  ])('an irregular participle is put in the present of its own verb ("gone" → "goes"): %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['The rover last sent a signal on 3 June.', 'on 3 June', 'Rover last sends a signal'],
    ['The ship last docked at Bergen in 1987.', 'in 1987', 'Ship last docks at Bergen'],
  ])('"last" before a past verb is an adverb, not the verb: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });
});

describe('draftHeadline: plural subjects, compound nouns and reduced relatives read as a journalist reads them', () => {
  test.each([
    ['Rescue crews searched on Monday for 40 hikers reported as missing in the hills.', 'on Monday', 'Rescue crews search for 40 hikers reported as missing in the hills'],
    ['Volunteers searched on Sunday for two boys seen near the river.', 'on Sunday', 'Volunteers search for two boys seen near the river'],
  ])('a past right after a noun with no object of its own ("hikers reported as missing") modifies that noun; the verb before is the event: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['Nine people died when the bus shelter on Kings Road collapsed in March 2012.', 'March 2012', 'Bus shelter on Kings Road collapses'],
    ['The car park by the station flooded in 2019.', 'in 2019', 'Car park by the station floods'],
  ])('a bare verb-looking word after "the" and a singular noun, before a preposition, ends a compound noun ("the bus shelter on …"): %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['Riot police fired tear gas at the crowd on Friday.', 'on Friday', 'Riot police fire tear gas at the crowd'],
    ['Troops shell the town every night since March.', 'March', 'Troops shell the town every night'],
    ['The 12 MPs backed the motion on Tuesday.', 'on Tuesday', '12 MPs back the motion'],
  ])('a plural subject takes the plural verb, and "shell" is a verb, not the past of "shall": %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test('"before this" inside the subject does not make "this" the subject', () => {
    expect(headline('Her best result before this was a bronze in Oslo in 2015.', 'in 2015')).toBe('Best result before this is a bronze in Oslo');
  });
});

describe('draftHeadline: a year naming an edition, and an event noun the date follows', () => {
  test.each([
    ['Ana Ruiz has won the 2017 Harbour Prize for her first novel.', 'Ana Ruiz wins the Harbour Prize for her first novel'],
    ['The harbour club lifted the 2009 Coastal Cup after a late goal.', 'Harbour club lifts the Coastal Cup'],
  ])('a year between "the" and a name stays out of the title: %s → "%s"', (sentence, title) => {
    expect(headline(sentence)).toBe(title);
  });

  test.each([
    ['The minister was tipped for the axe in a reshuffle expected after Welsh and Scottish local elections on Thursday.', 'on Thursday', 'Welsh and Scottish local elections are held'],
    ['The ruling party lost ground after the regional elections on Sunday.', 'on Sunday', 'Regional elections are held'],
  ])('a date straight after "elections" in a clause of its own dates the elections: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test('a date after the noun of a clause whose verb it dates keeps that verb', () => {
    expect(headline('Turnout fell in the elections on Sunday.', 'on Sunday')).toBe('Turnout falls in the elections');
  });
});

describe('unshoutLede: a wire lede in capitals is titled as running text writes it', () => {
  test.each([
    ['AUSTRALIAN swimmer Jane Roe retired from the sport on Thursday after a shoulder injury.', 'on Thursday', 'Australian swimmer Jane Roe retires from the sport'],
    ['THE city council approved the budget on Monday.', 'on Monday', 'City council approves the budget'],
    ['SOUTH KOREAN voters went to the polls on Wednesday.', 'on Wednesday', 'South Korean voters go to the polls'],
    ['FORMER coach Ann Lee was named to the board on Friday.', 'on Friday', 'Former coach Ann Lee is named to the board'],
  ])('an adjective, demonym or article in capitals opening the sentence loses them: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['NASA launched the probe on Monday.', 'on Monday', 'NASA launches the probe'],
    ['IMF lowered its forecast for growth on Tuesday.', 'on Tuesday', 'IMF lowers its forecast for growth'],
    ['FBI agents searched the house on Friday.', 'on Friday', 'FBI agents search the house'],
    ['UK inflation rose to 4 percent in March.', 'in March', 'UK inflation rises to 4 percent'],
  ])('an acronym opening the sentence keeps its capitals: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test('a change of case keeps every offset, and a sentence that does not open in capitals is unchanged', () => {
    const sentence = 'AUSTRALIAN swimmer Jane Roe has retired.';
    expect(unshoutLede(sentence)).toHaveLength(sentence.length);
    expect(unshoutLede('The WHO declared a pandemic.')).toBe('The WHO declared a pandemic.');
    expect(unshoutLede('NEW YORK CITY')).toBe('NEW YORK CITY');
  });
});

describe('draftHeadline: the subject across a removed date phrase, and an infinitive caused by another verb', () => {
  test.each([
    ['Surveys as far back as 1996 on the dam found seepage under its wall.', 'as far back as 1996', 'Surveys on the dam find seepage under its wall'],
    ['Audits since at least 2011 of the fund showed gaps in its books.', 'since at least 2011', 'Audits of the fund show gaps in its books'],
  ])('a date phrase opening with "as" or "since" inside the subject does not cut it: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });

  test.each([
    ['Talk soon turned to what had caused the old ferry to list and sink near the pier on Sunday.', 'on Sunday', 'Old ferry sinks near the pier'],
    ['Residents asked what had caused the old tower to sway and crack on Tuesday.', 'on Tuesday', 'Old tower cracks'],
  ])('a dated infinitive after "caused X to" has X as its subject, not the sentence’s: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });
});

describe('draftHeadline: a year naming which report, and what the report did', () => {
  test.each([
    ['Critics pointed to a 2016 survey that counted fewer owls in the valley.', '2016', 'Survey counts fewer owls in the valley'],
    ['Doubts were also raised about a 2019 audit which found the fund short of cash.', '2019', 'Audit finds the fund short of cash'],
  ])('"a 2016 survey that counted …" dates the relative clause, not the sentence around it: %s → "%s"', (sentence, phrase, title) => {
    expect(headline(sentence, phrase)).toBe(title);
  });
});
