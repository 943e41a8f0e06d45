/**
 * Search over a story, indexed once per story: each event's searchable text (title, summary,
 * quotes, the cited paragraphs, its group's title) folded to lower case without accents, so a
 * keystroke is one scan of prepared strings. Pure; no DOM.
 */
import type { Source, TimelineEvent } from './types';

/** Lower case, accents and other marks removed, spaces collapsed: "Mu'ttaqī" and "muttaqi" meet. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('und').replace(/\s+/g, ' ');
}

export interface SearchIndex {
  /** Folded text per event, in the story's time order. */
  readonly texts: readonly string[];
}

/**
 * Builds the index: for each event, its title, summary, quotes, the text of the paragraphs it cites
 * and its group's title (`groupTitle`), folded. O(total text).
 */
export function buildSearchIndex(
  events: readonly TimelineEvent[],
  sources: readonly Source[],
  groupTitle: (event: TimelineEvent) => string | undefined = () => undefined,
): SearchIndex {
  const paragraphs = new Map<string, string>();
  for (const source of sources) for (const p of source.paragraphs) paragraphs.set(`${source.id}\u0000${p.id}`, p.text);
  const texts = events.map((event) => {
    const parts = [event.title, event.summary ?? '', groupTitle(event) ?? ''];
    for (const c of event.citations) parts.push(c.quote, paragraphs.get(`${c.source}\u0000${c.paragraph}`) ?? '');
    return foldText(parts.join('\n'));
  });
  return { texts };
}

/**
 * The positions (in time order) of the events that match every word of `query`; null for an empty
 * query (nothing is filtered). A phrase in double quotes must appear as written, words in any order.
 */
export function searchEvents(index: SearchIndex, query: string): number[] | null {
  const terms = queryTerms(query);
  if (!terms.length) return null;
  const matches: number[] = [];
  const texts = index.texts;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    let all = true;
    for (const term of terms) {
      if (!text.includes(term)) {
        all = false;
        break;
      }
    }
    if (all) matches.push(i);
  }
  return matches;
}

/** The folded terms of a query: quoted phrases whole, other words one by one. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  const folded = foldText(query.replace(/[“”„«»]/g, '"'));
  const pattern = /"([^"]*)"|(\S+)/g;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    const term = (match[1] ?? match[2]).trim();
    if (term) terms.push(term);
  }
  return terms;
}
