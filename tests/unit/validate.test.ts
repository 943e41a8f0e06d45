import { describe, expect, test } from 'vitest';
import { validateStory } from '../../src/model/validate';
import { parseEdtf } from '../../src/model/edtf';
// The events' DateTime bounds are Luxon's part of the model.
import '../../src/model/luxon-dates';
import { mulberry32 } from '../../scripts/synthetic-story';
import type { Problem } from '../../src/model/types';

type Json = Record<string, any>;

/** A valid story: one source with a heading and two paragraphs, two events. */
function story(): Json {
  return {
    title: 'The coup',
    sources: [
      {
        id: 'article',
        title: 'An article',
        publisher: 'A paper',
        url: 'https://example.org/article',
        published: '2021-08-20',
        paragraphs: [
          { id: 'p0', text: 'The coup', role: 'heading' },
          { id: 'p1', text: 'On 15 August 2021 the army seized power.' },
          { id: 'p2', text: 'Protests began “soon after” the coup, in September.' },
        ],
      },
    ],
    events: [
      {
        id: 'protests',
        date: '2021-09',
        title: 'Protests begin',
        dateBasis: 'inferred',
        dateNote: 'The paragraph says September; the year is the article’s.',
        citations: [{ source: 'article', paragraph: 'p2', quote: 'Protests began “soon after” the coup' }],
      },
      {
        id: 'seize-power',
        date: '2021-08-15',
        title: 'The army seizes power',
        summary: 'The army took over.',
        dateBasis: 'stated',
        citations: [{ source: 'article', paragraph: 'p1', quote: 'the army seized power' }],
      },
    ],
  };
}

function problemsOf(input: unknown): Problem[] {
  return validateStory(input).problems;
}

