import { describe, expect, test } from 'vitest';
import { readDates } from '../../../src/authoring/date-readings';

const JULY_3_2025 = { year: 2025, month: 7, day: 3 }; // a Thursday

function readings(text: string) {
  return readDates(text, JULY_3_2025).map((r) => ({ phrase: r.phrase, edtf: r.edtf, rule: r.rule }));
}

describe('relative phrases: the week of publication, parts of a month, months of things', () => {
  test.each([
    ['The ferry company raised its offer earlier in the week.', 'earlier in the week'],
    ['The board met earlier this week to approve the sale.', 'earlier this week'],
    ['Divers found two wrecks this week off the northern cape.', 'this week'],
  ])('"%s" is the week of publication from its Monday up to the day it was published', (text, phrase) => {
    expect(readings(text)).toEqual([{ phrase, edtf: '2025-06-30/2025-07-03', rule: 'week' }]);
  });

  test('"later this week" is not read as the days already past', () => {
    expect(readings('The council will vote later this week.')).toEqual([]);
  });

  test('"at the beginning of" a month is its first third, in the year the tense gives', () => {
    expect(readings('The shares will leave the exchange at the beginning of September.')).toEqual([
      { phrase: 'at the beginning of September', edtf: '2025-09-01/2025-09-10', rule: 'part-of-month' },
    ]);
    expect(readings('Work stopped at the start of March.')).toEqual([{ phrase: 'at the start of March', edtf: '2025-03-01/2025-03-10', rule: 'part-of-month' }]);
    expect(readings('The orchard flooded in the middle of May 2019.')).toEqual([{ phrase: 'in the middle of May 2019', edtf: '2019-05-11/2019-05-20', rule: 'part-of-month' }]);
  });

  test('"by the beginning of" a month is not narrowed to its first third', () => {
    expect(readings('The bridge should reopen by the beginning of September.').map((r) => r.edtf)).not.toContain('2025-09-01/2025-09-10');
  });

  test('a month between a possessive and a noun dates the thing, even after "since"', () => {
    expect(readings('The probe sent its first images since its April launch.')).toEqual([{ phrase: 'its April', edtf: '2025-04', rule: 'past-month' }]);
    expect(readings('Critics recalled her March speech to the assembly.')).toEqual([{ phrase: 'her March', edtf: '2025-03', rule: 'past-month' }]);
  });

  test('a capitalised name after a possessive is not a month ("their May government" needs a noun after it, "her may" is a word)', () => {
    expect(readings('Voters remembered their May.')).toEqual([]);
    expect(readings('Ministers said her may be the only way.')).toEqual([]);
  });

  test('"by" after a verb of doing ("hit by Monday\'s storm") names what did it, so the day is the storm\'s, not a deadline', () => {
    expect(readings("Farms hit by Monday's storm are still without power.")).toEqual([{ phrase: 'Monday', edtf: '2025-06-30', rule: 'past-weekday' }]);
    expect(readings("Bids must arrive by Monday's deadline.")).toEqual([{ phrase: 'by Monday', edtf: '../2025-06-30', rule: 'past-weekday' }]);
  });

  test('"the last day of" something is a part of it, not the day before publication', () => {
    expect(readings('The last day of trading in the bonds will be Friday, 11 July.')).toEqual([{ phrase: 'Friday, 11 July', edtf: '2025-07-11', rule: 'future-month' }]);
    expect(readings('The last week of the festival drew the biggest crowds.')).toEqual([]);
  });
});
