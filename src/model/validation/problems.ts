/**
 * The validator's problems and the words of its messages: each problem is a plain sentence with
 * the JSON path of the offending value, and names a value by what it is or by a clipped quote.
 */
import type { Problem } from '../types';
import { cutText } from '../text-limit';
import { isArray } from './json-read';

/** The problems found so far, in the order they were found. */
export class Problems {
  readonly list: Problem[] = [];

  add(path: string, message: string, eventId?: string): void {
    const problem: Problem = { path, message };
    if (eventId !== undefined) problem.eventId = eventId;
    this.list.push(problem);
  }

  /** A warning: something to look at, where nothing was left out. */
  warn(path: string, message: string, eventId?: string): void {
    const problem: Problem = { path, message, severity: 'warning' };
    if (eventId !== undefined) problem.eventId = eventId;
    this.list.push(problem);
  }
}

/** Runs one item's check; anything unexpected (a hostile getter, a Proxy) becomes a problem. */
export function guard<T>(check: () => T | null, path: string, problems: Problems): T | null {
  try {
    return check();
  } catch {
    problems.add(path, `The value at ${path} could not be read.`);
    return null;
  }
}

const MAX_SHOWN = 60;

/** A value quoted for a message, clipped so a huge string keeps the message one readable line. */
export function quote(text: string): string {
  return JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
}

/** What a wrong value is, for messages: "a number", "an array", "null". */
export function kind(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

/** A value for a message: a quoted (clipped) string, or what kind of value it is. */
export function describe(value: unknown): string {
  return typeof value === 'string' ? quote(value) : kind(value);
}

/** The sentence for a value that should be a string: "the summary must be a string, not a number." */
export function mustBeString(what: string, value: unknown): string {
  return `${what} must be a string, not ${kind(value)}.`;
}

/**
 * `text` within `max` characters: a longer one is cut (see cutText) with a problem at `path` that
 * names it, "`subject` is 1000000 characters long, longer than the 300 allowed; it is cut to 300."
 */
export function limited(text: string, max: number, path: string, subject: string, problems: Problems, eventId?: string): string {
  if (text.length <= max) return text;
  problems.add(path, `${subject} is ${text.length} characters long, longer than the ${max} allowed; it is cut to ${max}.`, eventId);
  return cutText(text, max);
}

/** Events and eras are both sourced: their citations are checked alike, their problems named by collection. */
export type Collection = 'events' | 'eras';

/** How messages name an event (or an era): by its id when it has one, else by where it is. */
export function eventLabel(eventId: string | undefined, index: number, collection: Collection): string {
  const noun = collection === 'eras' ? 'Era' : 'Event';
  return eventId !== undefined ? `${noun} ${quote(eventId)}` : `${noun} at ${collection}[${index}]`;
}
