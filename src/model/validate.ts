/**
 * Validates untrusted story JSON. It never throws: it returns the valid part of the story and
 * every problem found, each a plain sentence with the JSON path of the offending value.
 * Unknown fields are ignored (forward compatibility); only known fields are copied.
 * The checks live in validation/, one module per part of the story; their words in
 * validation/messages.ts (read-story.ts reads a story without them).
 */
import type { ValidationResult } from './types';
import { Problems } from './validation/problems';
import { sentence } from './validation/messages';
import { readingSteps, settled } from './read-story';

export { EVENT_ID_PATTERN } from './validation/events';

/** Validate untrusted story JSON. Never throws. */
export function validateStory(input: unknown): ValidationResult {
  return settled(validationSteps(input));
}

/**
 * `validateStory` a step at a time, for a caller that gives the page a turn between steps (a big
 * story read on the main thread): each step yields the fraction of events done so far, and the
 * generator returns what `validateStory` returns.
 */
export function validationSteps(input: unknown): Generator<number, ValidationResult, void> {
  return readingSteps(input, new Problems(sentence));
}
