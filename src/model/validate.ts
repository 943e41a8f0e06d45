/**
 * Validates untrusted story JSON. It never throws: it returns the valid part of the story and
 * every problem found, each a plain sentence with the JSON path of the offending value.
 * Unknown fields are ignored (forward compatibility); only known fields are copied.
 * The checks live in validation/, one module per part of the story.
 */
import type { ValidationResult } from './types';
// Imported first (and sources first in story.ts), so the bundler puts the EDTF parser first in the
// worker: the worker's copy of the validator then minifies like the page's and gzips ~1 KB smaller.
import { validateStoryParts } from './validation/story';
import { isObject } from './validation/json-read';
import { Problems } from './validation/problems';

export { EVENT_ID_PATTERN } from './validation/events';

/** Validate untrusted story JSON. Never throws. */
export function validateStory(input: unknown): ValidationResult {
  const steps = validationSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `validateStory` a step at a time, for a caller that gives the page a turn between steps (a big
 * story read on the main thread): each step yields the fraction of events done so far, and the
 * generator returns what `validateStory` returns.
 */
export function* validationSteps(input: unknown): Generator<number, ValidationResult, void> {
  const problems = new Problems();
  try {
    return { story: yield* validateStoryParts(input, problems), problems: problems.list };
  } catch {
    problems.add('', 'The story could not be read.');
    return { story: isObject(input) ? { title: '', sources: [], events: [] } : null, problems: problems.list };
  }
}
