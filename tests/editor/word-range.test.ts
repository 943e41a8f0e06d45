import { describe, expect, test } from 'vitest';
import { wordRange } from '../../src/editor/word-range';

const words = (text: string, start: number, end: number) => text.slice(...wordRange(text, start, end));

describe('the words a selection covers', () => {
  const text = 'The Taliban’s fighters captured Kabul in September 1996, officials said.';
  test('a selection inside words takes them whole', () => {
    expect(words(text, 6, 27)).toBe('Taliban’s fighters captured');
    expect(words(text, text.indexOf('Kabul'), text.indexOf('Kabul') + 5)).toBe('Kabul');
  });
  test('spaces at the ends are left out, and punctuation selected is kept', () => {
    expect(words(text, 3, 12)).toBe('Taliban’s');
    expect(words(text, text.indexOf('1996'), text.indexOf('1996') + 5)).toBe('1996,');
  });
  test('a selection of spaces only, or reversed, is handled', () => {
    expect(wordRange(text, 3, 4)).toEqual([4, 4]);
    expect(words(text, 27, 6)).toBe('Taliban’s fighters captured');
  });
});
