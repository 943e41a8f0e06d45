import type { Citation } from '../model/types';
import type { Candidate, EditorDocument } from './document';

/**
 * Where an event stands in the draft's articles: the validator keeps events that share their dates
 * in the story's order, so the editor keeps its events in the order the articles tell them.
 */

/** A citation's place: its article, its paragraph there, its quote's offset; null when the draft has no such paragraph. */
export function placeOf(doc: EditorDocument, citation: Citation): [number, number, number] | null {
  const articles = [{ sourceId: doc.sourceId, paragraphs: doc.paragraphs }, ...doc.articles];
  const article = articles.findIndex((a) => a.sourceId === citation.source);
  if (article < 0) return null;
  const paragraphs = articles[article].paragraphs;
  const paragraph = paragraphs.findIndex((p) => p.id === citation.paragraph);
  if (paragraph < 0) return null;
  return [article, paragraph, Math.max(0, paragraphs[paragraph].text.indexOf(citation.quote))];
}

const before = (a: readonly number[], b: readonly number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Where `candidate` goes among `candidates` to keep the article's order: after the last event
 * whose first quote comes no later than its own. Events with no place in the draft (an opened
 * story's other sources) are stepped over, so they keep their places.
 */
export function insertionIndex(doc: EditorDocument, candidates: readonly Candidate[], candidate: Candidate): number {
  const place = candidate.citations[0] && placeOf(doc, candidate.citations[0]);
  if (!place) return candidates.length;
  let index = 0;
  candidates.forEach((other, i) => {
    const otherPlace = other.citations[0] && placeOf(doc, other.citations[0]);
    if (otherPlace && before(otherPlace, place) <= 0) index = i + 1;
  });
  return index;
}
