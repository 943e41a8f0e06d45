import { readEverydayDate, type EverydayDateOptions } from '../authoring/everyday-dates';

/** What the date field makes of the words typed in it, shown before they are saved. */
export type DateReading = { ok: true; edtf: string; reads: string } | { ok: false; message: string };

/**
 * The words typed in an event's date field, read as a story date the way people write dates
 * ("Oct 2022", "27/10/2022" in the page's day/month order, "by 1994", "the 1990s", EDTF as typed;
 * see readEverydayDate); an empty field is "no date yet". `published` (YYYY-MM-DD) is what
 * "last week" counts from; `card` gives the story's time zone and the card's date, whose day a
 * time typed alone ("6:04 pm") goes on.
 */
export function readDateInput(text: string, locale = 'en', published?: string, card: Pick<EverydayDateOptions, 'timeZone' | 'cardDate'> = {}): DateReading {
  if (!text.trim()) return { ok: true, edtf: '', reads: 'No date yet' };
  const reading = readEverydayDate(text, { locale, published: published?.trim() || undefined, ...card });
  return reading.ok ? { ...reading, reads: reading.reads.charAt(0).toLocaleUpperCase() + reading.reads.slice(1) } : reading;
}
