/**
 * Label lanes: greedy first-fit packing of labelled marks into a few rows, with what does not fit
 * gathered into clusters in a separate row, so every item stays reachable. Also equal-time bins for
 * windows too dense to label at all.
 */
import { bisectLeft } from './bisect';
import type { EventIndex } from './event-index';
import type { TimeWindow } from './time-window';

export interface LabelInput {
  key: number;
  /** The mark's pixel extent; `x1 >= x0`. */
  x0: number;
  x1: number;
  /** The label starts at `x0` and is this wide. */
  labelWidth: number;
}

/** The box an item occupies in its lane: `[left, right) = [x0, max(x1, x0 + labelWidth))`. */
export interface PlacedLabel {
  key: number;
  lane: number;
  left: number;
  right: number;
}

export interface Cluster {
  /** Member keys, in input order. */
  keys: number[];
  count: number;
  /** The cluster mark's box in the cluster row. */
  left: number;
  right: number;
  /** The pixel extent of the members' marks, to zoom in on. */
  x0: number;
  x1: number;
}

export interface LaneLayout {
  placed: PlacedLabel[];
  clusters: Cluster[];
  /** Lanes actually used. */
  laneCount: number;
}

export interface LaneOptions {
  maxLanes: number;
  /** Minimum space between boxes in a lane, and between cluster boxes. Default 8. */
  gapPx?: number;
  /** Minimum width of a cluster's box. Default 28. */
  clusterMinWidthPx?: number;
  /** A cluster's box is exactly this wide, centred on its members (a compact badge), instead of spanning them. */
  clusterWidthPx?: number;
  /**
   * Fill the lanes in the items' own order (reading order: time) rather than by `x0`, so that rows
   * read as a chronology even where a label was moved left of its mark. Default false.
   */
  keepOrder?: boolean;
  /**
   * The lane an item had in the frame before, during one zoom or pan: it stays there when its box
   * still fits, so labels do not jump between rows at every scale step. Others fill first-fit the
   * room the kept ones leave, and are clustered where taking a lane would push a kept one out.
   */
  preferredLane?(key: number): number | undefined;
}

const DEFAULT_GAP_PX = 8;
const DEFAULT_CLUSTER_MIN_PX = 28;

function boxRight(item: LabelInput): number {
  return Math.max(item.x1, item.x0 + item.labelWidth);
}

/**
 * Packs items (sorted by `x0`; sorted here if they are not, unless `keepOrder`) first-fit into lanes
 * `0..maxLanes-1`, boxes in a lane at least `gapPx` apart. An item that fits no lane opens a
 * cluster, and every later item starting inside its box joins that cluster even when a lane has
 * freed up meanwhile, so a crowded spot is one "+n" mark rather than a hidden item next to shown
 * ones. Clusters whose boxes (at least `clusterMinWidthPx`, centred on their members' extent)
 * would come closer than `gapPx` are merged. O(n · maxLanes).
 */
export function layoutLanes(items: LabelInput[], options: LaneOptions): LaneLayout {
  const maxLanes = Math.max(0, Math.floor(options.maxLanes));
  const gap = options.gapPx ?? DEFAULT_GAP_PX;
  const clusterMinWidth = options.clusterMinWidthPx ?? DEFAULT_CLUSTER_MIN_PX;
  const sizing = { minWidth: clusterMinWidth, width: options.clusterWidthPx };

  let input = items;
  for (let i = 1; i < items.length && !options.keepOrder; i++) {
    if (items[i].x0 < items[i - 1].x0) {
      input = items.slice().sort((a, b) => a.x0 - b.x0);
      break;
    }
  }

  // laneEnd[l]: the right edge of the last box in lane l.
  const laneEnd = new Float64Array(maxLanes).fill(-Infinity);
  let laneCount = 0;
  const placed: PlacedLabel[] = [];
  const clusters: Cluster[] = [];
  /** Items starting before this edge join the open cluster. */
  let captureRight = -Infinity;
  let open: Cluster | null = null;

  const closeOpen = () => {
    if (!open) return;
    setClusterBox(open, sizing);
    appendMerging(clusters, open, gap, sizing);
    open = null;
  };

  // Only during a gesture: at rest and on a first render no lane is preferred, and nothing is built for it.
  const { preferredLane } = options;
  const preferred = preferredLane ? input.map((item) => preferredLane(item.key) ?? -1) : null;
  // Each lane's items that prefer it, in the order placed: another item may take the lane only up to the next one's box.
  const claims: number[][] | null = preferred ? Array.from({ length: maxLanes }, () => []) : null;
  preferred?.forEach((lane, i) => claims![lane]?.push(i));

  for (let i = 0; i < input.length; i++) {
    const item = input[i];
    const left = item.x0;
    const right = boxRight(item);
    const own = preferred?.[i] ?? -1;
    // No lane of its own (-1), or one past maxLanes, has no end: never free.
    let lane = laneEnd[own] + gap <= left ? own : -1;
    const keepsOwn = lane >= 0;
    // A lane with room: the item fits, even where taking it would push out an item keeping it.
    let fits = keepsOwn;
    // Else the first free lane that pushes out no item keeping it (with lanes kept from the frame before), or a cluster.
    for (let l = 0; l < maxLanes && lane < 0; l++) {
      if (laneEnd[l] + gap > left) continue;
      fits = true;
      const claim = claims?.[l];
      if (claim) while (claim[0] <= i) claim.shift();
      if (!(claim && input[claim[0]]?.x0 < right + gap)) lane = l;
    }
    // An item that keeps its lane stays drawn beside a cluster opened in the frame; the others join it.
    if (open && left < captureRight && !keepsOwn) {
      open.keys.push(item.key);
      open.x1 = Math.max(open.x1, item.x1);
      // Only items that overflow themselves extend the captured region, so a cluster cannot swallow a run of items that fit.
      if (!fits) captureRight = Math.max(captureRight, right);
      continue;
    }
    if (lane >= 0) {
      laneEnd[lane] = right;
      if (lane >= laneCount) laneCount = lane + 1;
      placed.push({ key: item.key, lane, left, right });
      continue;
    }
    closeOpen();
    open = { keys: [item.key], count: 1, left: 0, right: 0, x0: item.x0, x1: item.x1 };
    captureRight = fits ? left : right;
  }
  closeOpen();
  for (const cluster of clusters) cluster.count = cluster.keys.length;
  return { placed, clusters, laneCount };
}

