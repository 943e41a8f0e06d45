import { parseEdtf } from '../../model/edtf';
import { type Problem } from '../../model/types';
import { type DateFields, str } from './slides';
import { type ReportItem } from '../timelinejs';

/** A TimelineJS date's fields as EDTF, at the precision given, with its time of day in the zone given at import. */

/** A whole number in a date field, or null when blank; NaN when it is not a whole number. */
export function field(value: unknown): number | null {
  const text = str(value).trim();
  if (text === '') return null;
  return /^-?\d+$/.test(text) ? Number(text) : NaN;
}

/**
 * The EDTF point of TimelineJS date fields at the precision given (year; year and month; year,
 * month and day). TimelineJS writes BCE years as negative numbers with no year zero ("-44" is 44
 * BCE), so they become astronomical years (44 BCE is -0043).
 */
export function pointOf(fields: DateFields, path: string, problems: Problem[], report: ReportItem[], timeZone?: string): string | null {
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
  return withTimeOfDay(edtf, fields, path, problems, report, timeZone);
}

const TIME_FIELDS = ['hour', 'minute', 'second', 'millisecond'] as const;
const TIME_LIMITS = { hour: 23, minute: 59, second: 59, millisecond: 999 };

/**
 * A day's EDTF with the fields' time of day (`1853-03-14T09:30`, read in the story's `timeZone`),
 * to the minute, or to the second when one is given. TimelineJS files name no zone, so without
 * `timeZone` the time is reported as not carried over; a time that is not one, or that the clocks
 * skipped, is a problem and the day is kept.
 */
function withTimeOfDay(day: string, fields: DateFields, path: string, problems: Problem[], report: ReportItem[], timeZone: string | undefined): string {
  const given = TIME_FIELDS.filter((k) => str(fields[k]).trim() !== '');
  if (given.length === 0) return day;
  const written = given.map((k) => `${k} ${str(fields[k]).trim()}`).join(', ');
  if (!/^-?\d{4}-\d{2}-\d{2}$/.test(day)) {
    report.push({ path, what: 'time of day', detail: `${written}: a time needs a day, and this date has none` });
    return day;
  }
  const value = (k: (typeof TIME_FIELDS)[number]) => field(fields[k]) ?? 0;
  const bad = given.find((k) => Number.isNaN(value(k)) || value(k) < 0 || value(k) > TIME_LIMITS[k]);
  if (bad) {
    problems.push({ path: `${path}.${bad}`, message: `${path}.${bad} is "${str(fields[bad]).trim()}", not a ${bad} (0–${TIME_LIMITS[bad]}); the time was left out and the day kept.` });
    return day;
  }
  if (!timeZone) {
    report.push({ path, what: 'time of day', detail: `${written}: TimelineJS files name no time zone, so the time was not kept; import with --time-zone Area/City (the zone the times were written in) to keep it` });
    return day;
  }
  if (value('millisecond') !== 0) report.push({ path: `${path}.millisecond`, what: 'millisecond', detail: `millisecond ${value('millisecond')}: our times go to the second` });
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = given.includes('second') ? `:${pad(value('second'))}` : '';
  const dateTime = `${day}T${pad(value('hour'))}:${pad(value('minute'))}${seconds}`;
  const parsed = parseEdtf(dateTime, timeZone);
  if (!parsed.ok) {
    problems.push({ path, message: `${path}: ${parsed.error} The time was left out and the day kept.` });
    return day;
  }
  return dateTime;
}
