import { html, nothing, type TemplateResult } from 'lit';
import { datePhrase } from '../../model/date-phrase';
import { paragraphKey, type SourceIndex } from '../../model/source-index';
import type { TimelineEvent } from '../../model/types';
import { sourceLine } from './citation-text';

/** The print list stops here; a longer story prints its first events. */
export const PRINT_LIMIT = 5000;

export interface PrintListOptions {
  events: readonly TimelineEvent[];
  sourceIndex: SourceIndex;
  locale: string;
}

/** Every event with its quotes and citations, for paper. */
export function renderPrintList(options: PrintListOptions): TemplateResult {
  const { sourceIndex, locale } = options;
  const events = options.events.length > PRINT_LIMIT ? options.events.slice(0, PRINT_LIMIT) : options.events;
  return html`<section class="print-list" aria-hidden="true">
    <ol>
      ${events.map((event) => html`<li>
        <strong>${datePhrase(event.calendar, locale)}: ${event.title}</strong>
        ${event.dateBasis === 'inferred' ? html`<br /><em>Date not stated by the source: ${event.dateNote ?? ''}</em>` : nothing}
        ${event.summary ? html`<br />${event.summary}` : nothing}
        ${event.citations.map((c) => {
          const source = sourceIndex.sources.get(c.source);
          return html`<blockquote>“${c.quote}” (${source ? sourceLine(source, locale) : c.source}, paragraph ${sourceIndex.paragraphNumber.get(paragraphKey(c.source, c.paragraph)) ?? c.paragraph})</blockquote>`;
        })}
      </li>`)}
    </ol>
  </section>`;
}
