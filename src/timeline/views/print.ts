import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import { paragraphKey, type SourceIndex } from '../../model/source-index';
import type { TimelineEvent } from '../../model/types';
import { sourceLine } from './citation-text';

/** The print list stops here; a longer story prints its first events. */
export const PRINT_LIMIT = 5000;

export interface PrintListOptions {
  events: readonly TimelineEvent[];
  sourceIndex: SourceIndex;
  locale: string;
  messages: Translation;
}

/** Every event with its quotes and citations, for paper. */
export function renderPrintList(options: PrintListOptions): TemplateResult {
  const { sourceIndex, messages: t } = options;
  const events = options.events.length > PRINT_LIMIT ? options.events.slice(0, PRINT_LIMIT) : options.events;
  return html`<section class="print-list" aria-hidden="true">
    <ol>
      ${events.map((event) => html`<li>
        <strong>${t.t('openDateLabel', { date: t.date(event.calendar), title: event.title })}</strong>
        ${event.dateBasis === 'inferred' ? html`<br /><em>${t.t('printDateNotStated', { note: event.dateNote ?? '' })}</em>` : nothing}
        ${event.summary ? html`<br />${event.summary}` : nothing}
        ${event.citations.map((c) => {
          const source = sourceIndex.sources.get(c.source);
          const number = sourceIndex.paragraphNumber.get(paragraphKey(c.source, c.paragraph));
          return html`<blockquote>${t.t('printCitation', { quote: c.quote, source: source ? sourceLine(source, t) : c.source, number: number === undefined ? c.paragraph : t.number(number) })}</blockquote>`;
        })}
      </li>`)}
    </ol>
  </section>`;
}
