/**
 * The EDTF subset stories use (edtf-reader.ts reads it): `parseEdtf`, the public function, whose
 * error is one sentence, and the calendar arithmetic beside it. The element's first frame reads
 * dates with `readEdtf`, without the sentences' words (validation/messages.ts), which come later.
 */
import type { CalendarDate } from './types';
import { readEdtf } from './edtf-reader';
import { sentence } from './validation/messages';

export { daysFromCivil, daysInMonth, isLeapYear, toEpochMs, useLuxonDateTimes, yearLabel } from './edtf-reader';

export type EdtfResult = { ok: true; value: CalendarDate } | { ok: false; error: string };

/**
 * Parse one story date; a time written without an offset is read in `timeZone` (the story's IANA
 * zone), and is a problem without one. Never throws; the error is one sentence naming what is wrong.
 */
export function parseEdtf(text: string, timeZone?: string): EdtfResult {
  const reading = readEdtf(text, timeZone);
  return reading.ok ? reading : { ok: false, error: sentence(reading.error) };
}
