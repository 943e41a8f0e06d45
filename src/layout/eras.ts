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

/** A stretch of the era row in px from the inline start: `[left, right)`. */
export interface RowSpan {
  left: number;
  right: number;
}

/** Room between the rule and its label, and between what shares the era row. */
export const ERA_ROW_GAP_PX = 4;
/** A title gets at least this much room (a letter and an ellipsis), or none and its text is hidden. */
export const MIN_ERA_TITLE_PX = 28;

/** A title keeps at least this much of its room when the publication label comes into its band, or the label gives way. */
export const KEPT_ERA_TITLE_PX = 72;

export interface EraRow {
  /** Each placed era's title box, in the order given. */
  titles: EraTitleBox[];
  /** The publication label's place, after its rule or before it; null when it is out of view or gives way to the titles. */
  label: (RowSpan & { after: boolean }) | null;
}

/**
 * The era row: each era's title (placeEraTitles) and the publication rule's label, which goes
 * before its rule, else after it, wherever it stays in view and leaves every title it meets at least
 * KEPT_ERA_TITLE_PX (or its whole width if less); where neither side does, the label is left out
 * and the rule stays. `publication.labelWidth` is the label's measured text width.
 */
export function layoutEraRow(
  placed: readonly PlacedEra[],
  titleWidth: (era: number) => number,
  publication: { x: number; labelWidth: number } | null,
  width: number,
): EraRow {
  const alone = placeEraTitles(placed, titleWidth, []);
  if (!publication) return { titles: alone, label: null };
  const { x, labelWidth } = publication;
  const sides = [
    { left: x - ERA_ROW_GAP_PX - labelWidth, right: x - ERA_ROW_GAP_PX, after: false },
    { left: x + ERA_ROW_GAP_PX, right: x + ERA_ROW_GAP_PX + labelWidth, after: true },
  ];
  for (const label of sides) {
    if (label.left < 0 || label.right > width) continue;
    const titles = placeEraTitles(placed, titleWidth, [label]);
    const kept = titles.every((t, i) => t.right - t.left >= Math.min(alone[i].right - alone[i].left, KEPT_ERA_TITLE_PX));
    if (kept) return { titles, label };
  }
  return { titles: alone, label: null };
}

export interface EraTitleBox extends RowSpan {
  /** Its text is longer than the room: it is shown from its start and ends in an ellipsis. */
  cut: boolean;
}

/**
 * Each placed era's title box in the era row: from the start of its band (or of the first free
 * stretch of it) to the end of its text, never past its band nor over anything in `taken` (the
 * publication label). A title with less than MIN_ERA_TITLE_PX of room gets an empty box (`left ===
 * right`): its text is hidden, rather than showing a slice of it. `titleWidth` includes padding.
 */
export function placeEraTitles(placed: readonly PlacedEra[], titleWidth: (era: number) => number, taken: readonly RowSpan[]): EraTitleBox[] {
  return placed.map((p) => {
    const room = firstFreeSpan({ left: p.x0, right: p.x1 }, taken);
    if (!room || room.right - room.left < MIN_ERA_TITLE_PX) return { left: p.x0, right: p.x0, cut: true };
    const wanted = titleWidth(p.era);
    return { left: room.left, right: Math.min(room.right, room.left + wanted), cut: wanted > room.right - room.left };
  });
}

/** The first stretch of `band` (from its start) clear of every span in `taken` by ERA_ROW_GAP_PX, at least MIN_ERA_TITLE_PX wide. */
function firstFreeSpan(band: RowSpan, taken: readonly RowSpan[]): RowSpan | null {
  const blocks = taken
    .filter((t) => t.right + ERA_ROW_GAP_PX > band.left && t.left - ERA_ROW_GAP_PX < band.right)
    .sort((a, b) => a.left - b.left);
  let left = band.left;
  for (const block of blocks) {
    const right = Math.min(band.right, block.left - ERA_ROW_GAP_PX);
    if (right - left >= MIN_ERA_TITLE_PX) return { left, right };
    left = Math.max(left, block.right + ERA_ROW_GAP_PX);
  }
  return band.right - left >= MIN_ERA_TITLE_PX ? { left, right: band.right } : null;
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
