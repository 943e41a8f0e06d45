import { describe, expect, test } from 'vitest';
import { validateStory } from '../../../src/model/validate';
import { coupStory as story, onlyProblem, problemsOf, governmentsEvent as event, governmentsStory, problemPaths as paths } from '../../support/validation-stories';

describe('the story', () => {
  test('a non-object is not a story', () => {
    for (const input of [null, undefined, 42, 'story', true, [], [story()]]) {
      const result = validateStory(input);
      expect(result.story).toBeNull();
      expect(result.problems).toHaveLength(1);
    }
    expect(problemsOf([])[0]).toEqual({ path: '', message: 'The story is not a JSON object (it is an array).' });
    expect(problemsOf(null)[0].message).toBe('The story is not a JSON object (it is null).');
  });

  test('a missing title is reported', () => {
    expect(onlyProblem((s) => delete s.title)).toEqual({ path: 'title', message: 'The story has no title.' });
  });

  test('an empty title is reported and the rest is kept', () => {
    const s = story();
    s.title = '   ';
    const result = validateStory(s);
    expect(result.problems).toEqual([{ path: 'title', message: 'The story has no title.' }]);
    expect(result.story!.title).toBe('');
    expect(result.story!.events).toHaveLength(2);
  });

  test('a description (the dek) is kept as written; a blank one is left out; one that is not a string is reported', () => {
    const s = story();
    s.description = 'Two governments, <b>one</b> capital.';
    expect(validateStory(s).story!.description).toBe('Two governments, <b>one</b> capital.');
    s.description = '  ';
    const blank = validateStory(s);
    expect(blank.problems).toEqual([]);
    expect(blank.story).not.toHaveProperty('description');
    expect(onlyProblem((x) => (x.description = ['a']))).toEqual({ path: 'description', message: "The story's description must be a string, not an array." });
  });

  test('a description longer than 2,000 characters is cut, and says so', () => {
    const s = story();
    s.description = 'a'.repeat(2500);
    const result = validateStory(s);
    expect(result.story!.description).toHaveLength(2000);
    expect(result.problems).toEqual([{ path: 'description', message: "The story's description is 2500 characters long, longer than the 2000 allowed; it is cut to 2000." }]);
  });

  test('a title that is not a string is reported', () => {
    expect(onlyProblem((s) => (s.title = 7)).message).toBe('The story title must be a string, not a number.');
  });

  test('sources that are not an array are reported, and citations then fail', () => {
    const s = story();
    s.sources = { article: true };
    const problems = problemsOf(s);
    expect(problems[0]).toEqual({ path: 'sources', message: "The story's sources must be an array, not an object." });
    expect(problems.slice(1).map((p) => p.path)).toEqual([
      'events[0].citations[0].source',
      'events[1].citations[0].source',
    ]);
  });

  test('missing sources are reported', () => {
    const s = story();
    delete s.sources;
    expect(problemsOf(s)[0]).toEqual({ path: 'sources', message: 'The story has no sources array.' });
  });

  test('events that are not an array are reported', () => {
    const result = validateStory({ ...story(), events: 'none' });
    expect(result.problems).toEqual([{ path: 'events', message: "The story's events must be an array, not a string." }]);
    expect(result.story!.events).toEqual([]);
    expect(result.story!.sources).toHaveLength(1);
  });

  test('missing events are reported', () => {
    const s = story();
    delete s.events;
    expect(problemsOf(s)).toEqual([{ path: 'events', message: 'The story has no events array.' }]);
  });
});

describe('featured', () => {
  test('an existing event is kept; anything else is reported and the default used', () => {
    expect(validateStory(governmentsStory({ featured: 'b' })).story!.featured).toBe('b');
    const unknown = validateStory(governmentsStory({ featured: 'zz' }));
    expect(unknown.story!.featured).toBeUndefined();
    expect(unknown.problems.map((p) => p.path)).toEqual(['featured']);
    expect(paths(governmentsStory({ featured: 3 }))).toEqual(['featured']);
  });
});

describe('featured: word for word', () => {
  test('a story whose events are not an array reports only that, even with a featured event', () => {
    expect(validateStory({ ...governmentsStory({ featured: 'a' }), events: 'none' }).problems).toEqual([
      { path: 'events', message: "The story's events must be an array, not a string." },
    ]);
  });

  test('a featured id that is unknown, not a string, or names an event left out is reported; the default is used', () => {
    expect(validateStory(governmentsStory({ featured: 'zz' })).problems).toEqual([
      { path: 'featured', message: 'The featured event "zz" is not one of the story\'s valid events; the default is used.' },
    ]);
    expect(validateStory(governmentsStory({ featured: 3 })).problems).toEqual([{ path: 'featured', message: 'The featured event must be an event id string, not a number.' }]);
    // Event "b" has an id but no valid date, so it is left out.
    const result = validateStory(governmentsStory({ events: [event('a'), event('b', { date: 'soon' })], featured: 'b' }));
    expect(result.story!.events.map((e) => e.id)).toEqual(['a']);
    expect(result.story!.featured).toBeUndefined();
    expect(result.problems.filter((p) => p.path === 'featured')).toEqual([
      { path: 'featured', message: 'The featured event "b" is not one of the story\'s valid events; the default is used.' },
    ]);
  });

  test('a title over 300 characters is cut with a problem; the story is kept', () => {
    const result = validateStory({ ...story(), title: `A story ${'that never ends '.repeat(40)}` });
    expect(result.problems).toEqual([{ path: 'title', message: "The story's title is 648 characters long, longer than the 300 allowed; it is cut to 300." }]);
    expect(result.story!.title).toBe(`A story ${'that never ends '.repeat(17)}that never ends…`);
    expect(result.story!.events).toHaveLength(2);
  });
});

describe("the story's time zone", () => {
  test('a time without an offset is read in the story\'s timeZone, and it is kept', () => {
    const result = validateStory(governmentsStory({ timeZone: 'Asia/Kolkata', events: [event('a', { date: '2023-08-23T18:04' })] }));
    expect(result.problems).toEqual([]);
    expect(result.story!.timeZone).toBe('Asia/Kolkata');
    expect(result.story!.events[0].calendar.startMs).toBe(Date.UTC(2023, 7, 23, 12, 34));
  });

  test('a time without an offset in a story with no timeZone is a problem naming both', () => {
    const problems = problemsOf(governmentsStory({ events: [event('a', { date: '2023-08-23T18:04' })] }));
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('events[0].date');
    expect(problems[0].message).toMatch(/"2023-08-23T18:04" has a time of day but no offset.*story's timeZone/);
  });

  test('a timeZone that is not an IANA name is reported by name, and offset-less times then fail too', () => {
    expect(onlyProblem((s) => (s.timeZone = 'Asia/Kolkatta'))).toEqual({
      path: 'timeZone',
      message: 'The story\'s timeZone "Asia/Kolkatta" is not a time zone: write an IANA name such as "Asia/Kolkata".',
    });
    expect(onlyProblem((s) => (s.timeZone = 5.5)).message).toMatch(/^The story's timeZone \(a number\) is not a time zone:/);
  });

  test('events across a daylight-saving change sort by their true instants', () => {
    const result = validateStory(governmentsStory({
      timeZone: 'America/New_York',
      events: [event('late', { date: '2025-11-02T01:15-05:00' }), event('early', { date: '2025-11-02T01:45-04:00' })],
    }));
    expect(result.story!.events.map((e) => e.id)).toEqual(['early', 'late']);
  });
});
