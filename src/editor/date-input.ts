import { parseEdtf } from '../model/edtf';
import { capitalized, datePhrase } from '../model/date-phrase';

/** What the date field makes of the words typed in it, shown before they are saved. */
export type DateReading = { ok: true; edtf: string; reads: string } | { ok: false; message: string };

/** The words typed in an event's date field, read as a story date: EDTF; empty is "no date yet". */
export function readDateInput(text: string, locale = 'en'): DateReading {
  const typed = text.trim();
  if (!typed) return { ok: true, edtf: '', reads: 'No date yet' };
  const parsed = parseEdtf(typed);
  return parsed.ok ? { ok: true, edtf: typed, reads: capitalized(datePhrase(parsed.value, locale)) } : { ok: false, message: parsed.error };
}
