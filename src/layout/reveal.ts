/**
 * Bringing a time range into view, as pure window maths: how far to pan, when to zoom in, when
 * the finest zoom is reached, and where a cluster zooms to. The zoom and reveal controllers apply
 * what these return.
 */
import { DAY_MS } from '../model/time-constants';
import { padWindow, panWindow, type TimeWindow } from './time-window';

/** A window this close to the narrowest one counts as the finest zoom (animation and rounding land near it). */
const FINEST_TOLERANCE = 1.05;
/** Share of the view kept clear at each edge around a revealed range. */
const REVEAL_MARGIN = 0.08;
/** A long range counts as shown when its first half of a view is. */
const LONG_RANGE_SHOWN = 0.5;

/** The view is (about) as narrow as it may get. */
export function isFinestZoom(w: TimeWindow, minSpan: number): boolean {
  return w.end - w.start <= minSpan * FINEST_TOLERANCE;
}

/**
 * The window that shows [start, end) with a margin, moved the least from `w`: null when it is
 * shown already; a pan when it fits; a wider window (up to 4×) around it when it does not.
 */
export function revealWindow(w: TimeWindow, start: number, end: number): TimeWindow | null {
  const span = w.end - w.start;
  const margin = span * REVEAL_MARGIN;
  const shownEnd = Math.min(end, start + span * LONG_RANGE_SHOWN);
  if (start >= w.start + margin && shownEnd <= w.end - margin) return null;
  if (end - start > span - 2 * margin) {
    const centre = (start + end) / 2;
    const wanted = Math.max(span, Math.min(end - start, span * 4) + 2 * margin);
    return { start: centre - wanted / 2, end: centre + wanted / 2 };
  }
  const shift = start < w.start + margin ? start - margin - w.start : shownEnd + margin - w.end;
  return panWindow(w, shift);
}

/** What to do next to bring an event into view until it has its own mark. */
export type RevealStep =
  | { kind: 'done' }
  /** Drawn in a cluster even at the finest zoom: stop (the list view still reaches it). */
  | { kind: 'give-up' }
  | { kind: 'pan' }
  | { kind: 'zoom'; window: TimeWindow };

export function nextRevealStep(w: TimeWindow, start: number, end: number, drawn: boolean, minSpan: number): RevealStep {
  const inView = start < w.end && end > w.start;
  if (inView && drawn) return { kind: 'done' };
  if (!inView) return { kind: 'pan' };
  if (isFinestZoom(w, minSpan)) return { kind: 'give-up' };
  const span = w.end - w.start;
  const centre = (start + Math.min(end, start + span / 2)) / 2;
  return { kind: 'zoom', window: { start: centre - span / 6, end: centre + span / 6 } };
}

/** What activating a cluster does. */
export type ClusterAction =
  /** At the finest zoom: open the first of its events instead. */
  | { kind: 'open-first' }
  | { kind: 'zoom-to'; window: TimeWindow }
  /** The cluster spreads over most of the view and would barely zoom: step in around `anchor`. */
  | { kind: 'zoom-by'; factor: number; anchor: number };

export function clusterAction(w: TimeWindow, start: number, end: number, minSpan: number, zoomStep: number): ClusterAction {
  if (isFinestZoom(w, minSpan)) return { kind: 'open-first' };
  const target = padWindow({ start, end: Math.max(end, start + DAY_MS) }, 0.15);
  if (target.end - target.start > (w.end - w.start) / zoomStep) {
    return { kind: 'zoom-by', factor: zoomStep, anchor: Math.min(Math.max((start + end) / 2, w.start), w.end) };
  }
  return { kind: 'zoom-to', window: target };
}
