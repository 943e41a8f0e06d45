import { describe, expect, test } from 'vitest';
import { MAX_PARAGRAPH, MAX_SUMMARY, MAX_TITLE, cutText } from '../../src/model/text-limit';

describe('cutText', () => {
  test('text within the limit is returned as it is, up to the limit itself', () => {
    expect(cutText('A short title', 300)).toBe('A short title');
    expect(cutText('x'.repeat(300), 300)).toBe('x'.repeat(300));
  });

  test('a longer text is cut to the limit with an ellipsis, at the last space near it', () => {
    const text = `${'word '.repeat(100)}end`;
    const cut = cutText(text, 300);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut).toBe(`${'word '.repeat(59)}word…`);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  test('one long word is cut between two characters, as close to the limit as fits', () => {
    expect(cutText('x'.repeat(1_000_000), 300)).toBe(`${'x'.repeat(299)}…`);
  });

  test('a space far back from the limit is not used: the word before it is cut instead', () => {
    const text = `Short ${'y'.repeat(400)}`;
    expect(cutText(text, 300)).toBe(`Short ${'y'.repeat(293)}…`);
  });

  test('a space at the edge of the reach is used', () => {
    // The reach is the last fifth of the room: from 239.2 on for a room of 299 characters.
    const at240 = `${'a'.repeat(240)} ${'b'.repeat(100)}`;
    expect(cutText(at240, 300)).toBe(`${'a'.repeat(240)}…`);
    const at239 = `${'a'.repeat(239)} ${'b'.repeat(100)}`;
    expect(cutText(at239, 300)).toBe(`${at239.slice(0, 299)}…`);
  });

  test('spaces before the cut are dropped, so the ellipsis follows the last word', () => {
    expect(cutText(`${'a'.repeat(280)}      ${'b'.repeat(50)}`, 300)).toBe(`${'a'.repeat(280)}…`);
  });

  test('no emoji, flag or accented letter is split: the cut falls before it', () => {
    const family = '👨‍👩‍👧‍👦'; // 11 code units, one grapheme
    const cut = cutText(`${'x'.repeat(295)}${family}${'x'.repeat(10)}`, 300);
    expect(cut).toBe(`${'x'.repeat(295)}…`);
    const accented = cutText(`${'x'.repeat(298)}e\u0301${'x'.repeat(10)}`, 300);
    expect(accented).toBe(`${'x'.repeat(298)}…`);
    expect(cutText(`${'x'.repeat(297)}🇫🇷🇫🇷`, 300)).toBe(`${'x'.repeat(297)}…`);
  });

  test('a grapheme that ends exactly at the room is kept whole', () => {
    // A flag is four code units: from 295 it ends at 299, the room left beside the ellipsis.
    expect(cutText(`${'x'.repeat(295)}🇫🇷${'y'.repeat(10)}`, 300)).toBe(`${'x'.repeat(295)}🇫🇷…`);
    expect(cutText(`${'x'.repeat(296)}é${'y'.repeat(10)}`, 300)).toBe(`${'x'.repeat(296)}éyy…`);
  });

  test('the limits: titles 300, summaries 2,000, paragraphs 100,000 characters', () => {
    expect([MAX_TITLE, MAX_SUMMARY, MAX_PARAGRAPH]).toEqual([300, 2_000, 100_000]);
  });
});
