import { html, type TemplateResult } from 'lit';
import { splitAtQuotes, type QuotedRun, type QuotedWords } from '../../model/quote';
import type { Translation } from '../../i18n';

// Pure, shared with the static HTML (src/render/).
export { safeHref } from '../../model/safe-url';
export { publishedPhrase, sourceLine } from '../../model/source-line';
export { headingLevel } from '../../model/heading-level';

/** A run of a paragraph's text, in a <mark> when quoted. */
export const quotedRun = (run: QuotedRun): TemplateResult => (run.quoted ? html`<mark part="quote">${run.text}</mark>` : html`${run.text}`);

/** The paragraph's text, with each quoted stretch in a <mark>. */
export function highlighted(text: string, quotes: readonly QuotedWords[]): TemplateResult[] {
  return splitAtQuotes(text, quotes).map(quotedRun);
}

/**
 * How the detail draws a long cited paragraph (an excerpt, the whole behind a toggle); undefined
 * for one it draws whole. It comes with the later parts, which the element loads before it shows
 * a long paragraph's event; until then (or if they cannot load) every paragraph is drawn whole.
 */
export const longParagraphs: { view?(text: string, quotes: readonly QuotedWords[], cite: string | undefined, t: Translation): unknown } = {};
