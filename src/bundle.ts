/**
 * The entry of history-timeline.js: the element, without Luxon, which it loads after its first
 * frame with the rest of what that frame does not need (a date's `start` and `end` DateTimes work
 * from then on; `startMs` and `endMs` always do). The story model's functions (validateStory,
 * parseEdtf, datePhrase) are history-timeline-story.js (src/story-bundle.ts): validateStory's
 * messages are words the first frame does without.
 */
export * from './timeline/history-timeline';
