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

export interface EraSection {
  /** Index into the eras given, or null for items outside every era. */
  era: number | null;
  /** Positions in the items given, in their order. */
  items: number[];
}

/**
 * The list's and the print's sections: runs of consecutive items (in time order) under one era.
 * An item is in the innermost era holding its start: of the eras whose span contains it, the one
 * that starts latest (then the one that ends first, then the first given). Items outside every era
 * make runs with no era. An era nested in another splits it, so the outer one heads a run on each
 * side of it and the list stays in time order. O(n · eras) at worst.
 */
export function eraSections(starts: readonly number[], eras: readonly EraSpan[]): EraSection[] {
  // Latest start first: the first era here that holds a time is its innermost one.
  const order = eras.map((_, i) => i).sort((a, b) => eras[b].start - eras[a].start || eras[a].end - eras[b].end || a - b);
  const sections: EraSection[] = [];
  starts.forEach((t, i) => {
    const era = order.find((e) => eras[e].start <= t && t < eras[e].end) ?? null;
    const last = sections[sections.length - 1];
    if (last && last.era === era) last.items.push(i);
    else sections.push({ era, items: [i] });
  });
  return sections;
}
