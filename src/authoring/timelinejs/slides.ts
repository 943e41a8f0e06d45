import Papa from 'papaparse';
import { type Problem } from '../../model/types';
import { htmlToText } from '../html-text';
import { reportSlideExtras } from './media';
import { type ReportItem } from '../timelinejs';

/** Slides in one shape from TimelineJS3 JSON or its spreadsheet template saved as CSV. */

/** A TimelineJS date as its fields, strings or numbers as they come. */
export interface DateFields {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
  display_date?: unknown;
}

/** One slide in a common shape, from JSON or from a sheet row. */
export interface Slide {
  path: string;
  start?: DateFields;
  end?: DateFields;
  displayDate?: string;
  headline: string;
  text: string;
  uniqueId?: string;
  media?: { url?: string; credit?: string; caption?: string; thumbnail?: string; alt?: string };
  group?: string;
  background?: string;
  type?: string;
}

export const SOURCE_ID = 'timelinejs';

export function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


export function backgroundOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value)) return [str(value.url), str(value.color)].filter(Boolean).join(' ');
  return '';
}

export function mediaOf(value: unknown): Slide['media'] {
  if (!isObject(value)) return undefined;
  return { url: str(value.url), credit: str(value.credit), caption: str(value.caption), thumbnail: str(value.thumbnail), alt: str(value.alt) };
}

export function dateFieldsOf(value: unknown): DateFields | undefined {
  return isObject(value) ? (value as DateFields) : undefined;
}

/** Slides from TimelineJS3 JSON. */
export function slidesFromJson(input: unknown, problems: Problem[], report: ReportItem[]): { title: Slide | null; slides: Slide[] } | null {
  if (!isObject(input)) {
    problems.push({ path: '', message: 'The file is not a TimelineJS timeline: it is not a JSON object.' });
    return null;
  }
  if (!Array.isArray(input.events)) {
    problems.push({ path: 'events', message: 'The file is not a TimelineJS timeline: it has no "events" array.' });
    return null;
  }
  const slideOf = (value: unknown, path: string): Slide | null => {
    if (!isObject(value)) {
      problems.push({ path, message: `${path} is not an object; it was skipped.` });
      return null;
    }
    const text = isObject(value.text) ? value.text : {};
    return {
      path,
      start: dateFieldsOf(value.start_date),
      end: dateFieldsOf(value.end_date),
      displayDate: str(value.display_date) || str(dateFieldsOf(value.start_date)?.display_date),
      headline: str(text.headline),
      text: str(text.text),
      uniqueId: str(value.unique_id),
      media: mediaOf(value.media),
      group: str(value.group),
      background: backgroundOf(value.background),
    };
  };
  const title = input.title === undefined ? null : slideOf(input.title, 'title');
  if (title) reportSlideExtras(title, report);
  const slides = input.events.map((e, i) => slideOf(e, `events[${i}]`)).filter((s): s is Slide => s !== null);
  if (Array.isArray(input.eras)) {
    input.eras.forEach((era, i) => {
      const s = slideOf(era, `eras[${i}]`);
      if (!s) return;
      const span = [s.start?.year, s.end?.year].map(str).filter(Boolean).join('–');
      report.push({ path: `eras[${i}]`, what: 'era', detail: `"${htmlToText(s.headline) || 'untitled'}"${span ? ` (${span})` : ''} (our format has no eras yet)` });
    });
  }
  if (input.scale !== undefined && input.scale !== 'human') report.push({ path: 'scale', what: 'scale', detail: `scale "${str(input.scale)}" is not supported; dates were read as calendar dates` });
  return { title, slides };
}

/** The TimelineJS Google Sheets template's columns. */
export const SHEET_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date',
  'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background', 'Alt Text',
] as const;

/**
 * The sheet's Time column as fields: "9:30 AM", "18:04", "18:04:05", "9 pm". Anything else stays
 * whole in `hour`, so the date step names it as not an hour.
 */
