import { describe, expect, test } from 'vitest';
import { draftStory } from '../../src/authoring/draft';
import { shiftedDate } from '../../src/authoring/event-offsets';

const events = (text: string, published = '2021-04-15') => draftStory(text, { published }).story.events.map((e) => `${e.date} ${e.citations[0].paragraph}`);

describe('a date told as an offset from another event is counted from that event', () => {
  test('"A decade later" opening a sentence is the date told just before it, moved on', () => {
    const text = 'The choir first sang the hymn at the 1962 harvest festival in the valley.\n\nA decade later it recorded the hymn for a national radio series.';
    expect(events(text)).toEqual(['1962 p1', '1972 p2']);
  });

  test('"Four years earlier" counts back; "Two days later" keeps the day when the date before has one', () => {
    expect(events('The bridge opened on 3 March 2010 after long delays.\n\nTwo days later a barge struck one of its piers.')).toEqual(['2010-03-03 p1', '2010-03-05 p2']);
    expect(events('The mill closed in 1990 after the flood.\n\nFour years earlier its owners had sold the river rights.')).toEqual(['1990 p1', '1986 p2']);
  });

  test('"A week after X happened, … on Thursday": X is a week before that Thursday', () => {
    const text = 'A week after the storm flattened the harbour wall, fishermen still could not sail on Thursday as the sea stayed high.';
    expect(events(text, '2021-04-16')).toEqual(['2021-04-08 p1', '2021-04-15 p1']);
  });

  test('an offset finer than the date it counts from is not read, and nothing before it leaves it unread', () => {
    expect(events('The mill closed in 1990 after the flood.\n\nTwo days later its owners sold the river rights.')).toEqual(['1990 p1']);
    const rules = draftStory('A decade later the owners sold the river rights to the town.', { published: '2021-04-15' }).story.events.map((e) => e.draft?.rule);
    expect(rules).not.toContain('offset');
  });
});

describe('"the next day" is the day after the date told before it, not after publication', () => {
  test('"The next day", "The following day" and "A day later" after a dated sentence count from its day', () => {
    for (const phrase of ['The next day', 'The following day', 'A day later']) {
      const text = `Storm Wenna flooded the harbour on 23 August.\n\n${phrase}, volunteers pumped out the fish market.`;
      expect(events(text, '2021-09-02'), phrase).toEqual(['2021-08-23 p1', '2021-08-24 p2']);
    }
  });

  test('inside one sentence, the day after the date told earlier in it', () => {
    const text = 'Regulators closed Fenwick Savings on 23 August and the following day a receiver took over its branches.';
    const drafted = draftStory(text, { published: '2021-09-02' }).story.events;
    expect(drafted.map((e) => e.date)).toEqual(['2021-08-23', '2021-08-24']);
    expect(drafted[1].dateNote).toBe("The article says 'the following day', counted from 'on 23 August' told just before it (23 August 2021), which is 24 August 2021.");
  });

  test('with no date told before it, "the next day" is still counted from the publication date', () => {
    expect(events('The next day, volunteers pumped out the fish market.', '2021-09-02')).toEqual(['2021-09-03 p1']);
  });
});

describe('"the next year" is the year after the date told before it, and a stated year wins', () => {
  test.each([
    ['The rower finished fourth at the 2003 world championships and won gold the next year at the 2004 Athens Games.', ['2003', '2004']],
    ['The rower finished fourth at the world championships in 2003 and won gold the next year.', ['2003', '2004']],
    ['The rower retired in 2009.\n\nThe following year she was named head coach of the national team.', ['2009', '2010']],
    ['The mill flooded in March 1990 and reopened a month later under new owners.', ['1990-03', '1990-04']],
  ])('%s', (text, dates) => {
    expect(draftStory(text, { published: '2013-08-10' }).story.events.map((e) => e.date)).toEqual(dates);
  });

  test.each([
    ['The rower retired after the 2008 Beijing Games.\n\nShe returned to racing two years later and won the national title.', ['2008', '2010']],
    ['The rower retired in 2008 but came back three years later to win silver.', ['2008', '2011']],
    ['The club was founded in 1990 and moved to the river ground ten years later.', ['1990', '2000']],
  ])('"two years later" inside a sentence counts from the date told before it (a comeback): %s', (text, dates) => {
    expect(draftStory(text, { published: '2013-08-10' }).story.events.map((e) => e.date)).toEqual(dates);
  });

  test('a year stated after the phrase is the one the sentence means, not the count', () => {
    const text = 'The rower broke her wrist in 2001 and won gold the next year at the 2004 Athens Games.';
    expect(draftStory(text, { published: '2013-08-10' }).story.events.map((e) => e.date)).toEqual(['2001', '2004']);
  });

  test('never a year after publication in a sentence about the past, and nothing told before dates nothing', () => {
    expect(events('The next year she won gold at the world championships.', '2013-08-10')).toEqual([]);
    expect(events('The rower won silver in 2013 and took gold the next year.', '2013-08-10')).toEqual(['2013 p1']);
    expect(events('The rower won silver in 2013 and will defend the title the next year.', '2013-08-10')).toEqual(['2013 p1', '2014 p1']);
  });

  test('"two years earlier" inside a sentence is not counted: it is often a claim about a date not told', () => {
    expect(events('She told a reporter in 2004 that she was born two years earlier than her papers say.', '2013-08-10')).toEqual(['2004 p1']);
  });

  test('"over the next year" is a length, not a date', () => {
    expect(events('The rower won silver in 2009 and trained abroad over the next year.', '2013-08-10')).toEqual(['2009 p1']);
  });
});

describe('shiftedDate', () => {
  test('moves a point by years, months, weeks or days at the precision both allow', () => {
    expect(shiftedDate('1985', { amount: 1, unit: 'decade' }, 1)).toBe('1995');
    expect(shiftedDate('2019-03-21', { amount: 1, unit: 'week' }, -1)).toBe('2019-03-14');
    expect(shiftedDate('2019-12', { amount: 2, unit: 'month' }, 1)).toBe('2020-02');
    expect(shiftedDate('2019', { amount: 3, unit: 'day' }, 1)).toBeNull();
    expect(shiftedDate('1960/1979', { amount: 1, unit: 'year' }, 1)).toBeNull();
  });
});
