import { DateTime, FixedOffsetZone } from 'luxon';
import type { CalendarDate, CalendarPoint, Precision } from './types';

/**
 * Parser for the EDTF subset used by stories:
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (years `-?\d{4}`, astronomical: `0000` is 1 BCE), each optionally
 * followed by `?` (uncertain), `~` (approximate) or `%` (both); intervals `A/B`; open ends `../B`
 * and `A/..`. All calendar math is done with Luxon in UTC; no string is ever parsed by `Date`.
 */

export type EdtfResult = { ok: true; value: CalendarDate } | { ok: false; error: string };

const POINT = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const OPEN = '..';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const EXPECTED =
  'expected YYYY, YYYY-MM or YYYY-MM-DD (a leading "-" for years BCE), optionally followed by ' +
  '"?", "~" or "%", or an interval "A/B" where one end may be ".."';

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

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

/** Epoch milliseconds of a Luxon instant: the only place calendar values become numbers. */
export function toEpochMs(dt: DateTime): number {
  return dt.toMillis();
}

type PointResult = { ok: true; value: CalendarPoint } | { ok: false; error: string };

const UTC = FixedOffsetZone.utcInstance;
const DAY_MS = 86_400_000;

// Luxon's fromObject is the calendar authority but costs ~1 µs; month starts repeat, so cache them.
const monthStarts = new Map<number, number>();

function monthStartMs(year: number, month: number): number {
  const key = year * 12 + (month - 1);
  let ms = monthStarts.get(key);
  if (ms === undefined) {
    ms = DateTime.fromObject({ year, month, day: 1 }, { zone: UTC }).toMillis();
    if (monthStarts.size >= 50_000) monthStarts.clear();
    monthStarts.set(key, ms);
  }
  return ms;
}

// A Luxon DateTime is heavy (~3 µs and a dozen fields); a day's end is the next day's start,
// and periods share year and month bounds, so one immutable instance per instant is shared.
const instants = new Map<number, DateTime>();

/** A UTC instant; UTC days are exactly 86,400,000 ms long, so day offsets are plain sums. */
function instant(ms: number): DateTime {
  const key = ms / DAY_MS; // every bound is a UTC midnight, so this is a small integer key
  let dt = instants.get(key);
  if (dt === undefined) {
    dt = DateTime.fromMillis(ms, { zone: UTC });
    if (instants.size >= 200_000) instants.clear();
    instants.set(key, dt);
  }
  return dt;
}

function parsePoint(text: string): PointResult {
  const m = POINT.exec(text);
  if (!m) return { ok: false, error: `"${clip(text)}" is not a supported EDTF date: ${EXPECTED}.` };
  const [, sign, yearDigits, monthDigits, dayDigits, qualifier] = m;
  if (sign === '-' && yearDigits === '0000') {
    return { ok: false, error: `"${text}" is not a valid year: year zero (1 BCE) is written "0000", without a minus sign.` };
  }
  const year = (sign === '-' ? -1 : 1) * Number(yearDigits);
  let precision: Precision = 'year';
  let month: number | undefined;
  let day: number | undefined;
  let start: DateTime;
  let end: DateTime;
  if (monthDigits === undefined) {
    start = instant(monthStartMs(year, 1));
    end = instant(monthStartMs(year + 1, 1));
  } else {
    month = Number(monthDigits);
    if (month < 1 || month > 12) {
      return { ok: false, error: `"${text}" has no month ${monthDigits}: months run from 01 to 12.` };
    }
    const startOfMonth = monthStartMs(year, month);
    if (dayDigits === undefined) {
      precision = 'month';
      start = instant(startOfMonth);
      end = instant(month === 12 ? monthStartMs(year + 1, 1) : monthStartMs(year, month + 1));
    } else {
      day = Number(dayDigits);
      const length = daysInMonth(year, month);
      if (day === 0) {
        return { ok: false, error: `"${text}" is not a real day: days are numbered from 01.` };
      }
      if (day > length) {
        return {
          ok: false,
          error: `"${text}" is not a real day: ${MONTH_NAMES[month - 1]} ${yearLabel(year)} has ${length} days.`,
        };
      }
      precision = 'day';
      start = instant(startOfMonth + (day - 1) * DAY_MS);
      end = instant(startOfMonth + day * DAY_MS);
    }
  }
  if (!start.isValid || !end.isValid) {
    return { ok: false, error: `"${text}" could not be placed on the calendar.` };
  }
  const point: CalendarPoint = {
    year,
    precision,
    start,
    end,
    uncertain: qualifier === '?' || qualifier === '%',
    approximate: qualifier === '~' || qualifier === '%',
  };
  if (month !== undefined) point.month = month;
  if (day !== undefined) point.day = day;
  return { ok: true, value: point };
}

