import { describe, expect, test } from 'vitest';
import { validateStory } from '../../../src/model/validate';
import { coupStory as story, onlyProblem, problemsOf, type Json, governmentsEvent as event, governmentsStory } from '../../support/validation-stories';

describe('events', () => {
  test('an event that is not an object is left out', () => {
    const s = story();
    s.events.push(null);
    const result = validateStory(s);
    expect(result.problems).toEqual([{ path: 'events[2]', message: 'Event at events[2] is not an object (it is null).' }]);
    expect(result.story!.events).toHaveLength(2);
  });

  test('an event without an id is reported by position', () => {
    expect(onlyProblem((s) => delete s.events[0].id)).toEqual({
      path: 'events[0].id',
      message: 'Event at events[0] has no id.',
    });
  });

  test('an id that is not a string is reported', () => {
    expect(onlyProblem((s) => (s.events[0].id = 12))).toEqual({
      path: 'events[0].id',
      message: 'Event at events[0]: the id must be a string, not a number.',
    });
  });

  test('an id that is not URL-safe is reported', () => {
    for (const id of ['seize power', '-lead', 'a/b', 'é', '<img src=x onerror=alert(1)>', '.hidden']) {
      const p = onlyProblem((s) => (s.events[0].id = id));
      expect(p).toEqual({
        path: 'events[0].id',
        eventId: id,
        message: `Event ${JSON.stringify(id)}: the id is not URL-safe; use letters, digits, ".", "_", "~" and "-", starting with a letter or digit.`,
      });
    }
    for (const id of ['a', '1994', 'a.b_c~d-e', 'Z9']) {
      const s = story();
      s.events[0].id = id;
      expect(problemsOf(s)).toEqual([]);
    }
  });

  test('a duplicate event id keeps the first event', () => {
    const s = story();
    s.events.push({ ...s.events[1], title: 'Again' });
    const result = validateStory(s);
    expect(result.problems).toEqual([
      {
        path: 'events[2].id',
        eventId: 'seize-power',
        message: 'Event "seize-power" at events[2] repeats the id of events[1]; only the first is kept.',
      },
    ]);
    expect(result.story!.events.find((e) => e.id === 'seize-power')!.title).toBe('The army seizes power');
  });

  test('a missing date is reported', () => {
    expect(onlyProblem((s) => delete s.events[1].date)).toEqual({
      path: 'events[1].date',
      eventId: 'seize-power',
      message: 'Event "seize-power" has no date.',
    });
  });

  test('a date that is not a string is reported', () => {
    expect(onlyProblem((s) => (s.events[1].date = 2021)).message).toBe(
      'Event "seize-power": the date must be an EDTF string such as "1994-07-15", not a number.',
    );
  });

  test('an invalid date form is reported with the expected forms', () => {
    expect(onlyProblem((s) => (s.events[1].date = '15/08/2021')).message).toBe(
      'Event "seize-power": "15/08/2021" is not a supported EDTF date: expected YYYY, YYYY-MM or YYYY-MM-DD ' +
        '(a leading "-" for years BCE), optionally followed by "?", "~" or "%", or an interval "A/B" where one end may be ".."; a time as in "2023-08-23T18:04Z".',
    );
  });

  test('an impossible date is reported with the parser sentence', () => {
    expect(onlyProblem((s) => (s.events[1].date = '2023-02-30'))).toEqual({
      path: 'events[1].date',
      eventId: 'seize-power',
      message: 'Event "seize-power": "2023-02-30" is not a real day: February 2023 has 28 days.',
    });
  });

  test('an interval ending before it starts is reported', () => {
    expect(onlyProblem((s) => (s.events[1].date = '1996/1992')).message).toBe(
      'Event "seize-power": "1996/1992" ends before it starts: 1992 is earlier than 1996.',
    );
  });

  test('every problem of an event is reported and the event is left out', () => {
    const s = story();
    s.events[1] = { id: 'seize-power', date: '2023-13', citations: [{}] };
    const result = validateStory(s);
    expect(result.problems.map((p) => p.path)).toEqual([
      'events[1].title',
      'events[1].date',
      'events[1].dateBasis',
      'events[1].citations[0].source',
      'events[1].citations[0].paragraph',
      'events[1].citations[0].quote',
    ]);
    expect(result.problems.every((p) => p.eventId === 'seize-power')).toBe(true);
    expect(result.story!.events.map((e) => e.id)).toEqual(['protests']);
  });
});

