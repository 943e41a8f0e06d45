import { draftStory, parsePublished, type DraftOptions, type DraftResult } from '../../authoring/draft';
import { draftStories, type ArticleInput, type MultiDraftOptions, type MultiDraftResult } from '../../authoring/multi-draft';
import { readDates } from '../../authoring/date-readings';
import { draftEventFromQuote, QUOTE_WINDOW } from '../../authoring/quote-event';
import { headlineProblems } from '../../authoring/headlines';
import type { DateBasis, Paragraph } from '../../model/types';

/**
 * What the editor asks of the drafting modules, which bring compromise and chrono-node: the draft
 * worker runs these (draft-worker.ts), or, where a page forbids the worker, the main thread after
 * loading them on first use (drafter.ts). Everything here takes and returns plain data.
 */

/** A new event's words chosen in the article, and what is needed to date them. */
export interface NewEventRequest {
  paragraphs: readonly Paragraph[];
  paragraphId: string;
  quote: string;
  /** The publication date as typed: used when it is a day, YYYY-MM-DD. */
  published: string;
}

/** The title and date drafted for a new event (see `draftEventFromQuote`), with where its date came from. */
export interface NewEventDraft {
  title: string;
  /** EDTF, or '' when no date phrase in or around the quote gives one. */
  date: string;
  dateNote: string;
  dateBasis: DateBasis;
  /** The date's phrase when it is inside the quote (it is highlighted there), else ''. */
  phrase: string;
}

export function draftArticle(text: string, options: DraftOptions): DraftResult {
  return draftStory(text, options);
}

/** Several articles drafted each against its own publication date, the same happening merged into one event. */
export function draftArticles(articles: readonly ArticleInput[], options: MultiDraftOptions): MultiDraftResult {
  return draftStories(articles, options);
}

/** The title and date of a new event from `quote`; null when the quote is not words of its paragraph. */
export function draftNewEvent({ paragraphs, paragraphId, quote, published }: NewEventRequest): NewEventDraft | null {
  const index = paragraphs.findIndex((p) => p.id === paragraphId);
  const paragraph = paragraphs[index];
  const at = paragraph ? paragraph.text.indexOf(quote) : -1;
  if (!paragraph || at < 0 || !/\S/.test(quote)) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : undefined;
  const drafted = draftEventFromQuote({ paragraphs, paragraphIndex: index, quote, published: day });
  // The reading the date came from, nearest the quote: its phrase is highlighted when it is in the quote, and it says whether the date was stated.
  // Read in the window drafting dated the quote from: reading every date of a 100,000-character paragraph takes seconds.
  const from = Math.max(0, at - QUOTE_WINDOW);
  const around = paragraph.text.slice(from, at + quote.length + QUOTE_WINDOW);
  const readings = drafted.date === null ? [] : readDates(around, parsePublished(day, [])).map((r) => ({ ...r, index: r.index + from })).filter((r) => r.edtf === drafted.date);
  const reading = readings.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  const inQuote = reading !== undefined && reading.index >= at && reading.index + reading.length <= at + quote.length;
  return {
    title: drafted.title,
    date: drafted.date ?? '',
    dateNote: drafted.dateNote ?? '',
    dateBasis: reading?.basis ?? drafted.dateBasis ?? 'stated',
    phrase: inQuote ? reading.phrase : '',
  };
}

/** What the worker (or the main thread) asks of the drafting modules, answered. */
export type DraftQuestion =
  | { kind: 'article'; text: string; options: DraftOptions }
  | { kind: 'articles'; articles: ArticleInput[]; options: MultiDraftOptions }
  | { kind: 'new-event'; request: NewEventRequest }
  /** Why each title does not read as a headline (`headlineProblems`, which needs compromise); empty for one that does. */
  | { kind: 'headlines'; titles: string[] };

export type DraftAnswer = DraftResult | MultiDraftResult | NewEventDraft | string[][] | null;

export function answer(question: DraftQuestion): DraftAnswer {
  if (question.kind === 'article') return draftArticle(question.text, question.options);
  if (question.kind === 'articles') return draftArticles(question.articles, question.options);
  if (question.kind === 'headlines') return question.titles.map(headlineProblems);
  return draftNewEvent(question.request);
}
