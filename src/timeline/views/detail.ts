import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import { paragraphKey, type SourceIndex } from '../../model/source-index';
import type { Citation, Era, Source, TimelineEvent } from '../../model/types';
import { headingLevel, highlighted, safeHref, sourceLine } from './citation-text';
import { capitalized } from './marks';
import { mediaOf } from '../../model/media';
import { renderMedia } from './media';
import { renderDiffer } from './reports';

/** Id of the detail panel's title, which takes focus when the panel opens from the article. */
export const DETAIL_TITLE_ID = 'detail-title';

export interface DetailOptions {
  /** An event, or an era (a period of the story, sourced the same way). */
  event: TimelineEvent | Era;
  /** What it is, for the date line: an era says so. */
  kind?: 'event' | 'era';
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
  /** The title of the event's group, if it has one. */
  group?: string;
  messages: Translation;
}

/** What the detail panel and a story card both show under the title. */
export interface SourcedBodyOptions {
  sourceIndex: SourceIndex;
  locale: string;
  messages: Translation;
  showInArticle(citation: Citation): void;
}

/**
 * An event's (or an era's) picture, summary and the note on how its date was found, then each cited
 * paragraph with the quoted words marked: one source line when every quote comes from the same
 * source, else a source line under each quote.
 */
export function renderSourcedBody(event: TimelineEvent | Era, options: SourcedBodyOptions): TemplateResult {
  const { sourceIndex, messages: t } = options;
  const sources = [...new Set(event.citations.map((c) => c.source))]
    .map((id) => sourceIndex.sources.get(id))
    .filter((s): s is Source => s !== undefined);
  const oneSource = sources.length === 1 ? sources[0] : null;
  return html`${renderMedia(mediaOf(event), t)}
    ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
    ${event.dateBasis === 'inferred'
      ? html`<p class="date-note" part="date-note" data-basis="inferred"><strong>${t.t('dateNotStated')}</strong> ${event.dateNote ?? ''}</p>`
      : event.dateNote
        ? html`<p class="date-note" part="date-note" data-basis="stated">${event.dateNote}</p>`
        : nothing}
    ${renderDiffer(event, sourceIndex.sources, t)}
    ${oneSource ? html`<p class="detail-source">${t.t('fromSource', { source: sourceLine(oneSource, t) })}</p>` : nothing}
    ${event.citations.map((citation) => renderCitation(citation, options, oneSource === null))}`;
}

/** A quote this close to its whole paragraph is not highlighted: the highlight would say nothing. */
const WHOLE_PARAGRAPH_SHARE = 0.9;

/**
 * The selected event, read like a story: its date as a small label above the title, the summary,
 * then how the date was found; then each cited paragraph with the quoted words marked, one source
 * line for the panel and "¶4 · Show in the article" under each quote.
 */
export function renderDetail(options: DetailOptions): TemplateResult {
  const { event, position, total, messages: t } = options;
  return html`<section class="detail" part="detail" aria-labelledby=${DETAIL_TITLE_ID} data-event-id=${options.kind === 'era' ? nothing : event.id} data-era-id=${options.kind === 'era' ? event.id : nothing}>
    <header class="detail-head">
      <div class="detail-heading">
        <p class="detail-date">${options.kind === 'era' ? html`<span class="date-flag">${t.t('era')} · </span>` : nothing}<span part="date">${capitalized(t.date(event.calendar))}</span>${event.dateBasis === 'inferred' ? html`<span class="date-flag"> · ${t.t('dateInferred')}</span>` : nothing}${options.group ? html`<span class="date-flag"> · <bdi>${options.group}</bdi></span>` : nothing}</p>
        <div id=${DETAIL_TITLE_ID} class="detail-title" role="heading" aria-level=${headingLevel(options.headingLevel)} tabindex="-1">${event.title}</div>
      </div>
      <button class="tool" type="button" aria-label=${t.t('closeDetails')} title=${t.t('closeTitle')} @click=${options.close}>✕</button>
    </header>
    ${renderSourcedBody(event, options)}
    ${options.kind === 'era'
      ? nothing
      : html`<nav class="detail-nav" aria-label=${t.t('eventsInTimeOrder')}>
          <button class="tool" type="button" aria-disabled=${position <= 0 ? 'true' : 'false'} @click=${() => options.step(-1)}>${t.t('previous')}</button>
          <span class="detail-count">${t.t('position', { position: t.number(position + 1), total: t.number(total) })}</span>
          <button class="tool" type="button" aria-disabled=${position >= total - 1 ? 'true' : 'false'} @click=${() => options.step(1)}>${t.t('next')}</button>
        </nav>`}
  </section>`;
}

/** One cited paragraph with the quote marked, its source and "Show in the article"; story cards use it too. */
export function renderCitation(citation: Citation, options: Pick<DetailOptions, 'sourceIndex' | 'locale' | 'showInArticle' | 'messages'>, withSource: boolean): TemplateResult {
  const t = options.messages;
  const source = options.sourceIndex.sources.get(citation.source);
  const paragraph = source?.paragraphs.find((p) => p.id === citation.paragraph);
  if (!source || !paragraph) return html``;
  const n = options.sourceIndex.paragraphNumber.get(paragraphKey(source.id, paragraph.id));
  const number = n === undefined ? '' : t.number(n);
  const href = safeHref(source.url);
  const wholeParagraph = citation.quote.trim().length >= paragraph.text.trim().length * WHOLE_PARAGRAPH_SHARE;
  return html`<figure class="citation" part="citation">
    <blockquote cite=${href ?? nothing}>${highlighted(paragraph.text, wholeParagraph ? null : citation.quote)}</blockquote>
    <figcaption>
      ${withSource ? html`<bdi>${sourceLine(source, t)}</bdi> · ` : nothing}<span aria-label=${t.t('paragraphLabel', { number })}>¶${number}</span>
      · <button class="link-button" type="button" @click=${() => options.showInArticle(citation)}>${t.t('showInArticle')}</button>
      ${href ? html` · <a href=${href} target="_blank" rel="noopener noreferrer">${t.t('openSource')}</a>` : nothing}
    </figcaption>
  </figure>`;
}
