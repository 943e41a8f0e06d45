/**
 * Stands in for d3-interpolate in the bundles (see vite.config.ts). d3-brush calls `interpolate`
 * only while a transition tweens its selection: this element never starts a d3 transition (see
 * d3-interrupt.ts), so it is never called, and d3-interpolate (with d3-color, which it asks about
 * colour strings) stays out.
 */
function noTransitions(): never {
  throw new Error('history-timeline: d3-interpolate is not built in (this element never runs d3 transitions)');
}

export const interpolate = noTransitions;
