/**
 * The overview strip's maths: the whole story across the strip's width, event density per column,
 * and the conversion between the main view's window and the strip's window in px.
 */
import type { AxisScale } from './axis-scale';
import type { EventIndex } from './event-index';
import { binCounts } from './lanes';
import { timeToX, xToTime, type TimeWindow } from './time-window';

export interface DensityBar {
  x: number;
  width: number;
  /** 0 to 1: the column's count against the fullest column's, on a square-root scale so one event still shows. */
  level: number;
}

/** Columns about this wide. */
const COLUMN_PX = 4;

/**
 * Event density over `bounds` (axis time) drawn `width` px wide: one bar per non-empty column,
 * counting events by start (only the sorted starts are read). O(columns · log n).
 */
export function densityBars(index: Pick<EventIndex, 'starts'>, axis: AxisScale, bounds: TimeWindow, width: number): DensityBar[] {
  const columns = Math.max(1, Math.floor(width / COLUMN_PX));
  const bins = binCounts(index, bounds, columns, axis.fromAxis);
  let most = 0;
  for (const bin of bins) most = Math.max(most, bin.count);
  return bins.map((bin) => {
    const x = timeToX(bin.t0, bounds, width);
    return { x, width: Math.max(1, timeToX(bin.t1, bounds, width) - x - 1), level: Math.sqrt(bin.count / most) };
  });
}

/** The main view's window as the strip's window, in px. */
export function windowToStrip(w: TimeWindow, bounds: TimeWindow, width: number): [number, number] {
  return [timeToX(w.start, bounds, width), timeToX(w.end, bounds, width)];
}

/** The strip's window in px as the main view's window. */
export function stripToWindow([x0, x1]: readonly [number, number], bounds: TimeWindow, width: number): TimeWindow {
  return { start: xToTime(x0, bounds, width), end: xToTime(x1, bounds, width) };
}
