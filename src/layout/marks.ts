import type { EventIndex } from './event-index';
import { countBetween, visibleItems } from './event-index';
import { binCounts, layoutLanes, mergeClusters, type LabelInput, type LaneLayout, type LaneOptions } from './lanes';
import { LINEAR_AXIS, fromAxisWindow, type AxisScale } from './axis-scale';
import { timeToX, type TimeWindow } from './time-window';
import type { CalendarDate } from '../model/types';

/** How a date is drawn: a day is a point, a month or year a span, an interval a bar. */
export type MarkShape = 'point' | 'span' | 'interval';

/** What the layout needs to know of one event's date to draw it, by its position in the story's event list. */
export interface EventShape {
  shape: MarkShape;
  openStart: boolean;
  openEnd: boolean;
}

/** A closed interval is a bar, a day a point, anything else (a month, a year, an open interval) a span. */
export function eventShape(date: CalendarDate): EventShape {
  const shape = date.form === 'interval' && !date.openStart && !date.openEnd ? 'interval' : date.precision === 'day' ? 'point' : 'span';
  return { shape, openStart: date.openStart, openEnd: date.openEnd };
}

export interface PlacedMark {
  /** Index into the story's event list. */
  event: number;
  lane: number;
  /** Box the mark and its label occupy in the lane, in px from the viewport's left edge. */
  left: number;
  right: number;
  /** The drawn shape's extent, in px (may reach beyond the viewport). */
  x0: number;
  x1: number;
  /** The label was moved left to stay inside the viewport: it ends at its mark; align its text to its end. */
  alignEnd: boolean;
  /** The label's width in px, and whether it wraps to a second line (see labelBox). */
  labelWidth: number;
  lines: 1 | 2;
  /** With bands: the band of the mark's row. */
  band?: number;
}

export interface ClusterMark {
  /** Index into the story's event list of the cluster's first event in time order. */
  first: number;
  /** All its events (indexes, in time order) when it gathers labels that did not fit; absent for equal-time bins. */
  members?: number[];
  count: number;
  left: number;
  right: number;
  /** Time extent of the members, to zoom in on. */
  start: number;
  end: number;
  /** The badge shows its count alone: the members' years beside it would not fit its width. */
  countOnly?: boolean;
}

/** A band of rows for one group: its rows are `firstLane` to `firstLane + laneCount - 1`. */
export interface Band {
  band: number;
  firstLane: number;
  laneCount: number;
  /** With fixed bands (`bandLanes`): none of its events is in view, so its rows are empty. */
  empty?: boolean;
}

export interface TimelineLayout {
  /** In time order, whatever order the lanes were filled in. */
  marks: PlacedMark[];
  clusters: ClusterMark[];
  laneCount: number;
  /** With bands (groups): the bands that have rows in this layout, top to bottom. */
  bands?: Band[];
}

export interface LayoutInput {
  index: EventIndex;
  shapes: ArrayLike<EventShape>;
  /** The visible window in axis time (real time on a linear axis). */
  window: TimeWindow;
  /** Real time to axis position; linear when absent. */
  axis?: AxisScale;
  width: number;
  maxLanes: number;
  /** Width of an event's label on one line, in px, measured by the caller. */
  labelWidth(event: number): number;
  /** Above this many visible events, draw equal-time clusters instead of labels. */
  maxLabelled?: number;
  /** The band (group) of an event, by its position in the story's event list; no bands when absent. */
  bandOf?(event: number): number;
  /**
   * With `bandOf`: fixed bands (a layout's `bands`, in band order), each keeping its rows whether or
   * not it has events in view, so no band moves as the view zooms; what a band cannot label in its
   * rows is clustered. Without it, bands share `maxLanes` and only those with events in view have rows.
   */
  fixedBands?: readonly Band[];
  /** Rows hold one line of label: no label wraps. */
  oneLine?: boolean;
  /** Width of a cluster badge's text with its years ("+5 · 2021–24"), in px, measured by the caller; it is not checked when absent. */
  clusterTextWidth?(cluster: { count: number; start: number; end: number }): number;
  /** During one gesture: the events' lanes in the frame before (within their bands, by event), which they keep where their labels still fit. */
  previousLanes?: ReadonlyMap<number, number> | null;
}

/** A label up to this wide stays on one line; a longer one wraps to two lines of about half its width. */
export const LABEL_LINE_MAX_PX = 240;
/** Room a wrapped line keeps for the word that does not break evenly. */
const WRAP_SLACK_PX = 40;
/** Room between a label and what follows it in its lane. */
export const LABEL_PAD_PX = 6;

