import { html, nothing, type TemplateResult } from 'lit';
import { sourceName } from '../../model/corroboration-phrase';
import { paragraphKey, type SourceIndex } from '../../model/source-index';
import type { Citation, Source } from '../../model/types';
import type { Translation } from '../../i18n';
import '../../i18n/later-english';
import { headingLevel, publishedPhrase, safeHref } from './citation-text';
import { isolate } from './isolate';
import { sourceParagraph } from './long-paragraph';

/** Id of a paragraph's element in the source view, for "Show in the article" to scroll to. */
export function paragraphElementId(source: string, paragraph: string): string {
  // Lengths first, so that no two (source, paragraph) pairs share an id whatever they contain.
  return `paragraph-${source.length}-${source}-${paragraph}`;
}

/** Id of the tab of the source at `index`, which labels the panel while it is chosen. */
export const sourceTabId = (index: number) => `source-tab-${index}`;
/** Id of the panel the tabs switch: the chosen source's text. */
export const SOURCE_PANEL_ID = 'source-panel';

export interface SourcesOptions {
  sources: readonly Source[];
  sourceIndex: SourceIndex;
  /** The events that cite each paragraph, by paragraphKey. */
  citingEvents: ReadonlyMap<string, readonly string[]>;
  storyTitle: string;
  locale: string;
  headingLevel: number;
  /** The cited words "Show in the article" highlights, in their paragraph. */
  highlightedCitation: Citation | null;
  selected: string | null;
  /** The position in `sources` of the source shown; with two or more sources, a tab each chooses it. */
  shown: number;
  titleOf(id: string): string;
  /** A marker beside a cited paragraph was activated. */
  select(id: string): void;
  /** A tab was clicked. */
  showSource(index: number): void;
  /** A key on the tab at `index`: the arrows, Home and End move between them. */
  onTabKey(event: KeyboardEvent, index: number): void;
  messages: Translation;
}

/**
 * The sources' text, one at a time, each cited paragraph with a marker per event it reports; with
 * two or more sources, a row of tabs (publisher, else title) switches between them.
 */
export function renderSources(options: SourcesOptions): TemplateResult {
  const { sources, shown, messages: t } = options;
  const source = sources[shown];
  const article = source ? renderSource(source, options) : nothing;
  return html`<section class="sources" part="source-view" aria-label=${t.t('sourcesLabel', { title: options.storyTitle })}>
    ${sources.length > 1
      ? html`<div class="source-tabs" part="source-tabs" role="tablist" aria-label=${t.t('storySources')}>
          ${sources.map((s, i) => html`<button
            type="button"
            role="tab"
            id=${sourceTabId(i)}
            class="source-tab"
            part="source-tab"
            data-source-id=${s.id}
            aria-selected=${i === shown ? 'true' : 'false'}
            aria-controls=${SOURCE_PANEL_ID}
            tabindex=${i === shown ? '0' : '-1'}
            @click=${() => options.showSource(i)}
            @keydown=${(event: KeyboardEvent) => options.onTabKey(event, i)}
          >${isolate(sourceName(s))}</button>`)}
        </div>
        <div id=${SOURCE_PANEL_ID} role="tabpanel" aria-labelledby=${sourceTabId(shown)} tabindex="0">${article}</div>`
      : article}
  </section>`;
}

/** One source's text: its title and line, then each paragraph with the markers of the events citing it. */
function renderSource(source: Source, options: SourcesOptions): TemplateResult {
  const { sourceIndex, messages: t } = options;
  const focus = options.highlightedCitation;
  const level = options.headingLevel;
  const href = safeHref(source.url);
  return html`<article class="source" part="source" data-source-id=${source.id}>
    <header>
      <div class="source-title" role="heading" aria-level=${headingLevel(level)}>${isolate(source.title)}</div>
      <p class="source-line">${isolatedSourceLine(source, t)}${href ? html` · <a href=${href} target="_blank" rel="noopener noreferrer">${t.t('openSource')}</a>` : nothing}</p>
    </header>
    ${source.paragraphs.map((paragraph) => {
      const key = paragraphKey(source.id, paragraph.id);
      const number = sourceIndex.paragraphNumber.get(key);
      const id = paragraphElementId(source.id, paragraph.id);
      if (paragraph.role === 'heading') {
        return html`<div id=${id} class="source-heading" role="heading" aria-level=${headingLevel(level + 1)} data-paragraph-id=${paragraph.id}>${isolate(paragraph.text)}</div>`;
      }
      const focused = focus !== null && focus.source === source.id && focus.paragraph === paragraph.id;
      const citing = options.citingEvents.get(key) ?? [];
      return html`<div id=${id} class="paragraph ${focused ? 'focused' : ''}" part="paragraph" data-paragraph-id=${paragraph.id} tabindex=${focused ? '-1' : nothing}>
        <span class="paragraph-number" aria-hidden="true">${number === undefined ? '' : t.number(number)}</span>
        <p>${isolate(sourceParagraph(paragraph.text, focused ? [focus] : []))}</p>
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
}

/** sourceLine's "Title · Publisher · 3 July 2025" with the story's words (title, publisher) each in an isolate. */
function isolatedSourceLine(source: Source, t: Translation): unknown[] {
  const pieces: unknown[] = [source.title, source.publisher].filter((p): p is string => Boolean(p)).map(isolate);
  const date = publishedPhrase(source, t);
  if (date) pieces.push(date);
  return pieces.map((piece, i) => (i ? html` · ${piece}` : piece));
}
