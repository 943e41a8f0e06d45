/**
 * Binary search in numbers sorted ascending: d3-array's bisectLeft and bisectRight for numbers,
 * without d3-array's generic bisector in the first frame. A NaN never matches, as in d3-array.
 */

/** Where `x` goes among `values`: before its equals, or after them (`afterEquals`). */
function bisect(values: ArrayLike<number>, x: number, afterEquals: boolean): number {
  let lo = 0;
  let hi = values.length;
  if (Number.isNaN(x)) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x || (afterEquals && values[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is not below `x` (where `x` would go before its equals). */
export function bisectLeft(values: ArrayLike<number>, x: number): number {
  return bisect(values, x, false);
}

/** The first index whose value is above `x` (where `x` would go after its equals). */
export function bisectRight(values: ArrayLike<number>, x: number): number {
  return bisect(values, x, true);
}
