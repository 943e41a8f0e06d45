import type { Precision, Problem, StoryEventInput, StoryInput } from '../model/types';
import type { DateRule } from './date-readings';
import type { FurnitureLine } from './paragraphs';

/** What drafting takes and gives: options, the draft story with its draft-only fields, the summary. */

export interface DraftOptions {
  /** Publication date, YYYY-MM-DD: the reference for relative dates ("last year", "on Thursday"). */
  published?: string;
  title?: string;
  publisher?: string;
  url?: string;
  /** Id of the one source; "article" unless given. */
  sourceId?: string;
  /**
   * The story's IANA time zone ("Asia/Kolkata"): times of day the text writes without a zone
   * ("6:04 pm local time") are read in it. Without it, the one zone the article's abbreviations
   * name ("9:41 am EST") is used, if they name one.
   */
  timeZone?: string;
}

/** Draft-only information on an event; the schema allows it and the element ignores it. */
export interface DraftInfo {
  /** The phrase the date came from, as written. */
  phrase: string;
  /** How sure the date rule is, 0 to 1. */
  confidence: number;
  /** The date rule that applied (see docs/authoring.md). */
  rule: DateRule;
  /** Every phrase of a merged event, in text order. */
  phrases?: string[];
}

export interface DraftEvent extends StoryEventInput {
  dateNote: string;
  draft: DraftInfo;
}

export interface DraftStory extends StoryInput {
  events: DraftEvent[];
}

export interface DraftSummary {
  paragraphs: number;
  headings: number;
  candidates: number;
  byPrecision: Record<Precision, number>;
  /** Candidates folded into an earlier event. */
  merged: number;
  /** Paragraphs left out as page furniture. */
  furniture: number;
}

/** A relative phrase that could not be resolved because no publication date was given. */
export interface UnresolvedPhrase {
  phrase: string;
  paragraph: string;
  line: number;
}

export interface DraftResult {
  story: DraftStory;
  /** Paragraphs left out of the story as page furniture, with the rule that matched. */
  furniture: FurnitureLine[];
  /** Relative phrases left undated for want of a publication date. */
  unresolved: UnresolvedPhrase[];
  problems: Problem[];
  summary: DraftSummary;
  /** The zone the story's times without one were read in, and where it came from. */
  storyZone?: { zone: string; origin: string };
}