export function timeFields(time: string): Pick<DateFields, 'hour' | 'minute' | 'second'> {
  const text = time.trim();
  if (!text) return {};
  const clock = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?\s?m\.?)?$/i.exec(text);
  if (!clock || (clock[2] === undefined && !clock[4])) return { hour: text };
  let hour = Number(clock[1]);
  const meridiem = clock[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return { hour: text };
  if (meridiem) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  return { hour: String(hour), minute: clock[2] ?? '0', ...(clock[3] !== undefined ? { second: clock[3] } : {}) };
}

/** Slides from a TimelineJS spreadsheet saved as CSV. */
export function slidesFromCsv(text: string, problems: Problem[], report: ReportItem[]): { title: Slide | null; slides: Slide[]; incomplete: boolean } | null {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  let rows = parsed.data;
  // A quote never closed runs to the end of the file, so the last row holds all the rest. Papa names
  // it one row late; it is named here by its row and the line its quote opens on, and left out.
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    const row = rows.length + 1;
    const line = text.slice(0, unclosed.index).split('\n').length;
    problems.push({
      path: `row ${row}`,
      message: `CSV: row ${row} opens a quote on line ${line} that is never closed, so the rest of the file ran into one field; the row and everything after it are left out. Close the quote and import again.`,
    });
    rows = rows.slice(0, -1);
  }
  // A one-column or empty file has no delimiter to detect; the header check below says what is wrong.
  const others = parsed.errors.filter((e) => e.type !== 'Delimiter' && e !== unclosed && !(unclosed && e.row === rows.length));
  for (const e of others.slice(0, 20)) {
    problems.push({ path: e.row !== undefined ? `row ${e.row + 2}` : 'csv', message: `CSV: ${e.message}${e.row !== undefined ? ` (row ${e.row + 2})` : ''}.` });
  }
  const columns = parsed.meta.fields ?? [];
  if (!columns.includes('Year') || !(columns.includes('Headline') || columns.includes('Text'))) {
    problems.push({ path: 'header', message: `The CSV is not a TimelineJS sheet: its header needs at least "Year" and "Headline" or "Text" (found: ${columns.map((c) => `"${c}"`).join(', ') || 'nothing'}).` });
    return null;
  }
  for (const c of columns) if (!(SHEET_COLUMNS as readonly string[]).includes(c) && c !== '') report.push({ path: 'header', what: 'column', detail: `column "${c}" is not a TimelineJS column and was ignored` });
  let title: Slide | null = null;
  const slides: Slide[] = [];
  rows.forEach((row, i) => {
    const get = (name: string) => (typeof row[name] === 'string' ? row[name] : '');
    const path = `row ${i + 2}`;
    const type = get('Type').trim().toLowerCase();
    const slide: Slide = {
      path,
      start: { year: get('Year'), month: get('Month'), day: get('Day'), ...timeFields(get('Time')) },
      end: get('End Year').trim() ? { year: get('End Year'), month: get('End Month'), day: get('End Day'), ...timeFields(get('End Time')) } : undefined,
      displayDate: get('Display Date'),
      headline: get('Headline'),
      text: get('Text'),
      media: { url: get('Media'), credit: get('Media Credit'), caption: get('Media Caption'), thumbnail: get('Media Thumbnail'), alt: get('Alt Text') },
      group: get('Group'),
      background: get('Background'),
      type,
    };
    if (type === 'title') {
      if (title) report.push({ path, what: 'title slide', detail: 'a second title row was ignored' });
      else {
        title = slide;
        reportSlideExtras(slide, report);
      }
      return;
    }
    if (type === 'era') {
      const span = [get('Year'), get('End Year')].filter((s) => s.trim()).join('–');
      report.push({ path, what: 'era', detail: `"${htmlToText(slide.headline) || 'untitled'}"${span ? ` (${span})` : ''} (our format has no eras yet)` });
      return;
    }
    if (type !== '' && type !== 'event') report.push({ path, what: 'type', detail: `type "${get('Type')}" is not a TimelineJS type; the row was read as an event` });
    if (get('Year').trim() === '' && !slide.headline.trim() && !slide.text.trim()) return;
    slides.push(slide);
  });
  return { title, slides, incomplete: unclosed !== undefined };
}
