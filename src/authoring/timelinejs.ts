import { parseEdtf } from '../model/edtf';
import { isTimeZone } from '../model/time-zone';
import { EVENT_ID_PATTERN } from '../model/validate';
import { type Paragraph, type Problem, type Source, type StoryEventInput, type StoryInput } from '../model/types';
import { htmlToText } from './html-text';
import { draftId } from './event-ids';
import { SOURCE_ID, type Slide, slidesFromCsv, slidesFromJson, str } from './timelinejs/slides';
import { at, pictureOf, reportSlideExtras } from './timelinejs/media';
import { pointOf } from './timelinejs/dates';

export { mediaKind } from './timelinejs/media';
export { SHEET_COLUMNS } from './timelinejs/slides';

/**
 * TimelineJS3 → story. TimelineJS has no sources, so the imported document becomes the one source
 * (publisher "TimelineJS import"); each slide's text, HTML reduced to plain text, is a paragraph,
 * and each event cites its own slide's text. Dates keep the precision of the fields given, times
 * of day too when the zone they were written in is given (TimelineJS files name none); our format
 * has no field for a date's label, so `display_date` goes into the dateNote and the report says so;
 * an image slide's picture, caption and credit become the event's media. What our format cannot
 * hold (video, maps and other embeds, groups, eras, backgrounds, links, times without a zone) is
 * listed in the report, never dropped silently.
 */

/** One thing from the input that the story does not carry. */
export interface ReportItem {
  /** Where it was: `events[3].media`, `row 5`, `eras[0]`. */
  path: string;
  /** What kind of thing: "media", "video", "group", "era", "background", "time of day", "link", … */
  what: string;
  detail: string;
}

export interface ImportResult {
  story: StoryInput;
  /** What was not carried over. */
  report: ReportItem[];
  /** Input that could not be used: the slide or the file, with a path and a message. */
  problems: Problem[];
  /** True when the end of the file could not be read at all (a CSV quote never closed): the story has only what came before. */
  incomplete?: boolean;
}

export interface ImportOptions {
  /** Names the file in messages and titles the story when the timeline has no title. */
  fileName?: string;
  /** Forces the format; otherwise sniffed from the file name, then the first character. */
  format?: 'json' | 'csv';
  /** The IANA zone the file's times of day were written in ("Asia/Kolkata"); the story's timeZone. Without it, times are reported, not kept. */
  timeZone?: string;
}


