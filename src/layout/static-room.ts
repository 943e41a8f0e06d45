/**
 * The room a page's static HTML inside the element took on screen, which the upgraded element
 * keeps as its least height so that nothing below it moves up into view (a layout shift). Pure.
 */

/** A box in viewport coordinates, px. */
export interface ScreenBox {
  top: number;
  bottom: number;
}

/**
 * The height that takes the upgraded element, whose top is at `top`, down to where the static
 * HTML stopped being seen: the bottom of the screen or of the HTML, whichever came first. 0 when
 * none of it was on screen (below the fold, or scrolled past). Never more than one screen: a reader
 * scrolled into a long list is not given a screen of empty timeline.
 */
export function staticRoom(before: ScreenBox, top: number, screenHeight: number): number {
  const seenTo = Math.min(before.bottom, screenHeight);
  if (seenTo <= Math.max(before.top, 0) || before.bottom <= before.top) return 0;
  return Math.round(Math.max(0, Math.min(seenTo - top, screenHeight)));
}
