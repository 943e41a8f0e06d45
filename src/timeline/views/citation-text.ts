import { html, type TemplateResult } from 'lit';
import { parseEdtf } from '../../model/edtf';
import { ENGLISH, type Translation } from '../../i18n';
import { splitAtQuote } from '../../model/quote';
import type { Source } from '../../model/types';

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

/** "Title · Publisher · 3 July 2025": what a source is, in one line. */
export function sourceLine(source: Source, messages: Translation = ENGLISH): string {
  const published = source.published ? parseEdtf(source.published) : null;
  return [source.title, source.publisher, published?.ok ? messages.date(published.value) : null]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

/** Heading level for the element's panels (1–6), so they fit the outline of the page around them. */
export const headingLevel = (n: number) => String(Math.min(6, Math.max(1, Math.round(n) || 2)));
