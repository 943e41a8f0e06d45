import { describe, expect, test } from 'vitest';
import { datesAPrice, describesWithANamedYear, datesARecordsMark, datesAStatistic, inQuotedTitle, datesARemark, namesAPeriod, datesOnlyAPlan, datesWhereSaid, eventCandidates, inAnAside, inQuotation, joinRetold, marketMoveOnly, onlyBe, speakersDay, tellsAnotherEvent, type DraftedEvent, type FilterCandidate } from '../../src/authoring/candidate-filter';
import { draftStory } from '../../src/authoring/draft';

function events(text: string, published: string) {
  return draftStory(text, { published }).story.events.map((e) => ({ date: e.date, paragraphs: [...new Set(e.citations.map((c) => c.paragraph))], title: e.title }));
}

describe('said, not done: a reported speech act is not the event unless it is the news', () => {
  test('the day a statement was written is left out when the sentence dates what it reports', () => {
    const drafted = events('The founder of the Brenner ferry line has died at 91.\n\n"We are sad to say that Ida Brenner died on the night of 30 April," the family wrote online on Thursday.', '2024-05-04');
    expect(drafted.map((e) => e.date)).toEqual(['2024-04-30']);
  });

  test('"said on Monday" stays when it is the only date: the saying is then the news', () => {
    const drafted = events('The harbour board said on Monday that fares would rise.', '2024-05-08');
    expect(drafted.map((e) => e.date)).toEqual(['2024-05-06']);
  });

  test('"today" and "tomorrow" in direct speech are the speaker\'s days, which the article does not give', () => {
    expect(speakersDay('"Today we close the last chapter," she wrote.', { index: 1, phrase: 'Today' })).toBe(true);
    expect(speakersDay('The vote is today.', { index: 12, phrase: 'today' })).toBe(false);
    expect(inQuotation('“We met, and tomorrow we sign.”', 12)).toBe(true);
    expect(inQuotation('"And tomorrow we sign,', 5)).toBe(true);
  });

  test('"of tomorrow" after a noun is the future, not a day', () => {
    expect(speakersDay('She trained the engineers of tomorrow.', { index: 27, phrase: 'of tomorrow' })).toBe(true);
    expect(events('She trained the engineers of tomorrow at the 1998 summer school in Brest.', '2024-05-08').map((e) => e.date)).toEqual(['1998']);
  });
});

describe('non-events: a candidate that says nothing happened is not drafted', () => {
  test('a clause whose only verb is a bare "be" tells no event', () => {
    expect(onlyBe('Or at least she is later')).toBe(true);
    expect(onlyBe('They were there again')).toBe(true);
    expect(onlyBe('The mayor is a candidate')).toBe(false);
    expect(onlyBe('Council approves the plan')).toBe(false);
  });

  test('a share price level or move is market data, unless the sentence says what moved it', () => {
    expect(marketMoveOnly('Shares in Hollis were up 2.1% at 410 pence on Monday afternoon.')).toBe(true);
    expect(marketMoveOnly("Brenner's shares fell 4 percent on Tuesday.")).toBe(true);
    expect(marketMoveOnly('Hollis stock closed at $41.20 on Friday.')).toBe(true);
    expect(marketMoveOnly('Shares in Hollis jumped 9% on Monday after the bid was announced.')).toBe(false);
    expect(marketMoveOnly('Hollis said on Monday it would buy Brenner for $2 billion.')).toBe(false);
  });

  test('a possessive date before a close or closing price dates a price, not an event', () => {
    const text = 'The offer values Brenner at 5 pounds a share, a 20% premium to Friday\'s closing price.';
    expect(datesAPrice(text, { index: text.indexOf('Friday'), length: 'Friday'.length })).toBe(true);
    expect(datesAPrice('Friday\'s vote was close.', { index: 0, length: 6 })).toBe(false);
    expect(events(text, '2024-05-06').map((e) => e.date)).not.toContain('2024-05-03');
  });

  test('a fiscal, school or tax year names the period a budget covers, not when anything happened', () => {
    const text = 'The act makes appropriations for Fiscal Year 2023-2024 and for the 2024-25 school year.';
    expect(namesAPeriod(text, { index: text.indexOf('2023-2024'), length: 9 })).toBe(true);
    expect(namesAPeriod(text, { index: text.indexOf('2024-25'), length: 7 })).toBe(true);
    expect(namesAPeriod('The harbour board met in 2023 to set its budget.', { index: 25, length: 4 })).toBe(false);
    expect(events('1. ACT 12 makes appropriations for Fiscal Year 2023-2024.\n\nThe governor signed the act on Monday.', '2023-10-12').map((e) => e.date)).toEqual(['2023-10-09']);
  });

  test('a drafted article keeps the deal and leaves out the share price and the empty "be" clause', () => {
    const drafted = events(
      [
        'Hollis agreed on Monday to buy the ferry operator Brenner for $2 billion.',
        'Shares in Brenner were up 3.5% at 212 pence on Monday.',
        'The chairman will stay on, or at least he will be there in the spring, until a successor is found.',
      ].join('\n\n'),
      '2025-07-08',
    );
    expect(drafted.map((e) => e.paragraphs[0])).toEqual(['p1']);
  });
});

