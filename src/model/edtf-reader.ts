import type { DateTime } from 'luxon';
import { DAY_MS } from './time-constants';
import type { CalendarDate, CalendarPoint, Precision } from './types';
import { isoDateTime } from './utc-calendar';
import { instantOfWallClock } from './time-zone';
import type { Said } from './validation/problems';

/**
 * Parser for the EDTF subset used by stories:
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (years `-?\d{4}`, astronomical: `0000` is 1 BCE), and Level 0
 * date-times `YYYY-MM-DDThh:mm[:ss][Z|±hh[:mm]]` (without an offset, in the story's time zone),
 * each optionally followed by `?` (uncertain), `~` (approximate) or `%` (both); intervals `A/B`;
 * open ends `../B` and `A/..`. Bounds are integer day arithmetic on the proleptic Gregorian calendar in UTC (the
 * calendar Luxon uses, checked against it in tests); Luxon instants are built only when read, by
 * luxon-dates.ts (which history-timeline.js loads after the first frame, to keep Luxon out of it).
 * No string is ever parsed by `Date`. Not the `edtf` package: it reads all of EDTF into Date-based
 * values; stories need this subset, with bounds as whole days and problems in the story format's words.
 * Its errors say which message and with what (validation/messages.ts has the words): the element's
 * first frame reads dates without them. `parseEdtf` (edtf.ts) writes them.
 */

/** A date read, or why not: a message of validation/messages.ts and what fills it. */
export type EdtfReading = { ok: true; value: CalendarDate } | { ok: false; error: Said };

const OPEN = '..';

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3, second: 4 };

