/** A paragraph split around the first verbatim occurrence of a quote. */
export interface QuoteSplit {
  before: string;
  quote: string;
  after: string;
}

/** Splits `text` around the first verbatim occurrence of `quote`; null when it is not there. */
export function splitAtQuote(text: string, quote: string): QuoteSplit | null {
  if (!quote) return null;
  const at = text.indexOf(quote);
  if (at < 0) return null;
  return { before: text.slice(0, at), quote, after: text.slice(at + quote.length) };
}
