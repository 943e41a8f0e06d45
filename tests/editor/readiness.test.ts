import { describe, expect, test } from 'vitest';
import { placeProblems } from '../../src/editor/problems';
import { readinessOf, readinessSentence, readyToPublish } from '../../src/editor/readiness';
import { candidate, drafted, run } from '../support/drafted-article';
import type { EditorDocument } from '../../src/editor/document';

const readiness = (doc: EditorDocument) => readinessOf(doc, placeProblems(doc));
const acceptAll = (doc: EditorDocument) => run(doc, ...doc.candidates.map((c) => ({ type: 'set-status' as const, id: c.id, status: 'accepted' as const })));

describe('what stands between the draft and a publishable page', () => {
  test('with nothing accepted, it says to accept the events to review; nothing is ready', () => {
    const r = readiness(drafted());
    expect(readyToPublish(r)).toBe(false);
    expect(readinessSentence(r)).toBe('Accept the events to publish (8 to review).');
  });

  test('accepted events with no problem are ready, and the ones still to review are said to be left out', () => {
    const doc = drafted();
    const [first, second] = doc.candidates;
    const r = readiness(run(doc, { type: 'set-status', id: first.id, status: 'accepted' }, { type: 'set-status', id: second.id, status: 'accepted' }));
    expect(readyToPublish(r)).toBe(true);
    expect(readinessSentence(r)).toBe('2 accepted events, ready to publish. 6 events still to review are left out until accepted.');
  });

  test('accepted events with a problem are named by title under what they need, each once, and the source form\'s problems come first', () => {
    let doc = acceptAll(drafted());
    const [a, b] = [candidate(doc, '2025-04'), candidate(doc, '1992')];
    doc = run(
      doc,
      { type: 'set-field', id: a.id, field: 'date', value: '' },
      { type: 'set-field', id: b.id, field: 'date', value: '' },
      { type: 'set-field', id: b.id, field: 'title', value: 'Taliban win' },
      { type: 'set-meta', field: 'title', value: '' },
    );
    const r = readiness(doc);
    expect(readyToPublish(r)).toBe(false);
    expect(r.source.map((s) => s.field)).toEqual(['title']);
    expect(r.groups.map((g) => g.need)).toEqual(['date']);
    expect(r.groups[0].events).toHaveLength(2);
    expect(r.groups[0].events).toContainEqual({ id: b.id, title: 'Taliban win' });
    expect(r.groups[0].events).toContainEqual({ id: a.id, title: a.title });
    expect(readinessSentence(r)).toMatch(/^Before export, 3 things to fix: The story has no title\. 2 events need a date: “.+”, “.+”\.$/);
  });

  test('a date that does not read, an empty title and a missing date note are each their own need', () => {
    let doc = acceptAll(drafted());
    const [a, b, c] = doc.candidates;
    doc = run(
      doc,
      { type: 'set-field', id: a.id, field: 'date', value: '2021-02-30' },
      { type: 'set-field', id: b.id, field: 'title', value: ' ' },
      { type: 'set-inferred', id: c.id, inferred: true },
      { type: 'set-field', id: c.id, field: 'dateNote', value: '' },
    );
    expect(readiness(doc).groups.map((g) => [g.need, g.events.map((e) => e.id)])).toEqual([
      ['readable-date', [a.id]],
      ['title', [b.id]],
      ['date-note', [c.id]],
    ]);
    expect(readinessSentence(readiness(doc))).toContain('1 event needs a title: an untitled event.');
  });

  test('a group names five events, then how many more', () => {
    let doc = acceptAll(drafted());
    doc = run(doc, ...doc.candidates.map((c) => ({ type: 'set-field' as const, id: c.id, field: 'date' as const, value: '' })));
    expect(readinessSentence(readiness(doc))).toMatch(/8 events need a date: (“[^”]+”, ){4}“[^”]+” and 3 more\.$/);
  });

  test('a rejected event with a problem stops nothing', () => {
    let doc = acceptAll(drafted());
    const a = doc.candidates[0];
    doc = run(doc, { type: 'set-field', id: a.id, field: 'date', value: '' }, { type: 'set-status', id: a.id, status: 'rejected' });
    expect(readyToPublish(readiness(doc))).toBe(true);
  });
});
