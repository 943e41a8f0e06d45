import { html, nothing } from 'lit';
import { dayPhrase } from '../../model/date-phrase';
import { geometry } from './geometry';

export interface PublicationOptions {
  /** Where the source's publication date is, in px from the left edge; null when out of view or unknown. */
  x: number | null;
  /** The publication date, ms (UTC), and the kind of source ("Article"). */
  published: number | null;
  locale: string;
}

/** A thin rule at the source's publication date, so the reader sees where "now" is in the story. */
export function renderPublication({ x, published, locale }: PublicationOptions): unknown {
  if (x === null || published === null) return nothing;
  const label = `Article, ${dayPhrase(published, locale)}`;
  return html`<div class="publication" part="publication" aria-hidden="true" ${geometry({ transform: `translateX(${x.toFixed(1)}px)` })}>
    <span class="publication-label">${label}</span>
  </div>`;
}
