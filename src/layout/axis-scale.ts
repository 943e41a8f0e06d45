/**
 * The time axis as a scale from real time to axis position. Linear, or compressed: long
 * stretches with no event (gaps) are drawn narrow, everything else keeps a true, linear scale.
 *
 * Positions are "axis time": milliseconds that match real time outside gaps and run faster
 * inside them. The zoom works in axis time (one linear transform, as before); real times go
 * through `toAxis` on their way to the screen, and the visible window through `fromAxis` on its
 * way out (`view`, events). The mapping is piecewise linear, with a point at each gap's ends.
 */
import type { EventIndex } from './event-index';
import type { TimeWindow } from './time-window';
import { DAY_MS } from '../model/time-constants';

export type TimeScaleMode = 'compressed' | 'linear';

/** A stretch of real time with no event, drawn narrow. */
export interface Gap {
  /** Real time: the end of the events before it, and the start of those after. */
  start: number;
  end: number;
  /** Where it lies on the axis: `axisEnd - axisStart` is its compressed length. */
  axisStart: number;
  axisEnd: number;
}

export interface AxisScale {
  readonly mode: TimeScaleMode;
  /** The gaps, in time order; none on a linear axis. */
  readonly gaps: readonly Gap[];
  toAxis(time: number): number;
  fromAxis(position: number): number;
}

export interface GapOptions {
  /** An empty stretch is a gap when it is longer than this share of the story's span. Default 1/8. */
  minShare?: number;
  /** A gap's length on the axis, as a share of the time that has events. Default 0.06. */
  compressedShare?: number;
}

const MIN_SHARE = 1 / 8;
const COMPRESSED_SHARE = 0.06;

export const LINEAR_AXIS: AxisScale = {
  mode: 'linear',
  gaps: [],
  toAxis: (time) => time,
  fromAxis: (position) => position,
};

/**
 * The empty stretches of a story worth compressing: between the end of everything before and the
 * start of the next event, longer than `minShare` of the story's span, and at least three times as
 * long as they will be drawn (so compressing them frees real room). O(n) over the time index.
 */
export function findGaps(index: EventIndex, options: GapOptions = {}): { start: number; end: number }[] {
  const n = index.count;
  // Stryker disable next-line ConditionalExpression: equivalent, fewer than two events have no empty stretch between them.
  if (n < 2) return [];
  const minShare = options.minShare ?? MIN_SHARE;
  const compressedShare = options.compressedShare ?? COMPRESSED_SHARE;
  let storyEnd = -Infinity;
  for (let i = 0; i < n; i++) storyEnd = Math.max(storyEnd, index.ends[i]);
  const storyStart = index.starts[0];
  const span = storyEnd - storyStart;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a story with no span has no empty stretch.
  if (!(span > 0)) return [];
  const shortest = span * minShare;
  // Stryker disable next-line ArrayDeclaration: equivalent, an entry that is not a stretch has no length and is filtered out.
  const gaps: { start: number; end: number }[] = [];
  let coveredTo = index.ends[0];
  // Only the stretches long enough to count are kept: a story's many short ones would be an object each.
  // Stryker disable next-line EqualityOperator: equivalent, one past the end reads no start and pushes nothing.
  for (let i = 1; i < n; i++) {
    const start = index.starts[i];
    if (start - coveredTo > shortest) gaps.push({ start: coveredTo, end: start });
    coveredTo = Math.max(coveredTo, index.ends[i]);
  }
  const covered = span - gaps.reduce((sum, g) => sum + g.end - g.start, 0);
  return gaps.filter((g) => g.end - g.start >= 3 * covered * compressedShare);
}

/** The compressed axis for a story: each gap drawn `compressedShare` as long as the time that has events. */
export function compressedAxis(index: EventIndex, options: GapOptions = {}): AxisScale {
  const found = findGaps(index, options);
  if (!found.length) return { ...LINEAR_AXIS, mode: 'compressed' };
  const compressedShare = options.compressedShare ?? COMPRESSED_SHARE;
  let storyEnd = -Infinity;
  for (let i = 0; i < index.count; i++) storyEnd = Math.max(storyEnd, index.ends[i]);
  const covered = storyEnd - index.starts[0] - found.reduce((sum, g) => sum + g.end - g.start, 0);
  const compressed = covered * compressedShare;
  // Axis time equals real time before the first gap; each gap then shortens what follows.
  const domain: number[] = [];
  const range: number[] = [];
  const gaps: Gap[] = [];
  let saved = 0;
  for (const gap of found) {
    const axisStart = gap.start - saved;
    domain.push(gap.start, gap.end);
    range.push(axisStart, axisStart + compressed);
    gaps.push({ ...gap, axisStart, axisEnd: axisStart + compressed });
    saved += gap.end - gap.start - compressed;
  }
  // The outer segments are true time (slope 1). They reach a story's span past its ends, so that
  // every time in and around the story interpolates rather than extrapolates from a short segment
  // (whose slope would carry rounding error far).
  const reach = storyEnd - index.starts[0] + 366 * DAY_MS;
  const first = found[0].start - reach;
  const last = found[found.length - 1].end + reach;
  const times = [first, ...domain, last];
  const positions = [first, ...range, last - saved];
  return {
    mode: 'compressed',
    gaps,
    toAxis: piecewiseLinear(times, positions),
    fromAxis: piecewiseLinear(positions, times),
  };
}

/**
 * The map through points (`from[i]` to `to[i]`, both ascending), linear between them: d3-scale's
 * `scaleLinear().domain(from).range(to).interpolate(interpolateNumber)` with the same arithmetic
 * (bisection, then `a * (1 - t) + b * t`), without d3-scale in the first frame's code.
 */
export function piecewiseLinear(from: readonly number[], to: readonly number[]): (x: number) => number {
  const last = Math.min(from.length, to.length) - 1;
  return (x) => {
    if (Number.isNaN(x)) return NaN;
    // The segment: the last point at or before x, among the first `last` (d3-array's bisectRight(from, x, 1, last) - 1).
    let lo = 1;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (from[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    const span = from[i + 1] - from[i];
    const t = span ? (x - from[i]) / span : 0.5;
    return to[i] * (1 - t) + to[i + 1] * t;
  };
}

/** A window of real time as a window on the axis, and back. */
export function toAxisWindow(axis: AxisScale, w: TimeWindow): TimeWindow {
  return { start: axis.toAxis(w.start), end: axis.toAxis(w.end) };
}

export function fromAxisWindow(axis: AxisScale, w: TimeWindow): TimeWindow {
  return { start: axis.fromAxis(w.start), end: axis.fromAxis(w.end) };
}
