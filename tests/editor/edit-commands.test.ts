import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../src/editor/edit-commands';
import { emptyDocument, textChangedSinceDraft } from '../../src/editor/document';
import { storyOf } from '../../src/editor/export';
import { placeProblems } from '../../src/editor/problems';
import { article, candidate, drafted, run } from '../support/drafted-article';

describe('drafting into the document', () => {
  test('a draft gives pending candidates citing the drafted paragraphs, with their date phrases', () => {
    const doc = drafted();
    expect(doc.paragraphs).toHaveLength(20);
    expect(doc.candidates.map((c) => c.date)).toEqual(['2025-07-03', '2025-04', '../1994', '1992', '2021-08-15', '2022-06', '2023-10', '2024-04']);
    expect(doc.candidates.every((c) => c.status === 'pending')).toBe(true);
    expect(candidate(doc, '2021-08-15').phrases).toEqual(['in August 2021', 'on 15 August 2021']);
    expect(doc.report).toMatch(/^8 events proposed from 20 paragraphs; 2 passages merged into the event they repeat/);
    expect(doc.report).toContain('3 lines left out as page furniture');
  });

  test('editing the text after drafting is noticed, and commands that change nothing return the same document', () => {
    const doc = drafted();
    expect(textChangedSinceDraft(doc)).toBe(false);
    expect(applyCommand(doc, { type: 'set-text', text: article })).toBe(doc);
    expect(textChangedSinceDraft(applyCommand(doc, { type: 'set-text', text: `${article}\nMore.` }))).toBe(true);
    expect(applyCommand(doc, { type: 'set-status', id: 'no-such-event', status: 'accepted' })).toBe(doc);
  });
});

describe('review edits', () => {
  test('a quote can only become words of its own paragraph; the date phrase is dropped when the quote loses it', () => {
    const doc = drafted();
    const c = candidate(doc, '2025-04');
    const shorter = applyCommand(doc, { type: 'set-quote', id: c.id, citation: 0, quote: 'The Taliban was removed' });
    expect(candidate(shorter, '2025-04').citations[0].quote).toBe('The Taliban was removed');
    expect(candidate(shorter, '2025-04').phrases).toEqual(['']);
    expect(applyCommand(doc, { type: 'set-quote', id: c.id, citation: 0, quote: 'words not in the paragraph' })).toBe(doc);
  });

  test('marking a date inferred asks for a note until one is written', () => {
    let doc = drafted();
    const c = candidate(doc, '1992');
    doc = run(doc, { type: 'set-status', id: c.id, status: 'accepted' }, { type: 'set-inferred', id: c.id, inferred: true }, { type: 'set-field', id: c.id, field: 'dateNote', value: ' ' });
    expect(placeProblems(doc).candidates.get(c.id)?.dateNote).toEqual([`Event "${c.id}": the date is inferred, so a dateNote must say how it was inferred.`]);
    expect(placeProblems(doc).blocking).toHaveLength(1);
    doc = applyCommand(doc, { type: 'set-field', id: c.id, field: 'dateNote', value: 'From the general record.' });
    expect(placeProblems(doc).blocking).toEqual([]);
    expect(storyOf(doc).events[0]).toMatchObject({ dateBasis: 'inferred', dateNote: 'From the general record.' });
  });

  test('merging keeps both citations and the finer of two compatible dates', () => {
    let doc = drafted();
    const june = candidate(doc, '2022-06');
    const floods = candidate(doc, '2024-04');
    doc = run(doc, { type: 'merge', into: june.id, from: floods.id });
    expect(doc.candidates.find((c) => c.id === floods.id)).toBeUndefined();
    const merged = doc.candidates.find((c) => c.id === june.id)!;
    expect(merged.citations.map((c) => c.quote)).toEqual(['including the earthquakes of June 2022', 'as well as the floods in April 2024.']);
    expect(merged.date).toBe('2022-06');
    const month = run(emptyDocument('x'), { type: 'load-story', story: { title: 't', sources: [{ id: 's', title: 't', paragraphs: [{ id: 'p1', text: 'In August 2021 a. On 15 August 2021 b.' }] }], events: [
      { id: 'a', date: '2021-08', title: 'A', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'In August 2021 a.' }] },
      { id: 'b', date: '2021-08-15', title: 'B', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'On 15 August 2021 b.' }] },
    ] } }, { type: 'merge', into: 'a', from: 'b' });
    expect(month.candidates).toHaveLength(1);
    expect(month.candidates[0]).toMatchObject({ id: 'a', date: '2021-08-15' });
  });

  test('a new event from selected words is dated from a date phrase inside them, and accepted', () => {
    const doc = applyCommand(drafted(), { type: 'new-event', paragraph: 'p12', quote: 'The Taliban went on to capture Kabul' });
    const added = doc.candidates[doc.candidates.length - 1];
    expect(added).toMatchObject({ status: 'accepted', date: '', title: 'Taliban goes on to capture Kabul', citations: [{ source: 'article', paragraph: 'p12', quote: 'The Taliban went on to capture Kabul' }] });
    expect(placeProblems(doc).candidates.get(added.id)?.date).toEqual([`Event "${added.id}" has no date.`]);
    const dated = applyCommand(drafted(), { type: 'new-event', paragraph: 'p13', quote: 'returned to power in August 2021' });
    expect(dated.candidates[dated.candidates.length - 1]).toMatchObject({ date: '2021-08', phrases: ['in August 2021'], id: '2021-returns-to-power' });
  });
});
