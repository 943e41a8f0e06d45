import Papa from 'papaparse';
import { parseEdtf } from '../model/edtf';
import { isSafeMediaUrl, type Media } from '../model/media';
import { EVENT_ID_PATTERN } from '../model/validate';
import type { Paragraph, Problem, Source, StoryEventInput, StoryInput } from '../model/types';
import { htmlLinks, htmlToText } from './html-text';
import { draftId } from './event-ids';

/**
 * TimelineJS3 → story. TimelineJS has no sources, so the imported document becomes the one source
 * (publisher "TimelineJS import"); each slide's text, HTML reduced to plain text, is a paragraph,
 * and each event cites its own slide's text. Dates keep the precision of the fields given;
 * `display_date` goes into the dateNote; an image slide's picture, caption and credit become the
 * event's media. What our format cannot hold (video, maps and other embeds, groups, eras,
 * backgrounds, times of day, links) is listed in the report, never dropped silently.
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
}

/** A TimelineJS date as its fields, strings or numbers as they come. */
interface DateFields {
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
interface Slide {
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

const SOURCE_ID = 'timelinejs';

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const VIDEO = /youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|\.mp4(\?|$)|\.webm(\?|$)|\.mov(\?|$)|twitch\.tv|wistia/i;
const IMAGE = /\.(jpe?g|png|gif|webp|svg|avif)(\?|#|$)/i;
// Pages that show a picture, which TimelineJS looks up through their sites' APIs: not a picture URL an <img> can draw.
const IMAGE_PAGE = /flickr\.com|imgur\.com|instagram\.com/i;

/** What a media URL is, for the report: "image", "video embed", "map", "tweet", … */
export function mediaKind(url: string): string {
  if (VIDEO.test(url)) return 'video embed';
  if (/google\.[a-z.]+\/maps|maps\.google\.|openstreetmap\.org/i.test(url)) return 'map';
  if (/(^|\/\/|\.)(twitter\.com|x\.com)\//i.test(url)) return 'tweet';
  if (IMAGE_PAGE.test(url)) return 'image page';
  if (IMAGE.test(url)) return 'image';
  if (/soundcloud\.com|spotify\.com|wikipedia\.org/i.test(url)) return 'embed';
  if (/^\s*</.test(url)) return 'HTML embed';
  return 'media';
}

/** Why a slide's media was not kept as its picture, for the report. */
function notKept(kind: string, url: string): string {
  if (kind === 'image' && isSafeMediaUrl(url)) return `image ${url}: the title slide is not an event, so its picture was not kept`;
  if (kind === 'image') return `image ${url} is not an http(s) or relative URL, so it was not kept`;
  if (kind === 'image page') return `image page ${url}: a page, not a picture file; give the picture's own URL to keep it`;
  return `${kind} ${url} (only pictures are kept)`;
}

/** A whole number in a date field, or null when blank; NaN when it is not a whole number. */
function field(value: unknown): number | null {
  const text = str(value).trim();
  if (text === '') return null;
  return /^-?\d+$/.test(text) ? Number(text) : NaN;
}

/**
 * The EDTF point of TimelineJS date fields at the precision given (year; year and month; year,
 * month and day). TimelineJS writes BCE years as negative numbers with no year zero ("-44" is 44
 * BCE), so they become astronomical years (44 BCE is -0043).
 */
function pointOf(fields: DateFields, path: string, problems: Problem[], report: ReportItem[]): string | null {
  const year = field(fields.year);
  const month = field(fields.month);
  const day = field(fields.day);
  if (year === null) {
    problems.push({ path: `${path}.year`, message: `${path} has no year; TimelineJS needs one, so the slide was skipped.` });
    return null;
  }
  for (const [name, value] of [['year', year], ['month', month], ['day', day]] as const) {
    if (Number.isNaN(value)) {
      problems.push({ path: `${path}.${name}`, message: `${path}.${name} is "${str(fields[name])}", not a whole number; the slide was skipped.` });
      return null;
    }
  }
  if (year === 0 || Math.abs(year) > 9999) {
    problems.push({ path: `${path}.year`, message: `${path}.year ${year} is outside the years our dates can hold (1–9999, or BCE as negative years without a year zero); the slide was skipped.` });
    return null;
  }
  const astronomical = year < 0 ? year + 1 : year;
  const yearText = astronomical < 0 ? `-${String(-astronomical).padStart(4, '0')}` : String(astronomical).padStart(4, '0');
  let edtf = yearText;
  if (month !== null) {
    edtf += `-${String(month).padStart(2, '0')}`;
    if (day !== null) edtf += `-${String(day).padStart(2, '0')}`;
  } else if (day !== null) {
    report.push({ path: `${path}.day`, what: 'day without month', detail: `day ${day} is given without a month, so the date keeps the year only` });
  }
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) {
    problems.push({ path, message: `${path}: ${parsed.error} The slide was skipped.` });
    return null;
  }
  const time = (['hour', 'minute', 'second', 'millisecond'] as const).filter((k) => str(fields[k]).trim() !== '');
  if (time.length > 0) {
    report.push({ path, what: 'time of day', detail: `${time.map((k) => `${k} ${str(fields[k])}`).join(', ')}: our dates end at the day` });
  }
  return edtf;
}

/** Where a field of a slide is: `events[2].media.caption` in JSON, `row 4, Media Caption` in a sheet. */
function at(slide: Slide, jsonPath: string, column: string): string {
  return slide.type === undefined ? `${slide.path}.${jsonPath}` : `${slide.path}, ${column}`;
}

const MEDIA_COLUMNS = { credit: 'Media Credit', caption: 'Media Caption', thumbnail: 'Media Thumbnail', alt: 'Alt Text' };

/**
 * An image slide's picture as our media: its caption and credit as text, its alt text, else its
 * caption, else its headline standing in (a problem asks for real alt text). Undefined when the
 * slide's media is not a picture an <img> can draw.
 */
function pictureOf(slide: Slide, headline: string, problems: Problem[]): Media | undefined {
  const url = slide.media?.url?.trim() ?? '';
  if (!url || mediaKind(url) !== 'image' || !isSafeMediaUrl(url)) return undefined;
  const caption = htmlToText(slide.media?.caption);
  const credit = htmlToText(slide.media?.credit);
  let alt = htmlToText(slide.media?.alt);
  if (!alt) {
    alt = caption || headline;
    const from = caption ? 'caption' : 'headline';
    problems.push({ path: at(slide, 'media.alt', 'Alt Text'), message: `${slide.path}: the picture has no alt text, so its ${from} stands in for it ("${alt}"); say what the picture shows.` });
  }
  const media: Media = { src: url, alt };
  if (caption) media.caption = caption;
  if (credit) media.credit = credit;
  return media;
}

/** Reports what of a slide is not carried over; `kept` is the picture kept as its media, if any. */
function reportSlideExtras(slide: Slide, report: ReportItem[], kept?: Media): void {
  const m = slide.media;
  const url = m?.url?.trim();
  if (url && !kept) report.push({ path: at(slide, 'media', 'Media'), what: mediaKind(url) === 'video embed' ? 'video' : 'media', detail: notKept(mediaKind(url), url) });
  for (const key of ['credit', 'caption', 'thumbnail', 'alt'] as const) {
    if (kept && key !== 'thumbnail') continue;
    const value = m?.[key];
    if (value && value.trim()) report.push({ path: at(slide, `media.${key}`, MEDIA_COLUMNS[key]), what: `media ${key}`, detail: htmlToText(value) || value.trim() });
  }
  if (slide.group && slide.group.trim()) report.push({ path: at(slide, 'group', 'Group'), what: 'group', detail: `"${slide.group.trim()}" (our format has no groups yet)` });
  if (slide.background && slide.background.trim()) report.push({ path: at(slide, 'background', 'Background'), what: 'background', detail: slide.background.trim() });
  for (const link of htmlLinks(slide.text)) report.push({ path: at(slide, 'text', 'Text'), what: 'link', detail: `link to ${link} (kept as its text only)` });
}

function backgroundOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value)) return [str(value.url), str(value.color)].filter(Boolean).join(' ');
  return '';
}

