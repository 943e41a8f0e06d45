/**
 * The featured event's annotation: its title as a short deck beside its mark, joined to it by a
 * leader line, placed where it covers no other label, mark, cluster or band title. Pure: boxes in
 * px in time order (x from the timeline's start edge), as the marks are laid out.
 */
import type { TimelineLayout } from './marks';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlacedAnnotation {
  /** The event, by position in the story's event list. */
  event: number;
  /** Its title's lines, as its label's. */
  lines: 1 | 2;
  box: Box;
  /** The leader, from the mark's edge to the deck's. */
  leader: { x1: number; y1: number; x2: number; y2: number };
}

/** The deck is the label's text this much larger; widths scale with it, so the label's measure holds. */
export const DECK_SCALE = 1.15;
/** The deck's line: the label's (LINE_PX) scaled, rounded up. */
export const DECK_LINE_PX = 20;
/** A label's line (styles/marks.ts), the label's top below its row's, and the deck's padding and rule (left and right, or top and bottom). */
const LINE_PX = 17;
const LABEL_TOP_PX = 15;
const DECK_PAD_X_PX = 16;
const DECK_PAD_Y_PX = 8;
/** Room kept clear around the deck. */
const CLEAR_PX = 4;
/** How far from the mark the deck may stand, nearest first. */
const REACH_PX = [24, 56, 96, 160, 240, 360, 480];

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Where the deck of size `width` × `height` goes beside `anchor` (the mark's shape): the nearest
 * spot inside `bounds`, on either side and up to two of its heights up or down, that keeps
 * CLEAR_PX from every obstacle; null when there is none (the mark keeps its own label).
 */
export function placeDeck(anchor: Box, width: number, height: number, obstacles: readonly Box[], bounds: Box): { box: Box; leader: PlacedAnnotation['leader'] } | null {
  const cy = (anchor.top + anchor.bottom) / 2;
  const spots: { box: Box; cost: number; after: boolean }[] = [];
  for (const reach of REACH_PX) {
    for (const shift of [0, -0.5, 0.5, -1, 1, -2, 2]) {
      const top = cy - height / 2 + shift * height;
      for (const after of [false, true]) {
        const left = after ? anchor.right + reach : anchor.left - reach - width;
        spots.push({ box: { left, right: left + width, top, bottom: top + height }, cost: reach + Math.abs(shift * height), after });
      }
    }
  }
  spots.sort((a, b) => a.cost - b.cost);
  for (const { box, after } of spots) {
    if (box.left < bounds.left || box.right > bounds.right || box.top < bounds.top || box.bottom > bounds.bottom) continue;
    const clear = { left: box.left - CLEAR_PX, right: box.right + CLEAR_PX, top: box.top - CLEAR_PX, bottom: box.bottom + CLEAR_PX };
    if (overlaps(clear, anchor) || obstacles.some((o) => overlaps(clear, o))) continue;
    const y2 = Math.min(Math.max(cy, box.top + LINE_PX / 2), box.bottom - LINE_PX / 2);
    return { box, leader: { x1: after ? anchor.right : anchor.left, y1: cy, x2: after ? box.left : box.right, y2 } };
  }
  return null;
}

export interface AnnotationInput {
  layout: TimelineLayout;
  /** The featured event's position, or undefined. */
  featured: number | undefined;
  /** The top of a mark's row, px. */
  rowTop(mark: { lane: number; band?: number }): number;
  /** The top of the cluster row, px: marks start below it. */
  clusterTop: number;
  clusterRow: number;
  bandHeader: number;
  width: number;
}

/** The featured event's deck in this layout, or null when its mark is not drawn or no spot is clear. */
export function annotateFeatured({ layout, featured, rowTop, clusterTop, clusterRow, bandHeader, width }: AnnotationInput): PlacedAnnotation | null {
  const mark = layout.marks.find((m) => m.event === featured);
  if (!mark) return null;
  const obstacles: Box[] = [];
  for (const m of layout.marks) {
    const top = rowTop(m);
    if (m !== mark) obstacles.push({ left: m.left, right: m.right, top, bottom: top + LABEL_TOP_PX + m.lines * LINE_PX });
  }
  for (const c of layout.clusters) obstacles.push({ left: c.left, right: c.right, top: clusterTop, bottom: clusterTop + clusterRow });
  for (const b of layout.bands ?? []) {
    const top = rowTop({ lane: b.firstLane, band: b.band });
    obstacles.push({ left: -Infinity, right: Infinity, top: top - bandHeader, bottom: top });
  }
  const top = rowTop(mark);
  const anchor = { left: mark.x0 - 2, right: mark.x1 + 2, top, bottom: top + LABEL_TOP_PX };
  const last = layout.bands?.[layout.bands.length - 1];
  const bounds = { left: 0, right: width, top: clusterTop + clusterRow, bottom: rowTop({ lane: layout.laneCount, band: last?.band }) };
  const placed = placeDeck(anchor, Math.ceil(mark.labelWidth * DECK_SCALE) + DECK_PAD_X_PX, mark.lines * DECK_LINE_PX + DECK_PAD_Y_PX, obstacles, bounds);
  return placed && { event: mark.event, lines: mark.lines, ...placed };
}
