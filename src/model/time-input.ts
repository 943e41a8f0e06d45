import { readEdtf } from './edtf-reader';
import { isoDateTime, readIsoDateTime } from './utc-calendar';

let readOtherIso: ((text: string) => number | null) | null = null;

/** Lets `readTime` read the ISO forms the light reader leaves (week dates, basic format) with Luxon (luxon-dates.ts does, on import). */
export function useLuxonIsoReader(read: (text: string) => number | null): void {
  readOtherIso = read;
}

/**
 * Reads a time a page passes in (`zoomTo`): an EDTF date or an ISO date-time, as epoch ms (UTC).
 * An EDTF `end` counts to the end of its period, so `2021-08` as an end means 1 September 2021.
 * Null when it cannot be read. Extended date-times are read without Luxon; rarer ISO forms once
 * Luxon is there (in history-timeline.js, after a timeline's first frame).
 */
export function readTime(text: string, edge: 'start' | 'end'): number | null {
  if (typeof text !== 'string') return null;
  // A date-time is an instant here, not the minute or second EDTF makes of it.
  const edtf = text.includes('T') ? null : readEdtf(text);
  if (edtf?.ok) return edge === 'start' ? edtf.value.startMs : edtf.value.endMs;
  return readIsoDateTime(text) ?? readOtherIso?.(text) ?? null;
}

/** Epoch ms as an ISO date-time in UTC, to the nearest millisecond. */
export function toIso(ms: number): string {
  return isoDateTime(Math.round(ms));
}
