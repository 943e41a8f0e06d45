import { describe, expect, test } from 'vitest';
import { placeOf } from '../../src/editor/article-order';
import { storyOf } from '../../src/editor/export';
import { drafted, newEventCommand, run } from '../support/drafted-article';

/** The article's order of the candidates' first quotes, as [paragraph, offset] pairs. */
const places = (doc: ReturnType<typeof drafted>) => doc.candidates.map((c) => placeOf(doc, c.citations[0]));

describe("the editor's events in the article's order", () => {
  test('drafted events come in the order the article tells them', () => {
    const doc = drafted();
    const order = places(doc).map((p) => p!.slice(0, 2).join('.'));
    expect(order.map((p) => p.split('.').map(Number))).toEqual([...order.map((p) => p.split('.').map(Number))].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  test('a new event from a quote takes its place in the article, not the end, and is exported there', () => {
    const doc = drafted();
    // The second paragraph's words: before every drafted event after the first paragraph's.
    const second = doc.paragraphs[1];
    const quote = second.text.split(/\s+/).slice(0, 4).join(' ');
    const added = run(doc, newEventCommand(doc, second.id, quote), { type: 'set-statuses', ids: doc.candidates.map((c) => c.id), status: 'accepted' });
    const index = added.candidates.findIndex((c) => c.citations[0].quote === quote);
    expect(index).toBeLessThan(added.candidates.length - 1);
    const order = places(added);
    for (let i = 1; i < order.length; i++) expect(order[i]![1] * 1e6 + order[i]![2], `event ${i}`).toBeGreaterThanOrEqual(order[i - 1]![1] * 1e6 + order[i - 1]![2]);
    const exported = storyOf(added).events.map((e) => e.id);
    expect(exported.indexOf(added.candidates[index].id)).toBe(index);
  });

  test('a new event from the last paragraph goes last; one quoting words a drafted event quotes goes right after it', () => {
    const doc = drafted();
    const last = doc.paragraphs[doc.paragraphs.length - 1];
    const atEnd = run(doc, newEventCommand(doc, last.id, last.text.split(/\s+/).slice(-3).join(' ')));
    expect(atEnd.candidates[atEnd.candidates.length - 1].citations[0].paragraph).toBe(last.id);
    const first = doc.paragraphs[0];
    expect(placeOf(doc, doc.candidates[0].citations[0])).toEqual([0, 0, 0]);
    const word = first.text.split(/\s+/)[0];
    const atStart = run(doc, newEventCommand(doc, first.id, word));
    expect(atStart.candidates[1].citations[0].quote).toBe(word);
  });

  test('a citation of a paragraph the draft does not have has no place', () => {
    const doc = drafted();
    expect(placeOf(doc, { source: doc.sourceId, paragraph: 'p999', quote: 'x' })).toBeNull();
    expect(placeOf(doc, { source: 'elsewhere', paragraph: doc.paragraphs[0].id, quote: 'x' })).toBeNull();
  });
});
