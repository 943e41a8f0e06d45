import { describe, expect, test } from 'vitest';
import { readDateInput } from '../../src/editor/date-input';
import { placeProblems, ProblemChecker } from '../../src/editor/problems';
import { drafted, run } from '../support/drafted-article';

describe('problems', () => {
  test('problems sit beside the source field and the citation they concern', () => {
    let doc = drafted();
    const c = doc.candidates[0];
    doc = run(doc, { type: 'set-meta', field: 'url', value: 'ftp://example.org' }, { type: 'set-meta', field: 'title', value: '' });
    const placed = placeProblems(doc);
    expect(placed.meta.url).toEqual(['The URL "ftp://example.org" is not an http or https address.']);
    // The article's title is the story's: one fact, said once.
    expect(placed.meta.title).toEqual(['The story has no title.']);
    expect(placed.meta.articleTitle).toBeUndefined();
    expect(placed.candidates.get(c.id)).toBeUndefined();
  });

  test('the date field says how a date reads and a plain sentence for what is not one; empty is no date yet', () => {
    expect(readDateInput('../1994')).toEqual({ ok: true, edtf: '../1994', reads: 'By 1994' });
    expect(readDateInput('1996-09~')).toEqual({ ok: true, edtf: '1996-09~', reads: 'About September 1996' });
    expect(readDateInput('27/10/2022', 'en-US')).toMatchObject({ ok: true, edtf: '2022-10-27' });
    expect(readDateInput('10/27/2022', 'en-US')).toEqual({ ok: true, edtf: '2022-10-27', reads: 'October 27, 2022' });
    expect(readDateInput('2023-02-30')).toEqual({ ok: false, message: '"2023-02-30" is not a real day: February 2023 has 28 days.' });
    expect(readDateInput('  ')).toEqual({ ok: true, edtf: '', reads: 'No date yet' });
  });


  test('after an edit only the event it changed is checked again; the paragraphs changed, every event is', () => {
    const checker = new ProblemChecker();
    const doc = drafted();
    for (const _ of checker.check(doc, checker.unchecked(doc)));
    expect(checker.unchecked(doc)).toEqual([]);
    const c = doc.candidates[1];
    const edited = run(doc, { type: 'set-field', id: c.id, field: 'date', value: '2021-02-30' });
    expect(checker.unchecked(edited).map((x) => x.id)).toEqual([c.id]);
    for (const _ of checker.check(edited, checker.unchecked(edited)));
    expect(checker.place(edited).candidates.get(c.id)?.date).toBeDefined();
    const redrafted = { ...edited, paragraphs: edited.paragraphs.slice() };
    expect(checker.unchecked(redrafted)).toHaveLength(edited.candidates.filter((x) => x.status !== 'rejected').length);
  });
  test("a time written without an offset is read in the opened story's timeZone, as the viewer reads it", () => {
    const doc = drafted();
    const c = doc.candidates[0];
    const timed = run(doc, { type: 'set-field', id: c.id, field: 'date', value: '2025-07-03T18:04' });
    expect(placeProblems(timed).candidates.get(c.id)?.date).toBeDefined();
    const zoned = { ...timed, kept: { ...timed.kept, story: { ...timed.kept.story, timeZone: 'Asia/Kabul' } } };
    expect(placeProblems(zoned).candidates.get(c.id)?.date).toBeUndefined();
  });

  test('the time zone typed in the form reads times written without an offset, and changing it checks the events again', () => {
    const doc = drafted();
    const c = doc.candidates[0];
    const timed = run(doc, { type: 'set-field', id: c.id, field: 'date', value: '2025-07-03T18:04' });
    const checker = new ProblemChecker();
    for (const _ of checker.check(timed, checker.unchecked(timed)));
    expect(checker.place(timed).candidates.get(c.id)?.date).toBeDefined();
    const zoned = run(timed, { type: 'set-meta', field: 'timeZone', value: 'Asia/Kabul' });
    expect(checker.unchecked(zoned)).toHaveLength(zoned.candidates.filter((x) => x.status !== 'rejected').length);
    for (const _ of checker.check(zoned, checker.unchecked(zoned)));
    expect(checker.place(zoned).candidates.get(c.id)?.date).toBeUndefined();
    expect(checker.place(run(timed, { type: 'set-meta', field: 'timeZone', value: 'Asia/Kabull' })).meta.timeZone).toEqual([
      'The time zone "Asia/Kabull" is not one we know: choose one of the suggestions, a name such as Asia/Kolkata or America/New_York.',
    ]);
  });
});
