/**
 * The entry of history-timeline-story.js: the package's `history-timeline/story` (the story model:
 * validateStory, parseEdtf, datePhrase, …, with Luxon for a date's `start` and `end`) in one file
 * that imports nothing, for a page without a bundler. history-timeline.js does not export them:
 * validateStory's messages are words its first frame does without (docs/architecture.md).
 */
export * from './model/index';
// Named here too: re-exported through model/index.ts alone, the bundler drops these two side effects.
import './model/luxon-dates';
import './model/time-phrase';
