import { describe, expect, test } from 'vitest';
import { citationCalendar } from '../../src/model/citation-calendar';
import { corroborate } from '../../src/model/corroboration';
import { validateStory } from '../../src/model/validate';
import { governmentsSource } from '../support/validation-stories';

const quote = 'The second began in August 2021.';
const otherSource = { ...governmentsSource, id: 't', title: 'Another outlet' };

/** One event at 18:04 in the story's zone, cited by two outlets giving their own times without an offset. */
function landing(timeZone: string | undefined, first: string, second: string) {
  return validateStory({
    title: 'Landing',
    ...(timeZone ? { timeZone } : {}),
    sources: [governmentsSource, otherSource],
    events: [{ id: 'landing', date: '2023-08-23T18:04+05:30', title: 'Lander touches down', dateBasis: 'stated', citations: [
      { source: 's', paragraph: 'p1', quote, date: first },
      { source: 't', paragraph: 'p1', quote, date: second },
    ] }],
  });
}

describe("a citation's own date", () => {
  test("a time without an offset is read in the story's timeZone and kept", () => {
    const result = landing('Asia/Kolkata', '2023-08-23T18:04', '2023-08-23T18:04');
    expect(result.problems).toEqual([]);
    const [a, b] = result.story!.events[0].citations;
    expect(a.date).toBe('2023-08-23T18:04');
    expect(citationCalendar(a)!.startMs).toBe(Date.UTC(2023, 7, 23, 12, 34));
    expect(corroborate(result.story!.events[0]).agree).toBe(true);
    expect(citationCalendar(b)!.startMs).toBe(citationCalendar(a)!.startMs);
  });

  test('two outlets a minute apart disagree, and the validator warns by path', () => {
    const result = landing('Asia/Kolkata', '2023-08-23T18:04', '2023-08-23T18:05');
    const event = result.story!.events[0];
    expect(event.citations.map((c) => c.date)).toEqual(['2023-08-23T18:04', '2023-08-23T18:05']);
    expect(corroborate(event).agree).toBe(false);
    expect(result.problems.map((p) => p.path)).toEqual(['events[0].citations[1].date']);
  });

  test('without a timeZone, such a time is left out of the citation with a problem naming it', () => {
    const result = landing(undefined, '2023-08-23T18:04', '2023-08-23T18:04');
    expect(result.story!.events[0].citations[0].date).toBeUndefined();
    expect(result.problems[0].path).toBe('events[0].citations[0].date');
    expect(result.problems[0].message).toMatch(/no offset/);
  });

  test('an unvalidated citation is read as written', () => {
    expect(citationCalendar({ source: 's', paragraph: 'p1', quote, date: '2023-08-23T18:04Z' })!.startMs).toBe(Date.UTC(2023, 7, 23, 18, 4));
    expect(citationCalendar({ source: 's', paragraph: 'p1', quote })).toBeNull();
  });
});
