import { draftHeadline, type TextSpan } from './headlines';

/**
 * Titles and ids for events: a quote's title is a headline (headlines.ts) without its date phrases.
 */

/** A headline title for a quote, leaving out the given phrases (its dates); the first phrase dates the event. */
export function draftTitle(quote: string, phrases: string[]): string {
  const dates: TextSpan[] = [];
  for (const phrase of phrases) {
    if (!phrase) continue;
    const at = quote.indexOf(phrase);
    if (at !== -1) dates.push({ start: at, end: at + phrase.length });
  }
  return draftHeadline({ sentence: quote, dates, anchor: dates[0] });
}

/** A title's words as lower-case ASCII, accents dropped and apostrophes joined ("Afghanistan’s" → "afghanistans"). */
export function asciiWords(title: string): string[] {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A URL-safe id from a title, unique among `taken` (which it updates). */
export function draftId(title: string, date: string, taken: Set<string>): string {
  const slug = asciiWords(title).slice(0, 6).join('-');
  const year = /\d{4}/.exec(date)?.[0];
  const base = [year, slug].filter(Boolean).join('-') || 'event';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
