import { messagesFor, provideCatalogs } from '../i18n';
import { OTHER_CATALOGS } from '../i18n/other-catalogs';
import { datePhrase } from '../model/date-phrase';
import { daysInMonth, parseEdtf } from '../model/edtf';
import { canonicalLocale } from '../model/locale';
import '../model/time-phrase';
import { isTimeZone } from '../model/time-zone';
import { CLOCK } from './chrono/times';
import { phraseOf, readDates, type CalendarDay, type StoryZone } from './date-readings';

/**
 * The editor's date field: a date written as people write it, read into the story's EDTF, with
 * how it reads in the page's language ("Reads as: 27 October 2022") or a plain message that says
 * what to type. Pure: the editor shows the result; the field keeps what was typed.
 *
 * Read, in order: EDTF as typed ("2022-10-27", "1996~", "../1994", "1990/1999"); numbers with
 * slashes, dots or dashes in the locale's day/month order ("27/10/2022" in en-GB and fr,
 * "10/27/2022" in en-US; a part over 12 can only be the day); "about 1996"; "2022"; two dates
 * joined by "to" or a dash; and every phrase the drafter reads ("Oct 2022", "October 27, 2022",
 * "27 October 2022", "by 1994", "the 1990s", "last week", "on Thursday"), relative ones only
 * against the publication date. Times of day as the drafter reads them ("23 August 2023 at 6:04
 * pm", "6:04 pm IST"), in the story's zone when they name none; a time alone goes on the card's day.
 */

export interface EverydayDateOptions {
  /** The page's language (BCP 47): the day/month order of numbers and the words of `reads`. */
  locale: string;
  /** The article's publication date, YYYY-MM-DD: what "last week" and "on Thursday" count from. */
  published?: string;
  /** The story's IANA time zone: times typed without one are in it, and times read in it. */
  timeZone?: string;
  /** The card's date (EDTF) before this edit: a time typed alone ("6:04 pm") goes on its day. */
  cardDate?: string;
}

export type EverydayDate = { ok: true; edtf: string; reads: string } | { ok: false; message: string };

const EXAMPLES = '"27 October 2022", "October 2022", "2022", "about 1996", "by 1994" or "the 1990s"';
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "en" reads day first, as the project's dates do ("15 August 2021"); a malformed tag falls back to that. */
function localeOf(locale: string): string {
  const tag = canonicalLocale(locale);
  return !tag || tag === 'en' ? 'en-GB' : tag;
}

/** Whether a locale writes the day before the month in numbers (en-GB, fr, de: yes; en-US: no). */
export function dayFirst(locale: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(localeOf(locale), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2022, 9, 27)));
    return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
  } catch {
    return true;
  }
}

function readsAs(edtf: string, locale: string, timeZone?: string): EverydayDate {
  const parsed = parseEdtf(edtf, timeZone);
  if (!parsed.ok) return { ok: false, message: parsed.error };
  const tag = localeOf(locale);
  // Read in one go, in any language: every catalog is there at once, as for the static HTML.
  provideCatalogs(OTHER_CATALOGS);
  return { ok: true, edtf, reads: datePhrase(parsed.value, tag, messagesFor(tag), timeZone) };
}

/** The story's zone as the drafter takes it, when Intl knows it. */
function storyZoneOf(options: EverydayDateOptions): StoryZone | undefined {
  return options.timeZone && isTimeZone(options.timeZone) ? { zone: options.timeZone, origin: "of the story" } : undefined;
}

/** The day of the card's date ("2023-08-23" of "2023-08-23T18:04+05:30~"), or null when it has none. */
function cardDay(cardDate: string | undefined): string | null {
  return /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(cardDate ?? '')?.[1] ?? null;
}

function publishedDay(published: string | undefined): CalendarDay | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published) || !parseEdtf(published).ok) return null;
  const [year, month, day] = published.split('-').map(Number);
  return { year, month, day };
}

/** "27/10/2022", "10/27/2022", "27.10.2022": day and month in the locale's order unless only one order is a date. */
function numeric(text: string, locale: string): EverydayDate | null {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})$/.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (m[3].length !== 4) return { ok: false, message: `Write the year in full, for example "${m[1]}/${m[2]}/20${m[3].padStart(2, '0').slice(-2)}".` };
  const year = Number(m[3]);
  let [day, month] = dayFirst(locale) ? [a, b] : [b, a];
  // A part over 12 can only be the day ("10/27/2022" in a day-first locale).
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (month < 1 || month > 12) return { ok: false, message: `"${text}" has no month between 1 and 12; type the day, the month and the year, for example "27/10/2022".` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `There is no ${day} ${MONTH_NAMES[month - 1]} ${year}; check the day and the month.` };
  return readsAs(`${pad(year, 4)}-${pad(month)}-${pad(day)}`, locale);
}

