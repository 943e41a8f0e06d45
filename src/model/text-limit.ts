/**
 * How long a story's texts may be, and cutting a text to its limit. A title or a summary past its
 * limit is cut and kept (the event is still shown); a paragraph past its limit is refused, since a
 * cut paragraph would no longer be what the source says.
 */

/** Story, source, group, event and era titles, and a source's publisher. */
export const MAX_TITLE = 300;
/** Event and era summaries and date notes. */
export const MAX_SUMMARY = 2_000;
/** One paragraph of a source: selecting, quoting and the source view stay quick up to this. */
export const MAX_PARAGRAPH = 100_000;
/** A paragraph longer than this is shown as an excerpt in the detail, and drawn in chunks (model/excerpt.ts). */
export const LONG_PARAGRAPH = 2_000;

const ELLIPSIS = '…';
/** A word boundary this far back from the limit at most is preferred to a cut inside a word. */
const WORD_REACH = 0.2;
/** Enough text past the limit for the grapheme that straddles it to be seen whole. */
const GRAPHEME_LOOKAHEAD = 32;

let graphemes: Intl.Segmenter | null = null;

/** The last grapheme boundary at or before `at` in `text`: a cut there splits no emoji, flag or accented letter. */
function graphemeBoundary(text: string, at: number): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let boundary = 0;
  for (const { index } of graphemes.segment(text.slice(0, at + GRAPHEME_LOOKAHEAD))) {
    if (index > at) break;
    boundary = index;
  }
  return boundary;
}

/**
 * `text` cut to at most `max` characters (UTF-16 code units) with an ellipsis: at the last space
 * near the limit when there is one, else between two graphemes. Text within the limit is returned as is.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  const end = graphemeBoundary(text, room);
  let cut = end;
  for (let i = end; i >= room * (1 - WORD_REACH); i--) {
    if (/\s/.test(text[i])) {
      cut = i;
      break;
    }
  }
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}
