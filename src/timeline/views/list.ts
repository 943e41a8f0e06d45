import { html, nothing, type TemplateResult } from 'lit';
import { datePhrase } from '../../model/date-phrase';
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
}

/** Every event in time order (date and title), the timeline's accessible and narrow-screen alternative. */
export function renderEventList(options: EventListOptions): TemplateResult {
  const { events, limit, locale, selected } = options;
  const shown = events.slice(0, limit);
  return html`<section class="list" part="list" aria-label=${`All events in time order: ${options.storyTitle}`}>
    <ol>
      ${shown.map((event) => html`<li><button
        id=${listItemId(event.id)}
        class="list-item"
        type="button"
        data-event-id=${event.id}
        aria-current=${selected === event.id ? 'true' : 'false'}
        @click=${() => options.select(event.id)}
      ><span class="list-date">${datePhrase(event.calendar, locale)}</span> <span class="list-title">${event.title}</span></button></li>`)}
    </ol>
    ${events.length > limit
      ? html`<button class="tool" type="button" @click=${options.showMore}>Show ${Math.min(LIST_PAGE, events.length - limit)} more of ${events.length - limit} remaining</button>`
      : nothing}
  </section>`;
}
