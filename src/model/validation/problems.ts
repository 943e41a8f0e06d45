/**
 * The validator's problems: each problem is a plain sentence with the JSON path of the offending
 * value. The checks say which message and with what (a `Said`); the words are in messages.ts.
 */
import type { Problem } from '../types';
import { cutText } from '../text-limit';
import { isArray } from './json-read';
import type { Messages } from './messages';

/** A message given to another as one of its words (checked where it is made, as a `Said`). */
interface Nested extends ReadonlyArray<unknown> {
  readonly 0: keyof Messages;
}

/** What a message is given: numbers and names as they are, a string or a message of its own. */
export type Given<Args> = { [I in keyof Args]: Args[I] extends string ? string | Nested : Args[I] };

/** A message the checks say: its key in messages.ts and what fills its words. */
export type Said = { [K in keyof Messages]: readonly [K, ...Given<Parameters<Messages[K]>>] }[keyof Messages];

/**
 * The problems found so far, in the order they were found. Given `say` (messages.ts's `sentence`),
 * each is worded as it is found; without it, as the element's first frame reads a story, each
 * problem's message is empty and what it said waits in `unsaid` for `sayAll`.
 */
export class Problems {
  readonly list: Problem[] = [];
  private unsaid: [Problem, Said | string][] = [];

  constructor(private readonly say?: (said: Said | string) => string) {}

  add(path: string, said: Said | string, eventId?: string): void {
    this.push({ path, message: '' }, said, eventId);
  }

  /** A warning: something to look at, where nothing was left out. */
  warn(path: string, said: Said | string, eventId?: string): void {
    this.push({ path, message: '', severity: 'warning' }, said, eventId);
  }

  private push(problem: Problem, said: Said | string, eventId: string | undefined): void {
    if (eventId !== undefined) problem.eventId = eventId;
    if (this.say) problem.message = this.say(said);
    else this.unsaid.push([problem, said]);
    this.list.push(problem);
  }

  /** Whether some problems wait for their words. */
  get waiting(): boolean {
    return this.unsaid.length > 0;
  }

  /** Words every problem still waiting, in place (the list's objects are the ones already handed out). */
  sayAll(say: (said: Said | string) => string): void {
    for (const [problem, said] of this.unsaid) problem.message = say(said);
    this.unsaid = [];
  }
}

/** Runs one item's check; anything unexpected (a hostile getter, a Proxy) becomes a problem. */
export function guard<T>(check: () => T | null, path: string, problems: Problems): T | null {
  try {
    return check();
  } catch {
    problems.add(path, ['unreadableAt', path]);
    return null;
  }
}

/** What a wrong value is, for messages: "a number", "an array", "null". Read at once: the value may be hostile. */
export function kind(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

const MAX_SHOWN = 60;

/** A value quoted for a message, clipped so a huge string keeps the message one readable line. */
export function quote(text: string): string {
  return JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
}

/** A value for a message: a quoted (clipped) string, or what kind of value it is. */
export function describe(value: unknown): string {
  return typeof value === 'string' ? quote(value) : kind(value);
}

/** The message for a value that should be a string: "the summary must be a string, not a number." */
export function mustBeString(what: string | Said, value: unknown): Said {
  return ['mustBeString', what, kind(value)];
}

/**
 * `text` within `max` characters: a longer one is cut (see cutText) with a problem at `path` that
 * names it, "`subject` is 1000000 characters long, longer than the 300 allowed; it is cut to 300."
 */
export function limited(text: string, max: number, path: string, subject: Said, problems: Problems, eventId?: string): string {
  if (text.length <= max) return text;
  problems.add(path, ['cut', subject, text.length, max], eventId);
  return cutText(text, max);
}

/** Events and eras are both sourced: their citations are checked alike, their problems named by collection. */
export type Collection = 'events' | 'eras';