/**
 * The box a label takes: its own width on one line when that is short enough (or `lines` says
 * so), else two balanced lines, so a long title takes a second line before an ellipsis.
 */
export function labelBox(textWidth: number, lines: 1 | 2 = textWidth <= LABEL_LINE_MAX_PX ? 1 : 2): { width: number; lines: 1 | 2 } {
  if (lines === 1) return { width: Math.ceil(textWidth) + LABEL_PAD_PX, lines: 1 };
  return { width: Math.min(LABEL_LINE_MAX_PX, Math.ceil(textWidth / 2) + WRAP_SLACK_PX) + LABEL_PAD_PX, lines: 2 };
}

/** Half the width of a point mark, and the least width of a span. */
export const POINT_RADIUS = 6;
export const MIN_SPAN_PX = 6;
/** How far an open end's fading tail reaches. */
export const OPEN_TAIL_PX = 24;
const BIN_PX = 56;
/** A cluster of labels that did not fit is a compact badge this wide ("+5 · 2021–24"), centred on its events. */
export const CLUSTER_BADGE_PX = 92;
/** A badge's padding and border on both sides (styles/marks.ts): its text has the rest. */
export const CLUSTER_BADGE_INSET_PX = 14;
/** A mark wider than this share of the view is laid out after the shorter ones. */
const LONG_FRACTION = 0.5;

/**
 * Which marks get a row is decided short marks first, then long ones in the rows left over: a year
 * or a decade-long interval seen at the scale of a week would otherwise take a whole row each and
 * push every event of that week into a cluster. The rows of the marks that got one are then filled
 * in time order, as at the full view, so a month seen at the scale of that month sits above the
 * days that start after it.
 */
function layoutByLength(items: LabelInput[], width: number, maxLanes: number, preferredLane?: LaneOptions['preferredLane']): LaneLayout {
  const short: LabelInput[] = [];
  const long: LabelInput[] = [];
  for (const item of items) (item.x1 - item.x0 > width * LONG_FRACTION ? long : short).push(item);
  const options = { keepOrder: true, clusterWidthPx: CLUSTER_BADGE_PX };
  if (!long.length || !short.length) return layoutLanes(items, { maxLanes, ...options, preferredLane });
  const first = layoutLanes(short, { maxLanes, ...options });
  const second = layoutLanes(long, { maxLanes: maxLanes - first.laneCount, ...options });
  const laneCount = first.laneCount + second.laneCount;
  const placedKeys = new Set([...first.placed, ...second.placed].map((p) => p.key));
  const inTimeOrder = layoutLanes(items.filter((item) => placedKeys.has(item.key)), { maxLanes: laneCount, ...options, preferredLane });
  // Time order needs no more rows than the split used, except where a label moved left of an earlier mark.
  const placed = inTimeOrder.clusters.length === 0
    ? inTimeOrder.placed
    : [...first.placed, ...second.placed.map((p) => ({ ...p, lane: p.lane + first.laneCount }))];
  return { placed, clusters: mergeClusters([...first.clusters, ...second.clusters], options), laneCount };
}

/** Pixel extent of one event's shape, open tails included. */
export function markExtent(
  start: number,
  end: number,
  shape: EventShape,
  window: TimeWindow,
  width: number,
  axis: AxisScale = LINEAR_AXIS,
): { x0: number; x1: number } {
  const a = timeToX(axis.toAxis(start), window, width);
  const b = timeToX(axis.toAxis(end), window, width);
  let x0: number;
  let x1: number;
  if (shape.shape === 'point' && b - a < 2 * POINT_RADIUS) {
    const centre = (a + b) / 2;
    x0 = centre - POINT_RADIUS;
    x1 = centre + POINT_RADIUS;
  } else {
    x0 = a;
    x1 = Math.max(b, a + MIN_SPAN_PX);
  }
  if (shape.openStart) x0 -= OPEN_TAIL_PX;
  if (shape.openEnd) x1 += OPEN_TAIL_PX;
  return { x0, x1 };
}

/** A box moved the least to lie within [0, width] (left-aligned when wider than that). */
function keepInside(left: number, right: number, width: number): { left: number; right: number } {
  const size = right - left;
  const start = Math.max(0, Math.min(left, width - size));
  return { left: start, right: start + size };
}

