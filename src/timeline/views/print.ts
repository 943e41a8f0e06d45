import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import { isSafeMediaUrl, mediaOf } from '../../model/media';
import { citedSources } from '../../model/quote';
import { paragraphKey, type SourceIndex } from '../../model/source-index';
import type { TimelineEvent } from '../../model/types';
import { sourceLine } from './citation-text';
import { renderByEra, type ListedEras } from './list';
import { renderMedia } from './media';
import { renderDiffer, renderReports } from './reports';
import { isolate } from './isolate';

/** The print list stops here; a longer story prints its first events. */
export const PRINT_LIMIT = 5000;

export interface PrintListOptions {
  events: readonly TimelineEvent[];
  eras: ListedEras;
  /** The title of an event's group, if it has one. */
  groupOf(event: TimelineEvent): string | undefined;
  sourceIndex: SourceIndex;
  locale: string;
  headingLevel: number;
  messages: Translation;
}

/**
 * Every event under its era's heading, with its group, its count of sources and their
 * disagreement, picture (caption, credit, and the link written out: paper has no links), and its
 * quotes under each source's line, for paper.
 */
export function renderPrintList(options: PrintListOptions): TemplateResult {
  const { sourceIndex, messages: t } = options;
  const events = options.events.length > PRINT_LIMIT ? options.events.slice(0, PRINT_LIMIT) : options.events;
  return html`<section class="print-list" part="print-list" aria-hidden="true">
    ${renderByEra(events, options.eras, options.headingLevel, t, (event) => {
      const group = options.groupOf(event);
      const media = mediaOf(event);
      return html`<li>
        <strong>${t.parts('openDateLabel', { date: t.date(event.calendar), title: isolate(event.title) })}</strong>${renderReports(event, t)}${group ? html` · <bdi>${group}</bdi>` : nothing}
        ${event.dateBasis === 'inferred' ? html`<br /><em>${t.t('dateNotStated')} ${isolate(event.dateNote ?? '')}</em>` : nothing}
        ${event.summary ? html`<br />${isolate(event.summary)}` : nothing}
        ${renderMedia(media, t, 'eager')}
        ${media?.link && isSafeMediaUrl(media.link) ? html`<p class="print-link">${media.link}</p>` : nothing}
        ${renderDiffer(event, sourceIndex.sources, t)}
        ${citedSources(event.citations).map(({ source: id, paragraphs }) => {
          const source = sourceIndex.sources.get(id);
          return html`<p class="print-source"><bdi>${source ? sourceLine(source, t) : id}</bdi></p>
            ${paragraphs.map(({ paragraph, quotes }) => {
              const number = sourceIndex.paragraphNumber.get(paragraphKey(id, paragraph));
              return html`<blockquote>${isolate(quotes.map((q) => q.quote).join(' … '))} (${t.t('paragraphLabel', { number: number === undefined ? paragraph : t.number(number) })})</blockquote>`;
            })}`;
        })}
      </li>`;
    })}
  </section>`;
}
