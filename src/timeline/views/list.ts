import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import '../../i18n/later-english';
import type { EraSpan } from '../../layout/eras';
import { eraSections } from '../../layout/era-sections';
import type { Era, TimelineEvent } from '../../model/types';
import { headingLevel } from './citation-text';
import { capitalized, withAccent } from './marks';
import { geometry } from './geometry';
import { listItemId } from './item-ids';
import { renderReports } from './reports';
import { isolate } from './isolate';

export { listItemId };

/** The list shows this many events at a time; "Show more" adds as many again. */
export const LIST_PAGE = 500;

/** The story's eras and their extents (`LoadedStory.eraStack.spans`), which the list and the print group events under. */
export interface ListedEras {
  eras: readonly Era[];
  spans: readonly EraSpan[];
}

/**
 * Events in time order under their eras' headings (at `heading-level`, as the detail's and the
 * source view's titles): each event under the innermost era it starts in; events outside every era
 * under "Other events". Without an era among the events, one plain list with no heading.
 */
export function renderByEra(
  events: readonly TimelineEvent[],
  eras: ListedEras,
  level: number,
  t: Translation,
  item: (event: TimelineEvent) => TemplateResult,
): TemplateResult {
  const sections = eras.eras.length ? eraSections(events.map((e) => e.calendar.startMs), eras.spans) : [];
  if (sections.length < 2 && sections[0]?.era == null) return html`<ol>${events.map(item)}</ol>`;
  return html`${sections.map(({ era: i, items }) => {
    const era = i === null ? null : eras.eras[i];
    return html`<div class="list-era" role="heading" aria-level=${headingLevel(level)} data-era-id=${era?.id ?? nothing}>${era
      ? t.parts('eraTitle', { title: isolate(era.title), date: capitalized(t.date(era.calendar)) })
      : t.t('otherEvents')}</div>
      <ol>${items.map((p) => item(events[p]))}</ol>`;
  })}`;
}

export interface EventListOptions {
  storyTitle: string;
  events: readonly TimelineEvent[];
  eras: ListedEras;
  /** The title of an event's group, if it has one. */
  groupOf(event: TimelineEvent): string | undefined;
  /** An event's group colour, if the story has groups. */
  color?(event: TimelineEvent): string | undefined;
  /** How many events are shown. */
  limit: number;
  locale: string;
  headingLevel: number;
  selected: string | null;
  select(id: string): void;
  showMore(): void;
  messages: Translation;
}

/**
 * Every event in time order (date, group and title) under its era's heading, the timeline's
 * accessible and narrow-screen alternative.
 */
export function renderEventList(options: EventListOptions): TemplateResult {
  const { limit, selected, messages: t } = options;
  // A live story's pinned events (a summary, a correction) stand first, apart from the eras.
  const pinned = options.events.filter((e) => e.pinned);
  const events = pinned.length ? options.events.filter((e) => !e.pinned) : options.events;
  const item = (event: TimelineEvent) => {
    const group = options.groupOf(event);
    return html`<li><button
      id=${listItemId(event.id)}
      class="list-item"
      type="button"
      data-event-id=${event.id}
      aria-current=${selected === event.id ? 'true' : 'false'}
      @click=${() => options.select(event.id)}
      ${geometry(withAccent(options.color?.(event)))}
    ><span class="list-date">${t.date(event.calendar)}${group ? html` · ${isolate(group)}` : nothing}</span> <span class="list-title">${isolate(event.title)}</span>${renderReports(event, t)}</button></li>`;
  };
  return html`<section class="list" part="list" aria-label=${t.t('listLabel', { title: options.storyTitle })}>
    ${pinned.length ? html`<ol class="list-pinned" aria-label=${t.t('pinned')}>${pinned.map(item)}</ol>` : nothing}
    ${renderByEra(events.slice(0, limit), options.eras, options.headingLevel, t, item)}
    ${events.length > limit
      ? html`<button class="tool" type="button" @click=${options.showMore}>${t.plural('showMore', Math.min(LIST_PAGE, events.length - limit), { remaining: t.number(events.length - limit) })}</button>`
      : nothing}
  </section>`;
}
