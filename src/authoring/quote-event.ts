import { parsePublished } from './draft';
import { readDates, type DateReading } from './date-readings';
import { dateLineAbove, dateLineReading } from './date-lines';
import { draftHeadline } from './headlines';
import { splitSentences, type Span } from './sentences';

/**
 * A new event from words a person selected in the article ("New event from this quote"): a
 * headline title drafted from the quote's sentence, and a date from a date phrase in the quote,
 * else in its sentence, else in its paragraph (the nearest; in a long paragraph, the nearest within
 * QUOTE_WINDOW characters), else the date line the paragraph is under (date-lines.ts); null when
 * there is none.
 */

export interface QuoteEventInput {
  /** The article's paragraphs, as text or as story paragraphs. */
  paragraphs: readonly (string | { text: string; role?: string })[];
  /** Index of the quote's paragraph in `paragraphs`. */
  paragraphIndex: number;
  /** The selected words, verbatim in the paragraph. */
  quote: string;
  /** Publication date, YYYY-MM-DD: what "last week" counts from. */
  published?: string;
}

export interface QuoteEvent {
  title: string;
  /** EDTF, or null when no date phrase in or around the quote gives one. */
  date: string | null;
  /** How the date was read, for readers; why there is none when a phrase needs the publication date. */
  dateNote?: string;
  /** Whether the date was stated or inferred, when there is one. */
  dateBasis?: DateReading['basis'];
}

const textOf = (p: string | { text: string; role?: string } | undefined) => (typeof p === 'string' ? p : (p?.text ?? ''));

/** Where the quote is in its paragraph: the first place its words are, ignoring differences of spacing. */
function locate(paragraph: string, quote: string): Span | null {
  const at = paragraph.indexOf(quote);
  if (at !== -1) return { start: at, end: at + quote.length };
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const m = pattern.exec(paragraph);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * How far either side of the quote a long paragraph is read: dates and the title's sentence come
 * from this window, since reading every date of a 100,000-character paragraph takes seconds.
 */
export const QUOTE_WINDOW = 2_000;

/** The window of a long paragraph around the quote, cut at spaces where there are any; the whole of a shorter one. */
function windowAround(paragraph: string, at: Span): Span {
  if (paragraph.length <= 2 * QUOTE_WINDOW + (at.end - at.start)) return { start: 0, end: paragraph.length };
  const from = Math.max(0, at.start - QUOTE_WINDOW);
  const to = Math.min(paragraph.length, at.end + QUOTE_WINDOW);
  const space = paragraph.indexOf(' ', from);
  const lastSpace = paragraph.lastIndexOf(' ', to);
  return {
    start: from === 0 || space === -1 || space >= at.start ? from : space + 1,
    end: to === paragraph.length || lastSpace < at.end ? to : lastSpace,
  };
}

const inside = (r: DateReading, s: Span) => r.index >= s.start && r.index + r.length <= s.end;
const distance = (r: DateReading, s: Span) => (r.index + r.length <= s.start ? s.start - (r.index + r.length) : r.index - s.end);

/** The title and date for a new event from a quote; never throws. */
export function draftEventFromQuote(input: QuoteEventInput): QuoteEvent {
  const paragraph = textOf(input.paragraphs[input.paragraphIndex]);
  const quote = (input.quote ?? '').trim();
  const published = parsePublished(input.published && /^\d{4}-\d{2}-\d{2}$/.test(input.published) ? input.published : undefined, []);
  const found = locate(paragraph, quote);
  const around = found ? windowAround(paragraph, found) : null;
  const text = found && around ? paragraph.slice(around.start, around.end) : quote;
  const span = found && around ? { start: found.start - around.start, end: found.end - around.start } : { start: 0, end: quote.length };
  const sentences = splitSentences(text);
  const first = sentences.find((s) => s.end > span.start) ?? { start: 0, end: text.length };
  const last = [...sentences].reverse().find((s) => s.start < span.end) ?? first;
  const sentence: Span = { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) };
  const readings = readDates(text, published);
  const usable = readings.filter((r) => !r.relative || published);
  const own = usable.find((r) => inside(r, span));
  const nearSentence = usable.filter((r) => inside(r, sentence)).sort((a, b) => distance(a, span) - distance(b, span))[0];
  const nearParagraph = usable.slice().sort((a, b) => distance(a, span) - distance(b, span))[0];
  const line = own ?? nearSentence ?? nearParagraph ? null : dateLineAbove(input.paragraphs, input.paragraphIndex);
  const reading = own ?? nearSentence ?? nearParagraph ?? (line && dateLineReading(line, text.slice(sentence.start, sentence.end), published, sentence.start));

  const shift = sentence.start;
  const inSentence = readings.filter((r) => inside(r, sentence)).map((r) => ({ start: r.index - shift, end: r.index + r.length - shift }));
  // A window that starts inside its paragraph has its own words before the quote to go on.
  const previous = input.paragraphIndex > 0 && !around?.start ? textOf(input.paragraphs[input.paragraphIndex - 1]) : '';
  const title = draftHeadline({
    sentence: text.slice(sentence.start, sentence.end),
    focus: { start: span.start - shift, end: span.end - shift },
    dates: inSentence,
    anchor: reading && reading.length > 0 && inside(reading, sentence) ? { start: reading.index - shift, end: reading.index + reading.length - shift } : undefined,
    before: `${previous} ${text.slice(0, sentence.start)}`.trim(),
  });

  if (!reading) {
    const waiting = readings.find((r) => r.relative && !published && (inside(r, sentence) || inside(r, span)));
    const phrase = waiting?.phrase ?? (published ? undefined : line?.text);
    if (phrase) return { title, date: null, dateNote: `'${phrase}' depends on the publication date, which is not set; set it, or type the date.` };
    return { title, date: null };
  }
  return { title, date: reading.edtf, dateNote: reading.note, dateBasis: reading.basis };
}
