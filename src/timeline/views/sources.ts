import { html, nothing, type TemplateResult } from 'lit';
import { paragraphKey, type SourceIndex } from '../../model/source-index';
import type { Citation, Source } from '../../model/types';
import type { Translation } from '../../i18n';
import { headingLevel, highlighted, publishedPhrase, safeHref } from './citation-text';
import { isolate } from './isolate';

/** Id of a paragraph's element in the source view, for "Show in the article" to scroll to. */
export function paragraphElementId(source: string, paragraph: string): string {
  // Lengths first, so that no two (source, paragraph) pairs share an id whatever they contain.
  return `paragraph-${source.length}-${source}-${paragraph}`;
}

export interface SourcesOptions {
  sources: readonly Source[];
  sourceIndex: SourceIndex;
  storyTitle: string;
  locale: string;
  headingLevel: number;
  /** The cited words "Show in the article" highlights, in their paragraph. */
  highlightedCitation: Citation | null;
  selected: string | null;
  titleOf(id: string): string;
  /** A marker beside a cited paragraph was activated. */
  select(id: string): void;
  messages: Translation;
}

/** The sources' text, each cited paragraph with a marker per event it reports. */
export function renderSources(options: SourcesOptions): TemplateResult {
  const { sourceIndex, messages: t } = options;
  const focus = options.highlightedCitation;
  const level = options.headingLevel;
  return html`<section class="sources" part="source-view" aria-label=${t.t('sourcesLabel', { title: options.storyTitle })}>
    ${options.sources.map((source) => {
      const href = safeHref(source.url);
      return html`<article class="source" part="source" data-source-id=${source.id}>
        <header>
          <div class="source-title" role="heading" aria-level=${headingLevel(level)}>${isolate(source.title)}</div>
          <p class="source-line">${isolatedSourceLine(source, t)}${href ? html` · <a href=${href} target="_blank" rel="noopener noreferrer">${t.t('sourceOriginal')}</a>` : nothing}</p>
        </header>
        ${source.paragraphs.map((paragraph) => {
          const key = paragraphKey(source.id, paragraph.id);
          const number = sourceIndex.paragraphNumber.get(key);
          const id = paragraphElementId(source.id, paragraph.id);
          if (paragraph.role === 'heading') {
            return html`<div id=${id} class="source-heading" role="heading" aria-level=${headingLevel(level + 1)} data-paragraph-id=${paragraph.id}>${isolate(paragraph.text)}</div>`;
          }
          const focused = focus !== null && focus.source === source.id && focus.paragraph === paragraph.id;
          const citing = sourceIndex.citingEvents.get(key) ?? [];
          return html`<div id=${id} class="paragraph ${focused ? 'focused' : ''}" part="paragraph" data-paragraph-id=${paragraph.id} tabindex=${focused ? '-1' : nothing}>
            <span class="paragraph-number" aria-hidden="true">${number === undefined ? '' : t.number(number)}</span>
            <p>${isolate(highlighted(paragraph.text, focused ? [focus] : []))}</p>
            ${citing.length
              ? html`<ul class="markers" aria-label=${t.t('paragraphEvents', { number: number === undefined ? '' : t.number(number) })}>
                  ${citing.map((eventId) => html`<li><button
                    class="marker"
                    part="citation-marker"
                    type="button"
                    data-event-id=${eventId}
                    aria-current=${options.selected === eventId ? 'true' : 'false'}
                    @click=${() => options.select(eventId)}
                  ><span aria-hidden="true">${t.dir === 'rtl' ? '↤' : '↦'}</span> ${isolate(options.titleOf(eventId))}</button></li>`)}
                </ul>`
              : nothing}
          </div>`;
        })}
      </article>`;
    })}
  </section>`;
}

/** sourceLine's "Title · Publisher · 3 July 2025" with the story's words (title, publisher) each in an isolate. */
function isolatedSourceLine(source: Source, t: Translation): unknown[] {
  const pieces: unknown[] = [source.title, source.publisher].filter((p): p is string => Boolean(p)).map(isolate);
  const date = publishedPhrase(source, t);
  if (date) pieces.push(date);
  return pieces.map((piece, i) => (i ? html` · ${piece}` : piece));
}
