import { describe, expect, test } from 'vitest';
import { coupStory as story, onlyProblem, problemsOf } from '../../support/validation-stories';

describe('citations', () => {
  test('a citation that is not an object is reported', () => {
    expect(onlyProblem((s) => (s.events[1].citations = ['p1']))).toEqual({
      path: 'events[1].citations[0]',
      eventId: 'seize-power',
      message: 'Event "seize-power": the citation is not an object (it is a string).',
    });
  });

  test('a citation of an unknown source is reported', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0].source = 'book'))).toEqual({
      path: 'events[1].citations[0].source',
      eventId: 'seize-power',
      message: 'Event "seize-power": the citation cites unknown source "book".',
    });
    expect(onlyProblem((s) => delete s.events[1].citations[0].source).message).toBe(
      'Event "seize-power": the citation names no source.',
    );
    expect(onlyProblem((s) => (s.events[1].citations[0].source = 1)).message).toBe(
      'Event "seize-power": the citation\'s source must be a source id string, not a number.',
    );
  });

  test('a citation of an unknown paragraph is reported', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0].paragraph = 'p14'))).toEqual({
      path: 'events[1].citations[0].paragraph',
      eventId: 'seize-power',
      message: 'Event "seize-power": the citation cites paragraph "p14", which source "article" does not have.',
    });
    expect(onlyProblem((s) => delete s.events[1].citations[0].paragraph).message).toBe(
      'Event "seize-power": the citation names no paragraph.',
    );
    expect(onlyProblem((s) => (s.events[1].citations[0].paragraph = 1)).message).toBe(
      'Event "seize-power": the citation\'s paragraph must be a paragraph id string, not a number.',
    );
  });

  test('an empty quote is reported', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0].quote = ''))).toEqual({
      path: 'events[1].citations[0].quote',
      eventId: 'seize-power',
      message: 'Event "seize-power": the citation has no quote.',
    });
    expect(onlyProblem((s) => (s.events[1].citations[0].quote = '  ')).message).toBe(
      'Event "seize-power": the citation\'s quote is blank.',
    );
    expect(onlyProblem((s) => (s.events[1].citations[0].quote = 5)).message).toBe(
      'Event "seize-power": the citation\'s quote must be a string, not a number.',
    );
  });

  test('a quote not found verbatim in its paragraph is reported', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0].quote = 'the army took power'))).toEqual({
      path: 'events[1].citations[0].quote',
      eventId: 'seize-power',
      message: 'Event "seize-power": the quote "the army took power" is not found verbatim in paragraph "p1" of source "article".',
    });
  });

  test('verbatim means verbatim: case, quotes and apostrophes are not normalised', () => {
    for (const quote of ['The army seized power', 'Protests began "soon after"', 'began  “soon']) {
      const s = story();
      s.events[0].citations[0].quote = quote;
      expect(problemsOf(s).map((p) => p.path)).toEqual(['events[0].citations[0].quote']);
    }
  });

  test('a quote from another paragraph of the same source is not verbatim in the cited one', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0].paragraph = 'p2')).path).toBe('events[1].citations[0].quote');
  });

  test('a huge quote is clipped in the message', () => {
    const p = onlyProblem((s) => (s.events[1].citations[0].quote = 'x'.repeat(1_000_000)));
    expect(p.message.length).toBeLessThan(250);
  });
});

describe('citations: what messages hold exactly', () => {
  test('an empty source or paragraph id in a citation is missing, not unknown', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0].source = '')).message).toBe('Event "seize-power": the citation names no source.');
    expect(onlyProblem((s) => (s.events[1].citations[0].paragraph = '')).message).toBe('Event "seize-power": the citation names no paragraph.');
    expect(onlyProblem((s) => delete s.events[1].citations[0].quote).message).toBe('Event "seize-power": the citation has no quote.');
  });

  test('a citation of a heading is refused by name: headings are not cited', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0] = { source: 'article', paragraph: 'p0', quote: 'The coup' }))).toEqual({
      path: 'events[1].citations[0].paragraph',
      eventId: 'seize-power',
      message: 'Event "seize-power": the citation cites paragraph "p0" of source "article", which is a heading; headings cannot be cited, so cite the paragraph that reports it.',
    });
  });

  test('a citation of a heading with a quote not in it is refused for the heading alone', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0] = { source: 'article', paragraph: 'p0', quote: 'seized power' })).path).toBe('events[1].citations[0].paragraph');
  });
});
