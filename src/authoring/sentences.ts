/**
 * Sentence and clause spans of a paragraph, as offsets into it, so quotes are always slices of the
 * paragraph's own text (verbatim by construction).
 */

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

// Words whose period does not end a sentence: titles and ranks ("Det.", "Cpl."), months, "U.S.", "a.m.".
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mme|Messrs|Dr|Prof|St|Mt|Ft|Gen|Col|Lt|Maj|Sgt|Capt|Adm|Cmdr|Cpl|Pvt|Spc|Det|Insp|Supt|Cllr|Atty|Hon|Msgr|Fr|Sen|Rep|Gov|Pres|Rev|Jr|Sr|Inc|Ltd|Co|Corp|Bros|vs|etc|approx|No|Nos|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])$/;

// Latin stops end a sentence before a space and a capital; a full stop or mark of Chinese and Japanese ends one where it stands (no spaces, no capitals).
const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘(\[]?[\p{Lu}\d])|[。！？]+[」』）”’]*(?=\s*\S)/gu;

/** The sentences of a paragraph, trimmed, in order. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const before = text.slice(Math.max(start, m.index - 12), m.index);
    if (m[0].startsWith('.') && m[0].length === 1 && ABBREVIATION.test(before)) continue;
    pushTrimmed(text, start, m.index + m[0].length, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

const CLAUSE_BREAK = /,\s+|;\s+|:\s+|\s+[—–]\s+|\s+-\s+|\s+\(|\)\s*|\s+(?=as well as\s)|\s+(?=(?:and|but|while|whereas|before|after|following|then)\s)/g;

/**
 * The clauses of a sentence span, split at commas, semicolons, dashes, brackets and joining words,
 * never inside a protected span (a date such as "July 3, 2025").
 */
export function splitClauses(text: string, sentence: Span, protectedSpans: Span[]): Span[] {
  const clauses: Span[] = [];
  const body = text.slice(sentence.start, sentence.end);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m !== null; m = CLAUSE_BREAK.exec(body)) {
    const at = sentence.start + m.index;
    if (protectedSpans.some((p) => at >= p.start && at < p.end)) continue;
    if (m[0].length === 0) {
      CLAUSE_BREAK.lastIndex++;
      continue;
    }
    pushTrimmed(text, sentence.start + start, at, clauses);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, sentence.start + start, sentence.end, clauses);
  return clauses;
}