describe('invalid events are left out, valid ones kept', () => {
  const citation = (edit: Json) => (s: Json) => Object.assign(s.events[1].citations[0], edit);
  const edits: [string, (s: Json) => void][] = [
    ['no id', (s) => delete s.events[1].id],
    ['an id that is a number', (s) => (s.events[1].id = 7)],
    ['an id that is not URL-safe', (s) => (s.events[1].id = 'seize power')],
    ['no title', (s) => delete s.events[1].title],
    ['a blank title', (s) => (s.events[1].title = '  ')],
    ['a title that is not a string', (s) => (s.events[1].title = 3)],
    ['a summary that is not a string', (s) => (s.events[1].summary = {})],
    ['no date', (s) => delete s.events[1].date],
    ['a date that is not a string', (s) => (s.events[1].date = 2021)],
    ['a date with a non-digit', (s) => (s.events[1].date = '199X')],
    ['an impossible date', (s) => (s.events[1].date = '2023-02-29')],
    ['an interval ending before it starts', (s) => (s.events[1].date = '1996/1992')],
    ['no dateBasis', (s) => delete s.events[1].dateBasis],
    ['a dateBasis other than stated or inferred', (s) => (s.events[1].dateBasis = 'guessed')],
    ['an inferred date without a dateNote', (s) => (s.events[1].dateBasis = 'inferred')],
    ['an inferred date with a blank dateNote', (s) => Object.assign(s.events[1], { dateBasis: 'inferred', dateNote: ' ' })],
    ['a dateNote that is not a string', (s) => (s.events[1].dateNote = 1)],
    ['no citations', (s) => delete s.events[1].citations],
    ['an empty citations array', (s) => (s.events[1].citations = [])],
    ['citations that are not an array', (s) => (s.events[1].citations = {})],
    ['a citation that is not an object', (s) => (s.events[1].citations = [null])],
    ['a citation with no source', citation({ source: '' })],
    ['a citation whose source is not a string', citation({ source: 1 })],
    ['a citation of an unknown source', citation({ source: 'blog' })],
    ['a citation with no paragraph', citation({ paragraph: undefined })],
    ['a citation whose paragraph is not a string', citation({ paragraph: ['p1'] })],
    ['a citation of an unknown paragraph', citation({ paragraph: 'p9' })],
    ['a citation with no quote', citation({ quote: undefined })],
    ['a citation with a blank quote', citation({ quote: ' ' })],
    ['a citation whose quote is not a string', citation({ quote: 5 })],
    ['a quote not verbatim in its paragraph', citation({ quote: 'the army took power' })],
    ['one good citation and one bad', (s) => s.events[1].citations.push({ source: 'article', paragraph: 'p2', quote: 'nowhere' })],
  ];
  for (const [what, edit] of edits) {
    test(`an event with ${what} is reported and left out`, () => {
      const s = story();
      edit(s);
      const { story: result, problems } = validateStory(s);
      expect(problems.length).toBeGreaterThan(0);
      expect(result!.events.map((e) => e.id)).toEqual(['protests']);
    });
  }

  test('a repeated id leaves out the later event, whatever it holds', () => {
    const s = story();
    s.events.push({ ...s.events[1], title: 'Again', date: '1990' });
    const events = validateStory(s).story!.events;
    expect(events.map((e) => e.id)).toEqual(['seize-power', 'protests']);
    expect(events[0].title).toBe('The army seizes power');
  });
});

describe('events: what results hold exactly', () => {
  test('an event without a summary or a dateNote has no such keys', () => {
    const event = validateStory(story()).story!.events.find((e) => e.id === 'seize-power')!;
    expect(Object.keys(event)).not.toContain('dateNote');
    const protests = validateStory(story()).story!.events.find((e) => e.id === 'protests')!;
    expect(Object.keys(protests)).not.toContain('summary');
  });

  test('an empty id or date is missing, and a non-string id gives no eventId', () => {
    expect(onlyProblem((s) => (s.events[1].id = ''))).toEqual({ path: 'events[1].id', message: 'Event at events[1] has no id.' });
    expect(onlyProblem((s) => (s.events[1].date = '')).message).toBe('Event "seize-power" has no date.');
    expect(onlyProblem((s) => (s.events[1].id = 5))).toEqual({ path: 'events[1].id', message: 'Event at events[1]: the id must be a string, not a number.' });
    expect(onlyProblem((s) => (s.events[1].title = 5)).message).toBe('Event "seize-power": the title must be a string, not a number.');
  });
});

