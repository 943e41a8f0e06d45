import type { DateWords } from '../model/date-phrase';

/**
 * A message that depends on a count: one wording per plural category of the language, chosen by
 * `Intl.PluralRules` (English uses `one` and `other`; Arabic all six; Persian `one` and `other`).
 * `other` is always required.
 */
export type Plural = { readonly other: string } & { readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string };

/**
 * Every word the timeline shows, for one language. Placeholders are `{name}`; a translation must
 * keep every placeholder of the English message (tests/unit/i18n.test.ts checks it). Numbers in
 * `{count}`, `{total}`, `{position}` … are formatted for the language before they are put in.
 */
export interface Messages extends DateWords, LiveWords, LaterWords {
  // The toolbar.
  searchLabel: string;
  searchPlaceholder: string;
  searchHelp: string;
  zoomGroup: string;
  zoomIn: string;
  zoomInTitle: string;
  zoomOut: string;
  zoomOutTitle: string;
  fit: string;
  fitLabel: string;
  fitTitle: string;
  viewsGroup: string;
  viewTimeline: string;
  viewList: string;
  viewStory: string;
  viewArticle: string;

  // Loading and problems.
  retry: string;
  loading: string;
  /** A new story loading by `src` while another is shown. */
  loadingOverStory: string;
  /** After a failed load, under its message: the story still drawn is the one shown before. */
  previousStoryShown: string;
  noEventsToShow: string;
  invalidEvents: Plural;
  storyProblems: Plural;
  /** The last line of the problem list when it lists only the first ones: all are in `timeline-error`. */
  moreProblems: Plural;
  wholeStory: string;

  // The timeline area.
  timelineLabel: string;
  timelineLabelWithStory: Plural;
  timelineKeys: string;
  gapNarrow: string;
  gapCompressed: string;
  publication: string;
  eraLabel: string;
  eraTitle: string;
  era: string;
  otherEvents: string;
  /** Beside a group band's title when none of its events is in view: the band keeps its place as the reader zooms. */
  bandNothingInView: string;
  legendLabel: string;
  openDateLabel: string;
  dateInferred: string;
  clusterText: string;
  clusterLabel: Plural;
  clusterTitle: Plural;
  dateRange: string;
  yearRange: string;

  // The key to the marks.
  keySummary: string;

  // The detail panel and citations.
  closeDetails: string;
  closeTitle: string;
  dateNotStated: string;
  howDateFound: string;
  /** Under a cited paragraph: "— Publisher, 3 July 2025, paragraph 12"; {source} is isolated story text. */
  eventsInTimeOrder: string;
  previous: string;
  next: string;
  position: string;
  paragraphLabel: string;
  showInArticle: string;
  openSource: string;
  /** How many sources report an event ("Reported by 3 sources"); shown from two. */
  sourceCount: Plural;
  /** Sources that give different dates for one event; `{readings}` are `sourceReading`s joined by " · ". */
  sourcesDiffer: string;
  /** One date and the sources that give it: "13 March 2023 (Outlet B and Outlet C)". */
  sourceReading: string;
  /** Said after a mark's date to screen readers when its sources disagree on it. */
  datesDiffer: string;
  /** The toolbar's filter for events two or more sources report, and its tooltip. */
  filterCorroborated: string;
  filterCorroboratedTitle: string;
  imageUnavailable: string;
  imageUnavailableAlt: string;

  // The list (its label is also the static HTML's).
  listLabel: string;

  // Announcements for screen readers.
  selectedAnnouncement: string;
}

/**
 * The words of the views the first frame does without (the list, the chronology, the sources,
 * story mode, search, the overview, long paragraphs, the key's entries). English ones come with those views
 * (later-english.ts), so the first frame does without them.
 */
export interface LaterWords {
  /** The overview's window, for screen readers. */
  overviewWindow: string;
  /** Under the excerpt a long cited paragraph is shown as: the disclosure that shows the whole paragraph. */
  wholeParagraph: string;

  // The list, the chronology and the sources.
  chronologyLabel: string;
  /** A stretch with no event in the chronology, where the axis draws a compressed gap: "24 years later" ({length} is durationPhrase's, plural by Intl). */
  gapLater: string;
  showMore: Plural;
  sourcesLabel: string;
  paragraphEvents: string;
  /** The list's heading for a live story's pinned events, which come first. */
  pinned: string;

  // Story mode.
  storySources: string;
  storyStart: string;
  pause: string;
  play: string;
  storyCards: string;
  storyTitlePosition: Plural;
  storySummary: Plural;
  storyNoEvents: string;

  // Search, announced to screen readers.
  searchNoMatch: string;
  searchMatches: Plural;

  // The key's entries, under its title (keySummary).
  keyDay: string;
  keySpan: string;
  keyApproximate: string;
  keyOpen: string;
  /** The key's sample of the count of sources on a mark. */
  keySources: string;
  /** The key's sample of a mark whose sources give dates that disagree. */
  keyDiffer: string;
}

/**
 * A live story's words: its bar above the timeline and what it announces.
 * English ones come with the live part (live-english.ts), so the first frame does without them.
 */
export interface LiveWords {
  liveControls: string;
  /** The button that shows the latest events when the reader has moved the view away. */
  liveNewUpdates: Plural;
  livePause: string;
  liveResume: string;
  /** Beside Resume: updates held back while paused. */
  liveQueued: Plural;
  /** Announced once per batch; `{titles}` is the events' titles as a list. */
  liveAdded: Plural;
  liveChanged: Plural;
}

/** The keys whose message depends on a count. */
export type PluralKey = { [K in keyof Messages]: Messages[K] extends Plural ? K : never }[keyof Messages];
/** The keys whose message is one string. */
export type TextKey = Exclude<keyof Messages, PluralKey>;

/** What a host may override: any message, in part (a plural's `one` alone, say). */
export type MessageOverrides = { [K in keyof Messages]?: Messages[K] extends Plural ? Partial<Plural> | string : string };
