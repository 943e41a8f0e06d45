/**
 * The zoom transform along the time axis and the pure arithmetic of the gestures that move it:
 * screen x = k × x in the base view + x. It is d3-zoom's transform and rules without the y axis
 * (which the timeline never zooms): the wheel's scale step, zooming around a point, the pinch's
 * scale, and the constraint that keeps the view inside the base view.
 */

export interface ZoomTransform {
  /** Scale: 1 shows the whole base view. */
  k: number;
  /** Translation in screen px. */
  x: number;
}

/** The x in the base view shown at screen `x`. */
export function invertX(t: ZoomTransform, x: number): number {
  return (x - t.x) / t.k;
}

/** `k` within `scaleExtent`. */
export function clampScale(k: number, scaleExtent: readonly [number, number]): number {
  return Math.max(scaleExtent[0], Math.min(scaleExtent[1], k));
}

/**
 * The transform at scale `k` (clamped to `scaleExtent`) that shows the base view's `baseX` at screen
 * `x`: what keeps the point under the pointer, or between two fingers, in place.
 */
export function zoomAround(k: number, x: number, baseX: number, scaleExtent: readonly [number, number]): ZoomTransform {
  const scale = clampScale(k, scaleExtent);
  return { k: scale, x: x - baseX * scale };
}

/**
 * Shifts `t` the least so that the view, `width` px wide, stays inside the base view (d3-zoom's
 * default constraint with translate extent and extent both [0, width]); a view wider than the base
 * view is centred on it.
 */
export function constrainTransform(t: ZoomTransform, width: number): ZoomTransform {
  const before = invertX(t, 0);
  const after = invertX(t, width) - width;
  const shift = after > before ? (before + after) / 2 : Math.min(0, before) || Math.max(0, after);
  return { k: t.k, x: t.x + t.k * shift };
}

export interface WheelDelta {
  deltaY: number;
  /** 0: pixels, 1: lines, 2: pages. */
  deltaMode: number;
  ctrlKey: boolean;
}

/** How many times to double the scale for one wheel event (d3-zoom's rule, with trackpad pinches sped up). */
export function wheelScaleExponent(event: WheelDelta): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  // Trackpad pinches arrive as small Ctrl + wheel deltas: speed them up.
  const pinch = event.ctrlKey && event.deltaMode === 0 && Math.abs(event.deltaY) < 40 ? 4 : 1;
  return -event.deltaY * perUnit * pinch;
}

/** A finger on the screen at (x, y), holding the base view's point (baseX, baseY) under it. */
export interface TouchAnchor {
  x: number;
  y: number;
  baseX: number;
  baseY: number;
}

/**
 * Two fingers: the scale at which their distance on screen covers their distance in the base view,
 * with the point midway between them held under their midpoint. Fingers on one base point keep `t`'s scale.
 */
export function pinchTransform(t: ZoomTransform, a: TouchAnchor, b: TouchAnchor, scaleExtent: readonly [number, number]): ZoomTransform {
  const baseDistance = Math.hypot(b.baseX - a.baseX, b.baseY - a.baseY);
  const k = baseDistance > 0 ? Math.hypot(b.x - a.x, b.y - a.y) / baseDistance : t.k;
  return zoomAround(k, (a.x + b.x) / 2, (a.baseX + b.baseX) / 2, scaleExtent);
}