function mediaOf(value: unknown): Slide['media'] {
  if (!isObject(value)) return undefined;
  return { url: str(value.url), credit: str(value.credit), caption: str(value.caption), thumbnail: str(value.thumbnail), alt: str(value.alt) };
}

function dateFieldsOf(value: unknown): DateFields | undefined {
  return isObject(value) ? (value as DateFields) : undefined;
}

/** Slides from TimelineJS3 JSON. */
function slidesFromJson(input: unknown, problems: Problem[], report: ReportItem[]): { title: Slide | null; slides: Slide[] } | null {
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

function timeFields(time: string): Pick<DateFields, 'hour' | 'minute'> {
  const text = time.trim();
  return text ? { hour: text, minute: '' } : {};
}

/** Slides from a TimelineJS spreadsheet saved as CSV. */
function slidesFromCsv(text: string, problems: Problem[], report: ReportItem[]): { title: Slide | null; slides: Slide[]; incomplete: boolean } | null {
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
    const start = slide.start ? pointOf(slide.start, `${slide.path}${slide.type === undefined ? '.start_date' : ''}`, problems, report) : null;
    if (!slide.start) problems.push({ path: slide.path, message: `${slide.path} has no start date; it was skipped.` });
    if (!start) continue;
    let date = start;
    if (slide.end && str(slide.end.year).trim() !== '') {
      const end = pointOf(slide.end, `${slide.path}${slide.type === undefined ? '.end_date' : ' (end)'}`, problems, report);
      if (end && end !== start) {
        const interval = parseEdtf(`${start}/${end}`);
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
    const precision = parseEdtf(date).ok ? (parseEdtf(date) as { ok: true; value: { precision: string } }).value.precision : 'year';
    const dateNote = display
      ? `TimelineJS display date: "${display}". The date fields give ${date} (to the ${precision}).`
      : `From the TimelineJS date fields, to the ${precision}.`;
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
  return { story: { title, sources: [source], events }, report, problems, ...(slides?.incomplete ? { incomplete: true } : {}) };
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
