/**
 * Stories for the validator's tests (tests/model/validate.test.ts and tests/model/validation/),
 * built fresh by each call so no test sees another's edits.
 */
import { expect } from 'vitest';
import { validateStory } from '../../src/model/validate';
import type { Problem } from '../../src/model/types';

// Loosely typed: the tests edit stories freely, field by field, into every wrong shape.
export type Json = Record<string, any>;

/** A valid story: one source with a heading and two paragraphs, two events. */
export function coupStory(): Json {
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

export function problemsOf(input: unknown): Problem[] {
  return validateStory(input).problems;
}

/** The single problem of the coup story changed by `edit`. */
export function onlyProblem(edit: (s: Json) => void): Problem {
  const s = coupStory();
  edit(s);
  const problems = problemsOf(s);
  expect(problems).toHaveLength(1);
  return problems[0];
}

/** One source with one paragraph about two governments, for stories with groups and eras. */
export const governmentsSource = { id: 's', title: 'Source', paragraphs: [{ id: 'p1', text: 'The first government fell in 2001. The second began in August 2021.' }] };

/** A citations array with one citation of the governments paragraph. */
export const citeGovernments = (quote: string) => [{ source: 's', paragraph: 'p1', quote }];

/** A valid event of the governments story, changed by `extra`. */
export const governmentsEvent = (id: string, extra: Record<string, unknown> = {}) => ({
  id, date: '2021-08', title: `Event ${id}`, citations: citeGovernments('The second began in August 2021.'), dateBasis: 'stated', ...extra,
});

/** The governments story with events "a" and "b", changed (groups, eras, events…) by `extra`. */
export const governmentsStory = (extra: Record<string, unknown>) => ({ title: 'T', sources: [governmentsSource], events: [governmentsEvent('a'), governmentsEvent('b')], ...extra });

/** The paths of a story's problems, in order. */
export const problemPaths = (input: unknown) => validateStory(input).problems.map((p) => p.path);
