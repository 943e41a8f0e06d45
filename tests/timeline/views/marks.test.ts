import { describe, expect, test } from 'vitest';
import { ENGLISH, Translation } from '../../../src/i18n';
import { PhraseCache, clusterYearsText } from '../../../src/timeline/views/marks';

const cluster = { count: 5, start: Date.UTC(2021, 2, 1), end: Date.UTC(2024, 5, 1) };

describe('PhraseCache', () => {
  test('a text is made once for its key in one language, and again in another', () => {
    const phrases = new PhraseCache();
    let made = 0;
    const make = () => `text ${++made}`;
    expect(phrases.text('y1', ENGLISH, make)).toBe('text 1');
    expect(phrases.text('y1', ENGLISH, make)).toBe('text 1');
    expect(phrases.text('y2', ENGLISH, make)).toBe('text 2');
    expect(phrases.text('y1', new Translation('en', { clusterText: '{count} ({years})' }), make)).toBe('text 3');
  });

  test("a cluster's years text is the same from the cache as made anew, and follows the language's words", () => {
    const phrases = new PhraseCache();
    expect(clusterYearsText(cluster, ENGLISH, phrases)).toBe('+5 · 2021–24');
    expect(clusterYearsText(cluster, ENGLISH, phrases)).toBe('+5 · 2021–24');
    expect(clusterYearsText({ ...cluster, count: 6 }, ENGLISH, phrases)).toBe('+6 · 2021–24');
    expect(clusterYearsText(cluster, new Translation('en', { clusterText: '{count} ({years})' }), phrases)).toBe('5 (2021–24)');
  });
});
