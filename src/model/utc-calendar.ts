/**
 * Dates in UTC written as Luxon writes them, without Luxon: history-timeline.js draws its first
 * frame before Luxon (21 KB gzipped) has loaded, so date phrases, axis labels and ISO date-times
 * come from here. Every function gives Luxon's exact text (`DateTime.fromMillis(ms, { zone: 'utc',
 * locale, outputCalendar: 'gregory' })`), checked against it over random dates in the tests.
 */

const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Luxon's own English month names (`LLLL`, `LLL`), which it writes for English without Intl. */
export function englishMonth(month: number, length: 'long' | 'short'): string {
  const name = MONTHS_LONG[month - 1];
  return length === 'long' ? name : name.slice(0, 3);
}

/** Luxon's bounds for a valid instant: ±100,000,000 days from the epoch. */
const MAX_MS = 8.64e15;

/** A UTC day's fields from epoch ms: the same year (astronomical), month and day as Luxon's. */
export function utcFields(ms: number): { year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number } {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds() };
}

interface LocaleConfig {
  /** The tag Intl is given: the locale with the Gregorian calendar (and, as Luxon does, the numbering system of a `-u-` tag). */
  intl: string;
  /** Luxon writes this locale's month names and numbers itself, in English. */
  english: boolean;
  /** Numbers in this locale are plain digits (Luxon's "fast numbers"). */
  latinDigits: boolean;
}

const configs = new Map<string, LocaleConfig>();

/** Luxon's `Locale` for a tag with `outputCalendar: 'gregory'`: the Intl tag and its English checks. */
function localeConfig(locale: string): LocaleConfig {
  let config = configs.get(locale);
  if (config) return config;
  let tag = locale;
  const privateUse = tag.indexOf('-x-');
  if (privateUse !== -1) tag = tag.slice(0, privateUse);
  let numbering: string | null = null;
  const unicode = tag.indexOf('-u-');
  if (unicode !== -1) {
    try {
      numbering = new Intl.DateTimeFormat(tag).resolvedOptions().numberingSystem;
    } catch {
      tag = tag.slice(0, unicode);
      numbering = new Intl.DateTimeFormat(tag).resolvedOptions().numberingSystem;
    }
  }
  const intl = `${tag}${tag.includes('-u-') ? '' : '-u'}-ca-gregory${numbering ? `-nu-${numbering}` : ''}`;
  const english = (numbering === null || numbering === 'latn') && (tag === 'en' || tag.toLowerCase() === 'en-us' || new Intl.DateTimeFormat(intl).resolvedOptions().locale.startsWith('en-us'));
  const latinDigits = numbering !== null ? numbering === 'latn' : tag.startsWith('en') || new Intl.DateTimeFormat(tag).resolvedOptions().numberingSystem === 'latn';
  config = { intl, english, latinDigits };
  configs.set(locale, config);
  return config;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** An Intl formatter in UTC and the Gregorian calendar, made once per locale and options. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const intl = localeConfig(locale).intl;
  const key = `${intl}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intl, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** Luxon's `toLocaleString(options)`: the instant written by Intl in the locale, in UTC. */
export function formatUtc(ms: number, locale: string, options: Intl.DateTimeFormatOptions): string {
  // Luxon joins the parts in a fixed-offset zone, and ICU's parts differ from its text in places ("1 г." spaced by U+202F).
  let text = '';
  for (const part of formatter(locale, options).formatToParts(ms)) text += part.value;
  return text;
}

/** Luxon's `toLocaleParts(options)`. */
export function formatUtcParts(ms: number, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatPart[] {
  return formatter(locale, options).formatToParts(ms);
}

/** Luxon's `toFormat('LLLL')` / `toFormat('LLL')`: the stand-alone month name. */
export function monthName(ms: number, locale: string, length: 'long' | 'short'): string {
  if (localeConfig(locale).english) return englishMonth(utcFields(ms).month, length);
  return formatUtcParts(ms, locale, { month: length }).find((part) => part.type === 'month')?.value ?? 'null';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Luxon's `toFormat('d')` and `toFormat('y')`: a whole number in the locale's digits, without grouping. */
export function plainNumber(n: number, locale: string): string {
  const config = localeConfig(locale);
  if (config.latinDigits) return String(n);
  let format = numberFormats.get(config.intl);
  if (!format) {
    format = new Intl.NumberFormat(config.intl, { useGrouping: false });
    numberFormats.set(config.intl, format);
  }
  return format.format(n);
}

/** Whether Luxon writes this locale's months in English by itself (`en`, `en-US`). */
export function writesEnglish(locale: string): boolean {
  return localeConfig(locale).english;
}

const pad = (n: number, width = 2) => (n < 0 ? '-' + String(-n).padStart(width, '0') : String(n).padStart(width, '0'));

/** Luxon's `toISO()` of a UTC instant ("2021-08-15T12:30:00.000Z", "-000043-03-15T00:00:00.000Z"); '' when it is not a valid one. */
export function isoDateTime(ms: number): string {
  if (!(Math.abs(ms) <= MAX_MS)) return '';
  const { year, month, day, hour, minute, second, millisecond } = utcFields(ms);
  const long = year > 9999 || year < 0;
  return `${long && year >= 0 ? '+' : ''}${pad(year, long ? 6 : 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.${pad(millisecond, 3)}Z`;
}

/** `2021-08-15T12:30`, with seconds, fraction and an offset (`Z`, `+02:00`, `+0200`, `+02`) optional; years of 4 digits, or 6 with a sign. */
const ISO_DATE_TIME = /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)T(\d\d)(?::(\d\d)(?::(\d\d)(?:[.,](\d{1,30}))?)?)?(Z|[+-]\d\d(?::?\d\d)?)?$/;

/**
 * An extended ISO date-time as Luxon's `DateTime.fromISO(text, { zone: 'utc' })` reads it, for the
 * forms above (those `isoDateTime` and pages write); null for another form, or a time that is not
 * real. Without an offset, the time is UTC.
 */
export function readIsoDateTime(text: string): number | null {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi = '0', s = '0', fraction, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  // Luxon keeps milliseconds to three digits, cutting (not rounding) the rest.
  const millisecond = fraction ? Math.floor(parseFloat(`0.${fraction}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute || second || millisecond))) return null;
  let offsetMinutes = 0;
  if (offset && offset !== 'Z') {
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = digits.length > 2 ? Number(digits.slice(2)) : 0;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  // As Luxon does: Date.UTC, then years 0–99 put back (Date.UTC reads them as 1900–1999), which also undoes hour 24's next day there.
  let local = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (year >= 0 && year < 100) {
    const date = new Date(local);
    date.setUTCFullYear(year, month - 1, day);
    local = date.getTime();
  }
  const ms = local - offsetMinutes * 60_000;
  return Math.abs(ms) <= MAX_MS ? ms : null;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
