import { describe, expect, test } from 'vitest';
import { dateLineOverTitle, dateLineText, dateLinesOver, opensWithItsOwnDay } from '../../src/authoring/date-lines';
import { draftStory } from '../../src/authoring/draft';

const events = (text: string, published = '2023-10-09') =>
  draftStory(text, { published }).story.events.map((e) => `${e.date} ${e.citations.map((c) => c.paragraph).join(',')} ${e.draft.rule}`);

describe('dateLineText: a line that is only a day or a month', () => {
  test('a day written in the usual ways, with a weekday, in capitals, or closed by a dash or colon, is a date line', () => {
    expect(['October 6', 'OCTOBER 7, 2023', 'Friday, October 6', 'October 6 —', '6 October:', 'Oct. 8', 'October 2023'].map(dateLineText)).toEqual([
      'October 6',
      'OCTOBER 7, 2023',
      'Friday, October 6',
      'October 6',
      '6 October',
      'Oct. 8',
      'October 2023',
    ]);
  });

  test('a heading with other words, a weekday or a year alone, and a sentence are not date lines', () => {
    expect(['October 6: the storm arrives', 'The night of October 6', 'Friday', 'Today', '2023', 'Storm Wenna reached the coast on October 6.'].map(dateLineText)).toEqual([null, null, null, null, null, null]);
  });

  test("a page's time stamp, a date with a clock time, is not a date line", () => {
    expect(['6th Oct 2023 13:58', 'Friday, October 6, 2023 - 10:18', 'October 6, 2023 9 am'].map(dateLineText)).toEqual([null, null, null]);
  });
});

describe('dateLinesOver: a date line reaches down to the next date line or real heading', () => {
  test('each paragraph under a date line is dated by the last one above it; a heading ends the reach', () => {
    const paragraphs = [{ text: 'October 6', role: 'heading' }, { text: 'a' }, { text: 'b' }, { text: 'October 7:' }, { text: 'c' }, { text: 'Aftermath', role: 'heading' }, { text: 'd' }];
    const { lines, over } = dateLinesOver(paragraphs);
    expect([...lines]).toEqual([0, 3]);
    expect([...over].map(([i, line]) => [i, line.text])).toEqual([
      [1, 'October 6'],
      [2, 'October 6'],
      [4, 'October 7'],
    ]);
  });
});

describe("opensWithItsOwnDay: the page's date stamp above its text is not a timeline's first day", () => {
  const published = { year: 2023, month: 10, day: 9 };
  test('an opening line that is the publication day with its year is the stamp; another day, a year-less line or a later line is not', () => {
    expect(opensWithItsOwnDay(['Oct 9, 2023', 'Harbour fees may rise next spring'], published)).toBe(true);
    expect(opensWithItsOwnDay(['Monday, October 9, 2023', 'The ferry stopped sailing.'], published)).toBe(true);
    expect(opensWithItsOwnDay(['October 6, 2023', 'The ferry stopped sailing.'], published)).toBe(false);
    expect(opensWithItsOwnDay(['October 9', 'The ferry stopped sailing.'], published)).toBe(false);
    expect(opensWithItsOwnDay(['Ferry news', 'October 9, 2023', 'The ferry stopped sailing.'], published)).toBe(false);
    expect(opensWithItsOwnDay(['Oct 9, 2023'], null)).toBe(false);
  });

  test('the paragraphs under the stamp are not each an event of that day', () => {
    const page = [
      'Oct 9, 2023',
      'Ferry passengers with season tickets may no longer need to book a seat in advance under the new rules',
      'Passengers are often told to book two days ahead. Few of them do.',
      'The harbour board counted 40,000 crossings over the summer.',
    ].join('\n\n');
    expect(events(page).filter((e) => e.endsWith('date-line'))).toEqual([]);
  });
});

