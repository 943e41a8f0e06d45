import { readingSteps } from '../../model/read-story';
import type { Problems } from '../../model/validation/problems';
import type { ValidationResult } from '../../model/types';
import { yieldToPage } from './yield';

/** Time one slice may take before the page gets a turn. */
const SLICE_MS = 8;

/** Between two slices: says how far the work is, gives the page its turn, stops if the load was replaced; the next slice's deadline. */
async function pageTurn(signal: AbortSignal, onProgress: (fraction: number) => void, fraction: number): Promise<number> {
  onProgress(fraction);
  await yieldToPage();
  signal.throwIfAborted();
  return performance.now() + SLICE_MS;
}

const QUOTE = 34; // "
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/** Where a story's `events` array is in its text, and where each element of it ends. */
interface EventsSpan {
  /** Index of `[` and one past `]`. */
  start: number;
  end: number;
  /** Element boundaries: element k is text[bounds[k] + 1, bounds[k + 1]) (commas and brackets excluded). */
  bounds: number[];
}

/** The index one past the string that starts with the quote at `at`, or -1 when it never closes. */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) return -1;
    let backslashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/**
 * Finds the top-level `events` array and its elements' boundaries, a slice of the text at a time.
 * Null when the text is not a JSON object with exactly one top-level `events` array (or is not JSON):
 * then the caller parses it whole, so every error reads as JSON.parse words it.
 */
async function findEvents(text: string, signal: AbortSignal, onProgress: (fraction: number) => void): Promise<EventsSpan | null> {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  if (text.charCodeAt(i) !== OPEN_BRACE) return null;
  let depth = 0;
  /** The last string at depth 1 that a colon followed: the key whose value is being read. */
  let key: string | null = null;
  let lastString: string | null = null;
  let span: EventsSpan | null = null;
  let inEvents = false;
  let deadline = performance.now() + SLICE_MS;
  for (let steps = 0; i < text.length; i++) {
    if (++steps % 4096 === 0 && performance.now() > deadline) {
      deadline = await pageTurn(signal, onProgress, i / text.length);
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end === -1) return null;
      if (depth === 1) lastString = text.slice(i, end);
      i = end - 1;
    } else if (c === COLON) {
      if (depth === 1) key = lastString;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth === 2 && c === OPEN_BRACKET && key === '"events"') {
        // A second top-level "events" (JSON.parse keeps the last) is left to JSON.parse.
        if (span) return null;
        span = { start: i, end: -1, bounds: [i] };
        inEvents = true;
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 2 && inEvents) {
        span!.bounds.push(i);
        span!.end = i + 1;
        inEvents = false;
      }
      depth--;
      if (depth === 0) break;
    } else if (c === COMMA) {
      if (depth === 2 && inEvents) span!.bounds.push(i);
      else if (depth === 1) key = null;
    }
  }
  return depth === 0 && span && span.end > 0 ? span : null;
}

/**
 * JSON.parse for a big story on a page that cannot start a worker: each event is parsed on its own,
 * by the native JSON.parse (streaming JSON libraries tokenise every character in script, far slower),
 * a few milliseconds' worth at a time, with the page's turn between. Gives the value JSON.parse
 * gives, and throws the SyntaxError it throws (by parsing the whole text when anything is amiss).
 */
export async function parseInSlices(text: string, signal: AbortSignal, onProgress: (fraction: number) => void): Promise<unknown> {
  // Finding the elements is about a tenth of the work; parsing them the rest.
  const span = await findEvents(text, signal, (f) => onProgress(f * 0.1));
  if (!span) return JSON.parse(text);
  let rest: Record<string, unknown>;
  try {
    rest = JSON.parse(text.slice(0, span.start) + '[]' + text.slice(span.end)) as Record<string, unknown>;
  } catch {
    return JSON.parse(text);
  }
  const { bounds } = span;
  const count = bounds.length - 1;
  // `[]` and `[ ]` have one empty "element": no events.
  const empty = count === 1 && text.slice(bounds[0] + 1, bounds[1]).trim() === '';
  const events: unknown[] = new Array(empty ? 0 : count);
  await yieldToPage();
  signal.throwIfAborted();
  let deadline = performance.now() + SLICE_MS;
  for (let k = 0; k < events.length; k++) {
    if (k % 64 === 63 && performance.now() > deadline) {
      deadline = await pageTurn(signal, onProgress, 0.1 + (0.9 * k) / events.length);
    }
    try {
      events[k] = JSON.parse(text.slice(bounds[k] + 1, bounds[k + 1]));
    } catch {
      return JSON.parse(text);
    }
  }
  onProgress(1);
  rest.events = events;
  return rest;
}

/**
 * validateStory for a big story on a page that cannot start a worker: a slice of events at a time
 * (see `validationSteps`), with the page's turn between, so 100,000 events are no single long task.
 * The problems are worded by `problems` (or wait for their words: see readStory).
 */
export async function validateInSlices(data: unknown, signal: AbortSignal, onProgress: (fraction: number) => void, problems: Problems): Promise<ValidationResult> {
  const steps = readingSteps(data, problems);
  let deadline = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() > deadline) deadline = await pageTurn(signal, onProgress, step.value);
  }
}
