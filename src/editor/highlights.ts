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

/** Highlights by paragraph id, for the candidates not rejected. */
export function highlightsOf(doc: EditorDocument): Map<string, Highlight[]> {
  const byParagraph = new Map<string, Highlight[]>();
  const texts = new Map(doc.paragraphs.map((p) => [p.id, p.text]));
  const shown = doc.candidates.filter((c: Candidate) => c.status !== 'rejected');
  for (const candidate of shown) {
    candidate.citations.forEach((citation, i) => {
      const text = citation.source === doc.sourceId ? texts.get(citation.paragraph) : undefined;
      const at = text && citation.quote ? text.indexOf(citation.quote) : -1;
      if (at < 0) return;
      const list = byParagraph.get(citation.paragraph) ?? [];
      list.push({ start: at, end: at + citation.quote.length, kind: 'quote', candidate: candidate.id });
      const phrase = candidate.phrases[i];
      const within = phrase ? citation.quote.indexOf(phrase) : -1;
      if (within >= 0) list.push({ start: at + within, end: at + within + phrase.length, kind: 'phrase', candidate: candidate.id });
      byParagraph.set(citation.paragraph, list);
    });
  }
  return byParagraph;
}

/** The paragraph cut at every highlight's ends, each piece knowing whether it is quoted and a date phrase. */
export function segmentsOf(text: string, highlights: readonly Highlight[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(text.length, h.start)));
    cuts.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (start === end) continue;
    const covers = (kind: Highlight['kind']) => highlights.some((h) => h.kind === kind && h.start <= start && h.end >= end);
    const segment = { text: text.slice(start, end), quote: covers('quote'), phrase: covers('phrase') };
    const last = segments[segments.length - 1];
    if (last && last.quote === segment.quote && last.phrase === segment.phrase) last.text += segment.text;
    else segments.push(segment);
  }
  return segments;
}

/** The candidates citing each paragraph, in document order. */
export function citersOf(doc: EditorDocument): Map<string, Candidate[]> {
  const map = new Map<string, Candidate[]>();
  for (const c of doc.candidates) {
    if (c.status === 'rejected') continue;
    for (const citation of c.citations) {
      if (citation.source !== doc.sourceId) continue;
      const list = map.get(citation.paragraph) ?? [];
      if (!list.includes(c)) list.push(c);
      map.set(citation.paragraph, list);
    }
  }
  return map;
}
