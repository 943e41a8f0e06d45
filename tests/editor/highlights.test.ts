import { describe, expect, test } from 'vitest';
import { chunkedSegmentsOf, citersOf, citersReplacing, highlightsOf, replacedKeepingQuotes, segmentsOf } from '../../src/editor/highlights';
import { drafted, run } from '../support/drafted-article';

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

  test("a long paragraph's chunks hold its segments in order, a highlight across a chunk's end split in two", () => {
    const text = 'aaaa bbbb cccc dddd';
    const chunks = chunkedSegmentsOf(text, [{ start: 2, end: 12, kind: 'quote', candidate: 'c1' }, { start: 5, end: 9, kind: 'phrase', candidate: 'c1' }], [[0, 5], [5, 10], [10, 19]]);
    expect(chunks).toEqual([
      [{ text: 'aa', quote: false, phrase: false }, { text: 'aa ', quote: true, phrase: false }],
      [{ text: 'bbbb', quote: true, phrase: true }, { text: ' ', quote: true, phrase: false }],
      [{ text: 'cc', quote: true, phrase: false }, { text: 'cc dddd', quote: false, phrase: false }],
    ]);
    expect(chunkedSegmentsOf(text, [], [[0, 19]])).toEqual([[{ text, quote: false, phrase: false }]]);
  });

  test('an edit that keeps every quote (a title, a date, accepting) is known from the two lists alone, with the events it replaced', () => {
    const doc = drafted();
    const [first, second] = doc.candidates;
    const edited = run(doc, { type: 'set-field', id: first.id, field: 'title', value: 'A new title' }, { type: 'set-status', id: second.id, status: 'accepted' });
    const replaced = replacedKeepingQuotes(doc.candidates, edited.candidates);
    expect(replaced?.map(([before, after]) => [before, after.id])).toEqual([
      [first, first.id],
      [second, second.id],
    ]);
    expect(replacedKeepingQuotes(doc.candidates, doc.candidates)).toEqual([]);
    // The highlights found again are the ones kept.
    expect(highlightsOf(edited)).toEqual(highlightsOf(doc));
  });

  test('a quote changed, an event rejected, added or removed is not an edit that keeps the quotes', () => {
    const doc = drafted();
    const c = doc.candidates.find((c) => c.citations[0].quote.split(' ').length > 3)!;
    const shorter = c.citations[0].quote.split(' ').slice(1).join(' ');
    expect(replacedKeepingQuotes(doc.candidates, run(doc, { type: 'set-quote', id: c.id, citation: 0, quote: shorter }).candidates)).toBeNull();
    expect(replacedKeepingQuotes(doc.candidates, run(doc, { type: 'set-status', id: c.id, status: 'rejected' }).candidates)).toBeNull();
    expect(replacedKeepingQuotes(doc.candidates, doc.candidates.slice(1))).toBeNull();
    expect(replacedKeepingQuotes(doc.candidates, [...doc.candidates.slice(1), doc.candidates[0]])).toBeNull();
  });

  test('the citers after a title typed name the new title; the lists of paragraphs it does not cite are the same lists', () => {
    const doc = drafted();
    const c = doc.candidates[0];
    const edited = run(doc, { type: 'set-field', id: c.id, field: 'title', value: 'A new title' });
    const before = citersOf(doc);
    const after = citersReplacing(before, replacedKeepingQuotes(doc.candidates, edited.candidates)!, edited.sourceId);
    expect(after).toEqual(citersOf(edited));
    const cited = new Set(c.citations.map((citation) => citation.paragraph));
    for (const [paragraph, list] of after) {
      if (cited.has(paragraph)) expect(list.map((x) => x.title)).toContain('A new title');
      else expect(list).toBe(before.get(paragraph));
    }
    expect(citersReplacing(before, [], edited.sourceId)).toBe(before);
  });
});