/**
 * Appends `cluster` to `list` (sorted by `left`, no two boxes closer than `gap`), merging it into
 * the clusters before it while their boxes would come closer than `gap`. A merged box is recentred
 * on its members' extent and may collide again, so merging walks back as far as it must.
 */
function appendMerging(list: Cluster[], cluster: Cluster, gap: number, sizing: ClusterSizing): void {
  let current = cluster;
  while (list.length > 0 && list[list.length - 1].right + gap > current.left) {
    const previous = list.pop()!;
    const merged: Cluster = {
      keys: [...previous.keys, ...current.keys],
      count: previous.keys.length + current.keys.length,
      left: 0,
      right: 0,
      x0: Math.min(previous.x0, current.x0),
      x1: Math.max(previous.x1, current.x1),
    };
    setClusterBox(merged, sizing);
    current = merged;
  }
  list.push(current);
}

/** Merges clusters (in any order) whose boxes would come closer than the gap, so the cluster row never overlaps. */
export function mergeClusters(
  clusters: readonly Cluster[],
  options: Pick<LaneOptions, 'gapPx' | 'clusterMinWidthPx' | 'clusterWidthPx'> = {},
): Cluster[] {
  const gap = options.gapPx ?? DEFAULT_GAP_PX;
  const sizing = { minWidth: options.clusterMinWidthPx ?? DEFAULT_CLUSTER_MIN_PX, width: options.clusterWidthPx };
  const out: Cluster[] = [];
  for (const cluster of [...clusters].sort((a, b) => a.left - b.left)) appendMerging(out, cluster, gap, sizing);
  return out;
}

interface ClusterSizing {
  minWidth: number;
  /** Fixed width; the box spans its members (at least minWidth) when absent. */
  width?: number;
}

function setClusterBox(cluster: Cluster, sizing: ClusterSizing): void {
  const width = sizing.width ?? Math.max(sizing.minWidth, cluster.x1 - cluster.x0);
  const centre = (cluster.x0 + cluster.x1) / 2;
  cluster.left = centre - width / 2;
  cluster.right = centre + width / 2;
}

export interface Bin {
  t0: number;
  t1: number;
  /** Sorted positions `[from, to)` of the items starting in `[t0, t1)`. */
  from: number;
  to: number;
  count: number;
}

/**
 * Splits `w` into `binCount` equal bins and counts the items that start in each, by binary
 * search: O(binCount · log n). Items that start before `w` are not counted. Empty bins are omitted.
 * Not d3-array's `bin`, which visits every item: at 100,000 events a search per bin edge is far less work.
 * `w` and the bins' `t0`/`t1` may be in axis time (see axis-scale.ts): `toTime` turns a bin edge
 * into the real time the index is sorted by.
 */
export function binCounts(index: Pick<EventIndex, 'starts'>, w: TimeWindow, binCount: number, toTime: (t: number) => number = (t) => t): Bin[] {
  const n = Math.floor(binCount);
  const bins: Bin[] = [];
  if (!(n > 0) || !(w.end > w.start)) return bins;
  const width = (w.end - w.start) / n;
  let t0 = w.start;
  let from = bisectLeft(index.starts, toTime(t0));
  for (let b = 0; b < n; b++) {
    // The last edge is exactly w.end so float steps never drop the final items.
    const t1 = b === n - 1 ? w.end : w.start + (b + 1) * width;
    const to = bisectLeft(index.starts, toTime(t1));
    if (to > from) bins.push({ t0, t1, from, to, count: to - from });
    t0 = t1;
    from = to;
  }
  return bins;
}