/** A candidate of one whole-paragraph sentence, dated at the phrase. */
function at(sentence: string, phrase: string): FilterCandidate {
  const index = sentence.indexOf(phrase);
  return { paragraph: { id: 'p2', text: sentence }, sentence: { start: 0, end: sentence.length }, quote: sentence, reading: { index, length: phrase.length, edtf: '2026-03' }, title: 't' };
}

describe("a record's mark and a quoted title are not events", () => {
  const mark = (text: string, phrase: string) => datesARecordsMark(text, { index: text.indexOf(phrase), length: phrase.length, phrase });
  test('the earlier event a record is measured against is not an event, unless the sentence tells it', () => {
    expect(mark('Ostby had a gust of 160 km/h, the highest since Storm Lise in 1976.', '1976')).toBe(true);
    expect(mark("It was the ferry line's worst year since 2009.", '2009')).toBe(true);
    expect(mark('It is the first title since 1987.', 'since 1987')).toBe(true);
    expect(mark('It is the first title since 1987, when the brothers won the league by nine points.', 'since 1987')).toBe(false);
    expect(mark('The pier has been closed since 2009.', 'since 2009')).toBe(false);
    expect(mark('The gust was the highest of the year. Storm Lise struck in 1976.', '1976')).toBe(false);
    expect(mark('The fine is far smaller than the 2 million euros regulators sought in March.', 'in March')).toBe(true);
    expect(mark('Fares rose more than they did in 2019.', 'in 2019')).toBe(true);
    expect(mark('The pier closed earlier than planned in March.', 'in March')).toBe(false);
    expect(mark('The pier closed in March rather than in May.', 'in March')).toBe(false);
    expect(events('The storm reached Ostby on Thursday with a gust of 160 km/h, the highest since Storm Lise in 1976.', '2025-03-08').map((e) => e.date)).toEqual(['2025-03-06']);
  });

  test('a date inside a quoted title names the work, not an event; a date in quoted speech is read as usual', () => {
    const title = 'Third prize went to Ana Roe for "How Ports Were Built In The 1600s".';
    expect(inQuotedTitle(title, title.indexOf('1600s'))).toBe(true);
    const speech = '"We last saw a storm like this in 1976," she said.';
    expect(inQuotedTitle(speech, speech.indexOf('1976'))).toBe(false);
    expect(inQuotedTitle('The port was built in 1601.', 22)).toBe(false);
  });
});

describe('a "be" sentence whose year names a thing describes, it tells no event', () => {
  const titled = (sentence: string, phrase: string, title: string): FilterCandidate => ({ ...at(sentence, phrase), title });
  test('"are the result of the 2022 special session" describes; "approved the 2022 budget" and "was opened in 1901" tell', () => {
    expect(describesWithANamedYear(titled('These acts were the result of the 2022 special session.', '2022', 'Acts are the result of the special session'))).toBe(true);
    expect(describesWithANamedYear(titled('The council approved the 2022 budget.', '2022', 'Council approves the budget'))).toBe(false);
    expect(describesWithANamedYear(titled('The museum was opened in 1901.', 'in 1901', 'Museum is opened'))).toBe(false);
  });

  test('in a draft the description is left out and the signing stays', () => {
    const drafted = events('The governor signed four acts on Monday.\n\nThe measures were the result of the 2022 Special Legislative Session.', '2022-07-14');
    expect(drafted.map((e) => e.date)).toEqual(['2022-07-11']);
  });
});

