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

/** A stretch of a paragraph's text, quoted by a citation or not. */
export interface QuotedRun {
  text: string;
  quoted: boolean;
}

/**
 * Splits `text` at the first verbatim occurrence of each quote, in text order: every quote found
 * is one quoted run (quotes that overlap or touch make one). Quotes not in the text are left out.
 */
export function splitAtQuotes(text: string, quotes: readonly string[]): QuotedRun[] {
  const spans = quotes
    .flatMap((quote) => {
      const at = quote ? text.indexOf(quote) : -1;
      return at < 0 ? [] : [{ at, end: at + quote.length }];
    })
    .sort((a, b) => a.at - b.at);
  const runs: QuotedRun[] = [];
  let from = 0;
  for (let i = 0; i < spans.length; ) {
    const at = spans[i].at;
    let end = spans[i].end;
    for (i++; i < spans.length && spans[i].at <= end; i++) end = Math.max(end, spans[i].end);
    if (at > from) runs.push({ text: text.slice(from, at), quoted: false });
    runs.push({ text: text.slice(at, end), quoted: true });
    from = end;
  }
  if (from < text.length || runs.length === 0) runs.push({ text: text.slice(from), quoted: false });
  return runs;
}

/** One cited paragraph, with every quote taken from it. */
export interface CitedParagraph {
  source: string;
  paragraph: string;
  quotes: string[];
}

/** The citations gathered by paragraph, each paragraph once, in the order it is first cited. */
export function citedParagraphs(citations: readonly { source: string; paragraph: string; quote: string }[]): CitedParagraph[] {
  const byParagraph = new Map<string, CitedParagraph>();
  for (const { source, paragraph, quote } of citations) {
    const key = JSON.stringify([source, paragraph]);
    const cited = byParagraph.get(key) ?? { source, paragraph, quotes: [] };
    if (!cited.quotes.includes(quote)) cited.quotes.push(quote);
    byParagraph.set(key, cited);
  }
  return [...byParagraph.values()];
}
