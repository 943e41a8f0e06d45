/**
 * The story model's public API: the validator, the EDTF parser, date phrases and the story types.
 * `index.ts` (the package's `history-timeline/story`) adds Luxon's part to it; history-timeline.js
 * exports it as it is and loads Luxon's part after a timeline's first frame.
 */
export { validateStory } from './validate';
export { parseEdtf, type EdtfResult } from './edtf';
export { datePhrase, shortDatePhrase } from './date-phrase';
export type {
  CalendarDate,
  CalendarPoint,
  Citation,
  DateBasis,
  Paragraph,
  Precision,
  Problem,
  Source,
  Story,
  StoryEventInput,
  StoryInput,
  TimelineEvent,
  ValidationResult,
} from './types';
