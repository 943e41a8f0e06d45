import { describe, expect, test } from 'vitest';
import { citedParagraphs, citedSources, locateQuote, occurrences, quoteContext, splitAtQuote, splitAtQuotes } from '../../src/model/quote';

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
  test('a prefix or suffix picks the occurrence meant', () => {
    expect(splitAtQuote('a b c b', 'b', { prefix: 'c ' })).toEqual({ before: 'a b c ', quote: 'b', after: '' });
    expect(splitAtQuote('a b c b', 'b', { suffix: '' })).toEqual({ before: 'a ', quote: 'b', after: ' c b' });
    expect(splitAtQuote('a b c b', 'b', { prefix: 'x' })).toBeNull();
  });
});

const PARAGRAPH = 'The council met on Monday. The council met again on Friday, and the council voted.';

describe('locateQuote', () => {
  test('without context, the first occurrence', () => {
    expect(locateQuote(PARAGRAPH, 'The council met')).toEqual({ start: 0, end: 15 });
  });
  test('the prefix must end just before the quote', () => {
    expect(locateQuote(PARAGRAPH, 'The council met', { prefix: 'Monday. ' })).toEqual({ start: 27, end: 42 });
    expect(locateQuote(PARAGRAPH, 'council', { prefix: 'and the ' })).toEqual({ start: 68, end: 75 });
    expect(locateQuote(PARAGRAPH, 'council', { prefix: 'and the' })).toBeNull();
  });
  test('the suffix must start just after the quote', () => {
    expect(locateQuote(PARAGRAPH, 'council', { suffix: ' voted' })).toEqual({ start: 68, end: 75 });
    expect(locateQuote(PARAGRAPH, 'council', { suffix: ' met again' })).toEqual({ start: 31, end: 38 });
    expect(locateQuote(PARAGRAPH, 'council', { suffix: 'voted' })).toBeNull();
  });
  test('prefix and suffix together must both hold at one occurrence', () => {
    expect(locateQuote(PARAGRAPH, 'council', { prefix: 'The ', suffix: ' met again' })).toEqual({ start: 31, end: 38 });
    expect(locateQuote(PARAGRAPH, 'council', { prefix: 'the ', suffix: ' met' })).toBeNull();
  });
  test('a prefix longer than the text before the quote does not match', () => {
    expect(locateQuote('council met', 'council', { prefix: 'The ' })).toBeNull();
    expect(locateQuote('x council', 'council', { prefix: 'The x ' })).toBeNull();
  });
  test('an empty quote is never found', () => expect(locateQuote('text', '', {})).toBeNull());
  test('overlapping occurrences are each tried', () => {
    expect(locateQuote('aaa', 'aa', { prefix: 'a' })).toEqual({ start: 1, end: 3 });
  });
});

describe('occurrences', () => {
  test('counts every occurrence, overlapping ones too; an empty quote none', () => {
    expect(occurrences(PARAGRAPH, 'council')).toBe(3);
    expect(occurrences('aaa', 'aa')).toBe(2);
    expect(occurrences('abc', 'x')).toBe(0);
    expect(occurrences('abc', '')).toBe(0);
  });
});

describe('quoteContext', () => {
  test('a quote that occurs once needs no context', () => {
    expect(quoteContext(PARAGRAPH, 0, 26)).toEqual({});
  });
  test('the first occurrence of a repeated quote needs none either: it is the one meant without', () => {
    expect(quoteContext(PARAGRAPH, 4, 11)).toEqual({});
  });
  test('a context may be the words after the quote', () => {
    expect(quoteContext(PARAGRAPH, 31, 38)).toEqual({ suffix: ' met again' });
    expect(quoteContext('b alpha b c', 8, 9)).toEqual({ suffix: ' c' });
  });
  test('a later occurrence gets the fewest whole words that pick it', () => {
    expect(quoteContext(PARAGRAPH, 68, 75)).toEqual({ prefix: 'the ' });
    expect(quoteContext('a b a c', 4, 5)).toEqual({ prefix: 'b ' });
  });
  test('a context always picks the occurrence it was made for', () => {
    const text = 'x y x y x y';
    for (const start of [0, 4, 8]) expect(locateQuote(text, 'x y', quoteContext(text, start, start + 3))?.start, String(start)).toBe(start);
    const repeats = 'na na na na';
    for (const start of [0, 3, 6, 9]) expect(locateQuote(repeats, 'na', quoteContext(repeats, start, start + 2))?.start, String(start)).toBe(start);
  });
});

