import { html, nothing } from 'lit';
import type { Translation } from '../../i18n';
import { geometry, inlineOffset } from './geometry';

export interface PublicationOptions {
  /** Where the source's publication date is, in px from the left edge; null when out of view or unknown. */
  x: number | null;
  /** The publication date, ms (UTC); null when unknown. */
  published: number | null;
  /** Its label (publicationLabel), formatted once per update for the era row's layout and the rule. */
  label: string;
  /** Where its label goes in the era row (LayoutController.layoutEraRow): before the rule, after it, or nowhere. */
  labelSide: 'before' | 'after' | 'none';
}

/** The rule's label: the kind of source and its date ("Article, 3 July 2025"). */
export function publicationLabel(published: number, messages: Translation): string {
  return messages.t('publication', { date: messages.day(published) });
}

/** A thin rule at the source's publication date, so the reader sees where "now" is in the story. */
export function renderPublication({ x, published, label, labelSide }: PublicationOptions): unknown {
  if (x === null || published === null) return nothing;
  return html`<div class="publication" part="publication" aria-hidden="true" ${geometry({ transform: `translateX(${inlineOffset(x)})` })}>
    ${labelSide === 'none' ? nothing : html`<span class="publication-label" ?data-after=${labelSide === 'after'}>${label}</span>`}
  </div>`;
}