function finer(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

function parseUncached(text: string): EdtfResult {
  if (text.length === 0) return { ok: false, error: `The date is empty: ${EXPECTED}.` };
  if (/\s/.test(text)) {
    return { ok: false, error: `"${clip(text)}" contains whitespace: write the date with no spaces, as in "1994-07-15" or "1992/1996".` };
  }
  const slash = text.indexOf('/');
  if (slash === -1) {
    if (text === OPEN) return { ok: false, error: `".." alone is not a date: an open end belongs in an interval such as "../1994".` };
    const p = parsePoint(text);
    if (!p.ok) return { ok: false, error: p.error };
    const v = p.value;
    return {
      ok: true,
      value: {
        edtf: text, form: 'point', from: v, to: v, openStart: false, openEnd: false,
        start: v.start, end: v.end, precision: v.precision, uncertain: v.uncertain, approximate: v.approximate,
      },
    };
  }
  if (text.indexOf('/', slash + 1) !== -1) {
    return { ok: false, error: `"${clip(text)}" is not a supported EDTF date: ${EXPECTED}.` };
  }
  const left = text.slice(0, slash);
  const right = text.slice(slash + 1);
  if (left === '' || right === '') {
    return { ok: false, error: `"${clip(text)}" has an empty end: write ".." for an open end, as in "../1994" or "1994/..".` };
  }
  if (left === OPEN && right === OPEN) {
    return { ok: false, error: `"../.." leaves both ends open: at least one end must be a date.` };
  }
  const from = left === OPEN ? null : parsePoint(left);
  if (from && !from.ok) return { ok: false, error: from.error };
  const to = right === OPEN ? null : parsePoint(right);
  if (to && !to.ok) return { ok: false, error: to.error };
  const a = from ? from.value : null;
  const b = to ? to.value : null;
  if (a && b && b.end.toMillis() <= a.start.toMillis()) {
    return { ok: false, error: `"${text}" ends before it starts: ${right} is earlier than ${left}.` };
  }
  // At least one end is known here, so the fallbacks never both apply.
  const known = (a ?? b) as CalendarPoint;
  const start = (a ?? known).start;
  const end = (b ?? known).end;
  const precision = a && b ? finer(a.precision, b.precision) : known.precision;
  return {
    ok: true,
    value: {
      edtf: text, form: 'interval', from: a, to: b, openStart: a === null, openEnd: b === null,
      start, end, precision,
      uncertain: (a?.uncertain ?? false) || (b?.uncertain ?? false),
      approximate: (a?.approximate ?? false) || (b?.approximate ?? false),
    },
  };
}

const MAX_SHOWN = 60;

/** A huge input is clipped so an error stays one readable line. */
function clip(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

// Stories repeat dates a lot; results are immutable, so a bounded cache is safe to share.
const CACHE_LIMIT = 100_000;
const cache = new Map<string, EdtfResult>();

/** Parse one story date. Never throws; the error is one sentence naming what is wrong. */
export function parseEdtf(text: string): EdtfResult {
  if (typeof text !== 'string') return { ok: false, error: `The date must be a string: ${EXPECTED}.` };
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parseUncached(text);
  if (result.ok) {
    Object.freeze(result.value.from);
    Object.freeze(result.value.to);
    Object.freeze(result.value);
  }
  Object.freeze(result);
  if (text.length <= 64) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
  }
  return result;
}