function detectFormat(text: string, options: ImportOptions): 'json' | 'csv' {
  if (options.format) return options.format;
  const name = options.fileName?.toLowerCase() ?? '';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv')) return 'csv';
  return /^\s*[{[]/.test(text) ? 'json' : 'csv';
}

function importUnsafe(text: string, options: ImportOptions): ImportResult {
  const problems: Problem[] = [];
  const report: ReportItem[] = [];
  const fallbackTitle = options.fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Imported timeline';
  let slides: { title: Slide | null; slides: Slide[]; incomplete?: boolean } | null;
  if (detectFormat(text, options) === 'json') {
    let input: unknown;
    try {
      input = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.push({ path: '', message: `The file is not valid JSON: ${(error as Error).message}` });
      input = undefined;
    }
    slides = input === undefined ? null : slidesFromJson(input, problems, report);
  } else {
    slides = slidesFromCsv(text.replace(/^\uFEFF/, ''), problems, report);
  }
  const title = htmlToText(slides?.title?.headline) || fallbackTitle;
  const titleText = htmlToText(slides?.title?.text);
  if (slides?.title && titleText) {
    report.push({ path: at(slides.title, 'text.text', 'Text'), what: 'title text', detail: `the title slide's text is not an event and was not kept: "${titleText.length > 80 ? `${titleText.slice(0, 80)}…` : titleText}"` });
  }
  const source: Source = { id: SOURCE_ID, title, publisher: 'TimelineJS import', paragraphs: [] };
  let timeZone = options.timeZone || undefined;
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    problems.push({ path: 'timeZone', message: `The time zone "${timeZone}" is not a time zone: write an IANA name such as "Asia/Kolkata" or "America/New_York". Times of day were not kept.` });
    timeZone = undefined;
  }
  const events: StoryEventInput[] = [];
  const taken = new Set<string>();
  for (const slide of slides?.slides ?? []) {
    const headline = htmlToText(slide.headline);
    const body = htmlToText(slide.text);
    const paragraphText = body || headline;
    if (!paragraphText) {
      problems.push({ path: slide.path, message: `${slide.path} has no headline or text to cite; it was skipped.` });
      continue;
    }
    const start = slide.start ? pointOf(slide.start, `${slide.path}${slide.type === undefined ? '.start_date' : ''}`, problems, report, timeZone) : null;
    if (!slide.start) problems.push({ path: slide.path, message: `${slide.path} has no start date; it was skipped.` });
    if (!start) continue;
    let date = start;
    if (slide.end && str(slide.end.year).trim() !== '') {
      const end = pointOf(slide.end, `${slide.path}${slide.type === undefined ? '.end_date' : ' (end)'}`, problems, report, timeZone);
      if (end && end !== start) {
        const interval = parseEdtf(`${start}/${end}`, timeZone);
        if (interval.ok) date = `${start}/${end}`;
        else problems.push({ path: slide.path, message: `${slide.path}: the end date ${end} is before the start ${start}; only the start was kept.` });
      }
    }
    const eventTitle = headline || (body.length > 80 ? `${body.slice(0, 77).replace(/\s+\S*$/, '')}…` : body);
    const picture = pictureOf(slide, eventTitle, problems);
    reportSlideExtras(slide, report, picture);
    const paragraph: Paragraph = { id: `p${source.paragraphs.length + 1}`, text: paragraphText };
    source.paragraphs.push(paragraph);
    const display = htmlToText(slide.displayDate);
    const parsedDate = parseEdtf(date, timeZone);
    const precision = parsedDate.ok ? parsedDate.value.precision : 'year';
    const zoneNote = date.includes('T') ? ` The times are in ${timeZone}, the zone given at import (TimelineJS files name none).` : '';
    const dateNote = display
      ? `TimelineJS display date: "${display}". The date fields give ${date} (to the ${precision}).${zoneNote}`
      : `From the TimelineJS date fields, to the ${precision}.${zoneNote}`;
    if (display) report.push({ path: at(slide, 'display_date', 'Display Date'), what: 'display date', detail: `"${display}" is kept in the dateNote: our format has no field for a date's label` });
    const wanted = slide.uniqueId && EVENT_ID_PATTERN.test(slide.uniqueId) && !taken.has(slide.uniqueId) ? slide.uniqueId : null;
    if (wanted) taken.add(wanted);
    events.push({
      id: wanted ?? draftId(eventTitle, date, taken),
      date,
      title: eventTitle,
      citations: [{ source: SOURCE_ID, paragraph: paragraph.id, quote: paragraphText }],
      dateBasis: 'stated',
      dateNote,
      ...(picture ? { media: picture } : {}),
    });
  }
  const story: StoryInput = { title, sources: [source], events, ...(timeZone ? { timeZone } : {}) };
  return { story, report, problems, ...(slides?.incomplete ? { incomplete: true } : {}) };
}

/** Import a TimelineJS3 JSON file or spreadsheet CSV. Never throws. */
export function importTimelineJs(text: string, options: ImportOptions = {}): ImportResult {
  try {
    return importUnsafe(typeof text === 'string' ? text : '', options ?? {});
  } catch (error) {
    return {
      story: { title: 'Imported timeline', sources: [{ id: SOURCE_ID, title: 'Imported timeline', publisher: 'TimelineJS import', paragraphs: [] }], events: [] },
      report: [],
      problems: [{ path: '', message: `The timeline could not be imported: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
}
