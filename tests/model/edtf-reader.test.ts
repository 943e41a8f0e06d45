import { describe, expect, test } from 'vitest';
import { readEdtf } from '../../src/model/edtf-reader';
import { parseEdtf } from '../../src/model/edtf';
import { sentence } from '../../src/model/validation/messages';

// parseEdtf's own tests (edtf.test.ts) hold the dates and every error's words.
describe('readEdtf: the first frame reads dates as parseEdtf does, without the words of its errors', () => {
  const texts = ['1994-07-15', '1996-09/2001-11', '../1994', '2021-02-29', '0900-02-30', '-0000', '2021-13', '1994/', '../..', '..', '', ' 1994', '2023-08-23T18:04', '2023-08-23T25:00Z', '1994/1990', 'x'.repeat(100)];

  test('the same value, or an error that says which message and with what, worded as parseEdtf words it', () => {
    for (const zone of [undefined, 'Asia/Kolkata']) {
      for (const text of texts) {
        const reading = readEdtf(text, zone);
        const parsed = parseEdtf(text, zone);
        expect(reading.ok, text).toBe(parsed.ok);
        if (reading.ok && parsed.ok) expect(reading.value).toBe(parsed.value);
        if (!reading.ok && !parsed.ok) {
          expect(Array.isArray(reading.error), text).toBe(true);
          expect(sentence(reading.error)).toBe(parsed.error);
        }
      }
    }
  });

  test('a value that is not a string is an error, never a throw', () => {
    expect(readEdtf(7 as unknown as string)).toEqual({ ok: false, error: ['edtfNotString'] });
  });
});
