import { DAY_MS } from '../layout/time-window';

const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: 'year' | 'month' | 'day'): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format;
}

/**
 * How long a stretch of time is, roughly, in the locale's words: "24 years", "8 months",
 * "12 days". Whole years from 18 months up, whole months from 45 days up, else days.
 */
export function durationPhrase(ms: number, locale: string): string {
  if (ms >= 1.5 * YEAR_MS) return unitFormat(locale, 'year').format(Math.round(ms / YEAR_MS));
  if (ms >= 45 * DAY_MS) return unitFormat(locale, 'month').format(Math.round(ms / MONTH_MS));
  return unitFormat(locale, 'day').format(Math.max(1, Math.round(ms / DAY_MS)));
}
