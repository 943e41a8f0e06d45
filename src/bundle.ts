/**
 * The entry of history-timeline.js: the package entry (index.ts) without Luxon, which the element
 * loads after its first frame with the rest of what that frame does not need (a date's `start` and
 * `end` DateTimes work from then on; `startMs` and `endMs` always do).
 */
export * from './timeline/history-timeline';
export * from './model/exports';
