/**
 * Stands in for d3-transition in the bundles (see vite.config.ts). d3-brush imports only
 * `interrupt` from it; this element never starts a d3 transition (it animates with
 * requestAnimationFrame), so there is never anything to interrupt, and the transition API,
 * d3-color and most of d3-interpolate stay out of the bundle.
 */
export function interrupt(): void {
  // No transitions are ever scheduled on this element's nodes.
}
