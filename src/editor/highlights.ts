import type { Citation, Paragraph } from '../model/types';
import type { Candidate, EditorDocument } from './document';

/**
 * Where the article's paragraphs are highlighted: the words each candidate quotes, and inside
 * them the date phrase its date came from. Offsets only; the view renders the pieces as text.
 */

export interface Highlight {
  start: number;
  end: number;
  kind: 'quote' | 'phrase';
  /** The candidate that cites these words. */
  candidate: string;
}

/** A run of a paragraph's text and what covers it. */
export interface Segment {
  text: string;
  quote: boolean;
  phrase: boolean;
}

/** `next` when it differs from `before`, else `before`: lists that did not change keep their identity, so their paragraph is not drawn again. */
function kept<T>(before: readonly T[] | undefined, next: T[], same: (a: T, b: T) => boolean): T[] {
  return before && before.length === next.length && before.every((item, i) => same(item, next[i])) ? (before as T[]) : next;
}

const sameHighlight = (a: Highlight, b: Highlight) => a.start === b.start && a.end === b.end && a.kind === b.kind && a.candidate === b.candidate;

/**
 * Highlights by paragraph id, for the candidates not rejected. A paragraph whose highlights are
 * those of `previous` keeps that list.
 */
export function highlightsOf(doc: EditorDocument, previous?: Map<string, Highlight[]>): Map<string, Highlight[]> {
  const byParagraph = new Map<string, Highlight[]>();
  const texts = textsOf(doc);
  for (const candidate of doc.candidates) {
    if (candidate.status === 'rejected') continue;
    for (const [paragraph, highlights] of highlightsOfCandidate(candidate, doc, texts)) {
      const list = byParagraph.get(paragraph);
      if (list) list.push(...highlights);
      else byParagraph.set(paragraph, highlights.slice());
    }
  }
  if (previous) for (const [id, list] of byParagraph) byParagraph.set(id, kept(previous.get(id), list, sameHighlight));
  return byParagraph;
}

/** The paragraphs' texts by id, made once per list of paragraphs. */
const textMaps = new WeakMap<readonly Paragraph[], Map<string, string>>();
function textsOf(doc: EditorDocument): Map<string, string> {
  let texts = textMaps.get(doc.paragraphs);
  if (!texts) textMaps.set(doc.paragraphs, (texts = new Map(doc.paragraphs.map((p) => [p.id, p.text]))));
  return texts;
}

/**
 * One candidate's highlights, by paragraph: found once for its quotes and phrases (arrays that an
 * edit of its title, summary or date leaves as they are), so a story of 10,000 events does not
 * search every quote again at each keystroke.
 */
const found = new WeakMap<Citation[], { id: string; phrases: string[]; texts: Map<string, string>; sourceId: string; byParagraph: [string, Highlight[]][] }>();
function highlightsOfCandidate(candidate: Candidate, doc: EditorDocument, texts: Map<string, string>): [string, Highlight[]][] {
  const before = found.get(candidate.citations);
  if (before && before.id === candidate.id && before.phrases === candidate.phrases && before.texts === texts && before.sourceId === doc.sourceId) return before.byParagraph;
  const byParagraph: [string, Highlight[]][] = [];
  candidate.citations.forEach((citation, i) => {
    const text = citation.source === doc.sourceId ? texts.get(citation.paragraph) : undefined;
    const at = text && citation.quote ? text.indexOf(citation.quote) : -1;
    if (at < 0) return;
    const list: Highlight[] = [{ start: at, end: at + citation.quote.length, kind: 'quote', candidate: candidate.id }];
    const phrase = candidate.phrases[i];
    const within = phrase ? citation.quote.indexOf(phrase) : -1;
    if (within >= 0) list.push({ start: at + within, end: at + within + phrase.length, kind: 'phrase', candidate: candidate.id });
    byParagraph.push([citation.paragraph, list]);
  });
  found.set(candidate.citations, { id: candidate.id, phrases: candidate.phrases, texts, sourceId: doc.sourceId, byParagraph });
  return byParagraph;
}

/**
 * The paragraph cut at every highlight's ends, each piece knowing whether it is quoted and a date
 * phrase: one sweep over the ends in order (a paragraph cited by hundreds of events stays cheap).
 */
