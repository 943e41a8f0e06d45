import { parseEdtf } from '../../model/edtf';
import { type Problem } from '../../model/types';
import { type DateFields, str } from './slides';
import { type ReportItem } from '../timelinejs';

/** A TimelineJS date's fields as EDTF, at the precision given. */

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
export function pointOf(fields: DateFields, path: string, problems: Problem[], report: ReportItem[]): string | null {
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
