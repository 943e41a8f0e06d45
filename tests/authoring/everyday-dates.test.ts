import { describe, expect, test } from 'vitest';
import { dayFirst, readEverydayDate } from '../../src/authoring/everyday-dates';

const read = (text: string, locale = 'en-GB', published?: string) => readEverydayDate(text, { locale, published });

describe('readEverydayDate: what people type, read into EDTF with how it reads', () => {
  test.each([
    ['Oct 2022', 'en-GB', '2022-10', 'October 2022'],
    ['October 2022', 'en-US', '2022-10', 'October 2022'],
    ['October 27, 2022', 'en-US', '2022-10-27', 'October 27, 2022'],
    ['Oct. 27, 2022', 'en-US', '2022-10-27', 'October 27, 2022'],
    ['27 October 2022', 'en-GB', '2022-10-27', '27 October 2022'],
    ['27 October 2022', 'fr', '2022-10-27', '27 octobre 2022'],
    ['2022', 'en', '2022', '2022'],
    ['in 1994', 'en', '1994', '1994'],
    ['by 1994', 'en', '../1994', 'By 1994'],
    ['by 1994', 'fr', '../1994', 'Avant 1994'],
    ['about 1996', 'en', '1996~', 'about 1996'],
    ['around 1850', 'fr', '1850~', 'vers 1850'],
    ['c. 1850', 'en', '1850~', 'about 1850'],
    ['about October 1996', 'en-US', '1996-10~', 'about October 1996'],
    ['the 1990s', 'en', '1990/1999', '1990 – 1999'],
    ['1990s', 'en', '1990/1999', '1990 – 1999'],
    ['1990 to 1999', 'en', '1990/1999', '1990 – 1999'],
    ['1992-1996', 'en', '1992/1996', '1992 – 1996'],
    ['from 2001 to 2005', 'en', '2001/2005', '2001 – 2005'],
    ['May 2001 – June 2002', 'en', '2001-05/2002-06', 'May 2001 – June 2002'],
  ])('"%s" in %s is %s, read as "%s"', (text, locale, edtf, reads) => {
    expect(read(text, locale)).toEqual({ ok: true, edtf, reads });
  });

  test.each([
    ['2022-10-27', '2022-10-27', '27 October 2022'],
    ['2022-10', '2022-10', 'October 2022'],
    ['1996~', '1996~', 'about 1996'],
    ['1996?', '1996?', 'possibly 1996'],
    ['../1994', '../1994', 'By 1994'],
    ['2001/..', '2001/..', 'From 2001'],
    ['1990/1999', '1990/1999', '1990 – 1999'],
    ['-0043', '-0043', '44 BCE'],
  ])('EDTF typed directly is kept: "%s"', (text, edtf, reads) => {
    expect(read(text, 'en')).toEqual({ ok: true, edtf, reads });
  });

  test('numbers take the day/month order of the locale: day first in en-GB, fr, de; month first in en-US', () => {
    expect(read('27/10/2022', 'en-GB')).toEqual({ ok: true, edtf: '2022-10-27', reads: '27 October 2022' });
    expect(read('10/27/2022', 'en-US')).toEqual({ ok: true, edtf: '2022-10-27', reads: 'October 27, 2022' });
    expect(read('27.10.2022', 'de')).toEqual({ ok: true, edtf: '2022-10-27', reads: '27. Oktober 2022' });
    expect(read('10/11/2022', 'en-GB')).toMatchObject({ edtf: '2022-11-10', reads: '10 November 2022' });
    expect(read('10/11/2022', 'en-US')).toMatchObject({ edtf: '2022-10-11', reads: 'October 11, 2022' });
    expect(read('10/11/2022', 'fr')).toMatchObject({ edtf: '2022-11-10', reads: '10 novembre 2022' });
  });

  test('numbers are ambiguous only when both are 12 or less: a part over 12 is the day whatever the locale', () => {
    expect(read('10/27/2022', 'en-GB')).toMatchObject({ edtf: '2022-10-27' });
    expect(read('27/10/2022', 'en-US')).toMatchObject({ edtf: '2022-10-27' });
  });

  test('plain "en" reads numbers day first, as the project writes dates', () => {
    expect(dayFirst('en')).toBe(true);
    expect(dayFirst('en-GB')).toBe(true);
    expect(dayFirst('en-US')).toBe(false);
    expect(read('05/04/2022', 'en')).toMatchObject({ edtf: '2022-04-05' });
  });

  test('relative words count from the publication date', () => {
    expect(read('last week', 'en', '2022-10-27')).toEqual({ ok: true, edtf: '2022-10-17/2022-10-23', reads: '17 October 2022 – 23 October 2022' });
    expect(read('yesterday', 'en', '2022-10-27')).toEqual({ ok: true, edtf: '2022-10-26', reads: '26 October 2022' });
    expect(read('on Thursday', 'en', '2022-10-29')).toEqual({ ok: true, edtf: '2022-10-27', reads: '27 October 2022' });
    expect(read('Thursday', 'en-US', '2022-10-29')).toEqual({ ok: true, edtf: '2022-10-27', reads: 'October 27, 2022' });
    expect(read('last year', 'en', '2022-10-27')).toEqual({ ok: true, edtf: '2021', reads: '2021' });
    expect(read('October', 'en', '2022-11-02')).toEqual({ ok: true, edtf: '2022-10', reads: 'October 2022' });
    expect(read('27 Oct', 'en', '2022-11-01')).toEqual({ ok: true, edtf: '2022-10-27', reads: '27 October 2022' });
  });
});

