import { readEdtf } from './edtf-reader';
import type { CalendarDate, Citation } from './types';

/**
 * A validated citation's own date as read in its story's zone, derived and never stored on the
 * citation: a time written without an offset means the story's `timeZone`, which the citation
 * alone does not know. The validator fills it.
 */
export const citationCalendars = new WeakMap<Citation, CalendarDate>();

/** The citation's own date, in its story's zone once validated; null when it has none or it cannot be read. */
export function citationCalendar(citation: Citation): CalendarDate | null {
  const known = citationCalendars.get(citation);
  if (known) return known;
  if (citation.date === undefined) return null;
  const parsed = readEdtf(citation.date);
  return parsed.ok ? parsed.value : null;
}
