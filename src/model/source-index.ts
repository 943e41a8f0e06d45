import type { Source, TimelineEvent } from './types';

/** Sources by id, with each body paragraph's 1-based number (headings are not numbered) and the events that cite it. */
export interface SourceIndex {
  sources: Map<string, Source>;
  paragraphNumber: Map<string, number>;
  citingEvents: Map<string, string[]>;
}

export const paragraphKey = (source: string, paragraph: string) => `${source}\u0000${paragraph}`;

export function buildSourceIndex(sources: readonly Source[], events: readonly TimelineEvent[]): SourceIndex {
  const index: SourceIndex = { sources: new Map(), paragraphNumber: new Map(), citingEvents: new Map() };
  for (const source of sources) {
    index.sources.set(source.id, source);
    // Readers count paragraphs, not headings: ¶ numbers run 1, 2, 3 … over body paragraphs only,
    // the same in the detail panel and the article view.
    let number = 0;
    for (const p of source.paragraphs) if (p.role !== 'heading') index.paragraphNumber.set(paragraphKey(source.id, p.id), ++number);
  }
  for (const event of events) {
    for (const citation of event.citations) {
      const key = paragraphKey(citation.source, citation.paragraph);
      const list = index.citingEvents.get(key) ?? [];
      if (!list.includes(event.id)) list.push(event.id);
      index.citingEvents.set(key, list);
    }
  }
  return index;
}
