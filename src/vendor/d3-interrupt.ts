/**
 * Stands in for d3-transition in the self-contained bundle (see vite.config.ts). d3-zoom
 * imports only `interrupt` from it and calls `selection.interrupt()` in `zoom.transform`; this
 * element never starts a d3 transition (it animates with requestAnimationFrame), so there is
 * never anything to interrupt, and the transition API, d3-color and most of d3-interpolate stay
 * out of the bundle.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {
  // No transitions are ever scheduled on this element's nodes.
}

const proto = selection.prototype as unknown as { interrupt?: unknown };
if (!proto.interrupt) {
  proto.interrupt = function (this: unknown) {
    return this;
  };
}
