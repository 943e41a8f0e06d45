import { describe, expect, test, vi } from 'vitest';
import { validateStory, validationSteps } from '../../src/model/validate';
// The events' DateTime bounds are Luxon's part of the model.
import '../../src/model/luxon-dates';
import { mulberry32, syntheticStory } from '../../scripts/synthetic-story';
import type { Problem } from '../../src/model/types';
import { coupStory as story, problemsOf, type Json } from '../support/validation-stories';

/** Runs the steps to the end, keeping what each step yielded. */
function runSteps(input: unknown) {
  const fractions: number[] = [];
  const steps = validationSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return { fractions, result: step.value };
    fractions.push(step.value);
  }
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

  test('citing a heading paragraph is refused, as the schema says: the event is left out', () => {
    const s = story();
    s.events[1].citations.push({ source: 'article', paragraph: 'p0', quote: 'The coup' });
    expect(problemsOf(s).map((p) => p.path)).toEqual(['events[1].citations[1].paragraph']);
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(['protests']);
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

describe('validationSteps: validateStory a slice at a time', () => {
  test('a big story takes many steps, each a growing fraction of the events below 1', () => {
    const story = syntheticStory(5000);
    const { fractions } = runSteps(story);
    // 5,000 events at 256 a step: a step after every 256th event.
    expect(fractions).toHaveLength(Math.floor(5000 / 256));
    for (let k = 0; k < fractions.length; k++) {
      expect(fractions[k]).toBeGreaterThan(k === 0 ? 0 : fractions[k - 1]);
      expect(fractions[k]).toBeLessThan(1);
    }
  });

  test('returns what validateStory returns, problems included', () => {
    const story = syntheticStory(3000) as unknown as { events: Record<string, unknown>[] };
    // Some invalid events among valid ones: a missing id, a bad date, a repeated id.
    delete story.events[10].id;
    story.events[700].date = '1999-13';
    story.events[2500].id = story.events[2400].id;
    const { result } = runSteps(structuredClone(story));
    const whole = validateStory(structuredClone(story));
    expect(result.problems).toEqual(whole.problems);
    expect(result.story?.events.map((e) => e.id)).toEqual(whole.story?.events.map((e) => e.id));
    expect(result.story?.events).toHaveLength(3000 - 3);
  });

  test('a small story is one step: the result at once', () => {
    expect(runSteps(syntheticStory(100)).fractions).toEqual([]);
  });

  test('an event that throws when read is a problem, and the steps still finish', () => {
    const story = syntheticStory(600) as unknown as { events: unknown[] };
    story.events[300] = new Proxy({}, { get: () => { throw new Error('hostile'); } });
    const { result } = runSteps(story);
    expect(result.story?.events).toHaveLength(599);
    expect(result.problems.some((p) => p.path.startsWith('events[300]'))).toBe(true);
  });
});

describe('the article', () => {
  test('its groups, eras and featured event are valid', async () => {
    const article = (await import('../../data/russia-recognizes-taliban.story.json')).default;
    const result = validateStory(article);
    expect(result.problems).toEqual([]);
    expect(result.story!.groups!.map((g) => g.id)).toEqual(['russia-and-the-taliban', 'taliban-in-power', 'rights', 'disasters']);
    expect(result.story!.eras!.map((e) => e.id)).toEqual(['first-taliban-government', 'taliban-back-in-power']);
    expect(result.story!.featured).toBe('russia-recognizes-taliban-government');
    expect(result.story!.events.every((e) => e.group !== undefined)).toBe(true);
  });
});

describe('the validator never throws', () => {
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

describe('the safety net', () => {
  test('a check that throws gives one problem and, for an object, an empty story', async () => {
    // No input reaches the net past the checks' own guards, so a check is made to throw.
    vi.resetModules();
    vi.doMock('../../src/model/validation/story', () => ({
      validateStoryParts: function* () {
        throw new Error('a check that throws');
      },
    }));
    try {
      const { validateStory: withThrowingCheck } = await import('../../src/model/validate');
      const unreadable = [{ path: '', message: 'The story could not be read.' }];
      expect(withThrowingCheck({ title: 'T' })).toStrictEqual({ story: { title: '', sources: [], events: [] }, problems: unreadable });
      expect(withThrowingCheck([])).toStrictEqual({ story: null, problems: unreadable });
    } finally {
      vi.doUnmock('../../src/model/validation/story');
      vi.resetModules();
    }
  });
});