describe("dateLineOverTitle: the date a post opens with, above its title", () => {
  test('a date line above a title, with only headings between, is the post\'s date; a paragraph between, or no title, ends it', () => {
    const paragraphs = [{ text: 'Tuesday, March 4, 2011' }, { text: 'Former Mill Owner Found Guilty', role: 'heading' }, { text: 'A jury found the owner guilty.' }, { text: 'The trial lasted a week.' }];
    expect(dateLineOverTitle(paragraphs, 2)?.text).toBe('Tuesday, March 4, 2011');
    expect(dateLineOverTitle(paragraphs, 3)).toBeNull();
    expect(dateLineOverTitle([{ text: 'Mill Owner Found Guilty', role: 'heading' }, { text: 'A jury found the owner guilty.' }], 1)).toBeNull();
    expect(dateLineOverTitle([{ text: 'March 4' }, { text: 'A jury found the owner guilty.' }], 1)).toBeNull();
  });

  test("a blog post's opening sentence with no date is its main event, dated by the date line above its title; its footer is no event", () => {
    const post = [
      'Tuesday, March 4, 2011',
      'Former Mill Owner Found Guilty',
      'The former owner of the Larkmoor mill was found guilty by a jury in Harton on charges of hiding the firm\'s debts. He was charged in 2009.',
      'March 4, 2011 in Courts, Fraud | Permalink | Comments (0) | TrackBack (0)',
    ].join('\n\n');
    const { story, furniture } = draftStory(post, { published: '2011-03-04' });
    expect(story.events.map((e) => [e.date, e.draft.rule])).toEqual([
      ['2011-03-04', 'main-event'],
      ['2009', 'bare-year'],
    ]);
    expect(story.events[0].dateNote).toBe("The article's opening sentence gives no date for this; it opens a post dated 'Tuesday, March 4, 2011' above its title, which is 4 March 2011.");
    expect(furniture.map((f) => f.rule)).toEqual(['post-footer']);
  });
});

describe('drafting a timeline-format article: paragraphs under a date line take its date', () => {
  const article = [
    'How Storm Wenna crossed Larkmoor',
    'Storm Wenna was the worst to hit Larkmoor in forty years. This is how the week went.',
    'Friday, October 6 —',
    'Storm Wenna reached the coast and the ferry to Ostby stopped sailing.',
    '"We have never seen waves like this," the harbour master Ilse Brandt told reporters.',
    'SATURDAY, OCTOBER 7, 2023',
    'Floodwater closed the main road to the airport.',
    'The next day, army engineers began clearing the road.',
    'October 3: Forecasters had first warned of the storm.',
    'What the council will do',
    'The council promised a review of the sea wall.',
  ].join('\n\n');

  test('every paragraph under a date line gets an event on the line\'s date, except a quoted remark, and a heading ends it', () => {
    // The opening paragraph's main event has rules of its own (main-event.test.ts).
    expect(events(article).filter((e) => !e.endsWith('main-event'))).toEqual([
      '2023-10-06 p4 date-line',
      '2023-10-07 p7 date-line',
      '2023-10-08 p8 offset',
      '2023-10-03 p9 past-month',
    ]);
  });

  test('a year-less date line takes its year from the publication date, by the tense of the sentence under it', () => {
    const future = draftStory('October 20\n\nThe council will vote on the sea wall.', { published: '2023-10-09' }).story.events;
    expect(future.map((e) => e.date)).toEqual(['2023-10-20']);
    const past = draftStory('October 20\n\nThe council voted on the sea wall.', { published: '2023-10-09' }).story.events;
    expect(past.map((e) => e.date)).toEqual(['2022-10-20']);
  });

  test('the note says the date came from the date line', () => {
    const event = draftStory(article, { published: '2023-10-09' }).story.events.find((e) => e.citations[0].paragraph === 'p7');
    expect(event?.dateNote).toBe("The paragraph is under the date line 'SATURDAY, OCTOBER 7, 2023'. The article says 'SATURDAY, OCTOBER 7, 2023'.");
  });

  test("a paragraph's own date wins over its date line's", () => {
    const text = 'October 6\n\nThe ferry stopped sailing, a week after its owners sold it on 29 September.';
    expect(events(text)).toEqual(['2023-09-29 p2 past-month']);
  });

  test('a date line gives nothing without a publication date when it has no year, and says so', () => {
    const result = draftStory('October 6\n\nThe ferry stopped sailing.');
    expect(result.story.events).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual(['Line 1 (paragraph p1): "October 6" is relative to the publication date, which was not given; it was not dated.']);
  });
});
