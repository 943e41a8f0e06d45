import { describe, expect, test } from 'vitest';
import { headlineProblems } from '../../src/authoring/headlines';
import { draftEventFromQuote, QUOTE_WINDOW } from '../../src/authoring/quote-event';

const paragraphs = [
  'Voters in Lorran elected Ana Petrov as mayor on Sunday, the first woman to hold the office.',
  'She first entered the city council in 2010 and led its finance committee from 2014 to 2018.',
  'Talks collapsed last week after the employers walked out of a meeting.',
  'The mayor said the plan was a good one. Work on the new bridge began in March 2021.',
];

describe('draftEventFromQuote: a headline and a date for the words a person selected', () => {
  test('the title is a drafted headline, not the quote, and the date comes from the quote\'s sentence', () => {
    const event = draftEventFromQuote({ paragraphs, paragraphIndex: 0, quote: 'elected Ana Petrov as mayor', published: '2022-05-16' });
    expect(event).toEqual({
      title: 'Voters in Lorran elect Ana Petrov as mayor',
      date: '2022-05-15',
      dateNote: "The article, published on Monday 16 May 2022, says 'on Sunday', which is 15 May.",
      dateBasis: 'stated',
    });
    expect(headlineProblems(event.title)).toEqual([]);
  });

  test('a date phrase in the quote itself dates it, with the phrase\'s own note', () => {
    expect(draftEventFromQuote({ paragraphs, paragraphIndex: 1, quote: 'She first entered the city council in 2010' })).toEqual({ title: 'Petrov enters the city council', date: '2010', dateNote: "The article says 'in 2010', which gives the year but not the month or day.", dateBasis: 'stated' });
  });

  test('of several dates in the sentence, the nearest to the quote is taken', () => {
    expect(draftEventFromQuote({ paragraphs, paragraphIndex: 1, quote: 'led its finance committee' })).toMatchObject({ title: 'Petrov leads its finance committee', date: '2014/2018' });
  });

  test('with no date in the sentence, the nearest in the paragraph is taken, and the note names its phrase', () => {
    expect(draftEventFromQuote({ paragraphs, paragraphIndex: 3, quote: 'the plan was a good one' })).toEqual({
      title: 'Plan is a good one',
      date: '2021-03',
      dateNote: "The article says 'in March 2021', which gives the month but not the day.",
      dateBasis: 'stated',
    });
  });

  test('with no date phrase at all, the date is null', () => {
    expect(draftEventFromQuote({ paragraphs: ['The mayor said the plan was a good one.'], paragraphIndex: 0, quote: 'the plan was a good one' })).toEqual({ title: 'Plan is a good one', date: null });
  });

  test('a relative phrase without a publication date gives no date and a note that says why', () => {
    expect(draftEventFromQuote({ paragraphs, paragraphIndex: 2, quote: 'Talks collapsed' })).toEqual({
      title: 'Talks collapse',
      date: null,
      dateNote: "'last week' depends on the publication date, which is not set; set it, or type the date.",
    });
    expect(draftEventFromQuote({ paragraphs, paragraphIndex: 2, quote: 'Talks collapsed', published: '2024-03-08' })).toMatchObject({ date: '2024-02-26/2024-03-03' });
  });

  test('paragraphs may be story paragraphs, and a quote with other spacing is still found', () => {
    const story = paragraphs.map((text, k) => ({ id: `p${k + 1}`, text }));
    expect(draftEventFromQuote({ paragraphs: story, paragraphIndex: 0, quote: 'elected  Ana\nPetrov as mayor', published: '2022-05-16' })).toMatchObject({ date: '2022-05-15' });
  });

  test('in a paragraph of 100,000 characters, dates are read within QUOTE_WINDOW of the quote: the nearest there dates it, a farther one does not', () => {
    const filler = (n: number) => 'The council heard more reports about the harbour works. '.repeat(Math.ceil(n / 56)).slice(0, n);
    const far = `In June 1990 the first plan was drawn. ${filler(QUOTE_WINDOW + 3_000)}`;
    const near = 'Work on the new bridge began in March 2021, the engineers said.';
    const long = `${far}. ${near} ${filler(100_000 - far.length - near.length - 3)}`;
    expect(long).toHaveLength(100_000);
    expect(draftEventFromQuote({ paragraphs: [long], paragraphIndex: 0, quote: 'Work on the new bridge began' })).toMatchObject({ title: 'Work on the new bridge begins', date: '2021-03' });
    // Only the far date, well outside the window: no date rather than one read from the other end of the paragraph.
    const farOnly = `${far}. The engineers said the work on the new bridge was slow. ${filler(50_000)}`;
    expect(draftEventFromQuote({ paragraphs: [farOnly], paragraphIndex: 0, quote: 'the work on the new bridge was slow' }).date).toBeNull();
    // The same two sentences in a short paragraph: the far date is the nearest in the paragraph.
    expect(draftEventFromQuote({ paragraphs: ['In June 1990 the first plan was drawn. The engineers said the work on the new bridge was slow.'], paragraphIndex: 0, quote: 'the work on the new bridge was slow' }).date).toBe('1990-06');
  });

  test('a quote not in the paragraph, an index out of range or hostile text never throws', () => {
    expect(draftEventFromQuote({ paragraphs, paragraphIndex: 9, quote: 'The bridge closed in 2009.' })).toMatchObject({ title: 'Bridge closes', date: '2009' });
    expect(draftEventFromQuote({ paragraphs, paragraphIndex: 0, quote: '<img src=x onerror=alert(1)>' }).date).toBeNull();
    expect(typeof draftEventFromQuote({ paragraphs: [], paragraphIndex: 0, quote: '' }).title).toBe('string');
  });
});

