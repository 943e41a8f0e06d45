import { html, nothing, type TemplateResult } from 'lit';
import { parseEdtf } from '../../model/edtf';
import { datePhrase } from '../../model/date-phrase';
import { splitAtQuote } from '../../model/quote';
import type { Citation, Paragraph, Source, TimelineEvent } from '../../model/types';

/** Sources by id, with each paragraph's 1-based number and the events that cite it. */
export interface SourceIndex {
  sources: Map<string, Source>;
  paragraphNumber: Map<string, number>;
  citingEvents: Map<string, string[]>;
}

export const paragraphKey = (source: string, paragraph: string) => `${source}\u0000${paragraph}`;

export function buildSourceIndex(sources: readonly Source[], events: readonly TimelineEvent[]): SourceIndex {
  const index: SourceIndex = { sources: new Map(), paragraphNumber: new Map(), citingEvents: new Map() };
  for (const source of sources) {
    index.sources.set(source.id, source);
    source.paragraphs.forEach((p, i) => index.paragraphNumber.set(paragraphKey(source.id, p.id), i + 1));
  }
  for (const event of events) {
    for (const citation of event.citations) {
      const key = paragraphKey(citation.source, citation.paragraph);
      const list = index.citingEvents.get(key) ?? [];
      if (!list.includes(event.id)) list.push(event.id);
      index.citingEvents.set(key, list);
    }
  }
  return index;
}

/** Only http and https URLs become links. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The paragraph's text, with the quoted words in a <mark> when a quote is given. */
export function highlighted(text: string, quote: string | null): TemplateResult {
  const split = quote ? splitAtQuote(text, quote) : null;
  return split ? html`${split.before}<mark part="quote">${split.quote}</mark>${split.after}` : html`${text}`;
}

