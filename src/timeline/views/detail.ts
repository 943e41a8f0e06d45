import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import { paragraphKey, type SourceIndex } from '../../model/source-index';
import type { Citation, Era, Source, TimelineEvent } from '../../model/types';
import { citedSources, type CitedParagraph, type CitedSource } from '../../model/quote';
import { sourceName } from '../../model/corroboration-phrase';
import { headingLevel, highlighted, longParagraphs, publishedPhrase, safeHref } from './citation-text';
import { capitalized } from './marks';
import { mediaOf } from '../../model/media';
import type { renderMedia } from './media';
import { renderDiffer } from './reports';
import { isolate } from './isolate';

/**
 * How the detail draws an event's picture. It comes with the later parts, which the element loads
 * before it shows the detail of a story with pictures; until then (or if they cannot load) the
 * detail shows its words alone.
 */
export const pictures: { view?: typeof renderMedia } = {};

/** Id of the detail panel's title, which takes focus when the panel opens from the article. */
export const DETAIL_TITLE_ID = 'detail-title';

export interface DetailOptions {
  /** An event, or an era (a period of the story, sourced the same way). */
  event: TimelineEvent | Era;
  /** What it is, for the date line: an era says so. */
  kind?: 'event' | 'era';
  /** On a wide element, the side of the timeline it is drawn over as a panel; else it flows under the timeline. */
  side?: 'start' | 'end';
  /** The event's position in time order, and the number of events. */
  position: number;
  total: number;
  sourceIndex: SourceIndex;
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
  /** The level of the title above; each source's line is a heading one below it. */
  headingLevel: number;
  messages: Translation;
  showInArticle(citation: Citation): void;
}

/** An event's (or an era's) sourced body in three parts, which a wide story card sets side by side. */
export interface SourcedParts {
  media: TemplateResult | typeof nothing;
  /** The summary, how its date was found (folded unless inferred), and where sources differ. */
  words: TemplateResult;
  /** Each source's line, then its cited paragraphs (each once, every quote from it marked). */
  citations: (TemplateResult | typeof nothing)[];
}

export function sourcedParts(event: TimelineEvent | Era, options: SourcedBodyOptions): SourcedParts {
  const t = options.messages;
  const inferred = event.dateBasis === 'inferred';
  return {
    media: pictures.view?.(mediaOf(event), t) ?? nothing,
    words: html`${event.summary ? html`<p class="summary">${isolate(event.summary)}</p>` : nothing}
    ${inferred || event.dateNote
      ? html`<details class="date-note" part="date-note" data-basis=${inferred ? 'inferred' : 'stated'} ?open=${inferred}>
          <summary>${t.t('howDateFound')}</summary>
          <p>${inferred ? html`<strong>${t.t('dateNotStated')}</strong> ` : nothing}${event.dateNote ? isolate(event.dateNote) : ''}</p>
        </details>`
      : nothing}
    ${renderDiffer(event, options.sourceIndex.sources, t)}`,
    citations: citedSources(event.citations).map((cited) => renderCitedSource(cited, options)),
  };
}

/** The detail's body: picture, the words, then each source with its cited paragraphs (see sourcedParts). */
export function renderSourcedBody(event: TimelineEvent | Era, options: SourcedBodyOptions): TemplateResult {
  const { media, words, citations } = sourcedParts(event, options);
  return html`${media}${words}${citations}`;
}

/** A quote this close to its whole paragraph is not highlighted: the highlight would say nothing. */
const WHOLE_PARAGRAPH_SHARE = 0.9;

/**
 * The selected event, read like an article: its date as a small label above the title, then what
 * renderSourcedBody shows, then Previous and Next.
 */
export function renderDetail(options: DetailOptions): TemplateResult {
  const { event, position, total, messages: t } = options;
  return html`<section class="detail" part="detail" data-side=${options.side ?? nothing} aria-labelledby=${DETAIL_TITLE_ID} data-event-id=${options.kind === 'era' ? nothing : event.id} data-era-id=${options.kind === 'era' ? event.id : nothing}>
    <header class="detail-head">
      <div class="detail-heading">
        <p class="detail-date">${options.kind === 'era' ? html`<span class="date-flag">${t.t('era')} · </span>` : nothing}<span part="date">${capitalized(t.date(event.calendar))}</span>${options.group ? html`<span class="date-flag"> · <bdi>${options.group}</bdi></span>` : nothing}</p>
        <div id=${DETAIL_TITLE_ID} class="detail-title" role="heading" aria-level=${headingLevel(options.headingLevel)} tabindex="-1">${isolate(event.title)}</div>
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

/**
 * One source of an event: "Publisher · 3 July 2025 · Open the source" as a heading line, then each
 * paragraph it is cited from: the one place citations are drawn (the detail and story cards).
 */
function renderCitedSource(cited: CitedSource, options: SourcedBodyOptions): TemplateResult | typeof nothing {
  const t = options.messages;
  const source = options.sourceIndex.sources.get(cited.source);
  if (!source) return nothing;
  const href = safeHref(source.url);
  const date = publishedPhrase(source, t);
  return html`<section class="cited-source" part="cited-source">
    <p><strong role="heading" aria-level=${headingLevel(options.headingLevel + 1)}><bdi>${sourceName(source)}</bdi>${date ? ` · ${date}` : ''}</strong>${href ? html` · <a href=${href} target="_blank" rel="noopener noreferrer">${t.t('openSource')}</a>` : nothing}</p>
    ${cited.paragraphs.map((paragraph) => renderCitation(paragraph, source, href, options))}
  </section>`;
}

/** One cited paragraph with its quotes marked, and under it "Paragraph 12 · Show in the article". */
function renderCitation(cited: CitedParagraph, source: Source, href: string | null, options: SourcedBodyOptions): TemplateResult | typeof nothing {
  const t = options.messages;
  const paragraph = source.paragraphs.find((p) => p.id === cited.paragraph);
  if (!paragraph) return nothing;
  const n = options.sourceIndex.paragraphNumber.get(paragraphKey(source.id, paragraph.id));
  const quotes = cited.quotes.filter(({ quote }) => quote.trim().length < paragraph.text.trim().length * WHOLE_PARAGRAPH_SHARE);
  const citation = { source: source.id, paragraph: paragraph.id, ...cited.quotes[0] };
  return html`<figure class="citation" part="citation">
    ${longParagraphs.view?.(paragraph.text, quotes, href ?? undefined, t) ?? html`<blockquote cite=${href ?? nothing}>${isolate(highlighted(paragraph.text, quotes))}</blockquote>`}
    <figcaption>${n === undefined ? nothing : html`${capitalized(t.t('paragraphLabel', { number: t.number(n) }))} · `}<button class="link-button" type="button" @click=${() => options.showInArticle(citation)}>${t.t('showInArticle')}</button></figcaption>
  </figure>`;
}