/**
 * Places the visible events into lanes with non-overlapping labels; what does not fit is
 * gathered into clusters. With very many visible events, equal-time clusters only. With bands
 * (groups), each band's events share rows of their own, bands stacked in order.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { index, shapes, window, width, maxLanes } = input;
  const axis = input.axis ?? LINEAR_AXIS;
  const maxLabelled = input.maxLabelled ?? 1500;
  const real = fromAxisWindow(axis, window);
  // Counting starts is a binary search; listing them all would cost O(n) per frame at 100k.
  if (maxLanes < 1 || countBetween(index, real.start, real.end) > maxLabelled) return binnedLayout(input);
  const positions = visibleItems(index, real);
  if (positions.length > maxLabelled) return binnedLayout(input);

  const items: LabelInput[] = [];
  const extents = new Map<number, { x0: number; x1: number; labelWidth: number; lines: 1 | 2; alignEnd: boolean }>();
  // In time order (the index's), so that lanes fill as a chronology.
  for (const position of positions) {
    const event = index.order[position];
    const extent = markExtent(index.starts[position], index.ends[position], shapes[event], window, width, axis);
    const textWidth = input.labelWidth(event);
    let label = labelBox(textWidth, input.oneLine ? 1 : undefined);
    const start = Math.max(0, extent.x0);
    // One line with room neither after the mark nor before its end (a phone's width): two lines, to end at the mark.
    if (!input.oneLine && start + label.width > width && Math.min(width, extent.x1) < label.width) label = labelBox(textWidth, 2);
    let left = start;
    // A label that would run past the right edge ends at its mark instead, still covering it.
    if (start + label.width > width) left = Math.max(0, Math.min(width, extent.x1) - label.width);
    extents.set(position, { ...extent, labelWidth: label.width, lines: label.lines, alignEnd: left < start - 0.5 });
    items.push({ key: position, x0: left, x1: Math.max(left, Math.min(extent.x1, width)), labelWidth: label.width });
  }
  const previous = input.previousLanes;
  const preferredLane = previous ? (key: number) => previous.get(index.order[key]) : undefined;
  const lanes: LaneLayout & { bands?: Band[]; bandOfLane?: number[] } = input.bandOf
    ? layoutInBands(items, input.bandOf, (key) => index.order[key], width, maxLanes, input.fixedBands, preferredLane)
    : layoutByLength(items, width, maxLanes, preferredLane);
  // Time order, not lane-filling order: the DOM follows this list, and a stable order spares the
  // keyed repeat most node moves (a moved node loses focus; the element gives it back).
  const placedInTimeOrder = [...lanes.placed].sort((a, b) => a.key - b.key);
  const marks: PlacedMark[] = placedInTimeOrder.map((placed) => {
    const extent = extents.get(placed.key)!;
    return {
      event: index.order[placed.key],
      lane: placed.lane,
      left: placed.left,
      right: placed.right,
      x0: extent.x0,
      x1: extent.x1,
      alignEnd: extent.alignEnd,
      labelWidth: extent.labelWidth,
      lines: extent.lines,
      ...(lanes.bandOfLane ? { band: lanes.bandOfLane[placed.lane] } : {}),
    };
  });
  const clusters: ClusterMark[] = lanes.clusters.map((cluster) => {
    const keys = [...cluster.keys].sort((a, b) => a - b);
    let end = -Infinity;
    for (const key of keys) end = Math.max(end, index.ends[key]);
    const mark: ClusterMark = {
      first: index.order[keys[0]],
      members: keys.map((key) => index.order[key]),
      count: keys.length,
      // A badge near an edge moves in to stay whole.
      ...keepInside(cluster.left, cluster.right, width),
      start: index.starts[keys[0]],
      end,
    };
    // A longer count or another language's digits can outgrow the badge: its count alone is never cut.
    if (input.clusterTextWidth && input.clusterTextWidth(mark) + CLUSTER_BADGE_INSET_PX > mark.right - mark.left) mark.countOnly = true;
    return mark;
  });
  return { marks, clusters, laneCount: lanes.laneCount, ...(lanes.bands ? { bands: lanes.bands } : {}) };
}

/**
 * `laid` as it would be laid out again at `maxLanes` lanes (and, with `fixedBands`, in exactly those
 * bands, which must be `laid`'s own) from the same input, or null where it could differ. First-fit
 * never opens a lane past the ones it needs, so a layout that clustered nothing is the same under any
 * cap from its lane count up, band by band too: the full view's height is measured by one layout,
 * and its first frame need not lay the same marks out again at that height.
 */
