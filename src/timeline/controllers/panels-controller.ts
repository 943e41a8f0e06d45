import { nothing, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { prefersReducedMotion } from '../../dom';
import { ENGLISH, type Translation } from '../../i18n';
import type { Citation, TimelineEvent } from '../../model/types';
import type { LoadedStory } from '../loaded-story';
import { chronologyItemId, renderChronology } from '../views/chronology';
import { DETAIL_TITLE_ID, renderDetail } from '../views/detail';
import { LIST_PAGE, listItemId, renderEventList } from '../views/list';
import { renderPrintList } from '../views/print';
import { paragraphElementId, renderSources } from '../views/sources';
import type { FocusController } from './focus-controller';
import type { RevealController } from './reveal-controller';

export interface PanelsHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  viewMode: string;
  showSource: boolean;
  headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface PanelsDeps {
  story(): LoadedStory | null;
  /** The phone chronology is shown in place of the timeline: the detail opens inside it. */
  chronology?(): boolean;
  select(id: string | null): void;
  focus: FocusController;
  reveal: RevealController;
  viewport(): HTMLElement | null | undefined;
}

export interface PanelsRenderOptions {
  locale: string;
  showList: boolean;
  printing: boolean;
  /** Draw the phone chronology, with the detail inside it. */
  chronology: boolean;
  /** Positions of the events matching the search, of groups not hidden; null for all. The list and chronology show only these. */
  matches: readonly number[] | null;
  /** Story mode: the story card shows the selected event, so the detail panel does not. */
  story?: boolean;
  /** The element's words (English when absent). */
  messages?: Translation;
}

/**
 * The panels around the timeline (detail, list, source view, print list) and the moves between
 * them: closing the detail returns focus to the event, "Show in the article" opens the source at
 * the cited paragraph, a marker there opens the event's detail, "Show more" lengthens the list.
 */
export class PanelsController {
  /** How many events the list shows. */
  private listLimit = LIST_PAGE;
  /** The cited words "Show in the article" highlights in the source view. */
  private highlightedCitation: Citation | null = null;
  /** The era whose detail is open (an era's title was activated); an event's selection closes it. */
  era: string | null = null;

  constructor(
    private readonly host: PanelsHost,
    private readonly deps: PanelsDeps,
  ) {}

  /** A new story: the list starts at its first page, nothing is highlighted, no era is open. */
  reset(): void {
    this.listLimit = LIST_PAGE;
    this.highlightedCitation = null;
    this.era = null;
  }

  /** Opens an era's detail (closing an event's), and takes focus to its title. */
  openEra(id: string): void {
    this.deps.select(null);
    this.era = id;
    this.host.requestUpdate();
    this.deps.focus.focusAfterRender(() => this.byId(DETAIL_TITLE_ID)?.focus({ preventScroll: true }));
  }

  /** Closes the detail; focus goes back to the event's mark, or its list item in list view. */
  closeDetail(): void {
    const id = this.host.selected;
    this.deps.select(null);
    const event = id === null ? undefined : this.deps.story()?.eventById(id);
    if (!event) return;
    if (this.deps.chronology?.()) {
      this.deps.focus.active = event.id;
      this.deps.focus.focusAfterRender(() => this.byId(chronologyItemId(event.id))?.focus());
    } else if (this.host.viewMode === 'list') {
      this.deps.focus.active = event.id;
      this.byId(listItemId(event.id))?.focus();
    } else this.deps.focus.returnTo(event.id, () => this.deps.reveal.start(event));
  }

  /** Closes an era's detail. */
  private closeEra(): void {
    this.era = null;
    this.host.requestUpdate();
  }

  /** "Show in the article": open the source view at the paragraph, with the quoted words highlighted. */
  showInArticle(citation: Citation): void {
    this.host.showSource = true;
    this.highlightedCitation = citation;
    this.host.requestUpdate();
    this.deps.focus.focusAfterRender(() => {
      const target = this.byId(paragraphElementId(citation.source, citation.paragraph));
      target?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      target?.focus({ preventScroll: true });
    });
  }

  /** A marker in the article: select its event, show the timeline, and take focus to the detail. */
  private selectFromSource(id: string): void {
    this.deps.select(id);
    this.deps.focus.focusAfterRender(() => this.byId(DETAIL_TITLE_ID)?.focus({ preventScroll: true }));
    this.deps.viewport()?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  /** The next page of the list; focus goes to its first item (the button may be gone). */
  private showMore(): void {
    const first = this.deps.story()?.events[this.listLimit]?.id;
    this.listLimit += LIST_PAGE;
    this.host.requestUpdate();
    const itemId = this.deps.chronology?.() ? chronologyItemId : listItemId;
    if (first !== undefined) this.deps.focus.focusAfterRender(() => this.byId(itemId(first))?.focus());
  }

  private listedCache: { events: readonly TimelineEvent[]; matches: readonly number[] | null; listed: readonly TimelineEvent[] } | null = null;

  /** The events the list and the chronology show: the matches of the search, or all. */
  private listed(events: readonly TimelineEvent[], matches: readonly number[] | null): readonly TimelineEvent[] {
    if (this.listedCache?.events !== events || this.listedCache.matches !== matches) {
      this.listedCache = { events, matches, listed: matches ? matches.map((i) => events[i]) : events };
    }
    return this.listedCache.listed;
  }

  private byId(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  /** The panels. They do not depend on the visible window: guard keeps zoom and pan frames from re-rendering them. */
  render({ locale, showList, printing, chronology, matches, story: storyMode = false, messages = ENGLISH }: PanelsRenderOptions): unknown[] {
    const loaded = this.deps.story();
    const story = loaded?.story ?? null;
    const events = loaded?.events ?? [];
    const listed = this.listed(events, matches);
    const { selected, headingLevel, showSource } = this.host;
    const position = selected === null ? undefined : loaded?.positionOf(selected);
    const event = position === undefined ? null : events[position];
    // Selecting an event closes an era's detail.
    if (event) this.era = null;
    const era = this.era === null ? null : (loaded?.eraById(this.era) ?? null);
    const groupTitle = (e: TimelineEvent) => (e.group ? loaded?.groups.find((g) => g.id === e.group)?.title : undefined);
    const eras = { eras: loaded?.eras ?? [], spans: loaded?.eraStack.spans ?? [] };
    // Built only inside the guards below, so zoom frames do not build it.
    const detail = () => (era && loaded && !event)
      ? renderDetail({
          event: era,
          kind: 'era',
          position: 0,
          total: 0,
          sourceIndex: loaded.sourceIndex,
          locale,
          messages,
          headingLevel,
          close: () => this.closeEra(),
          step: () => undefined,
          showInArticle: (citation) => this.showInArticle(citation),
        })
      : event && loaded
      ? renderDetail({
          event,
          group: groupTitle(event),
          position: position!,
          total: events.length,
          sourceIndex: loaded.sourceIndex,
          locale,
          messages,
          headingLevel,
          close: () => this.closeDetail(),
          step: (delta) => {
            const next = events[position! + delta];
            if (next) this.deps.select(next.id);
          },
          showInArticle: (citation) => this.showInArticle(citation),
        })
      : nothing;
    return [
      guard([chronology, event, story, this.listLimit, locale, messages, headingLevel, listed], () =>
        chronology && story && loaded
          ? renderChronology({
              storyTitle: story.title,
              events: listed,
              limit: this.listLimit,
              locale,
              messages,
              headingLevel,
              selected,
              featured: loaded.featured,
              detail: detail(),
              select: (id) => this.deps.select(id),
              showMore: () => this.showMore(),
            })
          : nothing),
      // In the chronology an event's detail opens inline under it; an era's, or that of an event the
      // search or a hidden group leaves out of the chronology, shows here instead (the fuzz test
      // found a selection whose detail had vanished). Story mode shows the event on its card.
      guard([chronology, storyMode, event, era, story, locale, messages, headingLevel, listed], () =>
        storyMode || (chronology && !era && event && listed.includes(event)) ? nothing : detail()),
      guard([showList, story, this.listLimit, locale, messages, headingLevel, selected, listed], () =>
        showList && story
          ? renderEventList({
              storyTitle: story.title,
              events: listed,
              eras,
              groupOf: groupTitle,
              limit: this.listLimit,
              locale,
              messages,
              headingLevel,
              selected,
              select: (id) => this.deps.select(id),
              showMore: () => this.showMore(),
            })
          : nothing),
      guard([showSource, story, this.highlightedCitation, selected, locale, messages, headingLevel], () =>
        showSource && story && loaded
          ? renderSources({
              sources: story.sources,
              sourceIndex: loaded.sourceIndex,
              storyTitle: story.title,
              locale,
              messages,
              headingLevel,
              highlightedCitation: this.highlightedCitation,
              selected,
              titleOf: (id) => loaded.eventById(id)?.title ?? id,
              select: (id) => this.selectFromSource(id),
            })
          : nothing),
      guard([story, locale, messages, headingLevel, printing], () =>
        story && loaded && printing ? renderPrintList({ events, eras, groupOf: groupTitle, sourceIndex: loaded.sourceIndex, locale, headingLevel, messages }) : nothing),
    ];
  }
}
