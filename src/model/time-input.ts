import { DateTime } from 'luxon';
import { parseEdtf } from './edtf';

/**
 * Reads a time a page passes in (`zoomTo`): an EDTF date or an ISO date-time, as epoch ms (UTC).
 * An EDTF `end` counts to the end of its period, so `2021-08` as an end means 1 September 2021.
 * Null when it cannot be read.
 */
export function readTime(text: string, edge: 'start' | 'end'): number | null {
  if (typeof text !== 'string') return null;
  const edtf = parseEdtf(text);
  if (edtf.ok) return edge === 'start' ? edtf.value.startMs : edtf.value.endMs;
  const iso = DateTime.fromISO(text, { zone: 'utc' });
  return iso.isValid ? iso.toMillis() : null;
}

/** Epoch ms as an ISO date-time in UTC, to the nearest millisecond. */
export function toIso(ms: number): string {
  // An explicit locale keeps Luxon from asking Intl for the system's (see date-phrase.ts).
  return DateTime.fromMillis(Math.round(ms), { zone: 'utc', locale: 'en' }).toISO() ?? '';
}
