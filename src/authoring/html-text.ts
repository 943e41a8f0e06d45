/**
 * HTML reduced to one line of plain text, by string rules only: it is never parsed into or
 * rendered by a DOM, so markup from an imported file cannot run or load anything.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', deg: '°',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ',
  ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', szlig: 'ß', middot: '·', bull: '•', times: '×',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** The link targets in a piece of HTML, so an import can report that they were not kept. */
export function htmlLinks(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) links.push(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  return links;
}

/** Plain text of an HTML fragment: tags dropped, block ends as spaces, entities decoded, whitespace collapsed. */
export function htmlToText(html: unknown): string {
  if (typeof html !== 'string') return '';
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/<[^>]*$/, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
