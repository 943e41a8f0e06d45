import { html, type TemplateResult } from 'lit';
import { splitAtQuotes, type QuotedWords } from '../../model/quote';

// Pure, shared with the static HTML (src/render/).
export { safeHref } from '../../model/safe-url';
export { publishedPhrase, sourceLine } from '../../model/source-line';
export { headingLevel } from '../../model/heading-level';

/** The paragraph's text, with each quoted stretch in a <mark>. */
export function highlighted(text: string, quotes: readonly QuotedWords[]): TemplateResult[] {
  return splitAtQuotes(text, quotes).map((run) => (run.quoted ? html`<mark part="quote">${run.text}</mark>` : html`${run.text}`));
}
