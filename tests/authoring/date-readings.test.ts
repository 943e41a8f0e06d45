import { describe, expect, test } from 'vitest';
import { readDates } from '../../src/authoring/date-readings';

const JULY_3_2025 = { year: 2025, month: 7, day: 3 }; // a Thursday

function one(text: string, published = JULY_3_2025) {
  const readings = readDates(text, published);
  expect(readings, `${text}: ${JSON.stringify(readings)}`).toHaveLength(1);
  return readings[0];
}

describe('date rules: each phrase gives its EDTF at the precision the words support', () => {
  test.each([
    ['The government collapsed in 1992.', '1992', 'bare-year'],
    ['By 1994, the Taliban had advanced.', '../1994', 'by'],
    ['The group returned to power in August 2021.', '2021-08', 'absolute'],
    ['They seized power on 15 August 2021.', '2021-08-15', 'absolute'],
    ['The group has fought since 2001.', '2001/..', 'since'],
    ['He served from 2001 to 2005.', '2001/2005', 'range'],
    ['Prices rose between 1990 and 1995.', '1990/1995', 'range'],
    ['The 1990–91 war ended badly.', '1990/1991', 'range'],
    ['It grew in the 1990s.', '1990/1999', 'decade'],
    ['It grew in the late 1980s.', '1987/1989', 'decade'],
    ['The virus spread in early 2020.', '2020-01/2020-04', 'part-of-year'],
    ['Talks began in mid-2019.', '2019-05/2019-08', 'part-of-year'],
    ['The port recovered in late 2021.', '2021-09/2021-12', 'part-of-year'],
    ['Protests grew in the summer of 2020.', '2020-06/2020-08', 'part-of-year'],
    ['A new chief will be named in the first half of 2026.', '2026-01/2026-06', 'part-of-year'],
    ['Sales slowed in the second half of 2023.', '2023-07/2023-12', 'part-of-year'],
    ['The mill reopened in the third quarter of 2019.', '2019-07/2019-09', 'part-of-year'],
    ['Orders doubled in Q4 2022.', '2022-10/2022-12', 'part-of-year'],
    ['The city fell in early August 2021.', '2021-08-01/2021-08-10', 'part-of-month'],
    ['By the end of 2020 trade had fallen.', '../2020', 'by'],
    ['It ruled until 2001.', '../2001', 'by'],
  ])('%s → %s', (text, edtf, rule) => {
    const r = one(text);
    expect(r.edtf).toBe(edtf);
    expect(r.rule).toBe(rule);
    expect(r.basis).toBe('stated');
  });

  test.each([
    ['The Taliban was removed from the list in April this year.', '2025-04', 'in April this year'],
    ['Negotiations opened in April last year.', '2024-04', 'in April last year'],
    ['The company lost money last year.', '2024', 'last year'],
    ['A freeze began two years ago.', '2023', 'two years ago'],
    ['The pact was signed yesterday.', '2025-07-02', 'yesterday'],
    ['Talks collapsed last week.', '2025-06-23/2025-06-29', 'last week'],
  ])('relative to publication: %s → %s', (text, edtf, phrase) => {
    const r = one(text);
    expect(r.edtf).toBe(edtf);
    expect(r.relative).toBe(true);
    expect(r.phrase).toBe(phrase);
    expect(r.note).toContain(`The article, published on Thursday 3 July 2025, says '${phrase}', which is`);
  });

  test('a half or a quarter of a year says which in its note, not the year alone', () => {
    expect(one('A new chief will be named in the first half of 2026.').note).toBe("The article says 'in the first half of 2026', taken here as the first half of the year, January to June 2026.");
    expect(one('Orders doubled in Q4 2022.').note).toBe("The article says 'in Q4 2022', taken here as the fourth quarter of the year, October to December 2022.");
  });

  test('a leading preposition joins the phrase, but not the end of a hyphenated word ("swearing-in")', () => {
    expect(one('The council met in 1996 to agree.').phrase).toBe('in 1996');
    expect(one('After her swearing-in earlier this week, the mayor spoke.').phrase).toBe('earlier this week');
  });

  test('"on Thursday" is the Thursday on or before publication, and "last Thursday" the one before', () => {
    expect(one('On Thursday the minister resigned.').edtf).toBe('2025-07-03');
    expect(one('Last Thursday the minister resigned.').edtf).toBe('2025-06-26');
    expect(one('On Saturday the crowd gathered.').edtf).toBe('2025-06-28');
  });

  test('a weekday in a sentence about the future is the coming one: "will vote on Monday", "a reshuffle expected after the polls on Friday"', () => {
    const vote = one('The council will vote on Monday.');
    expect([vote.edtf, vote.rule, vote.basis]).toEqual(['2025-07-07', 'future-weekday', 'stated']);
    expect(vote.note).toBe("The article, published on Thursday 3 July 2025, says 'on Monday'; the sentence speaks of the future, so it is the coming one, 7 July.");
    expect(one('She was tipped to lose her job in a reshuffle expected after the polls on Friday.').edtf).toBe('2025-07-04');
    expect(one('The mayor will open the bridge on Thursday.').edtf).toBe('2025-07-03');
  });

  test('a date right after a verb of saying dates the saying, though what was said looks ahead ("said on Tuesday she would step down")', () => {
    expect(one('The minister, who faced criticism, said on Tuesday she would step down.').edtf).toBe('2025-07-01');
    expect(one('The firm announced on Monday it will close the plant.').edtf).toBe('2025-06-30');
    expect(one('He said in March he would resign.').edtf).toBe('2025-03');
  });

  test('"from" a month in a sentence about the future is when what is to come starts, not an open span', () => {
    const r = one('The ferry will sail to the islands from November.');
    expect([r.edtf, r.rule, r.phrase]).toEqual(['2025-11', 'future-month', 'from November']);
    expect(one('He lived there from March.').edtf).toBe('2025-03/..');
  });

  test('"expected" after "than", "as" or "had" looks back: the weekday is the last one', () => {
    expect(one('Sales rose more than expected on Monday.').edtf).toBe('2025-06-30');
    expect(one('As expected, the board quit on Monday.').edtf).toBe('2025-06-30');
  });

  test('a weekday is stated once the publication date is known, and its note says which day it is', () => {
    const r = one('On Thursday the minister resigned.', { year: 2023, month: 3, day: 17 });
    expect(r.edtf).toBe('2023-03-16');
    expect(r.rule).toBe('past-weekday');
    expect(r.basis).toBe('stated');
    expect(r.note).toBe("The article, published on Friday 17 March 2023, says 'On Thursday', which is 16 March.");
    expect(r.note).not.toMatch(/not state|no date/i);
  });

  test('a day near publication in another year keeps its year in the note', () => {
    expect(one('On Friday the port closed.', { year: 2024, month: 1, day: 2 }).note).toBe("The article, published on Tuesday 2 January 2024, says 'On Friday', which is 29 December 2023.");
  });

  test('a relative phrase found without a publication date says the day depends on it', () => {
    const [r] = readDates('On Thursday the minister resigned.', null);
    expect(r.relative).toBe(true);
    expect(r.note).toBe("The article says 'On Thursday', which depends on the day it was published.");
  });

  test('a month without a year in a past-tense report is the most recent such month, not the next', () => {
    const r = one('In December, the court ruled against him.');
    expect(r.edtf).toBe('2024-12');
    expect(r.rule).toBe('past-month');
    expect(r.basis).toBe('inferred');
    expect(r.note).toBe("The article, published on Thursday 3 July 2025, says 'In December' without a year; the sentence reports the past, so it is taken as the most recent December, December 2024.");
  });

  test('a month without a year in a future-tense sentence is the next such month', () => {
    expect(one('The summit will be held in December.').edtf).toBe('2025-12');
    expect(one('Officials said the pact would take effect in January.').edtf).toBe('2026-01');
  });

  test('a past clause keeps its past though a later clause speaks of the future', () => {
    const readings = readDates('She made the announcement on 9 May and will leave office on June 30.', JULY_3_2025);
    expect(readings.map((r) => [r.edtf, r.rule])).toEqual([['2025-05-09', 'past-month'], ['2026-06-30', 'future-month']]);
    const future = readDates('She made the announcement on 9 May and will leave office on 30 July.', JULY_3_2025);
    expect(future.map((r) => [r.edtf, r.rule])).toEqual([['2025-05-09', 'past-month'], ['2025-07-30', 'future-month']]);
  });

  test('a future word before a date speaks for it across clauses', () => {
    expect(one('The club will play in the top division next season, which starts in August.').edtf).toBe('2025-08');
    expect(one('They will meet and vote in May.').edtf).toBe('2026-05');
  });

  test('"is expected" and "expects" speak of the future', () => {
    expect(one('A by-election is expected in May.').edtf).toBe('2026-05');
    expect(one('The company expects the sale to be completed by the end of May.').edtf).toBe('../2026-05');
  });

  test('"last November" is the latest November, not one in the year named earlier in the paragraph', () => {
    const readings = readDates('Founded in 1987, it rejected an offer last November.', JULY_3_2025);
    expect(readings.map((r) => [r.edtf, r.rule])).toEqual([['1987', 'bare-year'], ['2024-11', 'past-month']]);
  });

  test('a day without a year takes the year named earlier in the paragraph', () => {
    const readings = readDates('In 2021, the council voted. On 14 September the board approved it.', JULY_3_2025);
    expect(readings.map((r) => r.edtf)).toEqual(['2021', '2021-09-14']);
    expect(readings[1].rule).toBe('context-year');
  });

  test.each([
    ['Ending months of talks over the 2019 deal. A lag caused the buyer to walk away before a January 8 deadline.', '2025-01-08'],
    ["The council's 2018 plan was dropped. Residents protested in March.", '2025-03'],
    ['She recorded his 1987 album again. On 14 June the new version came out.', '2025-06-14'],
  ])('the year of a thing ("the 2019 deal") gives no year to a later day: %s', (text, edtf) => {
    const readings = readDates(text, JULY_3_2025);
    expect(readings[readings.length - 1].edtf).toBe(edtf);
    expect(readings[readings.length - 1].rule).not.toBe('context-year');
  });

  test.each([
    ['The judge, who was appointed in 1980, ruled in March.', '2025-03'],
    ['Ms Reyes, whose company she founded in 2004, resigned on 2 June.', '2025-06-02'],
    ['The mayor (elected in 2019) stepped down in May.', '2025-05'],
  ])('a year in an aside the sentence closes gives no year to the day after it: %s', (text, edtf) => {
    const readings = readDates(text, JULY_3_2025);
    expect(readings.map((r) => r.edtf)).toEqual([readings[0].edtf, edtf]);
  });

  test('a year that frames the sentence still dates a later day in it', () => {
    expect(readDates('The judge was appointed in 1980 and ruled in March.', JULY_3_2025).map((r) => r.edtf)).toEqual(['1980', '1980-03']);
  });

  test.each([
    ['He could get five years in prison at sentencing Nov. 1.', '2025-11-01'],
    ['She faces up to ten years in prison at her sentencing on Oct. 20.', '2025-10-20'],
  ])('a sentence someone could get or faces is to come: its day is the coming one: %s', (text, edtf) => {
    expect(one(text).edtf).toBe(edtf);
  });

  test.each([
    ['They seized power on 15 August 2021.', "The article says 'on 15 August 2021'."],
    ['The group returned to power in August 2021.', "The article says 'in August 2021', which gives the month but not the day."],
    ['The government collapsed in 1992.', "The article says 'in 1992', which gives the year but not the month or day."],
    ['By 1994, the Taliban had advanced.', "The article says 'By 1994', so on or before 1994; it gives no start."],
    ['The group has fought since 2001.', "The article says 'since 2001', so from 2001 on; it gives no end."],
    ['The 1990–91 war ended badly.', "The article says '1990–91', which is the span from 1990 to 1991."],
    ['It grew in the late 1980s.', "The article says 'in the late 1980s', taken here as 1987 to 1989, the last years of the decade."],
    ['The virus spread in early 2020.', "The article says 'in early 2020', taken here as the first third of the year, January to April 2020."],
    ['The city fell in early August 2021.', "The article says 'in early August 2021', taken here as the first third of the month, 1 to 10 August 2021."],
    ['Talks collapsed last week.', "The article, published on Thursday 3 July 2025, says 'last week', which is the week from Monday 23 June to Sunday 29 June 2025."],
    ['The summit will be held in December.', "The article, published on Thursday 3 July 2025, says 'in December' without a year; the sentence speaks of the future, so it is taken as the next December, December 2025."],
  ])('the note tells a reader what the article says and which date that is: %s', (text, note) => {
    expect(one(text).note).toBe(note);
  });

  test('counts, durations, times and verbs are not dates', () => {
    for (const text of ['He won by 1500 votes.', 'It rained for 10 days.', 'Ten days later he left.', 'Protesters march to the square.', 'They may return.', 'The museum welcomed 9000 visitors in its first weekend.', 'He was 25 years old.', 'It was rebuilt in the 1950s after a storm.']) {
      expect(readDates(text, JULY_3_2025).filter((r) => !/1950/.test(r.edtf)), text).toEqual([]);
    }
    expect(readDates('It was rebuilt in the 1950s after a storm.', JULY_3_2025).map((r) => r.edtf)).toEqual(['1950/1959']);
  });

  test.each([
    ['Surveys as far back as 1996 found seepage under the dam.', 'as far back as 1996', '1996'],
    ['Engineers flagged the weak joint as early as 1998.', 'as early as 1998', '1998'],
    ['The leak had been known since at least 2003.', 'since at least 2003', '2003/..'],
  ])('"as far back as", "as early as" and "since at least" a year are date phrases: %s', (text, phrase, edtf) => {
    expect(readDates(text, JULY_3_2025).map((r) => [r.phrase, r.edtf])).toEqual([[phrase, edtf]]);
  });

  test('without a publication date, relative phrases are found and marked relative; absolute ones are dated', () => {
    const readings = readDates('In April this year it was removed. By 1994 they had advanced.', null);
    expect(readings.map((r) => [r.phrase, r.relative])).toEqual([
      ['In April this year', true],
      ['By 1994', false],
    ]);
  });
});
