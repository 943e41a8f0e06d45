/**
 * Search over a story, indexed once per story: each event's searchable text (title, summary,
 * quotes, the cited paragraphs, its group's title) folded to lower case without accents, so a
 * keystroke is one scan of prepared strings. Pure; no DOM.
 */
import type { Source, TimelineEvent } from './types';

const NON_ASCII = /[^\x00-\x7f]/;
const SPACES_TO_FOLD = /\s\s|[\t\n\r\f\v]/;

/** Lower case, accents and other marks removed, spaces collapsed: "Muttaqī" and "muttaqi" meet. */
export function foldText(text: string): string {
  // Plain ASCII has no accents to strip: skip the Unicode normalisation, by far the slower part.
  if (!NON_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return SPACES_TO_FOLD.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
  }
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('und').replace(/\s+/g, ' ');
}

export interface SearchIndex {
  /** Folded text per event (title, summary, quotes, group title), in the story's time order. */
  readonly texts: readonly string[];
  /** Folded text of each cited paragraph, once however many events cite it. */
  readonly paragraphs: readonly string[];
  /** For each event, the paragraphs (indexes into `paragraphs`) it cites. */
  readonly cites: readonly (readonly number[])[];
}

/**
 * Builds the index: for each event, its title, summary, quotes, its sources' publishers and its group's title
 * (`groupTitle`), folded; the paragraphs it cites are folded once each and shared, so a story whose
 * 100,000 events cite the same few paragraphs stays small. O(total text).
 */
export function buildSearchIndex(
  events: readonly TimelineEvent[],
  sources: readonly Source[],
  groupTitle: (event: TimelineEvent) => string | undefined = () => undefined,
): SearchIndex {
  const builder = new SearchIndexBuilder(events, sources, groupTitle);
  builder.step(Infinity);
  return builder.index;
}

/**
 * The index built a slice at a time (`step`), so that a big story can be indexed in idle time
 * after its first render without holding up the page; `index` is complete once `done`.
 */
export class SearchIndexBuilder {
  private readonly text = new Map<string, string>();
  private readonly slot = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly paragraphs: string[] = [];
  private readonly cites: number[][] = [];
  /** Each source's publisher, so that a search for an outlet finds the events it reports. */
  private readonly publisher = new Map<string, string>();

  constructor(
    private readonly events: readonly TimelineEvent[],
    sources: readonly Source[],
    private readonly groupTitle: (event: TimelineEvent) => string | undefined = () => undefined,
  ) {
    for (const source of sources) {
      if (source.publisher) this.publisher.set(source.id, source.publisher);
      for (const p of source.paragraphs) this.text.set(`${source.id}\u0000${p.id}`, p.text);
    }
  }

  get done(): boolean {
    return this.texts.length >= this.events.length;
  }

  get index(): SearchIndex {
    return { texts: this.texts, paragraphs: this.paragraphs, cites: this.cites };
  }

  /** Indexes events until done or until `budgetMs` has passed (checked every 100 events, after the first). */
  step(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    const events = this.events;
    const from = this.texts.length;
    for (let i = from; i < events.length; i++) {
      if (i % 100 === 0 && i > from && performance.now() > until) return false;
      const event = events[i];
      // Joined with single spaces, so that foldText has no runs of spaces to fold (a slow replace).
      let own = event.title;
      if (event.summary) own += ` ${event.summary}`;
      const group = this.groupTitle(event);
      if (group) own += ` ${group}`;
      const cited: number[] = [];
      for (const c of event.citations) {
        own += ` ${c.quote}`;
        const publisher = this.publisher.get(c.source);
        if (publisher) own += ` ${publisher}`;
        const key = `${c.source}\u0000${c.paragraph}`;
        let at = this.slot.get(key);
        if (at === undefined && this.text.has(key)) {
          at = this.paragraphs.push(foldText(this.text.get(key)!)) - 1;
          this.slot.set(key, at);
        }
        if (at !== undefined && !cited.includes(at)) cited.push(at);
      }
      this.cites.push(cited);
      this.texts.push(foldText(own));
    }
    return true;
  }
}

/**
 * The positions (in time order) of the events that match every word of `query` (in their own text
 * or a paragraph they cite); null for an empty query (nothing is filtered). A phrase in double
 * quotes must appear as written.
 */
export function searchEvents(index: SearchIndex, query: string, earlier?: EarlierSearch): number[] | null {
  const terms = queryTerms(query);
  if (!terms.length) return null;
  const { texts, paragraphs, cites } = index;
  // Typing on narrows the search: only the earlier query's matches can match (see `narrows`).
  const within = earlier?.matches && narrows(queryTerms(earlier.query), terms) ? earlier.matches : null;
  // Which terms each paragraph holds, found once per query rather than once per citing event.
  const held = paragraphs.map((p) => terms.map((term) => p.includes(term)));
  const matches: number[] = [];
  const count = within ? within.length : texts.length;
  for (let k = 0; k < count; k++) {
    const i = within ? within[k] : k;
    const text = texts[i];
    let all = true;
    for (let t = 0; t < terms.length && all; t++) {
      if (text.includes(terms[t])) continue;
      all = cites[i].some((p) => held[p][t]);
    }
    if (all) matches.push(i);
  }
  return matches;
}

/** A search already made on the same index: its query and what it matched. */
export interface EarlierSearch {
  query: string;
  matches: readonly number[] | null;
}

/**
 * Whether every match of `terms` is a match of `earlier` terms: when each earlier term is inside
 * one of the new terms, a text holding the new term holds the earlier one too ("novi" after "nov").
 */
export function narrows(earlier: readonly string[], terms: readonly string[]): boolean {
  return earlier.length > 0 && earlier.every((old) => terms.some((term) => term.includes(old)));
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
