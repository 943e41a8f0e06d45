import { describe, expect, test } from 'vitest';
import { timeZoneSuggestions } from '../../src/editor/time-zones';
import { isTimeZone } from '../../src/model/time-zone';

describe('time zone suggestions', () => {
  test("a zone listed by its old name is suggested by today's name too, and every name once, in order", () => {
    expect(timeZoneSuggestions(['Europe/Paris', 'Asia/Calcutta', 'Europe/Kiev', 'Asia/Calcutta'])).toEqual(['Asia/Calcutta', 'Asia/Kolkata', 'Europe/Kiev', 'Europe/Kyiv', 'Europe/Paris']);
    expect(timeZoneSuggestions(['Asia/Kolkata'])).toEqual(['Asia/Kolkata']);
  });

  test('every name suggested is a time zone the validator accepts', () => {
    const suggested = timeZoneSuggestions(Intl.supportedValuesOf('timeZone'));
    expect(suggested).toContain('Asia/Kolkata');
    expect(suggested.filter((zone) => !isTimeZone(zone))).toEqual([]);
  });
});
