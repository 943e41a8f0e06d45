/**
 * Draft titles and ids from a quote: short, without the date words, readable as a headline.
 */

const MAX_TITLE_WORDS = 10;

// Openings that join a clause to the text before it and say nothing about the event.
const CONNECTIVE =
  /^(?:further(?:more)?|however|additionally|also|meanwhile|moreover|then|later|earlier|subsequently|in addition|as well as|including|and|but|while|whereas|following|after|before|which|that|when|so|thus|since|because)\b[\s,]*/i;

// Words a title does not end on.
const DANGLING = /\s+(?:and|or|of|the|a|an|in|on|at|to|for|from|by|with|as|that|which|who|its|their|his|her|is|was|were|had|has|have|after|before|since|until|during|between|through|throughout)$/i;

/** A title drafted from a quote with the given phrases (dates) removed. */
export function draftTitle(quote: string, phrases: string[]): string {
  let text = quote;
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    if (phrase) text = text.split(phrase).join(' ');
  }
  text = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,.;:—–-]+/, '')
    .trim();
  // A short opening clause ("In a statement,") is framing, not the event.
  const firstComma = text.indexOf(', ');
  if (firstComma > 0 && text.slice(0, firstComma).split(' ').length < 4) text = text.slice(firstComma + 2);
  for (let i = 0; i < 3; i++) text = text.replace(CONNECTIVE, '');
  text = text.replace(/^[“"‘']+/, '').replace(/,?\s*(?:[“"][^”"]*[”"])?\s*(?:he|she|they|it|the \w+) (?:said|says|added)\.?$/i, '');
  const clause = text.split(/[,;:]\s|\s[—–]\s/)[0];
  const words = (clause.split(' ').length >= 3 ? clause : text).split(' ').filter(Boolean).slice(0, MAX_TITLE_WORDS);
  let title = words.join(' ').replace(/[\s,.;:!?“”"‘’'—–-]+$/, '');
  for (let i = 0; i < 3; i++) title = title.replace(DANGLING, '');
  title = title.replace(/^the\s+/i, '');
  if (!/\S/.test(title)) return 'Untitled event';
  return title[0].toUpperCase() + title.slice(1);
}

/** A URL-safe id from a title, unique among `taken` (which it updates). */
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

export function draftId(title: string, date: string, taken: Set<string>): string {
  const slug = asciiWords(title).slice(0, 6).join('-');
  const year = /\d{4}/.exec(date)?.[0];
  const base = [year, slug].filter(Boolean).join('-') || 'event';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