describe('a remark is not an event', () => {
  test('a sentence that opens with a quotation, dated only by its saying, is a remark', () => {
    expect(datesARemark(at('"The water is already in the kitchens," a resident of Ostby said on Thursday night.', 'on Thursday'))).toBe(true);
    expect(datesARemark(at('“We will rebuild,” the mayor told reporters on Friday.', 'on Friday'))).toBe(true);
    expect(datesARemark(at('The mayor said on Friday that the town would rebuild.', 'on Friday'))).toBe(false);
    expect(datesARemark(at('"We will rebuild," she said, a day after the sea wall broke on Friday.', 'on Friday'))).toBe(false);
  });

  test('the remark is left out of a draft; the events around it stay', () => {
    const drafted = events(
      ['The storm reached Ostby on Thursday.', '"The water is already in the kitchens," a resident of Ostby said on Thursday night. "It is only the start."', 'The sea wall broke on Friday.'].join('\n\n'),
      '2025-03-08',
    );
    expect(drafted.map((e) => `${e.date} ${e.paragraphs.join(',')}`)).toEqual(['2025-03-06 p1', '2025-03-07 p3']);
  });
});

describe('where a thing was said is not an event', () => {
  test('a year of the book or interview a memory was told in dates the telling, not an event', () => {
    expect(datesWhereSaid(at("'You look tired,' he recalled one of them saying in the 2009 book, Open Calls.", '2009'))).toBe(true);
    expect(datesWhereSaid(at('She said in a 2012 interview that the pier had saved the town.', '2012'))).toBe(true);
  });

  test('a book that is the event, or a year after other words, stays', () => {
    expect(datesWhereSaid(at('She published her first book in 2009.', 'in 2009'))).toBe(false);
    expect(datesWhereSaid(at('He wrote the 2009 book after leaving the force.', '2009'))).toBe(false);
  });
});

describe('a plan is not an event unless it is the news', () => {
  test.each([
    ['The council plans to close the old bridge in March.', 'in March'],
    ['Ferry operators must file their safety reports by 30 June.', 'by 30 June'],
    ['The inquiry is due to report on Friday.', 'on Friday'],
    ['The launch was initially scheduled for 11 May but was delayed by a storm.', '11 May'],
    ['The show would also be held on 10 September, but it was brought forward to avoid the debate.', 'on 10 September'],
    ['The vote would originally have taken place on 4 June, but the speaker moved it.', 'on 4 June'],
    ['The chairman later said he would stay on until the end of his term in early 2027.', 'in early 2027'],
    ['The finance chief is also set to step down, people familiar with the matter said over the weekend.', 'over the weekend'],
    ['The club plans to sell its ground, two directors told reporters on Tuesday.', 'on Tuesday'],
    ['The mill is expected to close, a union official said on 3 May.', 'on 3 May'],
  ])('"%s" dates only a plan', (sentence, phrase) => {
    expect(datesOnlyAPlan(at(sentence, phrase))).toBe(true);
  });

  test.each([
    ['The bridge will close by the end of the year.', 'by the end of the year'],
    ['Sales are expected to begin on the 20th.', 'on the 20th'],
    ['The council, which plans to sell the land, closed the bridge in March.', 'in March'],
    ['The launch was scheduled for 11 May.', '11 May'],
    ['The final would be held on 10 September in the new stadium.', 'on 10 September'],
    ['She served as mayor until 1998.', 'until 1998'],
    ['The finance chief stepped down, people familiar with the matter said on Sunday.', 'on Sunday'],
    ['The merger will create the largest rail network on the continent, reports said Monday.', 'Monday'],
  ])('"%s" dates an event, set or done', (sentence, phrase) => {
    expect(datesOnlyAPlan(at(sentence, phrase))).toBe(false);
  });

  test('the opening sentence keeps its plan, the news of the day; a plan later in the article is left out', () => {
    const drafted = events('The harbour board plans to close the old ferry pier on 30 September.\n\nThe board also wants to sell the quay in March.\n\nThe pier opened in 1911.', '2025-07-08');
    expect(drafted.map((e) => [e.date, e.paragraphs[0]])).toEqual([
      ['2025-09-30', 'p1'],
      ['1911', 'p3'],
    ]);
  });
});

