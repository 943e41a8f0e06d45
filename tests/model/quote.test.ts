import { describe, expect, test } from 'vitest';
import { splitAtQuote } from '../../src/model/quote';

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
