import { nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { elementById } from '../../dom';
import type { Translation } from '../../i18n';
import type { TimelineEvent } from '../../model/types';
import type { StretchWithoutEvents } from '../../layout/chronology-gaps';
import type { LoadedStory } from '../loaded-story';
import { chronologyItemId, renderChronology } from '../views/chronology';
import { LIST_PAGE, listItemId, renderEventList } from '../views/list';
import type { FocusController } from './focus-controller';
import type { PanelHost } from './panel-host';

export interface EventListDeps {
  story(): LoadedStory | null;
  /** The phone chronology is shown in place of the timeline and the list. */
  chronology?(): boolean;
  /** The events the search and the legend leave, in time order (see ShownEvents). */
  listed(): readonly TimelineEvent[];
  /** The axis's compressed gaps, which the chronology marks too. */
  gaps?(): readonly StretchWithoutEvents[];
  select(id: string | null): void;
  focus: FocusController;
}

export interface EventListRenderOptions {
  locale: string;
  messages: Translation;
  /** An event's group colour, if the story has groups. */
  color?(event: TimelineEvent): string | undefined;
}

/**
 * The events in words, in time order: the chronological list, and the phone's chronology in place
 * of the timeline. Both show the events the search and the groups leave, a page at a time; "Show
 * more" adds a page and takes focus to its first item.
 */
export class EventListController {
  /** How many events the list and the chronology show. */
  private limit = LIST_PAGE;

  constructor(
    private readonly host: PanelHost,
    private readonly deps: EventListDeps,
  ) {}

  /** A new story: the first page again. */
  reset(): void {
    this.limit = LIST_PAGE;
  }

  /** The next page; focus goes to its first item (the button may be gone). */
  private showMore(): void {
    const first = this.deps.story()?.events[this.limit]?.id;
    this.limit += LIST_PAGE;
    this.host.requestUpdate();
    const itemId = this.deps.chronology?.() ? chronologyItemId : listItemId;
    if (first !== undefined) this.deps.focus.focusAfterRender(() => elementById(this.host.renderRoot, itemId(first))?.focus());
  }

  /**
   * The phone chronology, with the selected event's `detail` under its entry, or the list under a
   * heading per era; nothing unless `shown`. Guarded, so zoom frames do not render them.
   */
  render(view: 'chronology' | 'list', options: EventListRenderOptions & { shown: boolean; detail?(): TemplateResult | typeof nothing }): unknown {
    const { shown, locale, messages } = options;
    const listed = this.deps.listed();
    const loaded = this.deps.story();
    const story = loaded?.story ?? null;
    const { headingLevel, selected } = this.host;
    // The chronology draws the selected event's detail; the list marks the selected item.
    const selection = view === 'list' || selected === null ? selected : (loaded?.eventById(selected) ?? null);
    const gaps = this.deps.gaps?.() ?? [];
    return guard([shown, selection, story, this.limit, locale, messages, headingLevel, listed, gaps], () => {
      if (!shown || !story || !loaded) return nothing;
      const common = { storyTitle: story.title, events: listed, limit: this.limit, locale, messages, headingLevel, selected, color: options.color, select: (id: string | null) => this.deps.select(id), showMore: () => this.showMore() };
      return view === 'chronology'
        ? renderChronology({ ...common, featured: loaded.featured, gaps, detail: options.detail?.() ?? nothing })
        : renderEventList({ ...common, eras: { eras: loaded.eras, spans: loaded.eraStack.spans }, groupOf: (e) => loaded.groupTitleOf(e) });
    });
  }
}