describe('readEverydayDate: every refusal says what to type', () => {
  const EXAMPLES = '"27 October 2022", "October 2022", "2022", "about 1996", "by 1994" or "the 1990s"';

  test('an empty field asks for a date', () => {
    expect(read('   ')).toEqual({ ok: false, message: `Type a date, for example ${EXAMPLES}.` });
  });

  test('words that are not a date are refused with examples', () => {
    expect(read('banana')).toEqual({ ok: false, message: `"banana" is not a date this field reads. Type for example ${EXAMPLES}.` });
  });

  test('relative words without a publication date are refused, saying why', () => {
    expect(read('last week')).toEqual({
      ok: false,
      message: '"last week" depends on when the article was published, and no publication date is set. Set the publication date first, or type the date itself, for example "27 October 2022".',
    });
    expect(read('yesterday', 'en', '27/10/2022')).toEqual({
      ok: false,
      message: '"yesterday" depends on when the article was published, and the publication date "27/10/2022" is not a day written YYYY-MM-DD. Set the publication date first, or type the date itself, for example "27 October 2022".',
    });
  });

  test('a month or a day without a year, and no publication date, asks for the year', () => {
    expect(read('October')).toEqual({ ok: false, message: '"October" has no year. Add it, for example "October 2022".' });
    expect(read('27 Oct')).toEqual({ ok: false, message: '"27 Oct" has no year. Add it, for example "27 Oct 2022".' });
  });

  test('a day that does not exist is refused', () => {
    expect(read('31/02/2022')).toEqual({ ok: false, message: 'There is no 31 February 2022; check the day and the month.' });
    expect(read('13/13/2022')).toEqual({ ok: false, message: '"13/13/2022" has no month between 1 and 12; type the day, the month and the year, for example "27/10/2022".' });
  });

  test('a two-digit year is refused, with the year written in full', () => {
    expect(read('27/10/22')).toEqual({ ok: false, message: 'Write the year in full, for example "27/10/2022".' });
  });

  test('invalid EDTF gets the EDTF parser\'s message', () => {
    expect(read('2022-13-01')).toEqual({ ok: false, message: '"2022-13-01" has no month 13: months run from 01 to 12.' });
    expect(read('2022-02-30')).toEqual({ ok: false, message: '"2022-02-30" is not a real day: February 2022 has 28 days.' });
  });

  test('a span that ends before it starts is refused', () => {
    expect(read('2005 to 2001')).toEqual({ ok: false, message: '"2005 to 2001" ends before it starts; put the earlier date first.' });
  });

  test('"about" before a span or an approximate date is refused', () => {
    expect(read('about 1990/1999')).toEqual({ ok: false, message: '"about 1990/1999" is already approximate or a span; type one date after "about", for example "about 1996".' });
  });

  test('text from data never throws', () => {
    expect(readEverydayDate(undefined as unknown as string, { locale: 'en' }).ok).toBe(false);
    expect(read('<script>alert(1)</script>').ok).toBe(false);
    expect(read('2022', 'not a locale')).toEqual({ ok: true, edtf: '2022', reads: '2022' });
  });
});

describe('readEverydayDate: times of day typed on a card, in the story\'s zone', () => {
  const onCard = (text: string, cardDate?: string, timeZone = 'Asia/Kolkata', locale = 'en-GB') => readEverydayDate(text, { locale, timeZone, cardDate });

  test('"6:04 pm" typed on a card dated a day is that day at 6:04 pm in the story\'s zone, told in it', () => {
    expect(onCard('6:04 pm', '2023-08-23')).toEqual({ ok: true, edtf: '2023-08-23T18:04+05:30', reads: '23 August 2023 at 18:04 GMT+5:30' });
  });

  test('a time typed on a card that already has one replaces the time and keeps the day', () => {
    expect(onCard('18:30', '2023-08-23T18:04+05:30')).toMatchObject({ ok: true, edtf: '2023-08-23T18:30+05:30' });
  });

  test('"around 11:20 pm" is approximate; a zone typed after the time wins over the story\'s', () => {
    expect(onCard('around 11:20 pm', '2023-08-23')).toMatchObject({ ok: true, edtf: '2023-08-23T23:20+05:30~' });
    expect(onCard('9:41 am EDT', '2023-08-22')).toMatchObject({ ok: true, edtf: '2023-08-22T09:41-04:00' });
  });

  test('a day and a time typed together need no card date', () => {
    expect(onCard('23 August 2023 at 6:04 pm')).toMatchObject({ ok: true, edtf: '2023-08-23T18:04+05:30' });
  });

  test('the offset is the story zone\'s on that day (daylight saving)', () => {
    expect(onCard('9:00 am', '2023-03-11', 'America/New_York')).toMatchObject({ edtf: '2023-03-11T09:00-05:00' });
    expect(onCard('9:00 am', '2023-03-12', 'America/New_York')).toMatchObject({ edtf: '2023-03-12T09:00-04:00' });
  });

  test('a time alone on a card with no day asks for the day', () => {
    expect(onCard('6:04 pm', '2023-08')).toEqual({ ok: false, message: '"6:04 pm" is a time of day; type its day too, for example "23 August 2023 at 6:04 pm".' });
  });

  test('a time without a zone in a story without one says what to type', () => {
    expect(readEverydayDate('6:04 pm', { locale: 'en-GB', cardDate: '2023-08-23' })).toEqual({
      ok: false,
      message: '"6:04 pm" gives the time 6:04 pm, but it names no time zone and the story has none. Type the zone after the time, for example "6:04 pm EST", or the day alone.',
    });
  });

  test('an EDTF date-time typed without an offset is read in the story\'s zone', () => {
    expect(onCard('2023-08-23T18:04')).toEqual({ ok: true, edtf: '2023-08-23T18:04', reads: '23 August 2023 at 18:04 GMT+5:30' });
  });
});
