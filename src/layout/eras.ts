/**
 * Eras (periods of a story) as bands behind the events: which level each takes so that
 * overlapping eras never share one, and where each is drawn in a window. Pure; no DOM.
 */
import { LINEAR_AXIS, type AxisScale } from './axis-scale';
import { timeToX, type TimeWindow } from './time-window';
import type { CalendarDate } from '../model/types';

export interface EraSpan {
  /** Real time, ms; `end` exclusive; ±Infinity for an open start or end. */
  start: number;
  end: number;
}

/** Each era's extent: an open end ("2021-08/..": and on since) runs to the end of everything, an open start from before it. */
export function eraSpans(eras: readonly { calendar: CalendarDate }[]): EraSpan[] {
  return eras.map(({ calendar }) => ({
    start: calendar.openStart ? -Infinity : calendar.startMs,
    end: calendar.openEnd ? Infinity : calendar.endMs,
  }));
}

/**
 * Stacks eras into levels, greedily by start: each takes the first level free at its start, so
 * overlapping eras are on different levels and the levels are as few as an interval graph allows.
 * Returns the level of each era (input order) and the number of levels. O(n log n + n · levels).
 */
export function stackEras(eras: readonly EraSpan[]): { level: number[]; levels: number } {
  const order = eras.map((_, i) => i).sort((a, b) => eras[a].start - eras[b].start || eras[b].end - eras[a].end || a - b);
  const levelEnds: number[] = [];
  const level = new Array<number>(eras.length).fill(0);
  for (const i of order) {
    let l = levelEnds.findIndex((end) => end <= eras[i].start);
    if (l < 0) {
      l = levelEnds.length;
      levelEnds.push(eras[i].end);
    } else levelEnds[l] = eras[i].end;
    level[i] = l;
  }
  return { level, levels: levelEnds.length };
}

export interface PlacedEra {
  /** Index into the eras given. */
  era: number;
  level: number;
  /**
   * The band's extent in px, clipped to the view: its title, drawn from `x0`, stays on screen while
   * any part of the era is.
   */
  x0: number;
  x1: number;
}

/** The eras in view in window `w` (axis time on `axis`) drawn `width` px wide, each with its level. */
export function placeEras(
  eras: readonly EraSpan[],
  stack: { level: number[] },
  w: TimeWindow,
  width: number,
  axis: AxisScale = LINEAR_AXIS,
): PlacedEra[] {
  const placed: PlacedEra[] = [];
  eras.forEach((era, i) => {
    // An open-ended era (±Infinity) runs past the edge of any view.
    const a = era.start === -Infinity ? -Infinity : timeToX(axis.toAxis(era.start), w, width);
    const b = era.end === Infinity ? Infinity : timeToX(axis.toAxis(era.end), w, width);
    if (b <= 0 || a >= width) return;
    const x0 = Math.max(0, a);
    const x1 = Math.min(width, b);
    placed.push({ era: i, level: stack.level[i], x0, x1 });
  });
  return placed;
}