describe('one event drafted twice is drafted once', () => {
  const candidate = (index: number, length: number, edtf: string, title: string): FilterCandidate => ({
    paragraph: { id: 'p1', text: 'The rover found ice this week near the crater rim, mission staff said on Thursday.' },
    sentence: { start: 0, end: 82 },
    quote: 'The rover found ice this week near the crater rim, mission staff said on Thursday.',
    reading: { index, length, edtf },
    title,
  });

  test('two nested dates of one sentence with one title are one event, dated by the date nearest the title’s words', () => {
    const week = candidate(20, 9, '2025-06-30/2025-07-06', 'Rover finds ice near the crater rim');
    const thursday = candidate(67, 14, '2025-07-03', 'Rover finds ice near the crater rim');
    expect(eventCandidates([week, thursday])).toEqual([week]);
  });

  test('a date that says when wins over a date that names a thing it lies within ("the 2023-24 harbour budget Tuesday")', () => {
    expect(events('Larkmoor voters approved the 2023-24 harbour budget Tuesday.', '2023-10-12').map((e) => e.date)).toEqual(['2023-10-10']);
    expect(events('On Tuesday the council passed the harbour budget for the whole of its 2023 term.', '2023-10-12').map((e) => e.date)).toEqual(['2023-10-10']);
  });

  test('two dates of one sentence years apart are two events even with one title', () => {
    const a = candidate(20, 9, '1959', 'She wins the award');
    const b = candidate(67, 14, '1965', 'She wins the award');
    expect(eventCandidates([a, b])).toEqual([a, b]);
  });

  test('the article’s lead event told again later by its actor on the same day is one event', () => {
    const drafted = events(
      [
        'Mayor Lena Ortiz quits: The mayor will leave office on 30 June, she told reporters outside City Hall on Friday.',
        'Council members reacted with surprise and called for an early election.',
        'Lena Ortiz brought six turbulent years at City Hall to an end on Friday.',
      ].join('\n\n'),
      '2025-06-06',
    );
    expect(drafted.filter((e) => e.date === '2025-06-06')).toHaveLength(1);
    expect(drafted.find((e) => e.date === '2025-06-06')?.paragraphs).toEqual(['p1', 'p3']);
    expect(drafted.map((e) => e.date)).toContain('2025-06-30');
  });

  test('one date drafted twice with one title is one event', () => {
    const first: DraftedEvent = { date: '2025-02-03', title: 'Storm reaches the coast', rule: 'past-weekday', citations: [{ paragraph: 'p5' }], quotes: ["towns battered by Monday's storm"], notes: [''], phrases: ['Monday'], sentences: new Set(['p5:0']), confidence: 0.6 };
    const second: DraftedEvent = { ...first, citations: [{ paragraph: 'p6' }], quotes: ['The storm reached the coast early on Monday.'], sentences: new Set(['p6:0']) };
    const joined = joinRetold([first, second], undefined);
    expect(joined).toHaveLength(1);
    expect(joined[0].citations.map((c) => c.paragraph)).toEqual(['p5', 'p6']);
    expect(joinRetold([first, { ...second, date: '2025-02-04' }], undefined)).toHaveLength(2);
  });

  test('the same day and paragraph told by two sentences can be two events', () => {
    const drafted = events('Officials said on Sunday the death toll had reached 40. The hillside gave way above the valley on Sunday at dawn.', '2025-03-02');
    expect(drafted.filter((e) => e.date === '2025-03-02').length).toBe(2);
  });
});

