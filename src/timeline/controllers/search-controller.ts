import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SearchIndexBuilder, queryTerms, searchEvents, type SearchIndex } from '../../model/search';
import { cancelIdle, requestIdle } from '../../idle';
import { ENGLISH, type Translation } from '../../i18n';
import '../../i18n/later-english';
import type { LoadedStory } from '../loaded-story';
import { UrlHashController, type UrlHashHost } from './url-hash-controller';

export interface SearchHost extends UrlHashHost, ReactiveControllerHost {
  /** The `search` property: the query. */
  search: string;
  selected: string | null;
}

/** A slice of indexing waits for idle time at most this long (ms); a 50 ms timer where the browser has no idle callback. */
const IDLE_TIMEOUT_MS = 2000;

/** Each story's search index, built once, in idle-time slices (`prepare`) or at the first search. */
const builders = new WeakMap<LoadedStory, SearchIndexBuilder>();

function builderFor(story: LoadedStory): SearchIndexBuilder {
  let builder = builders.get(story);
  if (!builder) {
    const groups = new Map(story.groups.map((g) => [g.id, g.title]));
    builder = new SearchIndexBuilder(story.events, story.story?.sources ?? [], (e) => (e.group ? groups.get(e.group) : undefined));
    builders.set(story, builder);
  }
  return builder;
}

/** The story's search index: finished now if idle-time slices have not. */
function searchIndexOf(story: LoadedStory): SearchIndex {
  const builder = builderFor(story);
  if (!builder.done) builder.step(Infinity);
  return builder.index;
}

export interface SearchDeps {
  story(): LoadedStory | null;
  select(id: string | null): void;
  /** The element's words (English when absent). */
  messages?(): Translation;
  /** A gesture or an animation moves the view: indexing waits, so that its frames keep the time. */
  moving?(): boolean;
}

/**
 * The search: which events match the `search` query (indexed once per story, see model/search.ts),
 * what to announce ("3 of 16 events match"), Enter / Shift+Enter to select the next / previous
 * match, Escape to clear, and the query in the URL hash with `sync-url` (`q=`).
 */
export class SearchController implements ReactiveController {
  private readonly urlHash: UrlHashController;
  private computed: { story: LoadedStory | null; query: string; matches: readonly number[] | null } = { story: null, query: '', matches: null };
  /** The query last written to the hash, so a change is written once. */
  private written = '';
  private idle = 0;

  constructor(
    private readonly host: SearchHost,
    private readonly deps: SearchDeps,
  ) {
    host.addController(this);
    this.urlHash = new UrlHashController(host, (query) => {
      this.written = query ?? '';
      host.search = query ?? '';
    }, 'q');
  }

  /** Positions (time order) of the matching events; null when there is no query. */
  get matches(): readonly number[] | null {
    const story = this.deps.story();
    const query = this.host.search ?? '';
    if (this.computed.story !== story || this.computed.query !== query) {
      // No query, no index: the index is built on the first real search, never for the first render.
      // The story's last search, which a longer query only narrows.
      const earlier = this.computed.story === story ? this.computed : undefined;
      const matches = story?.story && queryTerms(query).length ? searchEvents(searchIndexOf(story), query, earlier) : null;
      this.computed = { story, query, matches };
    }
    return this.computed.matches;
  }

  /** Whether the event at `position` is shown as a match (always, without a query). */
  isMatch(position: number): boolean {
    const matches = this.matches;
    return matches === null || this.matchSet().has(position);
  }

  private set: { of: readonly number[] | null; set: Set<number> } = { of: null, set: new Set() };
  private matchSet(): Set<number> {
    const matches = this.matches;
    if (this.set.of !== matches) this.set = { of: matches, set: new Set(matches ?? []) };
    return this.set.set;
  }

  /** For the polite live region: "3 of 16 events match", "No event matches", or nothing. */
  get announcement(): string {
    const matches = this.matches;
    const total = this.deps.story()?.events.length ?? 0;
    if (matches === null) return '';
    const t = this.deps.messages?.() ?? ENGLISH;
    if (!matches.length) return t.t('searchNoMatch', { query: this.host.search.trim() });
    return t.plural('searchMatches', matches.length, { total: t.number(total) });
  }

  /**
   * A new story: index it for search in idle time, a slice at a time, so the first keystroke
   * finds it ready and a big story's first render is not held up.
   */
  prepare(story: LoadedStory): void {
    if (this.idle) cancelIdle(this.idle);
    const work = (deadline?: IdleDeadline) => {
      this.idle = 0;
      if (this.deps.story() !== story) return;
      if (this.deps.moving?.()) {
        this.idle = requestIdle(work, 50, IDLE_TIMEOUT_MS);
        return;
      }
      // At most 12 ms a slice, though an idle period may offer 50: a garbage collection can land in
      // the slice too, and input that arrives meanwhile waits for it.
      if (!builderFor(story).step(Math.min(12, Math.max(4, deadline?.timeRemaining() ?? 8)))) this.idle = requestIdle(work, 50, IDLE_TIMEOUT_MS);
    };
    this.idle = requestIdle(work, 50, IDLE_TIMEOUT_MS);
  }

  hostDisconnected(): void {
    if (this.idle) cancelIdle(this.idle);
    this.idle = 0;
  }

  /** A new story: the query the URL asks for, if any. */
  readFromUrl(): void {
    if (!this.host.syncUrl) return;
    const query = this.urlHash.read();
    if (query !== null) {
      this.written = query;
      this.host.search = query;
    }
  }

  /** Records a changed query in the URL hash; the element calls it after each update, after the selection's entry is written. */
  writeUrl(): void {
    const query = this.host.search ?? '';
    if (query !== this.written) {
      this.written = query;
      // Typing replaces the history entry: Back should not step through every keystroke.
      this.urlHash.write(query.trim() || null, true);
    }
  }

  readonly onInput = (event: Event): void => {
    this.host.search = (event.target as HTMLInputElement).value;
  };

  /** Enter / Shift+Enter select the next / previous match; Escape clears the search. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      if (!this.host.search) return;
      event.preventDefault();
      // Ours: Escape here must not also close the detail or a dialog around the element.
      event.stopPropagation();
      this.host.search = '';
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.step(event.shiftKey ? -1 : 1);
  };

  /** Selects the next (1) or previous (-1) match after the selection, wrapping around. */
  step(direction: 1 | -1): void {
    const matches = this.matches;
    const story = this.deps.story();
    if (!matches?.length || !story) return;
    const at = this.host.selected === null ? undefined : story.positionOf(this.host.selected);
    let next: number;
    if (at === undefined) next = direction > 0 ? matches[0] : matches[matches.length - 1];
    else {
      const after = direction > 0 ? matches.find((p) => p > at) : [...matches].reverse().find((p) => p < at);
      next = after ?? (direction > 0 ? matches[0] : matches[matches.length - 1]);
    }
    this.deps.select(story.events[next].id);
  }
}
