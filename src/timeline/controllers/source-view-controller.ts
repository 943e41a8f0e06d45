import { nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { elementById, prefersReducedMotion } from '../../dom';
import type { Translation } from '../../i18n';
import { citingEvents } from '../../model/source-index';
import type { Citation, TimelineEvent } from '../../model/types';
import type { LoadedStory } from '../loaded-story';
import { tabForKey } from '../tab-keys';
import { DETAIL_TITLE_ID } from '../views/detail';
import { centreQuote } from '../views/long-paragraph';
import { paragraphElementId, renderSources, sourceTabId } from '../views/sources';
import type { FocusController } from './focus-controller';
import type { PanelHost } from './panel-host';

export interface SourceViewDeps {
  story(): LoadedStory | null;
  select(id: string | null): void;
  focus: FocusController;
  /** The timeline area, scrolled into view when a marker selects an event. */
  viewport(): HTMLElement | null | undefined;
}

/**
 * The source view (`show-source`): a source's text, paragraph by paragraph, and with several
 * sources a tab for each. "Show in the article" chooses the cited source's tab and opens it at the
 * paragraph with the quoted words highlighted; a marker beside a paragraph selects an event it
 * reports and takes focus to the event's detail.
 */
export class SourceViewController {
  /** The cited words "Show in the article" highlights. */
  private highlightedCitation: Citation | null = null;
  /** The id of the source whose tab is chosen; the first source when none is, or it is gone. */
  private chosenSource: string | null = null;
  /** Each story's events citing each paragraph, worked out when its article is first shown. */
  private readonly citing = new WeakMap<readonly TimelineEvent[], Map<string, string[]>>();

  constructor(
    private readonly host: PanelHost,
    private readonly deps: SourceViewDeps,
  ) {}

  /** A new story: nothing is highlighted, and its first source is shown. */
  reset(): void {
    this.highlightedCitation = null;
    this.chosenSource = null;
  }

  /** "Show in the article": open the source view on the cited source, at the paragraph, with the quoted words highlighted. */
  showInArticle(citation: Citation): void {
    this.host.showSource = true;
    this.highlightedCitation = citation;
    this.chosenSource = citation.source;
    this.host.requestUpdate();
    this.deps.focus.focusAfterRender(() => {
      const root = this.host.renderRoot;
      // Instantly, so the scroll to the quote is not cut short.
      root.querySelector('[part~="source-tab"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const target = elementById(root, paragraphElementId(citation.source, citation.paragraph));
      // A jump into a long paragraph is not animated: the chunks it passed would be laid out for nothing.
      if (target) centreQuote(target, prefersReducedMotion() || target.querySelector('.chunk') ? 'auto' : 'smooth');
      target?.focus({ preventScroll: true });
    });
  }

  /** The position of the source shown among the story's sources. */
  private shownIndex(): number {
    const sources = this.deps.story()?.story?.sources ?? [];
    return Math.max(0, sources.findIndex((s) => s.id === this.chosenSource));
  }

  /** Shows the source at `index` (a tab was clicked or reached by a key). */
  private showSource(index: number): void {
    const source = this.deps.story()?.story?.sources[index];
    if (!source || source.id === this.chosenSource) return;
    this.chosenSource = source.id;
    this.host.requestUpdate();
  }

  /** keydown on the tab at `index`: the arrows, Home and End choose a tab and focus it (selection follows focus). */
  private onTabKey(event: KeyboardEvent, index: number): void {
    const count = this.deps.story()?.story?.sources.length ?? 0;
    // The row's own direction decides which arrow is the next tab.
    const dir = getComputedStyle(event.currentTarget as Element).direction === 'rtl' ? 'rtl' : 'ltr';
    const next = event.altKey || event.ctrlKey || event.metaKey ? null : tabForKey(event.key, index, count, dir);
    if (next === null) return;
    event.preventDefault();
    this.showSource(next);
    this.deps.focus.focusAfterRender(() => elementById(this.host.renderRoot, sourceTabId(next))?.focus());
  }

  /** A marker in the article: select its event, show the timeline, and take focus to the detail. */
  private selectFromSource(id: string): void {
    this.deps.select(id);
    this.deps.focus.focusAfterRender(() => elementById(this.host.renderRoot, DETAIL_TITLE_ID)?.focus({ preventScroll: true }));
    this.deps.viewport()?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  /** The events citing each paragraph of the story's events. */
  private citingEvents(events: readonly TimelineEvent[]): Map<string, string[]> {
    let citing = this.citing.get(events);
    if (!citing) this.citing.set(events, (citing = citingEvents(events)));
    return citing;
  }

  /** The source view, or nothing when hidden; guarded, so zoom frames do not render it. */
  render({ locale, messages }: { locale: string; messages: Translation }): unknown {
    const loaded = this.deps.story();
    const story = loaded?.story ?? null;
    const { showSource, selected, headingLevel } = this.host;
    return guard([showSource, story, loaded?.events, this.highlightedCitation, this.chosenSource, selected, locale, messages, headingLevel], () =>
      showSource && story && loaded
        ? renderSources({
            sources: story.sources,
            sourceIndex: loaded.sourceIndex,
            citingEvents: this.citingEvents(loaded.events),
            storyTitle: story.title,
            locale,
            messages,
            headingLevel,
            highlightedCitation: this.highlightedCitation,
            selected,
            shown: this.shownIndex(),
            titleOf: (id) => loaded.eventById(id)?.title ?? id,
            select: (id) => this.selectFromSource(id),
            showSource: (index) => this.showSource(index),
            onTabKey: (event, index) => this.onTabKey(event, index),
          })
        : nothing);
  }
}
