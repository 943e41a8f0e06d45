/**
 * A long paragraph as readers are shown it: in chunks, so that the browser lays out only the
 * chunks on screen (the source view, the detail's whole paragraph), and in the detail as an
 * excerpt, the chunks around its quotes. Offsets only; the views render the text as text.
 */
import type { QuoteRange } from './quote';

export { LONG_PARAGRAPH } from './text-limit';
/** About how long a chunk of a long paragraph is. */
export const CHUNK_LENGTH = 400;
/** How far past its length a chunk may run to end after a space or a sentence, not inside a word. */
const BREAK_REACH = 60;
/** What a chunk may end with: a space, or the punctuation that ends or splits a sentence where words have no spaces between them. */
const BREAK = /[\s、。，．！？]/g;
/** What a chunk must not start with: the second half of a surrogate pair, a combining mark, a joiner, a variation selector. */
const CLINGS = /[\uDC00-\uDFFF\p{M}\u200C\u200D\uFE00-\uFE0F]/u;

/**
 * `text` cut into chunks `[from, to)` of about `length` characters, end to end: each ends after the
 * first space or sentence's end past `length` (or past the quoted span that would be cut, if it is
 * no longer than a chunk) when one is near, else there, moved back so that no character written
 * with several code units is split.
 */
export function chunkBounds(text: string, spans: readonly QuoteRange[] = [], length = CHUNK_LENGTH): [number, number][] {
  const bounds: [number, number][] = [];
  for (let from = 0, to: number; from < text.length; from = to) {
    to = from + length;
    // A quote cut in two would be drawn as two marks, on two lines in the source view.
    to = spans.find((s) => s.start < to && to < s.end && s.end - to <= length)?.end ?? to;
    BREAK.lastIndex = to - 1;
    const space = to < text.length ? BREAK.exec(text) : null;
    if (space && space.index < to + BREAK_REACH) to = space.index + 1;
    else while (to > from + 1 && to < text.length && CLINGS.test(text[to])) to--;
    bounds.push([from, Math.min(to, text.length)]);
  }
  return bounds;
}

/**
 * Which chunks are near the quotes: those holding an end of a quote (the opening, when nothing is
 * quoted) and `around` chunks either side: an excerpt shows them, and the source view lays them
 * out at once, so that the quote is centred by true heights, not guessed ones.
 */
export function chunksNear(bounds: readonly [number, number][], spans: readonly QuoteRange[], around = 1): boolean[] {
  const ends = spans.length ? spans.flatMap((s) => [s.start, s.end - 1]) : [0];
  const holding = bounds.flatMap(([from, to], i) => (ends.some((at) => at >= from && at < to) ? [i] : []));
  return bounds.map((_, i) => holding.some((h) => Math.abs(h - i) <= around));
}
