import { describe, expect, test } from 'vitest';
import { datePhrase, shortDatePhrase } from '../../src/model/date-phrase';
import { parseEdtf } from '../../src/model/edtf';
import '../../src/model/time-phrase';

const date = (text: string, zone?: string) => {
  const r = parseEdtf(text, zone);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('times of day in date phrases', () => {
  test('a time is told in the zone given, with the zone\'s name', () => {
    const landing = date('2023-08-23T18:04+05:30');
    expect(datePhrase(landing, 'en-IN', undefined, 'Asia/Kolkata')).toBe('23 August 2023 at 6:04 pm IST');
    expect(datePhrase(landing, 'en-US', undefined, 'America/New_York')).toBe('August 23, 2023 at 8:34 AM EDT');
    expect(datePhrase(landing, 'en')).toBe('23 August 2023 at 12:34 UTC');
  });

  test('seconds are written when the date has them; a short phrase abbreviates the month', () => {
    expect(datePhrase(date('2025-03-09T14:05:30Z'), 'en-GB', undefined, 'UTC')).toBe('9 March 2025 at 14:05:30 UTC');
    expect(shortDatePhrase(date('2025-03-09T14:05Z'), 'en-GB', undefined, 'UTC')).toBe('9 Mar 2025, 14:05 UTC');
  });

  test('qualifiers and intervals wrap times as they wrap days', () => {
    expect(datePhrase(date('2025-03-09T23:20~', 'America/New_York'), 'en-US', undefined, 'America/New_York')).toBe('about March 9, 2025 at 11:20 PM EDT');
    expect(datePhrase(date('2025-03-09T14:00-04:00/2025-03-09T17:30-04:00'), 'en-US', undefined, 'America/New_York')).toBe('March 9, 2025 at 2:00 PM EDT – March 9, 2025 at 5:30 PM EDT');
  });

  test('a day-only date says no time, whatever the zone', () => {
    expect(datePhrase(date('2023-08-23'), 'en', undefined, 'Asia/Kolkata')).toBe('23 August 2023');
  });

  test('the zone is the wall clock: the same instant reads as two days in two zones', () => {
    const midnight = date('2025-06-01T00:30Z');
    expect(datePhrase(midnight, 'en-US', undefined, 'America/Los_Angeles')).toBe('May 31, 2025 at 5:30 PM PDT');
    expect(datePhrase(midnight, 'en-US', undefined, 'Asia/Tokyo')).toBe('June 1, 2025 at 9:30 AM GMT+9');
  });
});
