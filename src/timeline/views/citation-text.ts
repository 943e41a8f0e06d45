import { html, type TemplateResult } from 'lit';
import { splitAtQuote } from '../../model/quote';

// Pure, shared with the static HTML (src/render/).
export { safeHref } from '../../model/safe-url';
export { sourceLine } from '../../model/source-line';
export { headingLevel } from '../../model/heading-level';

/** The paragraph's text, with the quoted words in a <mark> when a quote is given. */
export function highlighted(text: string, quote: string | null): TemplateResult {
  const split = quote ? splitAtQuote(text, quote) : null;
  return split ? html`${split.before}<mark part="quote">${split.quote}</mark>${split.after}` : html`${text}`;
}
