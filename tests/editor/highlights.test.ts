import { describe, expect, test } from 'vitest';
import { citersOf, highlightsOf, segmentsOf } from '../../src/editor/highlights';
import { drafted } from '../support/drafted-article';

describe('highlights', () => {
  test('a paragraph is cut into quoted, date-phrase and plain runs', () => {
    const doc = drafted();
    const p14 = doc.paragraphs.find((p) => p.id === 'p14')!;
    const segments = segmentsOf(p14.text, highlightsOf(doc).get('p14')!);
    expect(segments.filter((s) => s.phrase).map((s) => s.text)).toEqual(['on 15 August 2021']);
    expect(segments.every((s) => s.quote)).toBe(true);
    expect(segments.map((s) => s.text).join('')).toBe(p14.text);
    expect(citersOf(doc).get('p13')!.map((c) => c.date)).toEqual(['2021-08-15']);
  });
});
