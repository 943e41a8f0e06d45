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

/**
 * The cards to draw of `count`, each `heightOf(i)` tall (measured, or an estimate), for a view
 * from `viewTop` to `viewBottom` (px from the top of the list), plus `keep` (a card that must stay
 * drawn: the one with focus, or one being revealed) when it is near.
 */
export function cardWindow(count: number, heightOf: (index: number) => number, viewTop: number, viewBottom: number, keep = -1): CardWindow {
  if (count <= DRAW_ALL) return { start: 0, end: count, before: 0, after: 0 };
  const top = viewTop - OVERSCAN_PX;
  const bottom = viewBottom + OVERSCAN_PX;
  let y = 0;
  let start = count;
  let end = count;
  let before = 0;
  for (let i = 0; i < count; i++) {
    const height = heightOf(i);
    if (start === count && y + height > top) {
      start = i;
      before = y;
    }
    if (start !== count && y >= bottom) {
      end = i;
      break;
    }
    y += height;
  }
  if (start === count) {
    // The view is below the list's end: draw its last cards.
    start = Math.max(0, count - 1);
    before = y - heightOf(start);
  }
  if (keep >= 0 && keep < count && (keep < start || keep >= end) && Math.abs(keep - start) < DRAW_ALL) {
    for (let i = keep; i < start; i++) before -= heightOf(i);
    start = Math.min(start, keep);
    end = Math.max(end, keep + 1);
  }
  let after = 0;
  for (let i = end; i < count; i++) after += heightOf(i);
  return { start, end, before, after };
}
