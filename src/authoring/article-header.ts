/**
 * Header lines at the top of an article file, for drafting several articles at once:
 * `# url: …`, `# publisher: …`, `# published: YYYY-MM-DD`, `# title: …`, one a line, before the
 * text. They are blanked, not removed, so line numbers in messages still count the file's lines.
 */

export type HeaderField = 'url' | 'publisher' | 'published' | 'title';

export const HEADER_FIELDS: readonly HeaderField[] = ['url', 'publisher', 'published', 'title'];

export interface ArticleHeader {
  /** The fields the header gives (the last of a field given twice). */
  fields: Partial<Record<HeaderField, string>>;
  /** The text with the header lines blanked. */
  text: string;
}

const HEADER_LINE = /^#\s*(url|publisher|published|title)\s*:\s*(.*?)\s*$/i;

/** The header fields at the top of `text` (blank lines may come between them) and the text without them. */
export function readArticleHeader(text: string): ArticleHeader {
  const lines = text.split('\n');
  const fields: Partial<Record<HeaderField, string>> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '') continue;
    const m = HEADER_LINE.exec(line);
    if (!m) break;
    if (m[2]) fields[m[1].toLowerCase() as HeaderField] = m[2];
    lines[i] = '';
  }
  return { fields, text: lines.join('\n') };
}
