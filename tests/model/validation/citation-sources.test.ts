import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateStory } from '../../../src/model/validate';
import { noteNamesSource } from '../../../src/model/validation/date-agreement';
import { coupStory as story, onlyProblem, problemsOf, type Json } from '../../support/validation-stories';

/** The coup story with a second source that reports the coup again. */
function twoSourceStory(citationDate: string | undefined, dateNote?: string): Json {
  const s = story();
  s.sources.push({
    id: 'wire',
    title: 'Wire report',
    publisher: 'Wire Agency',
    paragraphs: [{ id: 'p1', text: 'The army seized power on 14 August 2021, the agency said.' }],
  });
  const citation: Json = { source: 'wire', paragraph: 'p1', quote: 'The army seized power on 14 August 2021' };
  if (citationDate !== undefined) citation.date = citationDate;
  s.events[1].citations.push(citation);
  if (dateNote !== undefined) s.events[1].dateNote = dateNote;
  return s;
}

describe('a citation\'s own date', () => {
  test('is kept when it is EDTF', () => {
    const result = validateStory(twoSourceStory('2021-08'));
    expect(result.problems).toEqual([]);
    expect(result.story!.events.find((e) => e.id === 'seize-power')!.citations[1].date).toBe('2021-08');
  });

  test('that is not EDTF is reported and left out; the citation and event are kept', () => {
    const result = validateStory(twoSourceStory('14 August 2021'));
    expect(result.problems).toEqual([
      {
        path: 'events[1].citations[1].date',
        eventId: 'seize-power',
        message: 'Event "seize-power": the citation\'s date is left out: "14 August 2021" contains whitespace: write the date with no spaces, as in "1994-07-15" or "1992/1996".',
      },
    ]);
    const citation = result.story!.events.find((e) => e.id === 'seize-power')!.citations[1];
    expect(citation).toEqual({ source: 'wire', paragraph: 'p1', quote: 'The army seized power on 14 August 2021' });
  });

  test('that is not a string is reported and left out', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0].date = 2021))).toEqual({
      path: 'events[1].citations[0].date',
      eventId: 'seize-power',
      message: 'Event "seize-power": the citation\'s date must be an EDTF string such as "1994-07-15", not a number; it is left out.',
    });
  });

  test('an impossible day is reported in the parser\'s words', () => {
    expect(onlyProblem((s) => (s.events[1].citations[0].date = '2021-02-30')).message).toBe(
      'Event "seize-power": the citation\'s date is left out: "2021-02-30" is not a real day: February 2021 has 28 days.',
    );
  });
});

describe('the warning for sources that differ with no note saying why', () => {
  test('a citation date that contradicts the event\'s date is a warning at that date; the event is kept whole', () => {
    const result = validateStory(twoSourceStory('2021-08-14', "'on 15 August 2021' as written."));
    expect(result.problems).toEqual([
      {
        path: 'events[1].citations[1].date',
        eventId: 'seize-power',
        severity: 'warning',
        message:
          'Event "seize-power": source "wire" gives "2021-08-14", which contradicts the event\'s date "2021-08-15", and the dateNote does not say why; name the source in the dateNote and say why its date is not kept, or correct one of the dates.',
      },
    ]);
    const event = result.story!.events.find((e) => e.id === 'seize-power')!;
    expect(event.citations).toHaveLength(2);
    expect(event.citations[1].date).toBe('2021-08-14');
  });

  test('an event without a dateNote warns too', () => {
    expect(problemsOf(twoSourceStory('2021-08-14')).map((p) => [p.path, p.severity])).toEqual([['events[1].citations[1].date', 'warning']]);
  });

  test('a dateNote that names the source, by publisher, title or id, says why: no warning', () => {
    for (const note of ['Wire Agency says 14 August; the army\'s own statement gives the 15th.', 'The wire report is a day early.', 'WIRE gives the 14th.']) {
      expect(problemsOf(twoSourceStory('2021-08-14', note)), note).toEqual([]);
    }
  });

  test('a citation date that agrees (only coarser or finer) gives no warning', () => {
    for (const d of ['2021', '2021-08', '2021-08-15', '2021-08-14~']) expect(problemsOf(twoSourceStory(d)), d).toEqual([]);
  });

  test('a citation without its own date reports the event\'s date, so it never warns', () => {
    expect(problemsOf(twoSourceStory(undefined))).toEqual([]);
  });

  test('one warning per contradicting citation, each at its own path', () => {
    const s = twoSourceStory('2021-08-14');
    s.events[1].citations.push({ source: 'wire', paragraph: 'p1', quote: 'the agency said', date: '2021-08-16' });
    expect(problemsOf(s).map((p) => p.path)).toEqual(['events[1].citations[1].date', 'events[1].citations[2].date']);
  });
});

