import { describe, expect, test } from 'vitest';
import { chunkBounds, chunksNear } from '../../src/model/excerpt';
import { quoteSpans } from '../../src/model/quote';

const PROSE = 'The quick brown fox jumps over the lazy dog. '.repeat(2_300);
const JAPANESE = 'ロシアはタリバン政権を承認した。'.repeat(7_000);
/** No break at all, and every character two code units. */
const SURROGATES = '𠀋'.repeat(3_000);

const isWhole = (text: string, bounds: [number, number][]) =>
  bounds.length > 0 && bounds[0][0] === 0 && bounds[bounds.length - 1][1] === text.length && bounds.every(([from, to], i) => to > from && (i === 0 || from === bounds[i - 1][1]));

describe('chunkBounds', () => {
  test('the chunks cover the text end to end, in order, none empty', () => {
    for (const text of [PROSE, JAPANESE, SURROGATES]) expect(isWhole(text, chunkBounds(text, [], 400))).toBe(true);
  });
  test('a chunk of prose ends after a space, so no word is split between chunks, and is about the length asked', () => {
    const bounds = chunkBounds(PROSE, [], 400);
    for (const [from, to] of bounds.slice(0, -1)) {
      expect(PROSE[to - 1]).toBe(' ');
      expect(to - from).toBeGreaterThanOrEqual(400);
      expect(to - from).toBeLessThanOrEqual(460);
    }
  });
  test('Japanese is cut after the end of a sentence when one is near', () => {
    for (const [, to] of chunkBounds(JAPANESE, [], 400).slice(0, -1)) expect(JAPANESE[to - 1]).toBe('。');
  });
  test('text with no break is cut at the length asked, never inside a surrogate pair', () => {
    expect(chunkBounds('x'.repeat(1_000), [], 400)).toEqual([[0, 400], [400, 800], [800, 1_000]]);
    const bounds = chunkBounds(SURROGATES, [], 401);
    expect(bounds[0]).toEqual([0, 400]);
    for (const [from, to] of bounds) expect(SURROGATES.slice(from, to)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
  test('a combining mark stays with its letter', () => {
    const text = 'e\u0301'.repeat(500);
    for (const [from] of chunkBounds(text, [], 401)) expect(text[from]).toBe('e');
  });
  test('a quote no longer than a chunk is never cut in two: its chunk runs on past it', () => {
    const text = `${'あ'.repeat(390)}タリバン政権を承認した日${'い'.repeat(1_000)}`;
    const spans = quoteSpans(text, [{ quote: 'タリバン政権を承認した日' }]);
    expect(chunkBounds(text, [], 400)[0]).toEqual([0, 400]);
    expect(chunkBounds(text, spans, 400)[0]).toEqual([0, 402]);
  });
  test('a quote longer than a chunk is cut, into chunks no longer than two', () => {
    const quote = 'of the long quote '.repeat(60);
    const text = PROSE.slice(0, 300) + quote + PROSE;
    const [span] = quoteSpans(text, [{ quote }]);
    const bounds = chunkBounds(text, [span], 400);
    expect(isWhole(text, bounds)).toBe(true);
    expect(bounds.filter(([from, to]) => from < span.end && to > span.start).length).toBeGreaterThan(1);
    for (const [from, to] of bounds) expect(to - from).toBeLessThanOrEqual(2 * 400 + 60);
  });
  test('a text shorter than a chunk is one chunk; an empty one has none', () => {
    expect(chunkBounds('short', [], 400)).toEqual([[0, 5]]);
    expect(chunkBounds('', [], 400)).toEqual([]);
  });
});

describe('chunksNear', () => {
  const shownText = (text: string, shows: boolean[], bounds: [number, number][]) => bounds.filter((_, i) => shows[i]).map(([from, to]) => text.slice(from, to)).join('');

  test('shows the chunk holding a quote and the chunk either side, and leaves the rest out', () => {
    const text = `${PROSE}Kabul fell on 15 August. ${PROSE}`;
    const spans = quoteSpans(text, [{ quote: 'Kabul fell on 15 August.' }]);
    const bounds = chunkBounds(text, spans, 400);
    const shows = chunksNear(bounds, spans);
    expect(shows.filter(Boolean)).toHaveLength(3);
    const shown = shownText(text, shows, bounds);
    expect(shown).toContain('Kabul fell on 15 August.');
    expect(shown.length).toBeLessThan(3 * 460);
    const at = shows.indexOf(true);
    expect(shows.slice(at, at + 3)).toEqual([true, true, true]);
  });
  test('a long quote shows the chunks around its opening and around its end, not its middle', () => {
    const quote = `Opening words ${'of the long quote '.repeat(300)}closing words.`;
    const text = `${PROSE}${quote} ${PROSE}`;
    const bounds = chunkBounds(text, [], 400);
    const shows = chunksNear(bounds, quoteSpans(text, [{ quote }]));
    const shown = shownText(text, shows, bounds);
    expect(shown).toContain('Opening words');
    expect(shown).toContain('closing words.');
    expect(shown.length).toBeLessThan(6 * 460);
  });
  test('a quote that ends a chunk does not show the chunk after the next one', () => {
    const bounds: [number, number][] = [[0, 10], [10, 20], [20, 30], [30, 40], [40, 50]];
    expect(chunksNear(bounds, [{ start: 12, end: 20 }])).toEqual([true, true, true, false, false]);
  });
  test('further around, more chunks either side are near', () => {
    const bounds: [number, number][] = [[0, 10], [10, 20], [20, 30], [30, 40], [40, 50], [50, 60], [60, 70]];
    expect(chunksNear(bounds, [{ start: 32, end: 35 }], 2)).toEqual([false, true, true, true, true, true, false]);
    expect(chunksNear(bounds, [{ start: 32, end: 35 }], 0)).toEqual([false, false, false, true, false, false, false]);
  });
  test('with no quote, the opening of the paragraph is shown', () => {
    const bounds = chunkBounds(PROSE, [], 400);
    expect(chunksNear(bounds, []).slice(0, 3)).toEqual([true, true, false]);
    expect(chunksNear(bounds, []).filter(Boolean)).toHaveLength(2);
  });
});