export function segmentsOf(text: string, highlights: readonly Highlight[]): Segment[] {
  const clamp = (at: number) => Math.max(0, Math.min(text.length, at));
  const ends: { at: number; kind: Highlight['kind']; step: number }[] = [];
  for (const h of highlights) {
    const [start, end] = [clamp(h.start), clamp(h.end)];
    if (start >= end) continue;
    ends.push({ at: start, kind: h.kind, step: 1 }, { at: end, kind: h.kind, step: -1 });
  }
  ends.sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  const open = { quote: 0, phrase: 0 };
  const push = (from: number, to: number) => {
    if (from >= to) return;
    const segment = { text: text.slice(from, to), quote: open.quote > 0, phrase: open.phrase > 0 };
    const last = segments[segments.length - 1];
    if (last && last.quote === segment.quote && last.phrase === segment.phrase) last.text += segment.text;
    else segments.push(segment);
  };
  let at = 0;
  for (const end of ends) {
    push(at, end.at);
    at = Math.max(at, end.at);
    open[end.kind] += end.step;
  }
  push(at, text.length);
  return segments;
}

/**
 * The paragraph's segments (segmentsOf) cut again at `bounds`, the chunks a long paragraph is drawn
 * in: one list per chunk, a highlight across a chunk's end split in two.
 */
export function chunkedSegmentsOf(text: string, highlights: readonly Highlight[], bounds: readonly (readonly [number, number])[]): Segment[][] {
  const chunks: Segment[][] = bounds.map(() => []);
  let chunk = 0;
  let at = 0;
  for (const segment of segmentsOf(text, highlights)) {
    const end = at + segment.text.length;
    while (at < end) {
      while (chunk < bounds.length - 1 && at >= bounds[chunk][1]) chunk++;
      const to = Math.min(end, bounds[chunk][1]);
      chunks[chunk].push({ ...segment, text: text.slice(at, to) });
      at = to;
    }
  }
  return chunks;
}

/** Whether `after` quotes what `before` did: the same event, quotes and date phrases, and both rejected or neither. */
const quotesAlike = (before: Candidate, after: Candidate) =>
  before.id === after.id && before.citations === after.citations && before.phrases === after.phrases && (before.status === 'rejected') === (after.status === 'rejected');

/**
 * The candidates of `before` that `after` replaced, as [before, after] pairs, when every one kept
 * its place and its quotes (an edit of a title, summary, date or decision): then the highlights are
 * those of `before`. Null when a candidate was added, removed, moved, or quotes other words.
 */
export function replacedKeepingQuotes(before: readonly Candidate[], after: readonly Candidate[]): [Candidate, Candidate][] | null {
  if (before.length !== after.length) return null;
  const replaced: [Candidate, Candidate][] = [];
  for (let i = 0; i < after.length; i++) {
    if (before[i] === after[i]) continue;
    if (!quotesAlike(before[i], after[i])) return null;
    replaced.push([before[i], after[i]]);
  }
  return replaced;
}

/** `previous` citers with each replaced candidate in its old one's place: only the lists of the paragraphs they cite are new. */
export function citersReplacing(previous: Map<string, Candidate[]>, replaced: readonly [Candidate, Candidate][], sourceId: string): Map<string, Candidate[]> {
  if (replaced.length === 0) return previous;
  const map = new Map(previous);
  for (const [before, after] of replaced) {
    for (const citation of after.citations) {
      const list = citation.source === sourceId ? map.get(citation.paragraph) : undefined;
      if (list?.includes(before)) map.set(citation.paragraph, list.map((c) => (c === before ? after : c)));
    }
  }
  return map;
}

/** The candidates citing each paragraph, in document order; a paragraph whose citers are those of `previous` keeps that list. */
export function citersOf(doc: EditorDocument, previous?: Map<string, Candidate[]>): Map<string, Candidate[]> {
  const map = new Map<string, Candidate[]>();
  for (const c of doc.candidates) {
    if (c.status === 'rejected') continue;
    for (const citation of c.citations) {
      if (citation.source !== doc.sourceId) continue;
      const list = map.get(citation.paragraph) ?? [];
      if (list[list.length - 1] !== c) list.push(c);
      map.set(citation.paragraph, list);
    }
  }
  if (previous) for (const [id, list] of map) map.set(id, kept(previous.get(id), list, (a, b) => a === b));
  return map;
}
