import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { eventShape } from '../../layout/marks';
import { gapsBeforeEvents, type StretchWithoutEvents } from '../../layout/chronology-gaps';
import { durationPhrase } from '../../model/duration-phrase';
import type { Translation } from '../../i18n';
import '../../i18n/later-english';
import type { TimelineEvent } from '../../model/types';
import { headingLevel } from './citation-text';
import { LIST_PAGE } from './list';
import { capitalized, withAccent } from './marks';
import { geometry } from './geometry';
import { chronologyItemId } from './item-ids';
import { renderReports } from './reports';
import { isolate } from './isolate';

export { chronologyItemId };

export interface ChronologyOptions {
  storyTitle: string;
  events: readonly TimelineEvent[];
  /** How many events are shown. */
  limit: number;
  locale: string;
  headingLevel: number;
  selected: string | null;
  featured: string | null;
  /** The axis's compressed gaps (none on a linear axis), marked where they fall: "24 years later". */
  gaps: readonly StretchWithoutEvents[];
  /** An event's group colour, if the story has groups. */
  color?(event: TimelineEvent): string | undefined;

  /** The selected event's detail, drawn under its entry. */
  detail: TemplateResult | typeof nothing;
  select(id: string | null): void;
  showMore(): void;
  messages: Translation;
}

function renderGap(gap: StretchWithoutEvents | undefined, t: Translation): TemplateResult | typeof nothing {
  return gap ? html`<p class="chronology-gap" part="gap">${t.t('gapLater', { length: durationPhrase(gap.end - gap.start, t.locale) })}</p>` : nothing;
}

function yearOf(event: TimelineEvent): number {
  return event.calendar.from?.year ?? event.calendar.to?.year ?? 0;
}

/**
 * The timeline for a phone: a vertical chronology that scrolls with the page, a rule with each
 * event's mark, a sticky heading per year, date (with its count of sources, as on the list) and
 * title, and where the axis compresses a long stretch without events, its length ("24 years
 * later"); tapping an event opens its detail right under it, and tapping it again closes it.
 * Nothing scrolls sideways.
 */
export function renderChronology(options: ChronologyOptions): TemplateResult {
  const { events, limit, selected, messages: t } = options;
  const shown = events.slice(0, limit);
  const gapBefore = gapsBeforeEvents(shown.map((e) => e.calendar.startMs), options.gaps);
  const gapOf = new Map<string, StretchWithoutEvents>();
  for (const [i, gap] of gapBefore) gapOf.set(shown[i].id, gap);
  const byYear: { year: number; items: TimelineEvent[] }[] = [];
  for (const event of shown) {
    const year = yearOf(event);
    const last = byYear[byYear.length - 1];
    if (last && last.year === year) last.items.push(event);
    else byYear.push({ year, items: [event] });
  }
  return html`<section class="chronology" part="chronology" aria-label=${t.t('chronologyLabel', { title: options.storyTitle })}>
    ${repeat(byYear, (group) => group.year, (group) => html`${renderGap(gapOf.get(group.items[0].id), t)}<div class="chronology-year">
      <div class="chronology-heading" role="heading" aria-level=${headingLevel(options.headingLevel)}>${t.year(group.year)}</div>
      <ol>
        ${repeat(group.items, (event) => event.id, (event) => {
          const date = event.calendar;
          const isSelected = event.id === selected;
          const gap = event === group.items[0] ? undefined : gapOf.get(event.id);
          return html`${gap ? html`<li class="chronology-entry chronology-gap-entry">${renderGap(gap, t)}</li>` : nothing}<li class="chronology-entry">
            <button
              id=${chronologyItemId(event.id)}
              class="chronology-item event"
              type="button"
              data-event-id=${event.id}
              data-shape=${eventShape(date).shape}
              ?data-approximate=${date.approximate}
              ?data-uncertain=${date.uncertain}
              ?data-inferred=${event.dateBasis === 'inferred'}
              ?data-featured=${event.id === options.featured}
              aria-expanded=${isSelected ? 'true' : 'false'}
              aria-current=${isSelected ? 'true' : 'false'}
              @click=${() => options.select(isSelected ? null : event.id)}
              ${geometry(withAccent(options.color?.(event)))}
            >
              <span class="chronology-mark" aria-hidden="true"><span class="shape"></span></span>
              <span class="chronology-date">${capitalized(t.date(date))}${renderReports(event, t)}</span>
              <span class="chronology-title">${isolate(event.title)}</span>
            </button>
            ${isSelected ? options.detail : nothing}
          </li>`;
        })}
      </ol>
    </div>`)}
    ${events.length > limit
      ? html`<button class="tool show-more" type="button" @click=${options.showMore}>${t.plural('showMore', Math.min(LIST_PAGE, events.length - limit), { remaining: t.number(events.length - limit) })}</button>`
      : nothing}
  </section>`;
}
