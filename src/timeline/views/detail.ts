import { html, nothing, type TemplateResult } from 'lit';
import { datePhrase } from '../../model/date-phrase';
import { paragraphKey, type SourceIndex } from '../../model/source-index';
import type { Citation, TimelineEvent } from '../../model/types';
import { headingLevel, highlighted, safeHref, sourceLine } from './citation-text';

/** Id of the detail panel's title, which takes focus when the panel opens from the article. */
export const DETAIL_TITLE_ID = 'detail-title';

export interface DetailOptions {
  event: TimelineEvent;
  /** The event's position in time order, and the number of events. */
  position: number;
  total: number;
  sourceIndex: SourceIndex;
  locale: string;
  headingLevel: number;
  close(): void;
  /** Selects the event `delta` places along in time order. */
  step(delta: number): void;
  showInArticle(citation: Citation): void;
}

/** The selected event's panel: title, date, how the date was found, summary, and each cited paragraph. */
export function renderDetail(options: DetailOptions): TemplateResult {
  const { event, position, total, locale } = options;
  const date = event.calendar;
  return html`<section class="detail" part="detail" aria-labelledby=${DETAIL_TITLE_ID} data-event-id=${event.id}>
    <header class="detail-head">
      <div id=${DETAIL_TITLE_ID} class="detail-title" role="heading" aria-level=${headingLevel(options.headingLevel)} tabindex="-1">${event.title}</div>
      <button class="tool" type="button" aria-label="Close details" title="Close (Esc)" @click=${options.close}>✕</button>
    </header>
    <p class="detail-date"><span part="date">${datePhrase(date, locale)}</span></p>
    ${event.dateBasis === 'inferred'
      ? html`<p class="date-note" part="date-note"><strong>The source does not state this date.</strong> ${event.dateNote ?? ''}</p>`
      : event.dateNote
        ? html`<p class="date-note" part="date-note">${event.dateNote}</p>`
        : nothing}
    ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
    ${event.citations.map((citation) => renderCitation(citation, options))}
    <nav class="detail-nav" aria-label="Events in time order">
      <button class="tool" type="button" aria-disabled=${position <= 0 ? 'true' : 'false'} @click=${() => options.step(-1)}>← Previous</button>
      <span class="detail-count">${position + 1} of ${total}</span>
      <button class="tool" type="button" aria-disabled=${position >= total - 1 ? 'true' : 'false'} @click=${() => options.step(1)}>Next →</button>
    </nav>
  </section>`;
}

function renderCitation(citation: Citation, options: DetailOptions): TemplateResult {
  const source = options.sourceIndex.sources.get(citation.source);
  const paragraph = source?.paragraphs.find((p) => p.id === citation.paragraph);
  if (!source || !paragraph) return html``;
  const number = options.sourceIndex.paragraphNumber.get(paragraphKey(source.id, paragraph.id));
  const href = safeHref(source.url);
  return html`<figure class="citation" part="citation">
    <blockquote cite=${href ?? nothing}>${highlighted(paragraph.text, citation.quote)}</blockquote>
    <figcaption>
      ${sourceLine(source, options.locale)}, paragraph ${number}
      <span class="citation-actions">
        <button class="link-button" type="button" @click=${() => options.showInArticle(citation)}>Show in the article</button>
        ${href
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer">Open the source (paragraph ${number})</a>`
          : nothing}
      </span>
    </figcaption>
  </figure>`;
}
