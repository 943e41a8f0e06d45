import { parseEdtf } from '../../model/edtf';
import type { Problem, Story } from '../../model/types';

/** Events per message from the worker: receiving 2,000 costs the main thread about 10 ms. */
export const EVENTS_PER_MESSAGE = 2_000;

export interface WorkerRequest {
  /** The story's UTF-8 bytes (transferred, not copied). */
  bytes: ArrayBuffer;
}

export type WorkerReply =
  | { type: 'not-json'; message: string }
  | { type: 'not-story' }
  | { type: 'head'; story: Story | null; problems: Problem[]; eventCount: number }
  | { type: 'events'; events: Story['events'] }
  | { type: 'done' };

/** The lists whose items carry a parsed `calendar` next to their EDTF `date`. */
const DATED = ['events', 'eras'] as const;

type Dated = { date: string; calendar?: unknown };

/**
 * A copy of `story` whose dated items have no `calendar`: a parsed date is a class instance whose
 * DateTime getters a structured clone would drop, and its EDTF text says it all.
 */
export function stripCalendars<T extends object>(story: T): T {
  const copy = { ...story } as Record<string, unknown>;
  for (const key of DATED) {
    const items = copy[key];
    if (Array.isArray(items)) copy[key] = items.map((item: Dated) => ({ ...item, calendar: undefined }));
  }
  return copy as T;
}

/** Puts back the parsed dates `stripCalendars` took out: the worker validated them, so each parses. */
export function restoreCalendars(items: readonly unknown[], timeZone?: string): void {
  for (const item of items as Dated[]) {
    const parsed = parseEdtf(item.date, timeZone);
    if (parsed.ok) item.calendar = parsed.value;
  }
}

/** Restores the head's dated lists other than the events (which arrive, and are restored, in parts). */
export function restoreHead(story: Story): void {
  for (const key of DATED) {
    const items = (story as unknown as Record<string, unknown>)[key];
    if (key !== 'events' && Array.isArray(items)) restoreCalendars(items, story.timeZone);
  }
}
