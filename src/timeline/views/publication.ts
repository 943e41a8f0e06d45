import { html, nothing } from 'lit';
import type { Translation } from '../../i18n';
import { geometry, inlineOffset } from './geometry';

export interface PublicationOptions {
  /** Where the source's publication date is, in px from the left edge; null when out of view or unknown. */
  x: number | null;
  /** The publication date, ms (UTC), and the kind of source ("Article"). */
  published: number | null;
  locale: string;
  messages: Translation;
}

/** A thin rule at the source's publication date, so the reader sees where "now" is in the story. */
export function renderPublication({ x, published, messages }: PublicationOptions): unknown {
  if (x === null || published === null) return nothing;
  const label = messages.t('publication', { date: messages.day(published) });
  return html`<div class="publication" part="publication" aria-hidden="true" ${geometry({ transform: `translateX(${inlineOffset(x)})` })}>
    <span class="publication-label">${label}</span>
  </div>`;
}
