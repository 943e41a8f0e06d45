import { describe, expect, test } from 'vitest';
import { dateFeedback, placeProblems } from '../../src/editor/problems';
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

  test('the date field says the phrase of a valid date and a plain sentence for an invalid one', () => {
    expect(dateFeedback('../1994')).toEqual({ ok: true, phrase: 'By 1994' });
    expect(dateFeedback('1996-09~')).toEqual({ ok: true, phrase: 'about September 1996' });
    expect(dateFeedback('2023-02-30')).toEqual({ ok: false, error: '"2023-02-30" is not a real day: February 2023 has 28 days.' });
  });

});