/** The single problem of a story changed by `edit`. */
function onlyProblem(edit: (s: Json) => void): Problem {
  const s = story();
  edit(s);
  const problems = problemsOf(s);
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe('a valid story', () => {
  test('has no problems and keeps every event', () => {
    const { story: result, problems } = validateStory(story());
    expect(problems).toEqual([]);
    expect(result?.title).toBe('The coup');
    expect(result?.sources.map((s) => s.id)).toEqual(['article']);
    expect(result?.events.map((e) => e.id)).toEqual(['seize-power', 'protests']);
  });

  test('events carry their input fields and the parsed calendar date', () => {
    const event = validateStory(story()).story!.events[0];
    expect(event).toMatchObject({
      id: 'seize-power',
      date: '2021-08-15',
      title: 'The army seizes power',
      summary: 'The army took over.',
      dateBasis: 'stated',
      citations: [{ source: 'article', paragraph: 'p1', quote: 'the army seized power' }],
    });
    expect(event.calendar.precision).toBe('day');
    expect(event.calendar.start.toISO()).toBe('2021-08-15T00:00:00.000Z');
    expect(event.calendar.startMs).toBe(Date.UTC(2021, 7, 15));
    expect(event.calendar.endMs).toBe(Date.UTC(2021, 7, 16));
  });

  test('a source keeps its optional fields and paragraph roles', () => {
    const source = validateStory(story()).story!.sources[0];
    expect(source).toEqual({
      id: 'article',
      title: 'An article',
      publisher: 'A paper',
      url: 'https://example.org/article',
      published: '2021-08-20',
      paragraphs: [
        { id: 'p0', text: 'The coup', role: 'heading' },
        { id: 'p1', text: 'On 15 August 2021 the army seized power.' },
        { id: 'p2', text: 'Protests began “soon after” the coup, in September.' },
      ],
    });
  });

  test('unknown fields are ignored silently and not copied', () => {
    const s = story();
    s.colour = 'red';
    s.sources[0].extra = 1;
    s.events[0].future = { nested: true };
    s.events[0].citations[0].page = 4;
    const { story: result, problems } = validateStory(s);
    expect(problems).toEqual([]);
    expect(result).not.toHaveProperty('colour');
    expect(result!.sources[0]).not.toHaveProperty('extra');
    const protests = result!.events.find((e) => e.id === 'protests')!;
    expect(protests).not.toHaveProperty('future');
    expect(protests.citations[0]).not.toHaveProperty('page');
  });

  test('citing a heading paragraph is allowed', () => {
    const s = story();
    s.events[1].citations.push({ source: 'article', paragraph: 'p0', quote: 'The coup' });
    expect(problemsOf(s)).toEqual([]);
  });

  test('a stated date may carry a dateNote', () => {
    const s = story();
    s.events[1].dateNote = 'The paragraph gives the day.';
    expect(validateStory(s).story!.events[0].dateNote).toBe('The paragraph gives the day.');
  });

  test('the validator does not mutate its input', () => {
    const s = story();
    const copy = JSON.parse(JSON.stringify(s));
    validateStory(s);
    expect(s).toEqual(copy);
  });
});

describe('sorting', () => {
  test('events are sorted by calendar start, then end, then id', () => {
    const s = story();
    const base = s.events[1];
    s.events = [
      { ...base, id: 'c', date: '1994' },
      { ...base, id: 'b', date: '1994' },
      { ...base, id: 'a', date: '1994/1996' },
      { ...base, id: 'z', date: '1993-12-31' },
      { ...base, id: 'y', date: '../1994-01' },
      { ...base, id: 'x', date: '-0043-03-15' },
    ];
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(['x', 'z', 'y', 'b', 'c', 'a']);
  });

  test('an open start sorts at the start of its known end', () => {
    const s = story();
    const base = s.events[1];
    s.events = [
      { ...base, id: 'point', date: '1994-06' },
      { ...base, id: 'open', date: '../1994-01' },
    ];
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(['open', 'point']);
  });
});

describe('sorting many events', () => {
  /** Dates across BCE and CE at every precision, with intervals, open ends and many equal bounds. */
  function manyEvents(count: number, seed: number): Json {
    const random = mulberry32(seed);
    const int = (n: number) => Math.floor(random() * n);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const point = (): string => {
      const year = random() < 0.5 ? int(40) - 20 + 1990 : int(19_999) - 9999;
      const y = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
      const r = random();
      if (r < 0.3) return y;
      if (r < 0.6) return `${y}-${pad(1 + int(12), 2)}`;
      return `${y}-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)}`;
    };
    const s = story();
    const base = s.events[1];
    s.events = Array.from({ length: count }, (_, i) => {
      const r = random();
      const date = r < 0.1 ? `../${point()}` : r < 0.2 ? `${point()}/..` : r < 0.35 ? `${point()}/${point()}` : point();
      // Ids in no particular order, so ties are not already sorted by the input order.
      return { ...base, id: `e${pad((i * 7919) % count, 5)}-${int(1000)}`, date };
    });
    return s;
  }

  test('many events sort by start, then end, then id, as a plain comparison sort would', () => {
    // Both sorting paths: comparison below 4,096 events, radix above.
    for (const [seed, count] of [[1, 300], [2, 3000], [3, 9000]]) {
      const { story: result } = validateStory(manyEvents(count, seed));
      const events = result!.events;
      const expected = [...events].sort(
        (a, b) =>
          a.calendar.start.toMillis() - b.calendar.start.toMillis() ||
          a.calendar.end.toMillis() - b.calendar.end.toMillis() ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      expect(events.length).toBeGreaterThan(count / 3);
      expect(events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    }
  });

  test('no event is lost or duplicated by the sort: the valid ids come out exactly once each', () => {
    // The expected order is built from the input, not from the output, so a lost or repeated event shows.
    for (const [seed, count] of [[4, 300], [5, 5000]]) {
      const input = manyEvents(count, seed);
      const { story: result, problems } = validateStory(input);
      const valid = (input.events as Json[])
        .map((e) => ({ id: e.id as string, date: parseEdtf(e.date) }))
        .filter((e) => e.date.ok)
        .map((e) => ({ id: e.id, startMs: (e.date as any).value.startMs as number, endMs: (e.date as any).value.endMs as number }));
      valid.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      expect(result!.events.map((e) => e.id)).toEqual(valid.map((e) => e.id));
      // Every input event is either kept or named by a problem, never both.
      const named = new Set(problems.map((p) => p.eventId));
      expect(valid.length + named.size).toBe(count);
      for (const e of valid) expect(named.has(e.id)).toBe(false);
    }
  });

  test('thousands of events sharing a start sort by span, then by id', () => {
    // Radix path with runs of equal bounds longer than the insertion sort handles.
    const s = story();
    const base = s.events[1];
    const count = 5000;
    s.events = Array.from({ length: count }, (_, i) => ({ ...base, id: `e${count - i}`, date: i % 2 ? '1994-01-01' : '1994' }));
    const ids = validateStory(s).story!.events.map((e) => e.id);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    // The day (the shorter span) before the year, each group by id.
    const days = s.events.filter((_: Json, i: number) => i % 2).map((e: Json) => e.id).sort();
    const years = s.events.filter((_: Json, i: number) => i % 2 === 0).map((e: Json) => e.id).sort();
    expect(ids).toEqual([...days, ...years]);
  });

  test('thousands of events on two consecutive days, given latest first, sort by day', () => {
    // The start keys are 0 and 1 (days after the earliest): one radix pass that must not be skipped.
    const s = story();
    const base = s.events[1];
    s.events = Array.from({ length: 5000 }, (_, i) => ({ ...base, id: `e${String(i).padStart(4, '0')}`, date: i < 2500 ? '2000-01-02' : '2000-01-01' }));
    const ids = validateStory(s).story!.events.map((e) => e.id);
    expect(ids.slice(0, 2500)).toEqual(s.events.slice(2500).map((e: Json) => e.id));
    expect(ids.slice(2500)).toEqual(s.events.slice(0, 2500).map((e: Json) => e.id));
  });

  test('thousands of events over centuries sort right when the earliest comes last', () => {
    // Starts over 65,536 days apart need two radix passes; the largest start decides how many.
    const s = story();
    const base = s.events[1];
    const years = Array.from({ length: 5000 }, (_, i) => 2100 - (i % 300));
    s.events = years.map((year, i) => ({ ...base, id: `e${String(i).padStart(4, '0')}`, date: String(year) }));
    s.events.push({ ...base, id: 'first', date: '1700' });
    const events = validateStory(s).story!.events;
    expect(events[0].id).toBe('first');
    const starts = events.map((e) => e.calendar.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(events).toHaveLength(5001);
  });

  test('a few events with equal bounds sort by id whatever their input order', () => {
    const s = story();
    const base = s.events[1];
    for (const order of [['m', 'z', 'a', 'q'], ['z', 'q', 'm', 'a'], ['a', 'm', 'q', 'z'], ['q', 'a', 'z', 'm']]) {
      s.events = order.map((id) => ({ ...base, id, date: '1994-05' }));
      expect(validateStory(s).story!.events.map((e) => e.id), order.join()).toEqual(['a', 'm', 'q', 'z']);
    }
  });

  test('a long run of events with equal bounds is sorted by id', () => {
    const s = story();
    const base = s.events[1];
    const ids = Array.from({ length: 200 }, (_, i) => `id-${(i * 37) % 200}`);
    s.events = ids.map((id) => ({ ...base, id, date: '1994' }));
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual([...ids].sort());
  });

  test('one event and no events sort trivially', () => {
    const s = story();
    s.events = [s.events[0]];
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(['protests']);
    s.events = [];
    expect(validateStory(s).story!.events).toEqual([]);
  });
});

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

describe('sources', () => {
  test('a source that is not an object is left out', () => {
    const s = story();
    s.sources.push('article');
    expect(problemsOf(s)).toEqual([{ path: 'sources[1]', message: 'Source 1 is not an object (it is a string).' }]);
  });

  test('a source without an id is left out and citing events fail as unknown source', () => {
    const s = story();
    delete s.sources[0].id;
    const problems = problemsOf(s);
    expect(problems[0]).toEqual({
      path: 'sources[0].id',
      message: 'Source 0 has no id, so it cannot be cited and is left out.',
    });
    expect(problems[1]).toEqual({
      path: 'events[0].citations[0].source',
      eventId: 'protests',
      message: 'Event "protests": the citation cites unknown source "article".',
    });
    expect(validateStory(s).story!.events).toEqual([]);
  });

  test('a source without a title is reported but kept', () => {
    const result = validateStory((() => { const s = story(); delete s.sources[0].title; return s; })());
    expect(result.problems).toEqual([{ path: 'sources[0].title', message: 'Source "article" has no title.' }]);
    expect(result.story!.sources[0].title).toBe('');
    expect(result.story!.events).toHaveLength(2);
  });

  test('a source without paragraphs is left out', () => {
    const s = story();
    delete s.sources[0].paragraphs;
    expect(problemsOf(s)[0]).toEqual({
      path: 'sources[0].paragraphs',
      message: 'Source "article" has no paragraphs array, so it cannot be cited and is left out.',
    });
  });

  test('paragraphs that are not an array leave the source out', () => {
    const s = story();
    s.sources[0].paragraphs = { p1: 'text' };
    expect(problemsOf(s)[0].message).toBe(
      'Source "article": paragraphs must be an array, not an object, so the source is left out.',
    );
  });

  test('a duplicate source id keeps the first source', () => {
    const s = story();
    s.sources.push({ id: 'article', title: 'Another', paragraphs: [] });
    const result = validateStory(s);
    expect(result.problems).toEqual([
      {
        path: 'sources[1].id',
        message: 'Source "article" at sources[1] repeats an earlier source id; only the first is kept.',
      },
    ]);
    expect(result.story!.sources).toHaveLength(1);
    expect(result.story!.sources[0].title).toBe('An article');
  });

  test('a duplicate paragraph id within a source keeps the first paragraph', () => {
    const s = story();
    s.sources[0].paragraphs.push({ id: 'p1', text: 'Something else.' });
    const result = validateStory(s);
    expect(result.problems).toEqual([
      {
        path: 'sources[0].paragraphs[3].id',
        message: 'Source "article" has two paragraphs with id "p1"; only the first is kept.',
      },
    ]);
    expect(result.story!.sources[0].paragraphs).toHaveLength(3);
  });

  test('the same paragraph id in two sources is fine', () => {
    const s = story();
    s.sources.push({ id: 'book', title: 'A book', paragraphs: [{ id: 'p1', text: 'x' }] });
    expect(problemsOf(s)).toEqual([]);
  });

  test('a paragraph whose text is not a string is left out', () => {
    const s = story();
    s.sources[0].paragraphs[1].text = ['On 15 August'];
    const problems = problemsOf(s);
    expect(problems[0]).toEqual({
      path: 'sources[0].paragraphs[1].text',
      message: 'Paragraph "p1" of source "article": the text must be a string, not an array.',
    });
    expect(problems[1]).toMatchObject({
      path: 'events[1].citations[0].paragraph',
      message: 'Event "seize-power": the citation cites paragraph "p1", which source "article" does not have.',
    });
  });

  test('a paragraph without an id or not an object is reported', () => {
    const s = story();
    s.sources[0].paragraphs.push({ text: 'No id.' }, 5);
    expect(problemsOf(s)).toEqual([
      { path: 'sources[0].paragraphs[3].id', message: 'Paragraph 3 of source "article" has no id.' },
      { path: 'sources[0].paragraphs[4]', message: 'Paragraph 4 of source "article" is not an object (it is a number).' },
    ]);
  });

  test('a paragraph role other than "heading" is reported and dropped', () => {
    const s = story();
    s.sources[0].paragraphs[1].role = 'quote';
    const result = validateStory(s);
    expect(result.problems).toEqual([
      {
        path: 'sources[0].paragraphs[1].role',
        message: 'Paragraph "p1" of source "article": role must be "heading" when present, not "quote".',
      },
    ]);
    expect(result.story!.sources[0].paragraphs[1]).not.toHaveProperty('role');
  });

  test('only http and https source urls are accepted', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/a', 'file:///etc/passwd', 'example.org', 'data:text/html,x']) {
      const s = story();
      s.sources[0].url = url;
      const result = validateStory(s);
      expect(result.problems).toEqual([
        { path: 'sources[0].url', message: `Source "article": the url ${JSON.stringify(url)} is not an http or https address.` },
      ]);
      expect(result.story!.sources[0]).not.toHaveProperty('url');
    }
    const s = story();
    s.sources[0].url = 'http://example.org/a?b=c';
    expect(problemsOf(s)).toEqual([]);
  });

  test('a url that is not a string is reported', () => {
    expect(onlyProblem((s) => (s.sources[0].url = 3)).message).toBe(
      'Source "article": the url a number is not an http or https address.',
    );
  });

  test('an invalid published date is reported and dropped', () => {
    expect(onlyProblem((s) => (s.sources[0].published = '2021-02-30'))).toEqual({
      path: 'sources[0].published',
      message: 'Source "article": the published date is invalid: "2021-02-30" is not a real day: February 2021 has 28 days.',
    });
    expect(onlyProblem((s) => (s.sources[0].published = 2021)).message).toBe(
      'Source "article": the published date must be an EDTF string such as "2021-08-15", not a number.',
    );
  });

  test('a publisher that is not a string is reported', () => {
    expect(onlyProblem((s) => (s.sources[0].publisher = {})).message).toBe(
      'Source "article": publisher must be a string, not an object.',
    );
  });
});

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
        '(a leading "-" for years BCE), optionally followed by "?", "~" or "%", or an interval "A/B" where one end may be "..".',
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

  test('a source left out for want of an id is not in the story\'s sources, and its paragraphs are named by position', () => {
    const s = story();
    s.sources.push({ title: 'No id', paragraphs: [{ text: 'x' }] });
    const result = validateStory(s);
    expect(result.story!.sources.map((source) => source.id)).toEqual(['article']);
    expect(result.problems.map((p) => p.message)).toEqual(['Source 1 has no id, so it cannot be cited and is left out.', 'Paragraph 0 of source 1 has no id.']);
  });

  test('a source with paragraphs that are not an array is left out, and nothing in them is read', () => {
    const s = story();
    s.sources.push({ id: 'text', title: 'Text', paragraphs: 'abc' });
    const result = validateStory(s);
    expect(result.story!.sources.map((source) => source.id)).toEqual(['article']);
    expect(result.problems).toEqual([
      { path: 'sources[1].paragraphs', message: 'Source "text": paragraphs must be an array, not a string, so the source is left out.' },
    ]);
  });

  test('a url that is not http(s) is not kept on the source', () => {
    const s = story();
    s.sources[0].url = 'javascript:alert(1)';
    expect(validateStory(s).story!.sources[0]).not.toHaveProperty('url');
  });

  test('an event without a summary or a dateNote has no such keys', () => {
    const event = validateStory(story()).story!.events.find((e) => e.id === 'seize-power')!;
    expect(Object.keys(event)).not.toContain('dateNote');
    const protests = validateStory(story()).story!.events.find((e) => e.id === 'protests')!;
    expect(Object.keys(protests)).not.toContain('summary');
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

  test('an empty source or paragraph id in a citation is missing, not unknown', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0].source = '')).message).toBe('Event "seize-power": the citation names no source.');
    expect(onlyProblem((s) => (s.events[1].citations[0].paragraph = '')).message).toBe('Event "seize-power": the citation names no paragraph.');
    expect(onlyProblem((s) => delete s.events[1].citations[0].quote).message).toBe('Event "seize-power": the citation has no quote.');
  });

  test('an empty id or date is missing, and a non-string id gives no eventId', () => {
    expect(onlyProblem((s) => (s.events[1].id = ''))).toEqual({ path: 'events[1].id', message: 'Event at events[1] has no id.' });
    expect(onlyProblem((s) => (s.events[1].date = '')).message).toBe('Event "seize-power" has no date.');
    expect(onlyProblem((s) => (s.events[1].id = 5))).toEqual({ path: 'events[1].id', message: 'Event at events[1]: the id must be a string, not a number.' });
    expect(onlyProblem((s) => (s.events[1].title = 5)).message).toBe('Event "seize-power": the title must be a string, not a number.');
  });
});