export function sourceLine(source: Source, locale: string): string {
  const published = source.published ? parseEdtf(source.published) : null;
  return [source.title, source.publisher, published?.ok ? datePhrase(published.value, locale) : null]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

export interface DetailHandlers {
  close(): void;
  step(delta: number): void;
  showInArticle(citation: Citation): void;
}

/** Heading level for the element's panels, so they fit the outline of the page around them. */
const level = (n: number) => String(Math.min(6, Math.max(1, Math.round(n) || 2)));

export function renderDetail(
  event: TimelineEvent,
  position: number,
  total: number,
  index: SourceIndex,
  locale: string,
  on: DetailHandlers,
  headingLevel = 2,
): TemplateResult {
  const date = event.calendar;
  return html`<section class="detail" part="detail" aria-labelledby="detail-title" data-event-id=${event.id}>
    <header class="detail-head">
      <div id="detail-title" class="detail-title" role="heading" aria-level=${level(headingLevel)} tabindex="-1">${event.title}</div>
      <button class="tool" type="button" aria-label="Close details" title="Close (Esc)" @click=${on.close}>✕</button>
    </header>
    <p class="detail-date"><span part="date">${datePhrase(date, locale)}</span></p>
    ${event.dateBasis === 'inferred'
      ? html`<p class="date-note" part="date-note"><strong>The source does not state this date.</strong> ${event.dateNote ?? ''}</p>`
      : event.dateNote
        ? html`<p class="date-note" part="date-note">${event.dateNote}</p>`
        : nothing}
    ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
    ${event.citations.map((citation) => renderCitation(citation, index, locale, on))}
    <nav class="detail-nav" aria-label="Events in time order">
      <button class="tool" type="button" aria-disabled=${position <= 0 ? 'true' : 'false'} @click=${() => on.step(-1)}>← Previous</button>
      <span class="detail-count">${position + 1} of ${total}</span>
      <button class="tool" type="button" aria-disabled=${position >= total - 1 ? 'true' : 'false'} @click=${() => on.step(1)}>Next →</button>
    </nav>
  </section>`;
}

function renderCitation(citation: Citation, index: SourceIndex, locale: string, on: DetailHandlers): TemplateResult {
  const source = index.sources.get(citation.source);
  const paragraph = source?.paragraphs.find((p: Paragraph) => p.id === citation.paragraph);
  if (!source || !paragraph) return html``;
  const number = index.paragraphNumber.get(paragraphKey(source.id, paragraph.id));
  const href = safeHref(source.url);
  return html`<figure class="citation" part="citation">
    <blockquote cite=${href ?? nothing}>${highlighted(paragraph.text, citation.quote)}</blockquote>
    <figcaption>
      ${sourceLine(source, locale)}, paragraph ${number}
      <span class="citation-actions">
        <button class="link-button" type="button" @click=${() => on.showInArticle(citation)}>Show in the article</button>
        ${href
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer">Open the source (paragraph ${number})</a>`
          : nothing}
      </span>
    </figcaption>
  </figure>`;
}

export interface SourceViewState {
  /** The paragraph to highlight, and the quote within it. */
  focus: { source: string; paragraph: string; quote: string } | null;
  selected: string | null;
  titleOf(id: string): string;
  select(id: string): void;
}

export function renderSources(
  sources: readonly Source[],
  index: SourceIndex,
  locale: string,
  state: SourceViewState,
  storyTitle: string,
  headingLevel = 2,
): TemplateResult {
  return html`<section class="sources" part="source-view" aria-label=${`Sources: ${storyTitle}`}>
    ${sources.map((source) => {
      const href = safeHref(source.url);
      return html`<article class="source" part="source" data-source-id=${source.id}>
        <header>
          <div class="source-title" role="heading" aria-level=${level(headingLevel)}>${source.title}</div>
          <p class="source-line">${sourceLine(source, locale)}${href ? html` · <a href=${href} target="_blank" rel="noopener noreferrer">Original</a>` : nothing}</p>
        </header>
        ${source.paragraphs.map((paragraph) => {
          const key = paragraphKey(source.id, paragraph.id);
          const number = index.paragraphNumber.get(key);
          const focused = state.focus && state.focus.source === source.id && state.focus.paragraph === paragraph.id;
          if (paragraph.role === 'heading') {
            return html`<div class="source-heading" role="heading" aria-level=${level(headingLevel + 1)} data-paragraph-id=${paragraph.id}>${paragraph.text}</div>`;
          }
          const citing = index.citingEvents.get(key) ?? [];
          return html`<div class="paragraph ${focused ? 'focused' : ''}" part="paragraph" data-paragraph-id=${paragraph.id} tabindex=${focused ? '-1' : nothing}>
            <span class="paragraph-number" aria-hidden="true">${number}</span>
            <p>${highlighted(paragraph.text, focused ? state.focus!.quote : null)}</p>
            ${citing.length
              ? html`<ul class="markers" aria-label="Events from paragraph ${number}">
                  ${citing.map((id) => html`<li><button
                    class="marker"
                    part="citation-marker"
                    type="button"
                    data-event-id=${id}
                    aria-current=${state.selected === id ? 'true' : 'false'}
                    @click=${() => state.select(id)}
                  >↦ ${state.titleOf(id)}</button></li>`)}
                </ul>`
              : nothing}
          </div>`;
        })}
      </article>`;
    })}
  </section>`;
}

export const LIST_PAGE = 500;

export function renderEventList(
  storyTitle: string,
  events: readonly TimelineEvent[],
  limit: number,
  locale: string,
  selected: string | null,
  select: (id: string) => void,
  showMore: () => void,
): TemplateResult {
  const shown = events.slice(0, limit);
  return html`<section class="list" part="list" aria-label=${`All events in time order: ${storyTitle}`}>
    <ol>
      ${shown.map((event) => html`<li><button
        class="list-item"
        type="button"
        data-event-id=${event.id}
        aria-current=${selected === event.id ? 'true' : 'false'}
        @click=${() => select(event.id)}
      ><span class="list-date">${datePhrase(event.calendar, locale)}</span> <span class="list-title">${event.title}</span></button></li>`)}
    </ol>
    ${events.length > limit
      ? html`<button class="tool" type="button" @click=${showMore}>Show ${Math.min(LIST_PAGE, events.length - limit)} more of ${events.length - limit} remaining</button>`
      : nothing}
  </section>`;
}

/** Every event with its quotes and citations, for paper. */
export function renderPrintList(events: readonly TimelineEvent[], index: SourceIndex, locale: string): TemplateResult {
  return html`<section class="print-list" aria-hidden="true">
    <ol>
      ${events.map((event) => html`<li>
        <strong>${datePhrase(event.calendar, locale)}: ${event.title}</strong>
        ${event.dateBasis === 'inferred' ? html`<br /><em>Date not stated by the source: ${event.dateNote ?? ''}</em>` : nothing}
        ${event.summary ? html`<br />${event.summary}` : nothing}
        ${event.citations.map((c) => {
          const source = index.sources.get(c.source);
          return html`<blockquote>“${c.quote}” (${source ? sourceLine(source, locale) : c.source}, paragraph ${index.paragraphNumber.get(paragraphKey(c.source, c.paragraph)) ?? c.paragraph})</blockquote>`;
        })}
      </li>`)}
    </ol>
  </section>`;
}