describe("an event's group", () => {
  test('an unknown group is reported and the event kept without it', () => {
    const result = validateStory(governmentsStory({ groups: [{ id: 'g1', title: 'One' }], events: [event('a', { group: 'nope' })] }));
    expect(result.problems).toEqual([{ path: 'events[0].group', eventId: 'a', message: 'Event "a": the story has no group "nope"; it is shown without a group.' }]);
    expect(result.story!.events.map((e) => e.id)).toEqual(['a']);
    expect(result.story!.events[0].group).toBeUndefined();
  });

  test('a group that is not a string is reported and the event kept without one', () => {
    const result = validateStory(governmentsStory({ groups: [{ id: 'g1', title: 'One' }], events: [event('a', { group: 7 })] }));
    expect(result.problems).toEqual([{ path: 'events[0].group', eventId: 'a', message: 'Event "a": the group must be a string, not a number. It is shown without a group.' }]);
    expect(result.story!.events[0].group).toBeUndefined();
  });

  test('an event without a group has no group field', () => {
    const result = validateStory(governmentsStory({ groups: [{ id: 'g1', title: 'One' }], events: [event('a', { group: 'g1' }), event('b')] }));
    expect(Object.keys(result.story!.events.find((e) => e.id === 'b')!)).not.toContain('group');
  });
});

describe("an event's media", () => {
  test('a bad picture on an event without an id is named by the event\'s place', () => {
    const result = validateStory(governmentsStory({ events: [event('a', { id: undefined, media: { src: 'javascript:alert(1)', alt: 'x' } })] }));
    expect(result.problems.filter((p) => p.path === 'events[0].media.src')).toEqual([
      { path: 'events[0].media.src', message: 'Event at events[0]: the media\'s src "javascript:alert(1)" is not an http(s) or relative URL; the media is left out.' },
    ]);
  });

  test('a picture is kept on its event; a bad one is left out with a problem and the event kept', () => {
    const good = validateStory(governmentsStory({ events: [event('a', { media: { src: 'https://example.org/a.jpg', alt: 'A street' } })] }));
    expect(good.problems).toEqual([]);
    expect(good.story!.events[0].media).toMatchObject({ src: 'https://example.org/a.jpg', alt: 'A street' });
    const bad = validateStory(governmentsStory({ events: [event('a', { media: { src: 'javascript:alert(1)', alt: 'x' } })] }));
    expect(bad.problems.map((p) => p.path)).toEqual(['events[0].media.src']);
    expect(bad.story!.events.map((e) => e.id)).toEqual(['a']);
    expect(bad.story!.events[0].media).toBeUndefined();
  });

  test('a title over 300 characters is cut at the limit with a problem naming the event, the field and both lengths; the event is kept', () => {
    const s = story();
    s.events[1].title = 'x'.repeat(1_000_000);
    const result = validateStory(s);
    expect(result.problems).toEqual([{
      path: 'events[1].title',
      eventId: 'seize-power',
      message: 'Event "seize-power": the title is 1000000 characters long, longer than the 300 allowed; it is cut to 300.',
    }]);
    expect(result.story!.events.find((e) => e.id === 'seize-power')!.title).toBe(`${'x'.repeat(299)}…`);
  });

  test('a summary or a dateNote over 2,000 characters is cut with a problem each; the event is kept', () => {
    const s = story();
    s.events[0].summary = 'A summary that goes on. '.repeat(100);
    s.events[0].dateNote = 'n'.repeat(2_001);
    const result = validateStory(s);
    expect(result.problems).toEqual([
      { path: 'events[0].summary', eventId: 'protests', message: 'Event "protests": the summary is 2400 characters long, longer than the 2000 allowed; it is cut to 2000.' },
      { path: 'events[0].dateNote', eventId: 'protests', message: 'Event "protests": the dateNote is 2001 characters long, longer than the 2000 allowed; it is cut to 2000.' },
    ]);
    const kept = result.story!.events.find((e) => e.id === 'protests')!;
    expect(kept.summary).toBe(`${'A summary that goes on. '.repeat(83)}A…`);
    expect(kept.dateNote).toBe(`${'n'.repeat(1_999)}…`);
  });

  test('a title, summary and dateNote at their limits are kept whole', () => {
    const s = story();
    Object.assign(s.events[0], { title: 't'.repeat(300), summary: 's'.repeat(2_000), dateNote: 'n'.repeat(2_000) });
    const result = validateStory(s);
    expect(result.problems).toEqual([]);
    expect(result.story!.events.find((e) => e.id === 'protests')).toMatchObject({ title: 't'.repeat(300), summary: 's'.repeat(2_000), dateNote: 'n'.repeat(2_000) });
  });
});
