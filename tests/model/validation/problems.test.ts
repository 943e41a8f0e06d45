import { describe, expect, test } from 'vitest';
import { onlyProblem } from '../../support/validation-stories';

describe('what messages and results hold exactly', () => {
  test('a problem not tied to an event has no eventId key at all', () => {
    const problem = onlyProblem((s) => delete s.title);
    expect(Object.keys(problem)).toEqual(['path', 'message']);
  });

  test('a wrong value is named by its kind: an object, an array, a number, null', () => {
    expect(onlyProblem((s) => (s.title = {})).message).toBe('The story title must be a string, not an object.');
    expect(onlyProblem((s) => (s.title = [])).message).toBe('The story title must be a string, not an array.');
    expect(onlyProblem((s) => (s.title = 1)).message).toBe('The story title must be a string, not a number.');
    expect(onlyProblem((s) => (s.title = null)).message).toBe('The story title must be a string, not null.');
    expect(onlyProblem((s) => (s.title = true)).message).toBe('The story title must be a string, not a boolean.');
  });

  test('an id of exactly 60 characters is quoted whole; a longer one is clipped with "…"', () => {
    const sixty = 'a'.repeat(60);
    expect(onlyProblem((s) => Object.assign(s.events[1], { id: sixty, title: '' })).message).toBe(`Event "${sixty}" has no title.`);
    expect(onlyProblem((s) => Object.assign(s.events[1], { id: `${sixty}b`, title: '' })).message).toBe(`Event "${sixty}…" has no title.`);
  });

  test('problems point at the offending field by its JSON path', () => {
    expect(onlyProblem((s) => (s.sources[0].publisher = 1)).path).toBe('sources[0].publisher');
    expect(onlyProblem((s) => (s.sources[0].published = 1)).path).toBe('sources[0].published');
    expect(onlyProblem((s) => (s.events[1].citations[0].source = 1)).path).toBe('events[1].citations[0].source');
    expect(onlyProblem((s) => (s.events[1].citations[0].paragraph = 1)).path).toBe('events[1].citations[0].paragraph');
    expect(onlyProblem((s) => (s.events[1].date = 1)).path).toBe('events[1].date');
    expect(onlyProblem((s) => (s.events[1].dateNote = 1)).path).toBe('events[1].dateNote');
    expect(onlyProblem((s) => (s.events[1].citations = 1)).path).toBe('events[1].citations');
  });
});
