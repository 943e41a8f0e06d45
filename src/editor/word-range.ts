/**
 * The words a selection covers: a selection that starts or ends inside a word takes the whole word,
 * and the spaces at its ends are left out. Offsets in, offsets out; DOM-free.
 */

/** A letter, a digit, or a mark or apostrophe that belongs to a word ("don't", "Taliban’s", "co-op"). */
const WORD = /[\p{L}\p{N}\p{M}'’\-]/u;

/** `[start, end)` of `text` widened to whole words and trimmed of spaces; empty (start === end) when it holds no word. */
export function wordRange(text: string, start: number, end: number): [number, number] {
  let [from, to] = [Math.max(0, Math.min(start, end)), Math.min(text.length, Math.max(start, end))];
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (from === to) return [from, from];
  while (from > 0 && WORD.test(text[from - 1]) && WORD.test(text[from])) from--;
  while (to < text.length && WORD.test(text[to]) && WORD.test(text[to - 1])) to++;
  return [from, to];
}
