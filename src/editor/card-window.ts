/**
 * Which review cards are drawn: with many events only those near the view (and the space the
 * others take, so the page scrolls as if all were there). Pure: heights and the view come in.
 */

/** Up to this many cards are all drawn; more are drawn near the view only. */
export const DRAW_ALL = 100;
/** Cards are drawn this far (px) above and below the view, so a quick scroll finds them there. */
export const OVERSCAN_PX = 800;

export interface CardWindow {
  /** The cards drawn: positions [start, end) in the list. */
  start: number;
  end: number;
  /** The height of the cards not drawn above and below (px). */
  before: number;
  after: number;
}

/** Where each of `count` cards starts (px from the top of the list), and at `count` the list's height. */
export function cardTops(count: number, heightOf: (index: number) => number): Float64Array {
  const tops = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) tops[i + 1] = tops[i] + heightOf(i);
  return tops;
}

/** The first index in [from, to) whose `tops` value passes `past`, else `to`: a binary search over the rising tops. */
function firstPast(tops: Float64Array, from: number, to: number, past: (top: number) => boolean): number {
  while (from < to) {
    const middle = (from + to) >>> 1;
    if (past(tops[middle])) to = middle;
    else from = middle + 1;
  }
  return from;
}

/**
 * The cards to draw of `count`, each `heightOf(i)` tall (measured, or an estimate), for a view
 * from `viewTop` to `viewBottom` (px from the top of the list), plus `keep` (a card that must stay
 * drawn: the one with focus, or one being revealed) when it is near.
 */
export function cardWindow(count: number, heightOf: (index: number) => number, viewTop: number, viewBottom: number, keep = -1): CardWindow {
  if (count <= DRAW_ALL) return { start: 0, end: count, before: 0, after: 0 };
  return windowOfTops(cardTops(count, heightOf), viewTop, viewBottom, keep);
}

/** `cardWindow` over cards whose tops are known (see `cardTops`): a render of 10,000 cards adds up no heights. */
export function windowOfTops(tops: Float64Array, viewTop: number, viewBottom: number, keep = -1): CardWindow {
  const count = tops.length - 1;
  if (count <= DRAW_ALL) return { start: 0, end: count, before: 0, after: 0 };
  const top = viewTop - OVERSCAN_PX;
  const bottom = viewBottom + OVERSCAN_PX;
  // The first card whose bottom is below the top of the drawn band; none: the view is below the list's end, so its last card.
  let start = firstPast(tops, 1, count + 1, (y) => y > top) - 1;
  let end = count;
  if (start === count) start = Math.max(0, count - 1);
  else end = firstPast(tops, start, count, (y) => y >= bottom);
  if (keep >= 0 && keep < count && (keep < start || keep >= end) && Math.abs(keep - start) < DRAW_ALL) {
    start = Math.min(start, keep);
    end = Math.max(end, keep + 1);
  }
  return { start, end, before: tops[start], after: tops[count] - tops[end] };
}
