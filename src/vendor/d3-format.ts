/**
 * Stands in for d3-format in the bundles (see vite.config.ts). d3-scale's linear scale carries
 * `tickFormat`, which needs d3-format (2 KB gzipped, with its default locale built at load);
 * this element never calls it: its tick labels are Luxon's, in the element's language (ticks.ts).
 */
function notBuiltIn(): never {
  throw new Error('history-timeline: d3-format is not built in (tick labels come from Luxon)');
}

export const format = notBuiltIn;
export const formatPrefix = notBuiltIn;
export const formatSpecifier = notBuiltIn;
export const precisionFixed = notBuiltIn;
export const precisionPrefix = notBuiltIn;
export const precisionRound = notBuiltIn;