describe('a quote in a paragraph under a date line takes the line\'s date', () => {
  const timeline = [
    { text: 'How the storm crossed Larkmoor', role: 'heading' },
    { text: 'Friday, October 6 —', role: 'heading' },
    { text: 'Storm Wenna reached the coast and the ferry to Ostby stopped sailing.' },
    { text: 'Harbour staff tied down the cranes. Fishing boats stayed in port.' },
    { text: 'What the council will do', role: 'heading' },
    { text: 'The council promised a review of the sea wall.' },
  ];

  test('with no date of its own in the paragraph, the quote takes the date line above it, with a note that names the line', () => {
    const event = draftEventFromQuote({ paragraphs: timeline, paragraphIndex: 3, quote: 'Fishing boats stayed in port', published: '2023-10-09' });
    expect(event).toMatchObject({ date: '2023-10-06', dateBasis: 'inferred' });
    expect(event.dateNote).toMatch(/^The paragraph is under the date line 'Friday, October 6'\. .*6 October 2023/);
  });

  test('a real heading ends the date line\'s reach', () => {
    expect(draftEventFromQuote({ paragraphs: timeline, paragraphIndex: 5, quote: 'promised a review', published: '2023-10-09' }).date).toBeNull();
  });

  test('without a publication date, a year-less date line gives no date and says why', () => {
    expect(draftEventFromQuote({ paragraphs: timeline, paragraphIndex: 2, quote: 'Storm Wenna reached the coast' }).dateNote).toBe("'Friday, October 6' depends on the publication date, which is not set; set it, or type the date.");
  });

  test('bare text is read as drafting reads it: a short date line is a heading', () => {
    const text = timeline.map((p) => p.text);
    expect(draftEventFromQuote({ paragraphs: text, paragraphIndex: 3, quote: 'Fishing boats stayed in port', published: '2023-10-09' }).date).toBe('2023-10-06');
  });

  test('a quote dated "as far back as" a year is dated by it, and its title opens with its subject, not the year', () => {
    const quote = 'Surveys as far back as 1996 on the dam found seepage under its wall';
    const event = draftEventFromQuote({ paragraphs: [`${quote}, an engineer says.`], paragraphIndex: 0, quote, published: '2024-03-08' });
    expect(event.date).toBe('1996');
    expect(event.title).toBe('Surveys on the dam find seepage under its wall');
    expect(headlineProblems(event.title)).toEqual([]);
  });
});
