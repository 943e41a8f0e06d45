import { describe, expect, test } from 'vitest';
import { onlyProblem } from '../../support/validation-stories';

describe('what events and eras share, on an event: title, summary, date basis and note, citations', () => {
  test('a missing title is reported', () => {
    expect(onlyProblem((s) => delete s.events[1].title)).toEqual({
      path: 'events[1].title',
      eventId: 'seize-power',
      message: 'Event "seize-power" has no title.',
    });
    expect(onlyProblem((s) => (s.events[1].title = ['x'])).message).toBe(
      'Event "seize-power": the title must be a string, not an array.',
    );
  });

  test('a summary that is not a string is reported', () => {
    expect(onlyProblem((s) => (s.events[1].summary = 1))).toEqual({
      path: 'events[1].summary',
      eventId: 'seize-power',
      message: 'Event "seize-power": the summary must be a string, not a number.',
    });
  });

  test('a missing dateBasis is reported', () => {
    expect(onlyProblem((s) => delete s.events[1].dateBasis)).toEqual({
      path: 'events[1].dateBasis',
      eventId: 'seize-power',
      message: 'Event "seize-power" has no dateBasis; it must be "stated" or "inferred".',
    });
  });

  test('a dateBasis other than "stated" or "inferred" is reported', () => {
    expect(onlyProblem((s) => (s.events[1].dateBasis = 'guessed')).message).toBe(
      'Event "seize-power": dateBasis must be "stated" or "inferred", not "guessed".',
    );
  });

  test('an inferred date needs a non-empty dateNote', () => {
    const message = 'Event "protests": the date is inferred, so a dateNote must say how it was inferred.';
    expect(onlyProblem((s) => delete s.events[0].dateNote)).toEqual({ path: 'events[0].dateNote', eventId: 'protests', message });
    expect(onlyProblem((s) => (s.events[0].dateNote = ' ')).message).toBe(message);
  });

  test('a dateNote that is not a string is reported', () => {
    expect(onlyProblem((s) => (s.events[1].dateNote = true)).message).toBe(
      'Event "seize-power": the dateNote must be a string, not a boolean.',
    );
  });

  test('an event without citations is reported', () => {
    const message = 'Event "seize-power" has no citations; every event must cite at least one paragraph.';
    expect(onlyProblem((s) => (s.events[1].citations = []))).toEqual({
      path: 'events[1].citations',
      eventId: 'seize-power',
      message,
    });
    expect(onlyProblem((s) => delete s.events[1].citations).message).toBe(message);
    expect(onlyProblem((s) => (s.events[1].citations = 'p1')).message).toBe(
      'Event "seize-power": citations must be an array, not a string.',
    );
  });
});
