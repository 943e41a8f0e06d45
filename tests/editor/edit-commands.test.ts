import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../src/editor/edit-commands';
import { draftStory } from '../../src/authoring/draft';
import { emptyDocument } from '../../src/editor/document';
import { textChangedSinceDraft } from '../../src/editor/document';
import { draftEventFromQuote } from '../../src/authoring/quote-event';
import { storyOf } from '../../src/editor/export';
import { openStory, type OpenedStory } from '../../src/editor/open-story';
import { placeProblems } from '../../src/editor/problems';
import { article, candidate, drafted, newEventCommand, run } from '../support/drafted-article';
import type { EditorDocument } from '../../src/editor/document';
import type { NewEventDraft } from '../../src/editor/drafting/drafting';

const newEventAt = (doc: EditorDocument, paragraph: string, quote: string) => applyCommand(doc, newEventCommand(doc, paragraph, quote));
/** The event `after` has and `before` had not: a new event takes its place in the article, not the end. */
const addedTo = (before: EditorDocument, after: EditorDocument) => after.candidates.find((c) => !before.candidates.some((b) => b.id === c.id))!;

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

  test("the text's first line read as a heading fills an empty \"article's own title\", so the page credits the article under its own title", () => {
    const text = 'Search For Answers In Bridge Collapse\n\nFederal officials arrived in the city on 2 August 2007 to begin investigating the collapse.';
    const draft = (meta: Partial<Record<'title' | 'articleTitle', string>>, body = text) => {
      const doc = run(emptyDocument('d'), ...Object.entries(meta).map(([field, value]) => ({ type: 'set-meta' as const, field: field as 'title', value })));
      return applyCommand(doc, { type: 'draft', result: draftStory(body, { published: '2007-08-02' }), text: body });
    };
    const filled = draft({ title: 'How the bridge fell' });
    expect(filled.meta.articleTitle).toBe('Search For Answers In Bridge Collapse');
    expect(storyOf(filled, () => true).sources[0].title).toBe('Search For Answers In Bridge Collapse');
    // One the person typed stays; the story's own title is not repeated; a text with no heading fills nothing.
    expect(draft({ title: 'How the bridge fell', articleTitle: 'Bridge inquiry begins' }).meta.articleTitle).toBe('Bridge inquiry begins');
    expect(draft({ title: 'search for answers in bridge collapse' }).meta.articleTitle).toBe('');
    expect(draft({ title: 'How the bridge fell' }, text.split('\n\n')[1]).meta.articleTitle).toBe('');
  });

  test("a time of day drafting kept as a day is said in the report, pointing to the Time zone field; with the zone, it is kept and fills the field", () => {
    const text = 'The lander touched down near the pole at 6:04 pm on 23 August 2023, the agency said.';
    const without = applyCommand(emptyDocument('d'), { type: 'draft', result: draftStory(text, { published: '2023-08-24' }), text });
    expect(without.report).toContain('"at 6:04 pm on 23 August 2023" gives the time 6:04 pm');
    expect(without.report).toContain('give the story its zone in the Time zone field, then Draft events again.');
    expect(without.report).not.toContain('--time-zone');
    const zoned = applyCommand(emptyDocument('d'), { type: 'draft', result: draftStory(text, { published: '2023-08-24', timeZone: 'Asia/Kolkata' }), text });
    expect(zoned.report).toBe('1 event proposed from 1 paragraph.');
    expect(zoned.meta.timeZone).toBe('Asia/Kolkata');
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
    expect(placeProblems(doc).candidates.get(c.id)?.dateNote).toEqual([`“${c.title}”: the date is inferred, so its date note must say how it was worked out.`]);
    expect(placeProblems(doc).blocking).toHaveLength(1);
    doc = applyCommand(doc, { type: 'set-field', id: c.id, field: 'dateNote', value: 'From the general record.' });
    expect(placeProblems(doc).blocking).toEqual([]);
    expect(storyOf(doc).events[0]).toMatchObject({ dateBasis: 'inferred', dateNote: 'From the general record.' });
  });

  test('a date typed in place of a drafted one clears the drafted note that explained the old date; a note the person wrote stays', () => {
    const doc = drafted();
    const c = candidate(doc, '2021-08-15');
    expect(c.dateNote).not.toBe('');
    const redated = run(doc, { type: 'set-field', id: c.id, field: 'date', value: '2021-08' });
    expect(redated.candidates.find((x) => x.id === c.id)!.dateNote).toBe('');
    // The same date typed again changes nothing.
    expect(run(doc, { type: 'set-field', id: c.id, field: 'date', value: '2021-08-15' }).candidates.find((x) => x.id === c.id)!.dateNote).toBe(c.dateNote);
    const written = run(doc, { type: 'set-field', id: c.id, field: 'dateNote', value: 'Kabul fell that day.' }, { type: 'set-field', id: c.id, field: 'date', value: '2021-08' });
    expect(written.candidates.find((x) => x.id === c.id)!.dateNote).toBe('Kabul fell that day.');
    expect(storyOf(run(redated, { type: 'set-status', id: c.id, status: 'accepted' })).events[0].dateNote).toBeUndefined();
  });

  /** The drafted article with a new event from "The Taliban went on to capture Kabul", dated as `date` says. */
  function newKabulEvent(date: Pick<NewEventDraft, 'date' | 'dateNote' | 'dateBasis'>) {
    const doc = drafted();
    const paragraph = doc.paragraphs.find((p) => /went on to capture Kabul/.test(p.text))!;
    const added = applyCommand(doc, { type: 'new-event', paragraph: paragraph.id, quote: 'The Taliban went on to capture Kabul', drafted: { title: 'Taliban captures Kabul', phrase: '', ...date } });
    return { added, event: addedTo(doc, added) };
  }

  test('a new event dated from words around its quote loses that note when its date is typed', () => {
    const note = "The article says 'in late 2009' in the sentence around the quote.";
    const { added, event } = newKabulEvent({ date: '2009-09/2009-12', dateNote: note, dateBasis: 'stated' });
    expect(event.dateNote).toBe(note);
    const dated = run(added, { type: 'set-field', id: event.id, field: 'date', value: '1996-09' });
    expect(dated.candidates.find((x) => x.id === event.id)).toMatchObject({ date: '1996-09', dateNote: '' });
  });

  test("a date typed in place of one drafting inferred is the person's: stated, asking for no note; a mark the person set stays", () => {
    const note = "The article says 'June 24' without a year; taken as the most recent June.";
    const { added, event } = newKabulEvent({ date: '2025-06-24', dateNote: note, dateBasis: 'inferred' });
    expect(event).toMatchObject({ status: 'accepted', dateBasis: 'inferred', dateNote: note });
    const dated = run(added, { type: 'set-field', id: event.id, field: 'date', value: '1996-09' });
    expect(dated.candidates.find((x) => x.id === event.id)).toMatchObject({ date: '1996-09', dateBasis: 'stated', dateNote: '' });
    expect(placeProblems(dated).candidates.get(event.id)).toBeUndefined();
    // Marked by the person, it stays marked when the date changes, and asks for their note.
    const marked = run(added, { type: 'set-inferred', id: event.id, inferred: false }, { type: 'set-inferred', id: event.id, inferred: true }, { type: 'set-field', id: event.id, field: 'date', value: '1996-09' });
    expect(marked.candidates.find((x) => x.id === event.id)).toMatchObject({ date: '1996-09', dateBasis: 'inferred', dateNote: '' });
    expect(placeProblems(marked).candidates.get(event.id)?.dateNote).toHaveLength(1);
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
    const { doc: opened } = openStory('x', { title: 't', sources: [{ id: 's', title: 't', paragraphs: [{ id: 'p1', text: 'In August 2021 a. On 15 August 2021 b.' }] }], events: [
      { id: 'a', date: '2021-08', title: 'A', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'In August 2021 a.' }] },
      { id: 'b', date: '2021-08-15', title: 'B', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'On 15 August 2021 b.' }] },
    ] }) as OpenedStory;
    const month = run(opened, { type: 'merge', into: 'a', from: 'b' });
    expect(month.candidates).toHaveLength(1);
    expect(month.candidates[0]).toMatchObject({ id: 'a', date: '2021-08-15' });
  });

  test('a new event from selected words is dated from a date phrase inside them and accepted; without one it is to review until dated', () => {
    const doc = newEventAt(drafted(), 'p12', 'The Taliban went on to capture Kabul');
    const added = addedTo(drafted(), doc);
    const statusOf = (d: EditorDocument) => d.candidates.find((c) => c.id === added.id)!.status;
    expect(statusOf(run(doc, { type: 'set-field', id: added.id, field: 'date', value: '2021-08' }))).toBe('accepted');
    expect(statusOf(run(doc, { type: 'set-field', id: added.id, field: 'date', value: '2021-13' }))).toBe('pending');
    const title = draftEventFromQuote({ paragraphs: doc.paragraphs, paragraphIndex: doc.paragraphs.findIndex((p) => p.id === 'p12'), quote: 'The Taliban went on to capture Kabul', published: '2025-07-03' }).title;
    expect(added).toMatchObject({ status: 'pending', date: '', title, citations: [{ source: 'article', paragraph: 'p12', quote: 'The Taliban went on to capture Kabul' }] });
    expect(placeProblems(doc).candidates.get(added.id)?.date).toEqual([`“${title}” has no date.`]);
    const dated = newEventAt(drafted(), 'p13', 'returned to power in August 2021');
    expect(addedTo(drafted(), dated)).toMatchObject({ status: 'accepted', date: '2021-08', phrases: ['in August 2021'], dateNote: "The article says 'in August 2021', which gives the month but not the day." });
    // A date phrase beside the quote, in its sentence, dates it too; the note quotes that phrase.
    const near = addedTo(drafted(), newEventAt(drafted(), 'p11', 'seizing several provinces'));
    expect(near).toMatchObject({ status: 'accepted', date: '../1994', phrases: [''] });
    expect(near.dateNote).toBe("The article says 'By 1994', so on or before 1994; it gives no start.");
  });
});