export function atLaneCap(laid: TimelineLayout, maxLanes: number, fixedBands?: readonly Band[]): TimelineLayout | null {
  if (laid.clusters.length || laid.laneCount > maxLanes) return null;
  if (!fixedBands) return laid;
  // Fixed bands say which of them have nothing in view; each of `laid`'s own bands has marks.
  return fixedBands === laid.bands ? { ...laid, bands: laid.bands.map((band) => ({ ...band, empty: false })) } : null;
}

/** Each placed event's lane within its band (its lane, without bands): the `previousLanes` of the next frame of a gesture. */
export function lanesWithinBands(layout: TimelineLayout): Map<number, number> {
  const firstLane = new Map(layout.bands?.map((b) => [b.band, b.firstLane]));
  return new Map(layout.marks.map((m) => [m.event, m.lane - (firstLane.get(m.band!) ?? 0)]));
}

/**
 * Lanes band by band: each band (a group, by `bandOf`) fills rows of its own, in band order, from
 * what the bands before it left of `maxLanes`, keeping one row for each band after it; or, with
 * `fixed`, exactly its rows there, every band of `fixed` kept even with nothing in view. Clusters of
 * all bands share the cluster row.
 */
function layoutInBands(
  items: LabelInput[],
  bandOf: (event: number) => number,
  eventOf: (key: number) => number,
  width: number,
  maxLanes: number,
  fixed?: readonly Band[],
  preferredLane?: LaneOptions['preferredLane'],
): LaneLayout & { bands: Band[]; bandOfLane: number[] } {
  const byBand = new Map<number, LabelInput[]>();
  for (const item of items) {
    const band = bandOf(eventOf(item.key));
    const list = byBand.get(band);
    if (list) list.push(item);
    else byBand.set(band, [item]);
  }
  const placed: LaneLayout['placed'] = [];
  const clusters: LaneLayout['clusters'] = [];
  const bands: Band[] = [];
  const bandOfLane: number[] = [];
  let firstLane = 0;
  const order = [...new Set([...(fixed?.map((b) => b.band) ?? []), ...byBand.keys()])].sort((a, b) => a - b);
  for (const [k, band] of order.entries()) {
    // Each band after this one keeps at least one row, so no band is squeezed out by those above it.
    const budget = fixed ? (fixed.find((b) => b.band === band)?.laneCount ?? 0) : maxLanes - firstLane - (order.length - 1 - k);
    const laid = layoutByLength(byBand.get(band) ?? [], width, Math.max(0, budget), preferredLane);
    for (const p of laid.placed) placed.push({ ...p, lane: p.lane + firstLane });
    clusters.push(...laid.clusters);
    const laneCount = fixed ? budget : laid.laneCount;
    bands.push(fixed ? { band, firstLane, laneCount, empty: !byBand.has(band) } : { band, firstLane, laneCount });
    for (let l = 0; l < laneCount; l++) bandOfLane.push(band);
    firstLane += laneCount;
  }
  return { placed, clusters: mergeClusters(clusters, { clusterWidthPx: CLUSTER_BADGE_PX }), laneCount: firstLane, bands, bandOfLane };
}

/**
 * Equal-time bins on a grid fixed in time (multiples of the bin length), so that panning slides
 * the same bins across the view instead of re-cutting them every frame. O(bins · log n).
 */
function binnedLayout(input: LayoutInput): TimelineLayout {
  const { index, window, width } = input;
  const axis = input.axis ?? LINEAR_AXIS;
  const binCount = Math.max(1, Math.floor(width / BIN_PX));
  const binMs = (window.end - window.start) / binCount;
  const gridStart = Math.floor(window.start / binMs) * binMs;
  const grid = { start: gridStart, end: gridStart + (binCount + 1) * binMs };
  const clusters: ClusterMark[] = [];
  for (const bin of binCounts(index, grid, binCount + 1, axis.fromAxis)) {
    clusters.push({
      first: index.order[bin.from],
      count: bin.count,
      left: timeToX(bin.t0, window, width) + 2,
      right: timeToX(bin.t1, window, width) - 2,
      start: axis.fromAxis(bin.t0),
      end: axis.fromAxis(bin.t1),
    });
  }
  return { marks: [], clusters, laneCount: 0 };
}
