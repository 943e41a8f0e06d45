/**
 * The keys of a row of tabs (the ARIA practices' tabs pattern): the arrows along the row step to
 * the next or previous tab and wrap around, Home and End go to the first and last. Right to left,
 * the row runs from the right, so ArrowLeft is the next tab. Pure: the caller moves the focus.
 */

/** The index of the tab a key goes to from `index` in a row of `count`; null when the key is not one of the row's. */
export function tabForKey(key: string, index: number, count: number, dir: 'ltr' | 'rtl'): number | null {
  if (count < 1) return null;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return (index + 1) % count;
  if (key === back) return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
