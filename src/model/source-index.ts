import type { Source, TimelineEvent } from './types';

/** Sources by id, with each body paragraph's 1-based number (headings are not numbered). */
export interface SourceIndex {
  sources: Map<string, Source>;
  paragraphNumber: Map<string, number>;
}

export const paragraphKey = (source: string, paragraph: string) => `${source}\u0000${paragraph}`;

export function buildSourceIndex(sources: readonly Source[]): SourceIndex {
  const index: SourceIndex = { sources: new Map(), paragraphNumber: new Map() };
  for (const source of sources) {
    index.sources.set(source.id, source);
    // Readers count paragraphs, not headings: ¶ numbers run 1, 2, 3 … over body paragraphs only,
    // the same in the detail panel and the article view.
    let number = 0;
    for (const p of source.paragraphs) if (p.role !== 'heading') index.paragraphNumber.set(paragraphKey(source.id, p.id), ++number);
  }
  return index;
}

/** The events that cite each paragraph (by paragraphKey), each once, in story order: the article view's markers, apart so the first frame does without them. */
export function citingEvents(events: readonly TimelineEvent[]): Map<string, string[]> {
  const citing = new Map<string, string[]>();
  for (const event of events) {
    for (const citation of event.citations) {
      const key = paragraphKey(citation.source, citation.paragraph);
      const list = citing.get(key) ?? [];
      if (!list.includes(event.id)) list.push(event.id);
      citing.set(key, list);
    }
  }
  return citing;
}