describe('hostile input', () => {
  test('events given as a revoked proxy are reported as not an array', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const s = story();
    s.events = proxy;
    const result = validateStory(s);
    expect(result.problems).toEqual([{ path: 'events', message: "The story's events must be an array, not an object." }]);
    expect(result.story!.events).toEqual([]);
  });

  test('an array whose length is not a safe whole number reads as empty', () => {
    for (const length of [-1, 1.5, Infinity, 2 ** 53]) {
      const s = story();
      s.events = new Proxy([], { get: (target, key) => (key === 'length' ? length : Reflect.get(target, key)) });
      const result = validateStory(s);
      expect(result.problems, String(length)).toEqual([]);
      expect(result.story!.events).toEqual([]);
    }
  });

  test('__proto__ and constructor keys do not pollute prototypes', () => {
    const input = JSON.parse(
      '{"title":"T","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
        '"sources":[{"id":"s","title":"S","__proto__":{"polluted":true},"paragraphs":[{"id":"p","text":"a b","__proto__":{"x":1}}]}],' +
        '"events":[{"id":"e","date":"1994","title":"E","dateBasis":"stated","__proto__":{"polluted":true},' +
        '"citations":[{"source":"s","paragraph":"p","quote":"a","__proto__":{"polluted":true}}]}]}',
    );
    const result = validateStory(input);
    expect(result.problems).toEqual([]);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.story!.events[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.story!.events[0].citations[0])).toBe(Object.prototype);
    expect((result.story!.events[0] as Json).polluted).toBeUndefined();
  });

  test('inherited fields do not count as present', () => {
    const s = Object.create({ title: 'Inherited' });
    s.sources = [];
    s.events = [];
    expect(problemsOf(s)).toEqual([{ path: 'title', message: 'The story has no title.' }]);
  });

  test('throwing getters are reported, not thrown', () => {
    const s = story();
    Object.defineProperty(s.events[1], 'title', { enumerable: true, get() { throw new Error('boom'); } });
    Object.defineProperty(s, 'sources', { enumerable: true, get() { throw new Error('boom'); } });
    const proxy = new Proxy({}, { get() { throw new Error('boom'); }, getOwnPropertyDescriptor() { throw new Error('boom'); } });
    s.events.push(proxy);
    const result = validateStory(s);
    expect(result.story).not.toBeNull();
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(typeof p.message).toBe('string');
  });

  test('a revoked proxy as the story does not throw', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = validateStory(proxy);
    expect(result.problems.length).toBe(1);
  });

  test('random hostile JSON never makes the validator throw', () => {
    // Seeded, so a failure can be reproduced.
    const random = mulberry32(20240229);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
    const strings = [
      '', ' ', 'article', 'p1', 'seize-power', '2021-08-15', '../..', '2023-02-30', 'stated', 'inferred',
      '<img src=x onerror=alert(1)>', '__proto__', 'constructor', 'prototype', 'javascript:alert(1)',
      'https://example.org', '\u0000', '\ud800', '🦕', 'x'.repeat(10_000),
    ];
    const keys = [
      'title', 'sources', 'events', 'id', 'paragraphs', 'text', 'role', 'url', 'published', 'publisher',
      'date', 'summary', 'citations', 'source', 'paragraph', 'quote', 'dateBasis', 'dateNote',
      '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'length',
    ];
    const value = (depth: number): unknown => {
      const r = random();
      if (depth > 4 || r < 0.15) return pick([null, 0, -1, 1.5, NaN, 1e308, true, false]);
      if (r < 0.45) return pick(strings);
      if (r < 0.65) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      const object: Json = {};
      const n = Math.floor(random() * 6);
      for (let i = 0; i < n; i++) object[pick(keys)] = value(depth + 1);
      return object;
    };
    const mutate = (node: unknown, depth: number): unknown => {
      if (random() < 0.1) return value(depth);
      if (Array.isArray(node)) return node.map((item) => mutate(item, depth + 1));
      if (node && typeof node === 'object') {
        const out: Json = {};
        for (const [k, v] of Object.entries(node)) if (random() > 0.05) out[k] = mutate(v, depth + 1);
        if (random() < 0.2) out[pick(keys)] = value(depth + 1);
        return out;
      }
      return node;
    };
    for (let i = 0; i < 3000; i++) {
      // Half start from a valid story (to reach deep checks), half are random; all go through JSON.
      const raw = i % 2 === 0 ? mutate(story(), 0) : value(0);
      const input = i % 3 === 0 ? raw : JSON.parse(JSON.stringify(raw) ?? 'null');
      let result;
      expect(() => (result = validateStory(input))).not.toThrow();
      const { story: s, problems } = result as unknown as { story: unknown; problems: Problem[] };
      expect(s === null || typeof s === 'object').toBe(true);
      expect(Array.isArray(problems)).toBe(true);
      for (const p of problems) {
        expect(typeof p.path).toBe('string');
        expect(typeof p.message).toBe('string');
        expect(p.message.length).toBeGreaterThan(0);
        // The catch-all guard is for hostile getters; plain JSON reaching it would hide a bug.
        if (i % 3 !== 0) expect(p.message).not.toMatch(/could not be read/);
      }
    }
    expect(({} as Json).polluted).toBeUndefined();
  });
});