describe('"also" says a sentence tells another event', () => {
  test('the word "also" marks another event', () => {
    expect(tellsAnotherEvent('Brenner late on Wednesday also announced its vote.')).toBe(true);
    expect(tellsAnotherEvent('Brenner announced its vote on Wednesday.')).toBe(false);
  });

  test('two companies announcing approvals on one day are two events, not one told twice', () => {
    const drafted = events(
      [
        'Hollis announced on Wednesday that its shareholders had approved the merger with Brenner.',
        'The vote passed with 91% in favour.',
        'Brenner late on Wednesday also announced that its shareholders had approved the merger.',
      ].join('\n\n'),
      '2025-07-02',
    );
    expect(drafted.filter((e) => e.date === '2025-07-02').map((e) => e.paragraphs)).toEqual([['p1'], ['p3']]);
  });

  test('a later event by the lead actor on the same day that says "also" is kept apart', () => {
    const lead: DraftedEvent = { date: '2025-06-06', title: 'Lena Ortiz quits', rule: 'main-event', citations: [{ paragraph: 'p1' }], quotes: ['Lena Ortiz quits.'], notes: [''], phrases: [''], sentences: new Set(['p1:0']), confidence: 0.5 };
    const later: DraftedEvent = { ...lead, title: 'Lena Ortiz opens the bridge', rule: 'past-weekday', citations: [{ paragraph: 'p4' }], quotes: ['Lena Ortiz also opened the bridge on Friday.'], sentences: new Set(['p4:0']) };
    expect(joinRetold([lead, later], 'Lena Ortiz')).toHaveLength(2);
    expect(joinRetold([lead, { ...later, quotes: ['Lena Ortiz ended her term on Friday.'] }], 'Lena Ortiz')).toHaveLength(1);
  });
});

describe('asides that describe the subject date no event of the sentence', () => {
  test('a post held since a year, fronted before the subject, is no event; the sentence keeps its own date', () => {
    const drafted = events('The port chief offered to step down.\n\nIn the post since 2014, Lena Marsh offered her resignation to the board on Tuesday.', '2024-05-09');
    expect(drafted.map((e) => e.date)).toEqual(['2024-05-07']);
  });

  test('an age a thing marks this year, between commas, is no event; the sentence keeps its own date', () => {
    const drafted = events('The choir sang at the harbour.\n\nThe choir, celebrating its 50th anniversary this year, toured three towns in 2023.', '2024-05-09');
    expect(drafted.map((e) => e.date)).toEqual(['2023']);
  });

  test.each([
    ['Kept in the post since 2014, she led the talks.', 'since 2014', false],
    ['She has led the union since 2014, and she will stay.', 'since 2014', false],
    ['The club, marking its 90th anniversary this year, hired a coach.', 'this year', true],
    ['The club, which hired a coach this year, won the cup.', 'this year', false],
  ])('only the aside\'s own date: %s', (text, phrase, aside) => {
    expect(inAnAside(text, { index: text.indexOf(phrase), length: phrase.length, phrase })).toBe(aside);
  });
});

describe('the years a statistic or a data set covers are no event', () => {
  const at = (text: string, phrase: string, edtf: string) => ({ index: text.indexOf(phrase), length: phrase.length, edtf });

  test.each([
    ['The pool had 12,400 members, who swam a total of 310,225 lengths in 2022.', 'in 2022', '2022', true],
    ['The museum lent about 4,500 objects to other houses in 2021.', 'in 2021', '2021', true],
    ['They studied data from the county on river levels logged from 1990-2015.', 'from 1990-2015', '1990/2015', true],
    ['The flood killed 2,300 people in 2004.', 'in 2004', '2004', false],
    ['The mill opened in 1912 and hired 1,200 workers on 3 May 1913.', 'on 3 May 1913', '1913-05-03', false],
    ['The mill reopened in 2019. It has 1,200 workers.', 'in 2019', '2019', false],
  ])('%s', (text, phrase, edtf, statistic) => {
    expect(datesAStatistic(text, at(text, phrase, edtf))).toBe(statistic);
  });

  test('a paragraph of a year\'s figures drafts no event; a dated act beside it stays', () => {
    const drafted = events('The pool board met on Monday.\n\nThe pool had 12,400 members, who swam a total of 310,225 lengths in 2022. It added 1,100 lockers in 2022.', '2024-05-09');
    expect(drafted.map((e) => e.date)).toEqual(['2024-05-06']);
  });
});
