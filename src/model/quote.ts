/**
 * Finding a citation's words in its paragraph, as a W3C TextQuoteSelector does: the quote
 * (`exact`), and when it occurs more than once, the text just before it (`prefix`) and just after
 * it (`suffix`) pick the occurrence meant. Without them the first occurrence is meant.
 */

/** A paragraph split around the occurrence of a quote. */
export interface QuoteSplit {
  before: string;
  quote: string;
  after: string;
}

/** The text around a quote that says which occurrence is meant; both optional. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
}

/** Where the quote stands: `[start, end)` in the paragraph's text. */
export interface QuoteRange {
  start: number;
  end: number;
}

/**
 * The first occurrence of `quote` in `text` that follows `prefix` and is followed by `suffix`
 * (each as far as given); null when there is none, or the quote is empty.
 */
export function locateQuote(text: string, quote: string, context: QuoteContext = {}): QuoteRange | null {
  if (!quote) return null;
  const { prefix = '', suffix = '' } = context;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    if (at >= prefix.length && text.startsWith(prefix, at - prefix.length) && text.startsWith(suffix, end)) return { start: at, end };
  }
  return null;
}

/** Splits `text` around the occurrence of `quote` that `context` picks (the first without one); null when it is not there. */
export function splitAtQuote(text: string, quote: string, context?: QuoteContext): QuoteSplit | null {
  const range = locateQuote(text, quote, context);
  return range ? { before: text.slice(0, range.start), quote, after: text.slice(range.end) } : null;
}

/** How many times `quote` occurs in `text`, overlapping occurrences included. */
export function occurrences(text: string, quote: string): number {
  if (!quote) return 0;
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

/**
 * The shortest context that picks the quote at `[start, end)` of `text`: nothing for its first
 * occurrence (the one meant without a context), else the fewest characters before it, or after
 * it, or both, that pick it, widened to whole words. Used by drafting and annotation import to write `prefix`/`suffix`.
 */
export function quoteContext(text: string, start: number, end: number): QuoteContext {
  const quote = text.slice(start, end);
  // Without a context the first occurrence is meant.
  if (text.indexOf(quote) === start) return {};
  let last = '';
  for (let n = 1; n <= Math.max(start, text.length - end); n++) {
    const prefix = wordStart(text, Math.max(0, start - n), start);
    const suffix = wordEnd(text, end, Math.min(text.length, end + n));
    // Widening to whole words repeats a context for several n; try each once.
    if (`${prefix}\u0000${suffix}` === last) continue;
    last = `${prefix}\u0000${suffix}`;
    const picks = [{ prefix }, { suffix }, { prefix, suffix }].map(clean).filter((context) => locateQuote(text, quote, context)?.start === start);
    if (picks.length) return picks.reduce((best, c) => (length(c) < length(best) ? c : best));
  }
  return clean({ prefix: text.slice(0, start), suffix: text.slice(end) });
}

/** The start of a prefix moved back to the start of its word. */
function wordStart(text: string, from: number, to: number): string {
  let at = from;
  while (at > 0 && /\S/.test(text[at - 1])) at--;
  return text.slice(at, to);
}

/** The end of a suffix moved on to the end of its word. */
function wordEnd(text: string, from: number, to: number): string {
  let at = to;
  while (at < text.length && /\S/.test(text[at])) at++;
  return text.slice(from, at);
}

const length = (context: QuoteContext) => (context.prefix?.length ?? 0) + (context.suffix?.length ?? 0);

/** A context without empty parts. */
function clean(context: QuoteContext): QuoteContext {
  const out: QuoteContext = {};
  if (context.prefix) out.prefix = context.prefix;
  if (context.suffix) out.suffix = context.suffix;
  return out;
}

/** A stretch of a paragraph's text, quoted by a citation or not. */
export interface QuotedRun {
  text: string;
  quoted: boolean;
}

/** A citation's words and the context that picks their occurrence. */
export interface QuotedWords extends QuoteContext {
  quote: string;
}

/**
 * Where each quote its context picks stands in `text`, in text order: quotes that overlap or touch
 * make one stretch. Quotes not in the text are left out.
 */
export function quoteSpans(text: string, quotes: readonly QuotedWords[]): QuoteRange[] {
  const spans: QuoteRange[] = [];
  for (const found of quotes.flatMap(({ quote, ...context }) => locateQuote(text, quote, context) ?? []).sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && found.start <= last.end) last.end = Math.max(last.end, found.end);
    else spans.push(found);
  }
  return spans;
}

/** `[from, to)` of `text` as runs, each quoted or not, cut at the ends of `spans` (in text order, apart). */
export function quotedRuns(text: string, spans: readonly QuoteRange[], from = 0, to = text.length): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let at = from;
  const runTo = (end: number, quoted: boolean) => {
    if (end > at) runs.push({ text: text.slice(at, end), quoted });
    at = Math.max(at, end);
  };
  for (const span of spans) {
    runTo(Math.min(to, span.start), false);
    runTo(Math.min(to, span.end), true);
  }
  runTo(to, false);
  return runs.length ? runs : [{ text: '', quoted: false }];
}

/**
 * Splits `text` at the occurrence of each quote its context picks, in text order: every quote
 * found is one quoted run (quotes that overlap or touch make one). Quotes not in the text are left out.
 */
export function splitAtQuotes(text: string, quotes: readonly QuotedWords[]): QuotedRun[] {
  return quotedRuns(text, quoteSpans(text, quotes));
}

/** One cited paragraph, with every quote taken from it. */
export interface CitedParagraph {
  source: string;
  paragraph: string;
  quotes: QuotedWords[];
}

/** The citations gathered by paragraph, each paragraph once, in the order it is first cited. */
export function citedParagraphs(citations: readonly (QuotedWords & { source: string; paragraph: string })[]): CitedParagraph[] {
  const byParagraph = new Map<string, CitedParagraph>();
  for (const { source, paragraph, quote, prefix, suffix } of citations) {
    const key = JSON.stringify([source, paragraph]);
    const cited = byParagraph.get(key) ?? { source, paragraph, quotes: [] };
    const words = { quote, ...(prefix === undefined ? {} : { prefix }), ...(suffix === undefined ? {} : { suffix }) };
    if (!cited.quotes.some((q) => q.quote === quote && q.prefix === prefix && q.suffix === suffix)) cited.quotes.push(words);
    byParagraph.set(key, cited);
  }
  return [...byParagraph.values()];
}

/** The cited paragraphs of one source. */
export interface CitedSource {
  source: string;
  paragraphs: CitedParagraph[];
}

/** The cited paragraphs (see citedParagraphs) gathered by source, each source once, in the order it is first cited. */
export function citedSources(citations: Parameters<typeof citedParagraphs>[0]): CitedSource[] {
  const bySource = new Map<string, CitedSource>();
  for (const cited of citedParagraphs(citations)) {
    const group = bySource.get(cited.source) ?? { source: cited.source, paragraphs: [] };
    group.paragraphs.push(cited);
    bySource.set(cited.source, group);
  }
  return [...bySource.values()];
}
