import { nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { elementById } from '../../dom';
import type { Translation } from '../../i18n';
import type { Citation, TimelineEvent } from '../../model/types';
import type { LoadedStory } from '../loaded-story';
import { DETAIL_TITLE_ID, renderDetail } from '../views/detail';
import { chronologyItemId, listItemId } from '../views/item-ids';
import type { FocusController } from './focus-controller';
import type { PanelHost } from './panel-host';
import type { RevealController } from './reveal-controller';

export interface DetailDeps {
  story(): LoadedStory | null;
  /** The phone chronology is shown in place of the timeline: the detail opens inside it. */
  chronology?(): boolean;
  select(id: string | null): void;
  focus: FocusController;
  reveal: Pick<RevealController, 'start'>;
  /** "Show in the article": the source view opens at the cited paragraph. */
  showInArticle(citation: Citation): void;
}

export interface DetailRenderOptions {
  locale: string;
  messages: Translation;
}

/** Where a wide element's detail sits beside the timeline: the side away from the selected mark. */
export type DetailSide = 'start' | 'end';

/**
 * The detail panel: the selected event's date, summary and cited paragraphs, or an era's when its
 * title was activated. Closing it returns focus to the event; Previous and Next select the events
 * beside it in time order.
 */
export class DetailController {
  /** The era whose detail is open (an era's title was activated); selecting an event closes it. */
  era: string | null = null;
  /** The side a wide element's detail panel takes; kept until the mark nears it, so it does not flicker while the view moves. */
  private side: DetailSide = 'end';

  constructor(
    private readonly host: PanelHost,
    private readonly deps: DetailDeps,
  ) {}

  /** Opens an era's detail (closing an event's), and takes focus to its title. */
  openEra(id: string): void {
    this.deps.select(null);
    this.era = id;
    this.host.requestUpdate();
    this.deps.focus.focusAfterRender(() => elementById(this.host.renderRoot, DETAIL_TITLE_ID)?.focus({ preventScroll: true }));
  }

  /** A mark was activated (a click, Enter): select its event and take the reader to its detail. */
  openFromMark(id: string): void {
    this.deps.select(id);
    // Scrolled to if need be: the detail shows where the reader is looking.
    this.deps.focus.focusAfterRender(() => elementById(this.host.renderRoot, DETAIL_TITLE_ID)?.focus());
  }

  /**
   * The side of the timeline the detail panel takes, given the selected mark's centre as a share of
   * the timeline's width from its inline start (null when it is not drawn): away from the mark.
   */
  sideFor(markShare: number | null): DetailSide {
    if (markShare !== null && markShare > 0.55) this.side = 'start';
    else if (markShare !== null && markShare < 0.45) this.side = 'end';
    return this.side;
  }

  /** Closes an era's detail (an event was selected, a new story came, or the reader closed it). */
  closeEra(): void {
    if (this.era === null) return;
    this.era = null;
    this.host.requestUpdate();
  }

  /** Closes the detail; focus goes back to the event's mark, or its list item in list view. */
  closeDetail(): void {
    const id = this.host.selected;
    this.deps.select(null);
    const event = id === null ? undefined : this.deps.story()?.eventById(id);
    if (!event) return;
    const root = this.host.renderRoot;
    if (this.deps.chronology?.()) {
      this.deps.focus.active = event.id;
      this.deps.focus.focusAfterRender(() => elementById(root, chronologyItemId(event.id))?.focus());
    } else if (this.host.viewMode === 'list') {
      this.deps.focus.active = event.id;
      elementById(root, listItemId(event.id))?.focus();
    } else this.deps.focus.returnTo(event.id, () => this.deps.reveal.start(event));
  }

  /** keydown on the element: Escape closes the detail open (not the card in story mode). */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const { selected } = this.host;
    const eraOpen = this.era !== null && !selected;
    if (event.key !== 'Escape' || (!eraOpen && (!selected || this.host.viewMode === 'story'))) return;
    // Ours: a dialog around the element must not close too.
    event.preventDefault();
    event.stopPropagation();
    if (eraOpen) this.closeEra();
    else this.closeDetail();
  };

  /** What the detail shows: the selected event (at `position` in time order), else an open era. */
  private shown() {
    const loaded = this.deps.story();
    const { selected } = this.host;
    const position = selected === null ? undefined : loaded?.positionOf(selected);
    const era = this.era === null ? null : (loaded?.eraById(this.era) ?? null);
    return { loaded, event: position === undefined ? null : loaded!.events[position], position: position ?? 0, era };
  }

  /** The detail's template, or nothing. Built only inside guards, so zoom frames do not build it. */
  template({ messages, side }: DetailRenderOptions & { side?: DetailSide }): TemplateResult | typeof nothing {
    const { loaded, event, position, era } = this.shown();
    const shown = event ?? era;
    if (!loaded || !shown) return nothing;
    const events = loaded.events;
    return renderDetail({
      event: shown,
      kind: event ? 'event' : 'era',
      side,
      group: event ? loaded.groupTitleOf(event) : undefined,
      position,
      total: event ? events.length : 0,
      sourceIndex: loaded.sourceIndex,
      messages,
      headingLevel: this.host.headingLevel,
      close: () => (event ? this.closeDetail() : this.closeEra()),
      step: (delta) => {
        const next = event && events[position + delta];
        if (next) this.deps.select(next.id);
      },
      showInArticle: (citation) => this.deps.showInArticle(citation),
    });
  }

  /**
   * The detail panel on its own. In the chronology an event's detail opens inline under it; an
   * era's, or that of an event the search or a hidden group leaves out of the chronology, shows here
   * instead (the fuzz test found a selection whose detail had vanished). Story mode shows the event
   * on its card.
   */
  render(options: DetailRenderOptions & { chronology: boolean; storyMode: boolean; listed: readonly TimelineEvent[]; side?: DetailSide }): unknown {
    const { chronology, storyMode, listed, locale, messages, side } = options;
    const { loaded, event, era } = this.shown();
    return guard([chronology, storyMode, event, era, loaded?.story ?? null, locale, messages, this.host.headingLevel, listed, side], () =>
      storyMode || (chronology && !era && event && listed.includes(event)) ? nothing : this.template({ locale, messages, side }));
  }
}
