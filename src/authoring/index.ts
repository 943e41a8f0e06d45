/**
 * Authoring: draft a story from an article, import TimelineJS, score drafts. Pure and DOM-free
 * (no node:* imports), so the editor can use it in the browser; file I/O lives in scripts/.
 */
export { draftStory, parsePublished, type DraftEvent, type DraftInfo, type DraftOptions, type DraftResult, type DraftStory, type DraftSummary, type UnresolvedPhrase } from './draft';
export { readDates, type CalendarDay, type DateReading, type DateRule } from './date-readings';
export { createHistoryChrono } from './chrono-extensions';
export { splitParagraphs, furnitureRule, looksLikeHeading, FURNITURE_RULES, type FurnitureLine, type FurnitureRule, type ParagraphLine } from './paragraphs';
export { importTimelineJs, mediaKind, SHEET_COLUMNS, type ImportOptions, type ImportResult, type ReportItem } from './timelinejs';
export { htmlToText, htmlLinks } from './html-text';
export { scoreDraft, readExpected, expectedFromStory, type ExpectedEvent, type Score } from './eval';
