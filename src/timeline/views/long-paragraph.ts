import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Translation } from '../../i18n';
import '../../i18n/later-english';
import { chunkBounds, chunksNear, LONG_PARAGRAPH } from '../../model/excerpt';
import { quotedRuns, quoteSpans, type QuoteRange, type QuotedWords } from '../../model/quote';
import { quotedRun } from './citation-text';

/**
 * A long paragraph in chunks, each quoted stretch in a <mark>: those `around` chunks or more from
 * an end of a quote are `far`, laid out only near the screen (`content-visibility: auto`), and in
 * an `excerpt` left out, an ellipsis standing for each stretch of them.
 */
function chunked(text: string, spans: readonly QuoteRange[], around: number, excerpt = false): TemplateResult[] {
  const bounds = chunkBounds(text, spans);
  const near = chunksNear(bounds, spans, around);
  return bounds.map(
    ([from, to], i) =>
      html`${excerpt && !near[i] && near[i - 1] !== false ? html`<span class="elision"> … </span>` : nothing}<span class="chunk ${near[i] ? '' : 'far'}">${quotedRuns(text, spans, from, to).map(quotedRun)}</span>`,
  );
}

/**
 * Centres a paragraph's quote (or the paragraph, if nothing is marked). The chunks not yet seen are
 * first guessed as tall as the tallest seen, else those coming into view as it scrolls would
 * shrink or grow above the quote and move it away.
 */
export function centreQuote(paragraph: HTMLElement, behavior: ScrollBehavior = 'auto'): void {
  const seen = [...paragraph.querySelectorAll<HTMLElement>('.chunk:not(.far)')].map((chunk) => chunk.offsetHeight);
  if (seen.length) paragraph.style.setProperty('--_chunk-height', `${Math.max(...seen)}px`);
  (paragraph.querySelector('mark') ?? paragraph).scrollIntoView({ block: 'center', behavior });
}

/** Once the whole paragraph shows, its quote is brought into view. */
function onToggle(event: Event): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (details.open) centreQuote(details.previousElementSibling as HTMLElement);
}

/**
 * A cited paragraph longer than LONG_PARAGRAPH as the detail shows it (undefined for a shorter
 * one): an excerpt, the chunks around its quotes with an ellipsis for each stretch left out, and
 * "The whole paragraph", which shows the rest. Keyed by the text and its quotes, so another
 * paragraph, or another event quoting this one, opens as an excerpt.
 */
export function excerptedParagraph(text: string, quotes: readonly QuotedWords[], cite: string | undefined, t: Translation): DirectiveResult | undefined {
  if (text.length <= LONG_PARAGRAPH) return undefined;
  return keyed(
    `${quotes.map((q) => q.quote).join('\u0000')}\u0001${text}`,
    html`<blockquote class="long" cite=${cite ?? nothing}>${chunked(text, quoteSpans(text, quotes), 1, true)}</blockquote>
      <details class="whole-paragraph" @toggle=${onToggle}><summary>${t.t('wholeParagraph')}</summary></details>`,
  );
}

/** Chunks laid out at once either side of the quote in the source view; centreQuote guesses the rest as tall as these. */
const SOURCE_VIEW_AROUND = 1;

/** A paragraph in the source view: whole, in chunks when it is long. */
export function sourceParagraph(text: string, quotes: readonly QuotedWords[]): TemplateResult[] {
  const spans = quoteSpans(text, quotes);
  return text.length > LONG_PARAGRAPH ? chunked(text, spans, SOURCE_VIEW_AROUND) : quotedRuns(text, spans).map(quotedRun);
}
