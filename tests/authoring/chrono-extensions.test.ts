import { describe, expect, test } from 'vitest';
import { readDates } from '../../src/authoring/date-readings';

const published = { year: 2024, month: 3, day: 8 };
const dates = (text: string, day = published) => readDates(text, day).map((r) => `${r.phrase} → ${r.edtf}`);

describe('words that look like dates are dates only where the sentence makes them dates', () => {
  test.each([
    'She would wed the actor in a small ceremony.',
    'The actor, who would later wed her, declined to comment.',
    'They sat on the bench and waited.',
    'He sat down and wept.',
    'The sun rose over the harbour.',
    'The sun came out over the valley.',
    'The Mon Repos hotel reopened.',
    'May said she would resign.',
    'Alice May spoke to reporters.',
    'March on Washington drew thousands.',
    'She was second in the race.',
    'Staff say many may return for the summer exhibitions.',
    'He was a regular guest on the Today show and the Tonight Show.',
    'In her last years she returned to painting.',
    'She said she was born two years earlier.',
    'Storms forecast to last several days have slowed the repairs.',
    'Over the past two weeks, prices rose.',
    'The plan sets the budget for the next two years.',
    'Over the coming three months the staff will move.',
    'It is the largest sale to date this year.',
    'It is the wettest spring so far this year.',
  ])('no date in "%s"', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  test.each([
    ['She would wed the actor in June 2019.', ['in June 2019 → 2019-06']],
    ['They sat on the bench on Sat 3 June.', ['on Sat 3 June → 2023-06-03']],
    ['The meeting is on Wed. 3 June.', ['on Wed. 3 June → 2023-06-03']],
    ['Alice May resigned on Friday.', ['on Friday → 2024-03-08']],
    ['Alice May, who resigned in June 2019, spoke.', ['in June 2019 → 2019-06']],
    ['MPs voted against May in December.', ['in December → 2023-12']],
    ['He will march in March.', ['in March → 2024-03']],
    ['The ship sailed on the second of May.', ['second of May → 2023-05-02']],
  ])('the date is still read where the words make it one: "%s"', (sentence, expected) => {
    expect(dates(sentence)).toEqual(expected);
  });
});

describe('dates the drafter missed', () => {
  test('a year before the thing it dates, or in brackets after a title, is that year', () => {
    expect(dates("Winters got a break in Lena Hart's 1962 film, The Long Pier.")).toEqual(['1962 → 1962']);
    expect(dates('Her 1987 debut album Tidewater won a national prize.')).toEqual(['1987 → 1987']);
    expect(dates('She played in The Quiet Harbour (1959) and A Field of Salt (1965).')).toEqual(['(1959) → 1959', '(1965) → 1965']);
    expect(dates('It has 1500 employees and 2000 cars.')).toEqual([]);
  });

  test('a year that names a prize\'s edition is a name, not the date it was won ("the 2024 prize")', () => {
    expect(dates('Mira Okafor has won the 2024 Halden Prize for her second novel.')).toEqual([]);
    expect(dates('He was given the 2019 prize for poetry.')).toEqual([]);
    expect(dates('The team took the 2021 Harbour Medal of Merit.')).toEqual([]);
    expect(dates('She won the prize in 2019.')).toEqual(['in 2019 → 2019']);
  });

  test('a year between "the" (or a possessive) and a word dates the thing named, whatever the noun', () => {
    expect(dates('The song opened the 1979 coming-of-age drama about a canal town.')).toEqual(['1979 → 1979']);
    expect(dates('They met at the 2004 Harvest Cup in the capital.')).toEqual(['2004 → 2004']);
    expect(dates('The 2019 floods closed the bridge.')).toEqual(['2019 → 2019']);
  });

  test('a number between "the" and a plural noun or a function word is a count, not a year', () => {
    expect(dates('The 1500 residents left, and the 2000 or so workers stayed.')).toEqual([]);
  });

  test('two decades in one phrase are one span, from the first one\'s start to the last one\'s end', () => {
    expect(dates('The band toured widely throughout the 1950s and 1960s.')).toEqual(['throughout the 1950s and 1960s → 1950/1969']);
    expect(dates('Prices fell from the 1980s to the early 1990s.')).toEqual(['from the 1980s to the early 1990s → 1980/1993']);
    expect(dates('She lived there in the 1970s and the 1960s.')).toEqual(['in the 1970s → 1970/1979', 'the 1960s → 1960/1969']);
  });

  test('"the end of October" is late October; after "by" it is an upper bound', () => {
    expect(dates('At the end of October the club changed its kit.')).toEqual(['end of October → 2023-10-21/2023-10-31']);
    expect(dates('By the end of October they sat fourteenth.')).toEqual(['By the end of October → ../2023-10']);
  });

  test('"by mid-2022" is an upper bound on the end of that part of the year', () => {
    expect(dates('The sale should close by mid-2022.')).toEqual(['by mid-2022 → ../2022-08']);
    expect(dates('It will open by early 2026 and reopened in mid-2019.')).toEqual(['by early 2026 → ../2026-04', 'in mid-2019 → 2019-05/2019-08']);
  });

  test('"by the end of the year" is an upper bound on the publication year', () => {
    expect(dates('Its headquarters will close by the end of the year.')).toEqual(['by the end of the year → ../2024']);
  });

  test('"since 1987, when …" is that year, not an open span', () => {
    expect(dates("It is the club's first title since 1987, when a side won the league.")).toEqual(['since 1987 → 1987']);
    expect(dates('The party has governed since 2010.')).toEqual(['since 2010 → 2010/..']);
    expect(dates('The idea goes back to 1986, when a glaciologist proposed it.')).toEqual(['back to 1986 → 1986']);
  });

  test('"By late Sunday night" is an upper bound on that Sunday', () => {
    expect(dates('By late Sunday night, 300 volunteers had arrived.', { year: 2014, month: 8, day: 3 })).toEqual(['By late Sunday → ../2014-08-03']);
  });

  test('"was scheduled" is the past: the month is the latest one, not the next', () => {
    expect(dates('The opening was originally scheduled for the evening of 27 May.', { year: 2020, month: 5, day: 31 })).toEqual(['of 27 May → 2020-05-27']);
    expect(dates('The opening is scheduled for 27 May.', { year: 2020, month: 5, day: 31 })).toEqual(['27 May → 2021-05-27']);
  });

  test('a day something is set for, a few weeks after publication, is the coming one even after a past verb', () => {
    const day = { year: 2024, month: 9, day: 2 };
    expect(dates('The firm announced a launch event for September 10.', day)).toEqual(['September 10 → 2024-09-10']);
    expect(dates('In 2019 the firm set its show for September 10.', day)).toEqual(['In 2019 → 2019', 'September 10 → 2019-09-10']);
    expect(dates('The firm held its show on September 10.', day)).toEqual(['on September 10 → 2023-09-10']);
  });

  test('a day someone was ordered or summoned to do something, a few weeks after publication, is the coming one', () => {
    const day = { year: 2024, month: 9, day: 2 };
    expect(dates('The skipper was ordered to report to the harbour court on Sept. 20.', day)).toEqual(['on Sept. 20 → 2024-09-20']);
    expect(dates('Both men were told to appear in court on September 12.', day)).toEqual(['on September 12 → 2024-09-12']);
    expect(dates('The skipper was ordered on August 20 to pay the costs.', day)).toEqual(['on August 20 → 2024-08-20']);
  });

  test('tense decides: a past verb of its own after a future word dates the month in the past', () => {
    const day = { year: 2021, month: 3, day: 22 };
    expect(dates('The merger will be governed by the treaty which came into force in July - replacing the old one.', day)).toEqual(['in July → 2020-07']);
    expect(dates('The council will vote in May on the plan.', day)).toEqual(['in May → 2021-05']);
  });

  test('"would" after a saying looks forward from the day it was said: the coming month, unless a year was named before', () => {
    const day = { year: 2021, month: 1, day: 15 };
    expect(dates('Officials said the bridge would reopen in March.', day)).toEqual(['in March → 2021-03']);
    expect(dates('In 1990 she said she would leave in March.', day)).toEqual(['In 1990 → 1990', 'in March → 1990-03']);
  });

  test('"from March to May 2021": the start takes the end\'s year', () => {
    expect(dates('It was tested in a quarry from March to May 2021.', { year: 2024, month: 6, day: 21 })).toEqual(['from March to May 2021 → 2021-03/2021-05']);
  });

  test('a season without a year is dated from the publication date', () => {
    const day = { year: 2025, month: 2, day: 8 };
    expect(dates('The inquiry will report in the spring.', day)).toEqual(['in the spring → 2025-03/2025-05']);
    expect(dates('Crews worked through last summer.', day)).toEqual(['last summer → 2024-06/2024-08']);
    expect(dates('She rebuilt the defence over the summer.', { year: 2024, month: 5, day: 13 })).toEqual(['the summer → 2023-06/2023-08']);
    expect(readDates('The inquiry will report in the spring.', day)[0].note).toBe("The article, published on Saturday 8 February 2025, says 'in the spring', taken here as the spring months, March to May 2025.");
    expect(dates('after the fall of Kabul', day)).toEqual([]);
  });
});

describe('a list of years is a date for each year', () => {
  test.each([
    ['She won world titles in 2005 and 2007, and took silver in 2006.', ['in 2005 → 2005', '2007 → 2007', 'in 2006 → 2006']],
    ['The club won the league in 1998, 2001 and 2004.', ['in 1998 → 1998', '2001 → 2001', '2004 → 2004']],
    ['Floods hit the valley in 1952 or 1953, records differ.', ['in 1952 → 1952', '1953 → 1953']],
    ['The tower was rebuilt in 1871, and in 1902 it burned again.', ['in 1871 → 1871', 'in 1902 → 1902']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  test('"between 2005 and 2007" stays one span, and a count after the year is no year', () => {
    expect(dates('Prices rose between 2005 and 2007.')).toEqual(['between 2005 and 2007 → 2005/2007']);
    expect(dates('The party won in 2005 and 2007 seats were lost later.')).toEqual(['in 2005 → 2005', '2007 → 2007']);
    expect(dates('The fund grew in 2019 and 2000 workers joined.')).toEqual(['in 2019 → 2019']);
  });
});

describe('"over the weekend" is the Saturday and Sunday news means', () => {
  // published is Friday 8 March 2024.
  test.each([
    ['Two hikers went missing over the weekend in the hills.', published, 'over the weekend → 2024-03-02/2024-03-03'],
    ['Two hikers went missing over the weekend in the hills.', { year: 2024, month: 3, day: 11 }, 'over the weekend → 2024-03-09/2024-03-10'],
    ['Two hikers went missing over the weekend in the hills.', { year: 2024, month: 3, day: 10 }, 'over the weekend → 2024-03-09/2024-03-10'],
    ['Two hikers went missing over the weekend in the hills.', { year: 2024, month: 3, day: 9 }, 'over the weekend → 2024-03-09'],
    ['Last weekend the club lost at home.', { year: 2024, month: 3, day: 11 }, 'Last weekend → 2024-03-09/2024-03-10'],
    ['The ferry sank at the weekend off the cape.', { year: 2024, month: 3, day: 12 }, 'at the weekend → 2024-03-09/2024-03-10'],
    ['Farmers will march on the capital this weekend.', published, 'this weekend → 2024-03-09/2024-03-10'],
    ['The coach is set to leave, people close to the club said over the weekend.', { year: 2024, month: 3, day: 11 }, 'over the weekend → 2024-03-09/2024-03-10'],
  ])('%s', (text, day, expected) => {
    expect(dates(text, day)).toEqual([expected]);
  });

  test('"its first weekend" and "this weekend\'s match" are no weekend of the calendar', () => {
    expect(dates('The film took $50m in its first weekend.')).toEqual([]);
    expect(dates("This weekend's match was called off.")).toEqual([]);
  });
});
