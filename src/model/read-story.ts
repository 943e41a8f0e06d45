/**
 * Reading untrusted story JSON as validateStory does (validate.ts), with each problem's words left
 * for later: the element's first frame reads a story with this module, and the later parts bring
 * the words (validation/messages.ts), which validate.ts imports and this module must not.
 */
import type { ValidationResult } from './types';
import { validateStoryParts } from './validation/story';
import { isObject } from './validation/json-read';
import { Problems } from './validation/problems';

/**
 * What `validateStory` returns, with each problem's message left empty until `problems.sayAll`
 * words it (with validation/messages.ts's `sentence`).
 */
export function readStory(input: unknown): { result: ValidationResult; problems: Problems } {
  const problems = new Problems();
  return { result: settled(readingSteps(input, problems)), problems };
}

/** The last value of validation steps, run to their end. */
export function settled(steps: Generator<number, ValidationResult, void>): ValidationResult {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * validateStory a step at a time (each step yields the fraction of events done so far), each
 * problem worded by `problems` or left for `problems.sayAll` (see readStory).
 */
export function* readingSteps(input: unknown, problems: Problems): Generator<number, ValidationResult, void> {
  try {
    return { story: yield* validateStoryParts(input, problems), problems: problems.list };
  } catch {
    problems.add('', ['unreadable']);
    return { story: isObject(input) ? { title: '', sources: [], events: [] } : null, problems: problems.list };
  }
}
