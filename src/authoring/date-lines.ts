import { edtfOfDay, readDates, type CalendarDay, type DateReading } from './date-readings';
import { looksLikeHeading } from './paragraphs';

/**
 * Date lines of a timeline-format article: a short line that is only a date ("March 10",
 * "MARCH 12, 2023", "Friday, March 10", "March 10 —") reads as a heading, and dates the
 * paragraphs after it until the next date line or a real heading. Their events take the line's
 * date, read with the same tense and publication rules as any month and day, unless a paragraph
 * has a date of its own.
 */

/** A paragraph as drafting and the editor know it: a story paragraph, or its text alone. */
export type ParagraphLike = string | { text: string; role?: string };

export interface DateLine {
  /** Index of the date line among the paragraphs. */
  index: number;
  /** The date as written, without the punctuation that ends the line: "Friday, March 10". */
  text: string;
}

// A dash, colon or comma closing the line belongs to its layout, not its date.
const CLOSING = /[\s,.:;—–-]+$/;
// Longer than any date a line writes out ("Wednesday, September 13, 2023"): a sentence, not a date line.
const MAX_DATE_LINE = 40;

const textOf = (p: ParagraphLike) => (typeof p === 'string' ? p : p.text);
// A story paragraph says whether it is a heading; bare text is read as splitParagraphs reads it.
const isHeading = (p: ParagraphLike) => (typeof p === 'string' ? looksLikeHeading(p.trim()) : p.role === 'heading');
// A line names its month: "Today" or "Friday" alone is a heading about a day, not a date line.
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** The date a line is, written without its closing punctuation, when the whole line is one day or month; null otherwise. */
export function dateLineText(line: string): string | null {
  const text = line.trim().replace(CLOSING, '');
  if (text.length === 0 || text.length > MAX_DATE_LINE || !/^[\p{Lu}\d]/u.test(text) || !MONTH.test(text)) return null;
  // A clock time makes the line a page's time stamp ("5th Dec 2018 13:58"), not a date line.
  if (/\d:\d{2}|\d\s*[ap]\.?m\b/i.test(text)) return null;
  const readings = readDates(text, { year: 2000, month: 1, day: 1 });
  const only = readings.length === 1 ? readings[0] : null;
  return only && only.index === 0 && only.length === text.length && (only.precision === 'day' || only.precision === 'month') ? text : null;
}

/** Which date line dates each paragraph (by index): the last one above it with no real heading between. */
export function dateLinesOver(paragraphs: readonly ParagraphLike[]): { lines: Set<number>; over: Map<number, DateLine> } {
  const lines = new Set<number>();
  const over = new Map<number, DateLine>();
  let current: DateLine | null = null;
  paragraphs.forEach((p, index) => {
    const text = dateLineText(textOf(p));
    if (text) {
      lines.add(index);
      current = { index, text };
      return;
    }
    if (isHeading(p)) current = null;
    else if (current) over.set(index, current);
  });
  return { lines, over };
}

/**
 * Whether the article opens with its own publication day as a date line ("Oct 22, 2022" above the
 * headline of a blog post or a page): that is the page's date stamp, not the first day of a
 * timeline, so it dates no paragraph under it (it still dates a post's opening sentence through
 * dateLineOverTitle). A timeline's first line names an earlier day, or comes after a headline.
 */
export function opensWithItsOwnDay(paragraphs: readonly ParagraphLike[], published: CalendarDay | null): boolean {
  const text = paragraphs.length > 0 ? dateLineText(textOf(paragraphs[0])) : null;
  if (!text || !published || !/\b\d{4}\b/.test(text)) return false;
  const [reading] = readDates(text, published);
  return reading?.edtf === edtfOfDay(published);
}

/** The date line above one paragraph, or null (see dateLinesOver). */
export function dateLineAbove(paragraphs: readonly ParagraphLike[], index: number): DateLine | null {
  return dateLinesOver(paragraphs.slice(0, index + 1)).over.get(index) ?? null;
}

/**
 * The date line a post opens with, above its title: the nearest date line before the paragraph
 * with a heading and only headings between them ("Wednesday, December 5, 2007" / "Former Manager
 * Found Guilty" / the report). It dates the day the post reports, not the paragraphs under its title.
 */
export function dateLineOverTitle(paragraphs: readonly ParagraphLike[], index: number): DateLine | null {
  for (let j = index - 1; j >= 0; j--) {
    const text = dateLineText(textOf(paragraphs[j]));
    // Right above the paragraph it is a timeline's date line, whose paragraphs' own dates win.
    if (text) return j < index - 1 ? { index: j, text } : null;
    if (!isHeading(paragraphs[j])) return null;
  }
  return null;
}

/**
 * The reading of a date line for a sentence under it: the line's date read as if it opened the
 * sentence ("March 10: regulators will meet …"), so the sentence's tense picks the year; the note
 * says the date came from the line. Null when the date needs a publication date that is not given.
 */
export function dateLineReading(line: DateLine, sentence: string, published: CalendarDay | null, at: number): DateReading | null {
  const reading = readDates(`${line.text}: ${sentence}`, published).find((r) => r.index === 0 && r.length === line.text.length);
  if (!reading || (reading.relative && !published)) return null;
  const note = `The paragraph is under the date line '${line.text}'. ${reading.note}`;
  return { ...reading, index: at, length: 0, note, rule: 'date-line' };
}