/** Proleptic Gregorian leap years, valid for astronomical (zero and negative) years too. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A year as people write it: `1994`, `800`, `44 BCE` (astronomical year 0 is 1 BCE). */
export function yearLabel(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

/** Epoch milliseconds of a Luxon instant. */
export function toEpochMs(dt: DateTime): number {
  return dt.toMillis();
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (astronomical years, so negative years and
 * year 0 work): Howard Hinnant's `days_from_civil`, in whole numbers.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0..399
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // from 1 March
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// A Luxon DateTime is heavy (~3 µs and a dozen fields) and only needed when a bound is read, so
// getters build it then; one immutable instance per instant is shared across all values.
const instants = new Map<number, DateTime>();
let utcDateTime: ((ms: number) => DateTime) | null = null;

/** Gives the getters `start` and `end` Luxon (luxon-dates.ts does, on import). */
export function useLuxonDateTimes(make: (ms: number) => DateTime): void {
  utcDateTime = make;
}

/** A UTC instant; most bounds are UTC midnights, so `ms / DAY_MS` is mostly a small integer key. */
function instant(ms: number): DateTime {
  if (!utcDateTime) {
    throw new Error(
      "A date's start and end are Luxon DateTimes, which history-timeline.js loads only after a timeline's first frame: " +
        'read startMs and endMs, or import the story model from the package (history-timeline/story).',
    );
  }
  const key = ms / DAY_MS;
  let dt = instants.get(key);
  if (dt === undefined) {
    dt = utcDateTime(ms);
    if (instants.size >= 200_000) instants.clear();
    instants.set(key, dt);
  }
  return dt;
}

const MINUS = 45; // '-'
const T = 84; // 'T'
const QUESTION = 63; // '?'
const TILDE = 126; // '~'
const PERCENT = 37; // '%'

/** A period in ms (exclusive end) whose Luxon bounds are built on first read, never during validation. */
abstract class Bounded {
  abstract readonly startMs: number;
  abstract readonly endMs: number;

  get start(): DateTime {
    return instant(this.startMs);
  }

  get end(): DateTime {
    return instant(this.endMs);
  }

  /** JSON keeps the DateTime bounds it always had, as the ISO strings Luxon writes (without needing Luxon). */
  toJSON(): object {
    return { ...this, start: isoDateTime(this.startMs), end: isoDateTime(this.endMs) };
  }
}

/** One parsed EDTF point; frozen once built, its DateTime bounds are derived on read. */
class Point extends Bounded implements CalendarPoint {
  readonly year: number;
  declare readonly month?: number;
  declare readonly day?: number;
  declare readonly hour?: number;
  declare readonly minute?: number;
  declare readonly second?: number;
  readonly precision: Precision;
  readonly startMs: number;
  readonly endMs: number;
  readonly uncertain: boolean;
  readonly approximate: boolean;

  constructor(year: number, month: number, day: number, precision: Precision, startMs: number, endMs: number, qualifier: number) {
    super();
    this.year = year;
    this.precision = precision;
    this.startMs = startMs;
    this.endMs = endMs;
    this.uncertain = qualifier === QUESTION || qualifier === PERCENT;
    this.approximate = qualifier === TILDE || qualifier === PERCENT;
    if (month !== 0) (this as { month?: number }).month = month;
    if (day !== 0) (this as { day?: number }).day = day;
  }

  /** The wall clock as written (in the offset or zone it was written in). */
  withTime(hour: number, minute: number, second: number): this {
    Object.assign(this, { hour, minute }, this.precision === 'second' ? { second } : null);
    return this;
  }

}

/** One parsed story date; frozen once built, its DateTime bounds are derived on read. */
class DateValue extends Bounded implements CalendarDate {
  readonly edtf: string;
  readonly form: 'point' | 'interval';
  readonly from: CalendarPoint | null;
  readonly to: CalendarPoint | null;
  readonly openStart: boolean;
  readonly openEnd: boolean;
  readonly startMs: number;
  readonly endMs: number;
  readonly precision: Precision;
  readonly uncertain: boolean;
  readonly approximate: boolean;

  constructor(
    edtf: string,
    form: 'point' | 'interval',
    from: CalendarPoint | null,
    to: CalendarPoint | null,
    startMs: number,
    endMs: number,
    precision: Precision,
  ) {
    super();
    this.edtf = edtf;
    this.form = form;
    this.from = from;
    this.to = to;
    this.openStart = from === null;
    this.openEnd = to === null;
    this.startMs = startMs;
    this.endMs = endMs;
    this.precision = precision;
    this.uncertain = (from !== null && from.uncertain) || (to !== null && to.uncertain);
    this.approximate = (from !== null && from.approximate) || (to !== null && to.approximate);
  }

}

type PointResult = { ok: true; value: CalendarPoint } | { ok: false; error: Said };

/** The number written by `count` ASCII digits at `at`, or -1 if any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48; // NaN past the end, which fails the test below
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** `Thh:mm[:ss][Z|±hh[:mm]]`: a time of day and its offset, if written. */
const TIME = /^T(\d\d):(\d\d)(?::(\d\d))?(Z|([+-])(0\d|1[0-4])(?::?([0-5]\d))?)?$/;

/** The instant of a day's time (`TIME`'s match), in its offset or the story's zone; else why not. */
function timeInstant(text: string, dayMs: number, time: RegExpExecArray, zone: string | undefined): number | Said {
  const [, hour, minute, second = 0, offset, sign, offsetHours, offsetMinutes = 0] = time;
  if (+hour > 23 || +minute > 59 || +second > 59) return ['edtfNotTime', text];
  const wall = dayMs + ((+hour * 60 + +minute) * 60 + +second) * 1000;
  if (offset) return wall - (sign === '-' ? -60_000 : 60_000) * (+(offsetHours ?? 0) * 60 + +offsetMinutes);
  if (!zone) return ['edtfNoOffset', text];
  return instantOfWallClock(zone, wall) ?? ['edtfSkipped', text, zone];
}

/** `-?YYYY(-MM(-DD(Thh:mm…)?)?)?[?~%]?`, scanned by hand: a regex and its captures cost more per date. */
function parsePoint(text: string, zone?: string): PointResult {
  const negative = text.charCodeAt(0) === MINUS;
  let i = negative ? 1 : 0;
  const yearDigits = digits(text, i, 4);
  let ok = yearDigits >= 0;
  i += 4;
  let month = -1; // -1: not written
  let day = -1;
  if (ok && text.charCodeAt(i) === MINUS) {
    month = digits(text, i + 1, 2);
    ok = month >= 0;
    i += 3;
    if (ok && text.charCodeAt(i) === MINUS) {
      day = digits(text, i + 1, 2);
      ok = day >= 0;
      i += 3;
    }
  }
  let time: RegExpExecArray | null = null;
  if (ok && day >= 0 && text.charCodeAt(i) === T) {
    const end = text.length - (/[?~%]$/.test(text) ? 1 : 0);
    time = TIME.exec(text.slice(i, end));
    ok = time !== null;
    i = end;
  }
  const qualifier = text.charCodeAt(i);
  if (qualifier === QUESTION || qualifier === TILDE || qualifier === PERCENT) i++;
  if (!ok || i !== text.length) return { ok: false, error: ['edtfUnsupported', text] };
  if (negative && yearDigits === 0) return { ok: false, error: ['edtfYearZero', text] };
  const year = negative ? -yearDigits : yearDigits;
  if (month === -1) {
    const startDay = daysFromCivil(year, 1, 1);
    const endDay = startDay + (isLeapYear(year) ? 366 : 365);
    return { ok: true, value: new Point(year, 0, 0, 'year', startDay * DAY_MS, endDay * DAY_MS, qualifier) };
  }
  if (month < 1 || month > 12) {
    const at = negative ? 6 : 5;
    return { ok: false, error: ['edtfNoMonth', text, text.slice(at, at + 2)] };
  }
  const length = daysInMonth(year, month);
  const monthStartDay = daysFromCivil(year, month, 1);
  if (day === -1) {
    const startMs = monthStartDay * DAY_MS;
    return { ok: true, value: new Point(year, month, 0, 'month', startMs, startMs + length * DAY_MS, qualifier) };
  }
  if (day === 0) return { ok: false, error: ['edtfDayZero', text] };
  if (day > length) return { ok: false, error: ['edtfDayPast', text, month, year, length] };
  const startMs = (monthStartDay + day - 1) * DAY_MS;
  if (!time) return { ok: true, value: new Point(year, month, day, 'day', startMs, startMs + DAY_MS, qualifier) };
  const instant = timeInstant(text, startMs, time, zone);
  if (typeof instant !== 'number') return { ok: false, error: instant };
  const seconds = time[3] !== undefined;
  return { ok: true, value: new Point(year, month, day, seconds ? 'second' : 'minute', instant, instant + (seconds ? 1000 : 60_000), qualifier).withTime(+time[1], +time[2], +time[3]) };
}

function finer(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

function parseUncached(text: string, zone: string | undefined): EdtfReading {
  if (text.length === 0) return { ok: false, error: ['edtfEmpty'] };
  if (/\s/.test(text)) return { ok: false, error: ['edtfWhitespace', text] };
  const slash = text.indexOf('/');
  if (slash === -1) {
    if (text === OPEN) return { ok: false, error: ['edtfOpenAlone'] };
    const p = parsePoint(text, zone);
    if (!p.ok) return { ok: false, error: p.error };
    const v = p.value;
    return { ok: true, value: new DateValue(text, 'point', v, v, v.startMs, v.endMs, v.precision) };
  }
  if (text.indexOf('/', slash + 1) !== -1) return { ok: false, error: ['edtfUnsupported', text] };
  const left = text.slice(0, slash);
  const right = text.slice(slash + 1);
  if (left === '' || right === '') return { ok: false, error: ['edtfEmptyEnd', text] };
  if (left === OPEN && right === OPEN) return { ok: false, error: ['edtfBothOpen'] };
  const from = left === OPEN ? null : parsePoint(left, zone);
  if (from && !from.ok) return { ok: false, error: from.error };
  const to = right === OPEN ? null : parsePoint(right, zone);
  if (to && !to.ok) return { ok: false, error: to.error };
  const a = from ? from.value : null;
  const b = to ? to.value : null;
  if (a && b && b.endMs <= a.startMs) {
    return { ok: false, error: ['edtfBackwards', text, right, left] };
  }
  // At least one end is known here, so the fallbacks never both apply.
  const known = (a ?? b) as CalendarPoint;
  const precision = a && b ? finer(a.precision, b.precision) : known.precision;
  return { ok: true, value: new DateValue(text, 'interval', a, b, (a ?? known).startMs, (b ?? known).endMs, precision) };
}

// Stories repeat dates a lot; results are immutable, so a bounded cache is safe to share.
const CACHE_LIMIT = 100_000;
const cache = new Map<string, EdtfReading>();

/**
 * Read one story date; a time written without an offset is read in `timeZone` (the story's IANA
 * zone), and is a problem without one. Never throws; the error says what is wrong (see parseEdtf).
 */
export function readEdtf(text: string, timeZone?: string): EdtfReading {
  if (typeof text !== 'string') return { ok: false, error: ['edtfNotString'] };
  // Only a time of day can depend on the zone.
  const key = timeZone && text.includes('T') ? `${text} ${timeZone}` : text;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = parseUncached(text, timeZone);
  if (result.ok) {
    Object.freeze(result.value.from);
    Object.freeze(result.value.to);
    Object.freeze(result.value);
  }
  Object.freeze(result);
  if (text.length <= 64) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
  }
  return result;
}
