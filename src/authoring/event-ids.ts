/** Event ids from titles: plain string work with no grammar, so the editor can load without the NLP library. */

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
