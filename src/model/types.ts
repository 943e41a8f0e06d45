import type { Media } from './media';
import type { DateTime } from 'luxon';

/** How finely a calendar value is known. */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** One EDTF date (no interval): a whole calendar period. */
export interface CalendarPoint {
  /** Astronomical year: 0 is 1 BCE, -43 is 44 BCE. */
  year: number;
  month?: number;
  day?: number;
  /** A date-time's wall clock as written (in its offset, or the story's zone). */
  hour?: number;
  minute?: number;
  /** Only for a time written to the second. */
  second?: number;
  precision: Precision;
  /** First instant of the period: epoch milliseconds, UTC. */
  readonly startMs: number;
  /** First instant after the period (exclusive): epoch milliseconds, UTC. */
  readonly endMs: number;
  /** First instant of the period (UTC); built on first read, `startMs` is the cheap form. */
  readonly start: DateTime;
  /** First instant after the period (UTC, exclusive); built on first read, `endMs` is the cheap form. */
  readonly end: DateTime;
  /** `?` or `%` */
  uncertain: boolean;
  /** `~` or `%` */
  approximate: boolean;
}

/**
 * A parsed story date: a single period, or an interval whose ends may be open.
 * `start`/`end` bound everything that is known: for `../1994` they are the bounds of 1994 and
 * `openStart` says the event may lie anywhere before. `startMs`/`endMs` are the same bounds as numbers.
 */
export interface CalendarDate {
  /** The EDTF text it was parsed from. */
  edtf: string;
  form: 'point' | 'interval';
  /** The known lower bound: the point itself, an interval's start, or null for an open start (`..`). */
  from: CalendarPoint | null;
  /** The known upper bound: the point itself, an interval's end, or null for an open end (`..`). */
  to: CalendarPoint | null;
  openStart: boolean;
  openEnd: boolean;
  /** Inclusive start of the known extent: epoch milliseconds, UTC. */
  readonly startMs: number;
  /** Exclusive end of the known extent: epoch milliseconds, UTC. */
  readonly endMs: number;
  /** Inclusive start of the known extent (UTC); built on first read, `startMs` is the cheap form. */
  readonly start: DateTime;
  /** Exclusive end of the known extent (UTC); built on first read, `endMs` is the cheap form. */
  readonly end: DateTime;
  /** The finest precision among the known bounds. */
  precision: Precision;
  /** Any bound is uncertain. */
  uncertain: boolean;
  /** Any bound is approximate. */
  approximate: boolean;
}

export interface Paragraph {
  id: string;
  /** Verbatim text of one line of the source. */
  text: string;
  /** Headings are kept as paragraphs, so numbering follows the source's lines; they are not cited. */
  role?: 'heading';
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  /** EDTF date; the reference for relative dates in the text. */
  published?: string;
  paragraphs: Paragraph[];
}

export interface Citation {
  source: string;
  paragraph: string;
  /** Verbatim words of the paragraph (a W3C TextQuoteSelector's `exact`). */
  quote: string;
  /**
   * The EDTF date this source gives for the event, read against the source's publication date.
   * Absent: the source reports the event's own date. See corroboration.ts.
   */
  date?: string;
  /** The text just before the quote, when the quote occurs more than once in its paragraph (TextQuoteSelector). */
  prefix?: string;
  /** The text just after the quote, when the quote occurs more than once in its paragraph (TextQuoteSelector). */
  suffix?: string;
}

export type DateBasis = 'stated' | 'inferred';

/** An event as written in story JSON. */
export interface StoryEventInput {
  id: string;
  date: string;
  title: string;
  summary?: string;
  citations: Citation[];
  dateBasis: DateBasis;
  dateNote?: string;
  /** The id of the group (thread) the event belongs to. */
  group?: string;
  /** A picture for the event, validated (see media.ts). */
  media?: Media;
  /** A live story's standing event (a summary, a correction): listed first. */
  pinned?: boolean;
}

/** A thread of the story ("Russia and the Taliban"): its events share a band of rows. */
export interface Group {
  id: string;
  title: string;
  /** A CSS colour; the element picks one from an accessible palette when absent. */
  color?: string;
}

/** A period of the story ("The first Taliban government"), sourced like an event. */
export interface EraInput {
  id: string;
  title: string;
  /** An EDTF interval or a year or month: a period, never a single day. */
  date: string;
  summary?: string;
  citations: Citation[];
  dateBasis: DateBasis;
  dateNote?: string;
}

/** A valid era with its parsed date. */
export interface Era extends EraInput {
  calendar: CalendarDate;
}

/** A story as written in JSON. */
export interface StoryInput {
  title: string;
  sources: Source[];
  events: StoryEventInput[];
  /** Threads, in display order. */
  groups?: Group[];
  /** Periods drawn behind the events. */
  eras?: EraInput[];
  /** The id of the event the story is about; by default the one dated on the source's publication day. */
  featured?: string;
  /** The IANA time zone of the story's times written without an offset, and of the times it shows ("Asia/Kolkata"). */
  timeZone?: string;
}

/** A valid event with its parsed date. */
export interface TimelineEvent extends StoryEventInput {
  calendar: CalendarDate;
}

/** A validated story: events are valid and sorted by start, then end, then their order in the input. */
export interface Story {
  title: string;
  /** One or two sentences on what the story is about: the dek under the title in story mode. */
  description?: string;
  sources: Source[];
  events: TimelineEvent[];
  /** Valid groups, in the story's order. */
  groups?: Group[];
  /** Valid eras, in time order. */
  eras?: Era[];
  /** The featured event's id, when the story names one that exists. */
  featured?: string;
  /** The story's IANA time zone, when it names one Intl knows. */
  timeZone?: string;
}

/** One thing wrong with the input, in one plain sentence. */
export interface Problem {
  /** JSON path of the offending value, e.g. `events[3].citations[0].quote`. */
  path: string;
  /** The event's id when the problem belongs to an event that has one. */
  eventId?: string;
  message: string;
  /**
   * `"warning"`: worth a look, but nothing was left out (sources that differ, and no note says
   * why). Absent (the validator never writes `"error"`) means an error: the value, or the item
   * holding it, was left out.
   */
  severity?: 'error' | 'warning';
}

export interface ValidationResult {
  /** The valid part of the input; null only when the input is not a JSON object. */
  story: Story | null;
  problems: Problem[];
}
