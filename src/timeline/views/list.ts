import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import type { TimelineEvent } from '../../model/types';

/** The list shows this many events at a time; "Show more" adds as many again. */
export const LIST_PAGE = 500;

/** Id of an event's item in the list, to give it focus. */
export function listItemId(eventId: string): string {
  return `list-item-${eventId}`;
}

export interface EventListOptions {
  storyTitle: string;
  events: readonly TimelineEvent[];
  /** How many events are shown. */
  limit: number;
  locale: string;
  selected: string | null;
  select(id: string): void;
  showMore(): void;
  messages: Translation;
}

/** Every event in time order (date and title), the timeline's accessible and narrow-screen alternative. */
export function renderEventList(options: EventListOptions): TemplateResult {
  const { events, limit, selected, messages: t } = options;
  const shown = events.slice(0, limit);
  return html`<section class="list" part="list" aria-label=${t.t('listLabel', { title: options.storyTitle })}>
    <ol>
      ${shown.map((event) => html`<li><button
        id=${listItemId(event.id)}
        class="list-item"
        type="button"
        data-event-id=${event.id}
        aria-current=${selected === event.id ? 'true' : 'false'}
        @click=${() => options.select(event.id)}
      ><span class="list-date">${t.date(event.calendar)}</span> <span class="list-title">${event.title}</span></button></li>`)}
    </ol>
    ${events.length > limit
      ? html`<button class="tool" type="button" @click=${options.showMore}>${t.plural('showMore', Math.min(LIST_PAGE, events.length - limit), { remaining: t.number(events.length - limit) })}</button>`
      : nothing}
  </section>`;
}
