/**
 * The visible window as a value: `{start, end}` in ms since the epoch (UTC), and the pure
 * arithmetic that pads, clamps, zooms and pans it, and converts it to and from a d3-zoom transform.
 */
import { DAY_MS } from '../model/time-constants';

export interface TimeWindow {
  /** Inclusive start, ms since the epoch (UTC). */
  start: number;
  /** Exclusive end, ms since the epoch (UTC); always greater than `start`. */
  end: number;
}

function span(w: TimeWindow): number {
  return w.end - w.start;
}

function centredOn(centre: number, width: number): TimeWindow {
  return { start: centre - width / 2, end: centre + width / 2 };
}

/**
 * Adds `fraction × span` on each side. The result is never narrower than `minSpan` (widened
 * around the centre); an empty extent with no `minSpan` becomes one day wide.
 */
export function padWindow(extent: TimeWindow, fraction: number, minSpan = 0): TimeWindow {
  const width = Math.max(span(extent), 0);
  const padded = width * (1 + 2 * fraction);
  const centre = (extent.start + extent.end) / 2;
  const target = Math.max(padded, minSpan);
  return centredOn(centre, target > 0 ? target : DAY_MS);
}

/**
 * Brings the span within `[minSpan, bounds span]` (keeping the centre), then shifts the window
 * inside `bounds`. When `minSpan` exceeds the bounds, the bounds win.
 */
export function clampWindow(w: TimeWindow, bounds: TimeWindow, minSpan: number): TimeWindow {
  const boundsSpan = span(bounds);
  const width = Math.min(Math.max(span(w), minSpan), boundsSpan);
  let { start, end } = centredOn((w.start + w.end) / 2, width);
  if (start < bounds.start) {
    start = bounds.start;
    end = bounds.start + width;
  } else if (end > bounds.end) {
    end = bounds.end;
    start = bounds.end - width;
  }
  return { start, end };
}

/** Scales the window by `factor` around `anchor` (factor < 1 zooms in); the anchor keeps its relative position. */
export function zoomWindowAt(w: TimeWindow, factor: number, anchor: number): TimeWindow {
  return {
    start: anchor - (anchor - w.start) * factor,
    end: anchor + (w.end - anchor) * factor,
  };
}

export function panWindow(w: TimeWindow, deltaMs: number): TimeWindow {
  return { start: w.start + deltaMs, end: w.end + deltaMs };
}

/**
 * The d3-zoom transform `{k, x}` such that `transform.rescaleX(scaleUtc().domain(base).range([0, widthPx]))`
 * has domain `w`.
 */
export function windowToTransform(w: TimeWindow, base: TimeWindow, widthPx: number): { k: number; x: number } {
  const baseSpan = span(base);
  const k = baseSpan / span(w);
  const x = (-k * (w.start - base.start) * widthPx) / baseSpan;
  return { k, x };
}

/** The inverse of {@link windowToTransform}: the domain of `t.rescaleX(base scale)`. */
export function transformToWindow(t: { k: number; x: number }, base: TimeWindow, widthPx: number): TimeWindow {
  const msPerPx = span(base) / widthPx;
  return {
    start: base.start + (-t.x / t.k) * msPerPx,
    end: base.start + ((widthPx - t.x) / t.k) * msPerPx,
  };
}

/** True when both ends differ by at most `toleranceMs` (default 1 ms, enough to absorb transform round-trip error). */
export function isSameWindow(a: TimeWindow, b: TimeWindow, toleranceMs = 1): boolean {
  return Math.abs(a.start - b.start) <= toleranceMs && Math.abs(a.end - b.end) <= toleranceMs;
}

/** The x position, in px from the view's left edge, of `time` in a view `widthPx` wide showing `w`. */
export function timeToX(time: number, w: TimeWindow, widthPx: number): number {
  return ((time - w.start) * widthPx) / span(w);
}

/** The time at `x` px from the left edge of a view `widthPx` wide showing `w`: the inverse of {@link timeToX}. */
export function xToTime(x: number, w: TimeWindow, widthPx: number): number {
  return w.start + (x / widthPx) * span(w);
}