describe('splitAtQuotes', () => {
  const quotedOf = (runs: { text: string; quoted: boolean }[]) => runs.filter((r) => r.quoted).map((r) => r.text);
  test('every quote is marked once, in text order, and the runs join back into the paragraph', () => {
    const text = 'The army seized power and the president fled the country.';
    const runs = splitAtQuotes(text, [{ quote: 'the president fled' }, { quote: 'seized power' }]);
    expect(quotedOf(runs)).toEqual(['seized power', 'the president fled']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
  test('quotes that overlap or touch are one marked run', () => {
    expect(quotedOf(splitAtQuotes('abcdef', [{ quote: 'abc' }, { quote: 'bcd' }]))).toEqual(['abcd']);
    expect(quotedOf(splitAtQuotes('abcdef', [{ quote: 'ab' }, { quote: 'cd' }]))).toEqual(['abcd']);
  });
  test("a quote's prefix or suffix picks the occurrence marked", () => {
    const runs = splitAtQuotes('a b c b', [{ quote: 'b', prefix: 'c ' }]);
    expect(runs).toEqual([{ text: 'a b c ', quoted: false }, { text: 'b', quoted: true }]);
  });
  test('quotes not in the paragraph, or none, leave it whole and unmarked', () => {
    expect(splitAtQuotes('text', [{ quote: 'missing' }, { quote: '' }])).toEqual([{ text: 'text', quoted: false }]);
    expect(splitAtQuotes('text', [])).toEqual([{ text: 'text', quoted: false }]);
  });
});

describe('citedParagraphs', () => {
  test('a paragraph cited twice is listed once with both quotes, in the order first cited', () => {
    const cited = citedParagraphs([
      { source: 's', paragraph: 'p2', quote: 'a' },
      { source: 's', paragraph: 'p1', quote: 'b' },
      { source: 's', paragraph: 'p2', quote: 'c', prefix: 'x ' },
      { source: 't', paragraph: 'p2', quote: 'd' },
      { source: 's', paragraph: 'p2', quote: 'a' },
    ]);
    expect(cited).toEqual([
      { source: 's', paragraph: 'p2', quotes: [{ quote: 'a' }, { quote: 'c', prefix: 'x ' }] },
      { source: 's', paragraph: 'p1', quotes: [{ quote: 'b' }] },
      { source: 't', paragraph: 'p2', quotes: [{ quote: 'd' }] },
    ]);
  });
});

describe('citedSources', () => {
  test('citations are gathered by source, each source once in the order first cited, its paragraphs in the order first cited', () => {
    const grouped = citedSources([
      { source: 'b', paragraph: 'p3', quote: 'a' },
      { source: 'a', paragraph: 'p1', quote: 'b' },
      { source: 'b', paragraph: 'p1', quote: 'c' },
      { source: 'a', paragraph: 'p1', quote: 'd' },
      { source: 'b', paragraph: 'p3', quote: 'e' },
    ]);
    expect(grouped).toEqual([
      { source: 'b', paragraphs: [{ source: 'b', paragraph: 'p3', quotes: [{ quote: 'a' }, { quote: 'e' }] }, { source: 'b', paragraph: 'p1', quotes: [{ quote: 'c' }] }] },
      { source: 'a', paragraphs: [{ source: 'a', paragraph: 'p1', quotes: [{ quote: 'b' }, { quote: 'd' }] }] },
    ]);
  });

  test('no citations, no sources', () => {
    expect(citedSources([])).toEqual([]);
  });
});