// Words that make a date approximate: "about 1996", "around May 2001", "c. 1850", "~1996".
const ABOUT = /^(?:about|around|approximately|approx\.?|roughly|circa|ca\.?|c\.|~)\s*/i;

/** One date (not an interval) as EDTF: the forms above without "to". */
function point(text: string, options: EverydayDateOptions, published: CalendarDay | null): EverydayDate {
  const about = ABOUT.exec(text);
  if (about) {
    const inner = point(text.slice(about[0].length), options, published);
    if (!inner.ok) return inner;
    if (/[~?%/]|\.\./.test(inner.edtf)) return { ok: false, message: `"${text}" is already approximate or a span; type one date after "about", for example "about 1996".` };
    return readsAs(`${inner.edtf}~`, options.locale, options.timeZone);
  }
  const numbers = numeric(text, options.locale);
  if (numbers) return numbers;
  const month = MONTH_NAMES.find((m) => new RegExp(`^(?:in\\s+)?${m.slice(0, 3)}[a-z]*\\.?$`, 'i').test(text));
  if (month && !published) return { ok: false, message: `"${text}" has no year. Add it, for example "${month} 2022".` };
  if (month && !/^in\s/i.test(text)) return point(`in ${text}`, options, published);
  if (/^-?\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:]+(?:Z|[+-][\d:]+)?)?)?)?[~?%]?$|\//.test(text) || /^\.\./.test(text)) {
    const parsed = parseEdtf(text, options.timeZone);
    if (parsed.ok) return readsAs(text, options.locale, options.timeZone);
    if (/^[\d./~?%-]+$/.test(text)) return { ok: false, message: parsed.error };
  }
  const zone = storyZoneOf(options);
  const whole = (words: string) => readDates(words, published, zone).filter((r) => r.index <= 3 && r.index + r.length >= words.replace(/[.\s]+$/, '').length - 1);
  let readings = whole(text);
  const day = cardDay(options.cardDate);
  if (readings.length === 0 && CLOCK.test(text)) {
    // A time alone: on the card's day, written as the drafter reads a day.
    if (!day) return { ok: false, message: `"${text}" is a time of day; type its day too, for example "23 August 2023 at ${text}".` };
    readings = whole(`${text} on ${phraseOf(day)}`);
  }
  const reading = readings.length === 1 ? readings[0] : undefined;
  if (!reading) return { ok: false, message: `"${text}" is not a date this field reads. Type for example ${EXAMPLES}.` };
  if (reading.timeNotKept) {
    const { clock, why } = reading.timeNotKept;
    return { ok: false, message: `"${text}" gives the time ${clock}, but ${why}. Type the zone after the time, for example "${clock} EST", or the day alone.` };
  }
  const noYear = reading.rule === 'past-month' || reading.rule === 'future-month' || reading.rule === 'context-year';
  if (noYear && !published) return { ok: false, message: `"${text}" has no year. Add it, for example "${text} 2022".` };
  if (reading.relative && !published) {
    const why = options.published ? `the publication date "${options.published}" is not a day written YYYY-MM-DD` : 'no publication date is set';
    return { ok: false, message: `"${text}" depends on when the article was published, and ${why}. Set the publication date first, or type the date itself, for example "27 October 2022".` };
  }
  return readsAs(reading.edtf, options.locale, options.timeZone);
}

/**
 * Reads a date typed in the editor: `{ ok: true, edtf, reads }`, or `{ ok: false, message }` in
 * plain words that say what to type.
 */
export function readEverydayDate(text: string, options: EverydayDateOptions): EverydayDate {
  // A full stop or comma typed at the end is dropped, not the ".." of an open end.
  const input = (typeof text === 'string' ? text : '').trim().replace(/\s+/g, ' ').replace(/(?<!\.)\.$|[,;]+$/, '');
  if (!input) return { ok: false, message: `Type a date, for example ${EXAMPLES}.` };
  const published = publishedDay(options.published);
  // "1990 to 1999", "May 2001 – June 2002": two dates; the drafter's phrases ("from 2001 to 2005") are read whole below.
  const span = /^(?!from\b|between\b)(.+?)\s+(?:to|until|till|through|[-–—])\s+(.+)$/i.exec(input);
  if (span) {
    const from = point(span[1], options, published);
    const to = point(span[2], options, published);
    if (from.ok && to.ok) {
      const interval = `${from.edtf}/${to.edtf}`;
      const parsed = parseEdtf(interval, options.timeZone);
      if (!parsed.ok) return { ok: false, message: `"${input}" ends before it starts; put the earlier date first.` };
      return readsAs(interval, options.locale, options.timeZone);
    }
  }
  return point(input, options, published);
}
