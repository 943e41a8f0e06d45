import { describe, expect, test } from 'vitest';
import { citedParagraphs, splitAtQuote, splitAtQuotes } from '../../src/model/quote';

describe('splitAtQuote', () => {
  test('splits a paragraph around the first verbatim occurrence of the quote', () => {
    expect(splitAtQuote('a b c b', 'b')).toEqual({ before: 'a ', quote: 'b', after: ' c b' });
  });
  test('a quote at the very start or end of the paragraph is found, with empty text around it', () => {
    expect(splitAtQuote('On 15 August the army seized power.', 'On 15 August')).toEqual({
      before: '', quote: 'On 15 August', after: ' the army seized power.',
    });
    expect(splitAtQuote('The army seized power.', 'The army seized power.')).toEqual({ before: '', quote: 'The army seized power.', after: '' });
    expect(splitAtQuote('seized power', 'power')).toEqual({ before: 'seized ', quote: 'power', after: '' });
  });
  test('a quote that is not verbatim in the paragraph gives null', () => {
    expect(splitAtQuote('Afghanistan’s new ambassador', "Afghanistan's")).toBeNull();
    expect(splitAtQuote('text', '')).toBeNull();
  });
});

describe('splitAtQuotes', () => {
  const quotedOf = (runs: { text: string; quoted: boolean }[]) => runs.filter((r) => r.quoted).map((r) => r.text);
  test('every quote is marked once, in text order, and the runs join back into the paragraph', () => {
    const text = 'The army seized power and the president fled the country.';
    const runs = splitAtQuotes(text, ['the president fled', 'seized power']);
    expect(quotedOf(runs)).toEqual(['seized power', 'the president fled']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
  test('quotes that overlap or touch are one marked run', () => {
    expect(quotedOf(splitAtQuotes('abcdef', ['abc', 'bcd']))).toEqual(['abcd']);
    expect(quotedOf(splitAtQuotes('abcdef', ['ab', 'cd']))).toEqual(['abcd']);
  });
  test('quotes not in the paragraph, or none, leave it whole and unmarked', () => {
    expect(splitAtQuotes('text', ['missing', ''])).toEqual([{ text: 'text', quoted: false }]);
    expect(splitAtQuotes('text', [])).toEqual([{ text: 'text', quoted: false }]);
  });
});

describe('citedParagraphs', () => {
  test('a paragraph cited twice is listed once with both quotes, in the order first cited', () => {
    const cited = citedParagraphs([
      { source: 's', paragraph: 'p2', quote: 'a' },
      { source: 's', paragraph: 'p1', quote: 'b' },
      { source: 's', paragraph: 'p2', quote: 'c' },
      { source: 't', paragraph: 'p2', quote: 'd' },
    ]);
    expect(cited).toEqual([
      { source: 's', paragraph: 'p2', quotes: ['a', 'c'] },
      { source: 's', paragraph: 'p1', quotes: ['b'] },
      { source: 't', paragraph: 'p2', quotes: ['d'] },
    ]);
  });
});
