import { ENGLISH_DATE_WORDS } from '../model/date-phrase';
import type { LaterWords, LiveWords, Messages } from './messages';

/**
 * English: the wording every other catalog translates. A live story's words join it when the
 * live part loads (live-english.ts), and the words of the views the first frame does without when
 * those views load (later-english.ts): the first frame does without them.
 */
export const en = {
  // The date words are the model's own English (date-phrase.ts), so the two cannot drift apart.
  ...ENGLISH_DATE_WORDS,

  searchLabel: 'Search events',
  searchPlaceholder: 'Search',
  searchHelp: 'Enter and Shift+Enter go to the next and previous match; Escape clears.',
  zoomGroup: 'Zoom',
  zoomIn: 'Zoom in',
  zoomInTitle: 'Zoom in (+)',
  zoomOut: 'Zoom out',
  zoomOutTitle: 'Zoom out (−)',
  fit: 'Fit',
  fitLabel: 'Fit all events',
  fitTitle: 'Fit all (0)',
  viewsGroup: 'Views',
  viewTimeline: 'Timeline',
  viewList: 'List',
  viewStory: 'Story',
  viewArticle: 'Article',

  retry: 'Retry',
  loading: 'Loading the story…',
  loadingOverStory: 'Loading a new story…',
  previousStoryShown: 'The story shown is the previous one.',
  noEventsToShow: 'This story has no events to show.',
  invalidEvents: { one: '{count} event could not be shown', other: '{count} events could not be shown' },
  storyProblems: { one: '{count} problem in the story', other: '{count} problems in the story' },
  moreProblems: { one: 'and {count} more problem', other: 'and {count} more problems' },
  wholeStory: '(story)',

  timelineLabel: 'Timeline',
  timelineLabelWithStory: { one: '{title}: {count} event', other: '{title}: {count} events' },
  timelineKeys: 'Arrow keys pan, plus and minus zoom, 0 fits all; Tab moves to the events, where arrow keys go from event to event.',
  gapNarrow: '{length} without events, {from} to {to}, drawn narrow',
  gapCompressed: '{length} without events, {from} to {to}, drawn compressed',
  publication: 'Article, {date}',
  eraLabel: 'Era: {title}, {date}',
  eraTitle: '{title} ({date})',
  era: 'Era',
  otherEvents: 'Other events',
  bandNothingInView: 'Nothing in this group in view',
  legendLabel: 'Groups: show or hide their events',
  openDateLabel: '{date}: {title}',
  dateInferred: 'date inferred',
  clusterText: '+{count} · {years}',
  clusterLabel: { one: '{text}: {count} event, {range}, zoom in', other: '{text}: {count} events, {range}, zoom in' },
  clusterTitle: { other: '{count} events: zoom in' },
  dateRange: '{from} to {to}',
  yearRange: '{from}–{to}',

  keySummary: 'How to read the marks',

  closeDetails: 'Close details',
  closeTitle: 'Close (Esc)',
  dateNotStated: 'The source does not state this date.',
  howDateFound: 'How this date was found',
  eventsInTimeOrder: 'Events in time order',
  previous: '← Previous',
  next: 'Next →',
  position: '{position} of {total}',
  paragraphLabel: 'paragraph {number}',
  showInArticle: 'Show in the article',
  openSource: 'Open the source',
  sourceCount: { one: 'Reported by {count} source', other: 'Reported by {count} sources' },
  sourcesDiffer: 'Sources differ: {readings}',
  sourceReading: '{date} ({sources})',
  datesDiffer: 'sources differ on the date',
  filterCorroborated: '2+ sources',
  filterCorroboratedTitle: 'Show only events two or more sources report',
  imageUnavailable: 'Image unavailable',
  imageUnavailableAlt: 'Image unavailable: {alt}',

  listLabel: 'All events in time order: {title}',

  selectedAnnouncement: '{title}, {date}',
} satisfies Omit<Messages, keyof LiveWords | keyof LaterWords> as unknown as Messages;
