import { en } from './en';
import type { LaterWords } from './messages';

/** The English words of the views the first frame does without (see en.ts). */
const laterEnglish: LaterWords = {
  overviewWindow: 'Part of the story in view',
  wholeParagraph: 'The whole paragraph',
  chronologyLabel: 'Events in time order: {title}',
  gapLater: '{length} later',
  showMore: { other: 'Show {count} more of {remaining} remaining' },
  sourcesLabel: 'Sources: {title}',
  paragraphEvents: 'Events from paragraph {number}',
  pinned: 'Pinned',
  storySources: 'Sources',
  storyStart: 'Start →',
  pause: 'Pause',
  play: 'Play',
  storyCards: 'Story cards',
  storyTitlePosition: { one: 'Title · {count} event', other: 'Title · {count} events' },
  storySummary: { one: '{count} event, {span}', other: '{count} events, {span}' },
  storyNoEvents: 'No events',
  searchNoMatch: 'No event matches “{query}”',
  searchMatches: { one: '{count} of {total} events matches', other: '{count} of {total} events match' },

  keyDay: 'A day',
  keySpan: 'A month, a year or a period',
  keyApproximate: 'An approximate or uncertain date',
  keyOpen: 'Known only to have happened by then (“By 1994:”), or from then on',
  keySources: 'An event several sources report: how many',
  keyDiffer: 'Sources give dates that cannot all be true',
};

// Every module that speaks these words imports this one, so the words are there before any of them speaks.
Object.assign(en, laterEnglish);
