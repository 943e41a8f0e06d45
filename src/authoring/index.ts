/**
 * Authoring: draft a story from an article (headline titles, everyday dates, events from quotes),
 * import TimelineJS, score drafts. Pure and DOM-free (no node:* imports), so the editor can use it
 * in the browser; file I/O lives in scripts/.
 */
export { draftStory, parsePublished, type DraftEvent, type DraftInfo, type DraftOptions, type DraftResult, type DraftStory, type DraftSummary, type UnresolvedPhrase } from './draft';
export { readDates, type CalendarDay, type DateReading, type DateRule } from './date-readings';
export { createHistoryChrono } from './chrono-extensions';
export { splitParagraphs, furnitureRule, looksLikeHeading, FURNITURE_RULES, type FurnitureLine, type FurnitureRule, type ParagraphLine } from './paragraphs';
export { importTimelineJs, mediaKind, SHEET_COLUMNS, type ImportOptions, type ImportResult, type ReportItem } from './timelinejs';
export { htmlToText, htmlLinks } from './html-text';
export { scoreDraft, readExpected, expectedFromStory, mentionsEvent, publishProblems, type ExpectedEvent, type Score, type Unpublishable } from './eval';
export { draftHeadline, headlineProblems, MAX_HEADLINE_WORDS, type HeadlineSource } from './headlines';
export { readEverydayDate, dayFirst, type EverydayDate, type EverydayDateOptions } from './everyday-dates';
export { draftEventFromQuote, type QuoteEvent, type QuoteEventInput } from './quote-event';
export { splitCitation, mergeEvents, type EventEdit } from './event-edits';
export { draftStories, type ArticleInput, type MultiDraftOptions, type MultiDraftResult, type MultiDraftSummary } from './multi-draft';
export { readArticleHeader, HEADER_FIELDS, type ArticleHeader, type HeaderField } from './article-header';
export { headingOf } from './paragraphs';
export { storyToAnnotations, annotationsToStory, ANNOTATION_CONTEXT, HT_VOCABULARY, type AnnotationCollection, type AnnotationImport, type WebAnnotation, type TextQuoteSelector } from './web-annotations';
