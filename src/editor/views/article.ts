import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { count } from '../words';
import type { Paragraph } from '../../model/types';
import type { Candidate } from '../document';
import { chunkBounds, LONG_PARAGRAPH } from '../../model/excerpt';
import { chunkedSegmentsOf, segmentsOf, type Highlight, type Segment } from '../highlights';
import { renderParagraphPicker } from './paragraph-picker';

/** Where a selection of the article's words lies: one paragraph, and the words as written. */
export interface TextSelection {
  paragraph: string;
  quote: string;
}

export interface ArticleOptions {
  paragraphs: readonly Paragraph[];
  /** How many of the paragraphs are drawn yet (a long article is drawn a part at a time). */
  drawn: number;
  highlights: Map<string, Highlight[]>;
  citers: Map<string, Candidate[]>;
  selection: TextSelection | null;
  /** The paragraph chosen for picking words by keyboard. */
  chosen: string;
  onChoose(paragraph: string): void;
  onNewEvent(selection: TextSelection): void;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** The keyboard path to a new event: choose a paragraph, select words in it with the caret. */
function renderChooser(o: ArticleOptions): TemplateResult {
  const paragraphs = o.paragraphs.filter((p) => p.role !== 'heading');
  const chosen = paragraphs.find((p) => p.id === o.chosen) ?? paragraphs[0];
  return html`<details class="chooser">
    <summary>New event from any paragraph, by keyboard</summary>
    <label for="chooser-paragraph">Paragraph</label>
    <select id="chooser-paragraph" @change=${(e: Event) => o.onChoose((e.target as HTMLSelectElement).value)}>
      ${paragraphs.map((p) => html`<option value=${p.id} ?selected=${p === chosen}>${p.id}: ${clip(p.text)}</option>`)}
    </select>
    ${chosen
      ? renderParagraphPicker({
          id: 'chooser-picker',
          label: `Paragraph ${chosen.id}: select words, then use them`,
          paragraph: chosen,
          actions: [{ text: 'New event from this quote', onPick: o.onNewEvent }],
        })
      : nothing}
  </details>`;
}

const segmentText = (s: Segment) => (s.phrase ? html`<mark class="phrase">${s.text}</mark>` : s.quote ? html`<mark class="quote">${s.text}</mark>` : s.text);

/**
 * Every piece is bound as text: article words never become markup. A long paragraph is drawn in
 * chunks cut where its highlights do not move them, so the browser lays out only those on screen
 * and a new highlight redraws one chunk.
 */
function paragraphText(p: Paragraph, highlights: readonly Highlight[]): TemplateResult {
  if (p.text.length <= LONG_PARAGRAPH) return html`${segmentsOf(p.text, highlights).map(segmentText)}`;
  return html`${chunkedSegmentsOf(p.text, highlights, chunkBounds(p.text)).map((chunk) => html`<span class="chunk">${chunk.map(segmentText)}</span>`)}`;
}

const NONE: never[] = [];
/** "Cited by" names this many events, then says how many more. */
const CITERS_SHOWN = 3;

function renderParagraph(p: Paragraph, highlights: readonly Highlight[], citers: readonly Candidate[]): TemplateResult {
  const names = citers.slice(0, CITERS_SHOWN).map((c) => c.title || 'Untitled event');
  if (citers.length > CITERS_SHOWN) names.push(`${count(citers.length - CITERS_SHOWN, 'more event', 'more events')}`);
  return html`<p class=${`paragraph${p.role === 'heading' ? ' heading' : ''}${citers.length ? ' cited' : ''}${p.text.length > LONG_PARAGRAPH ? ' long' : ''}`} data-paragraph=${p.id}>
    <span class="pid">${p.id}</span><span class="words" data-paragraph-text=${p.id}>${paragraphText(p, highlights)}</span>
    ${citers.length ? html`<span class="citers">Cited by: ${names.join('; ')}</span>` : nothing}
  </p>`;
}

/**
 * The drafted article: each paragraph with its id, the words candidates quote highlighted, the
 * date phrases they were dated from marked inside, and which events cite it. Selecting words in
 * one paragraph offers "New event from this quote".
 */
export function renderArticle(o: ArticleOptions): TemplateResult | typeof nothing {
  if (o.paragraphs.length === 0) return nothing;
  // Words of a heading are not offered: a story cannot cite a heading, and Export would refuse the event.
  const inHeading = o.selection !== null && o.paragraphs.some((p) => p.id === o.selection!.paragraph && p.role === 'heading');
  const selection = inHeading ? null : o.selection;
  return html`<h3 id="article-heading">Drafted text</h3>
    <p class="hint">Quoted words are highlighted; date phrases the dates come from are underlined. Select words in a paragraph to make a new event.</p>
    <div class="selection-bar">
      <button type="button" ?disabled=${!selection} @click=${() => selection && o.onNewEvent(selection)}>New event from this quote</button>
      <span class="hint selected" aria-live="polite" title=${selection ? selection.quote : ''}>${inHeading
        ? `${o.selection!.paragraph} was read as a heading, which an event cannot cite: select words in a paragraph.`
        : selection
          ? `Selected in ${selection.paragraph}: “${selection.quote}”`
          : 'No words selected.'}</span>
    </div>
    ${renderChooser(o)}
    <div class="article-text" role="region" aria-labelledby="article-heading" tabindex="0">
      ${repeat(
        o.paragraphs.slice(0, o.drawn),
        (p) => p.id,
        (p) => {
          const highlights = o.highlights.get(p.id) ?? NONE;
          const citers = o.citers.get(p.id) ?? NONE;
          // A paragraph whose quotes and citers did not change is not drawn again (their lists keep their identity).
          return guard([p, highlights, citers], () => renderParagraph(p, highlights, citers));
        },
      )}
    </div>`;
}