describe('noteNamesSource', () => {
  const source = { id: 'wire', title: 'Wire report', publisher: 'Wire Agency', paragraphs: [] };
  test('is true when the note names the publisher, the title or the id, in any case', () => {
    expect(noteNamesSource('the WIRE AGENCY gives the 14th', source)).toBe(true);
    expect(noteNamesSource('see the wire report', source)).toBe(true);
    expect(noteNamesSource('wire differs', source)).toBe(true);
  });
  test('is false for no note, or a note that names none of them', () => {
    expect(noteNamesSource(undefined, source)).toBe(false);
    expect(noteNamesSource('', source)).toBe(false);
    expect(noteNamesSource('one outlet gives the 14th', source)).toBe(false);
  });
  test('a blank publisher does not match every note', () => {
    expect(noteNamesSource('anything', { id: 'zz', title: 'Report', publisher: '  ', paragraphs: [] })).toBe(false);
  });
});

describe('prefix and suffix', () => {
  /** The coup story with a paragraph where "the army" occurs twice. */
  function repeated(context: Json): Json {
    const s = story();
    s.sources[0].paragraphs[1].text = 'On 15 August 2021 the army seized power; by night the army held the capital.';
    s.events[1].citations[0] = { source: 'article', paragraph: 'p1', quote: 'the army', ...context };
    return s;
  }

  test('are kept when they pick an occurrence of the quote', () => {
    const result = validateStory(repeated({ prefix: 'by night ', suffix: ' held' }));
    expect(result.problems).toEqual([]);
    expect(result.story!.events.find((e) => e.id === 'seize-power')!.citations[0]).toEqual({
      source: 'article', paragraph: 'p1', quote: 'the army', prefix: 'by night ', suffix: ' held',
    });
  });

  test('a prefix that no occurrence follows is reported at the prefix; the citation is not kept', () => {
    expect(problemsOf(repeated({ prefix: 'at dawn ' }))).toEqual([
      {
        path: 'events[1].citations[0].prefix',
        eventId: 'seize-power',
        message: 'Event "seize-power": the quote "the army" is not found after the prefix "at dawn " in paragraph "p1" of source "article".',
      },
    ]);
  });

  test('a suffix alone that no occurrence has is reported at the suffix', () => {
    expect(problemsOf(repeated({ suffix: ' fled' })).map((p) => [p.path, p.message])).toEqual([
      ['events[1].citations[0].suffix', 'Event "seize-power": the quote "the army" is not found before the suffix " fled" in paragraph "p1" of source "article".'],
    ]);
  });

  test('a prefix and suffix that hold only at different occurrences are reported together', () => {
    expect(problemsOf(repeated({ prefix: 'by night ', suffix: ' seized' }))[0].message).toBe(
      'Event "seize-power": the quote "the army" is not found after the prefix "by night " and before the suffix " seized" in paragraph "p1" of source "article".',
    );
  });

  test('a prefix or suffix that is not a string is reported', () => {
    expect(problemsOf(repeated({ prefix: 3, suffix: null })).map((p) => [p.path, p.message])).toEqual([
      ['events[1].citations[0].prefix', 'Event "seize-power": the citation\'s prefix must be a string, not a number.'],
      ['events[1].citations[0].suffix', 'Event "seize-power": the citation\'s suffix must be a string, not null.'],
    ]);
  });

  test('a quote not found at all is reported once, at the quote', () => {
    expect(problemsOf(repeated({ quote: 'the navy', prefix: 'by night ' })).map((p) => p.path)).toEqual(['events[1].citations[0].quote']);
  });

  test('an era\'s citation may carry them too', () => {
    const s = story();
    s.eras = [{ id: 'coup', title: 'Coup', date: '2021-08', dateBasis: 'stated', citations: [{ source: 'article', paragraph: 'p1', quote: 'the army', prefix: '2021 ', date: '2021-08-15' }] }];
    const result = validateStory(s);
    expect(result.problems).toEqual([]);
    expect(result.story!.eras![0].citations[0]).toEqual({ source: 'article', paragraph: 'p1', quote: 'the army', prefix: '2021 ', date: '2021-08-15' });
  });
});

describe('every story valid before this change validates the same', () => {
  const baseline = JSON.parse(readFileSync('tests/fixtures/validation-baseline/stories.json', 'utf8')) as Record<string, { problems: unknown[]; events: string[] | null }>;
  test('the baseline (taken before citations could carry dates) still finds its stories in data/, examples/ and tests/fixtures/', () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (name === 'node_modules' || name === 'validation-baseline') continue;
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.json')) {
          const json = JSON.parse(readFileSync(path, 'utf8'));
          if (json && Array.isArray(json.events) && Array.isArray(json.sources)) found.push(path);
        }
      }
    };
    for (const root of ['data', 'examples', 'tests/fixtures']) walk(root);
    for (const path of Object.keys(baseline)) expect(found).toContain(path);
  });
  for (const [path, before] of Object.entries(baseline)) {
    test(`${path}: the same problems and the same valid events`, () => {
      const result = validateStory(JSON.parse(readFileSync(path, 'utf8')));
      expect(result.problems).toEqual(before.problems);
      expect(result.story?.events.map((e) => e.id) ?? null).toEqual(before.events);
    });
  }
});
