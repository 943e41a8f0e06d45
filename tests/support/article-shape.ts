/** Event indexes for the Node tests of the axis, its ticks and the overview. */
import { buildEventIndex } from '../../src/layout/event-index';

export const at = (iso: string) => Date.parse(iso);

/** An event index of these ISO ranges. */
export const index = (ranges: [string, string][]) => buildEventIndex(ranges.map(([a, b]) => ({ start: at(a), end: at(b) })));

/**
 * The article's shape: events 1992–1997, none for 24 years, then 2021–2025. Built inside the tests,
 * not at import: Stryker cannot kill mutants of code that runs at import.
 */
export const bursty = () => index([
  ['1992-01-01', '1993-01-01'],
  ['1994-01-01', '1995-01-01'],
  ['1996-09-27', '1997-11-01'],
  ['2021-08-01', '2021-09-01'],
  ['2021-08-15', '2021-08-16'],
  ['2022-06-01', '2022-07-01'],
  ['2025-07-03', '2025-07-04'],
]);
