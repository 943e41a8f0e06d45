/**
 * Axis ticks on UTC calendar boundaries: the finest step whose labels fit the width.
 * Tick times are found with plain UTC arithmetic; only the few ticks of a candidate step are
 * labelled, as Luxon writes them (utc-calendar.ts), in the Gregorian calendar whatever the locale's default calendar.
 * Not d3-scale's UTC ticks: they pick a step from a tick count, not from whether the labels fit.
 */
import { fill, messagesFor } from '../i18n';
import { DAY_MS, MONTH_MS, YEAR_MS } from '../model/time-constants';
import { englishMonth, formatUtc } from '../model/utc-calendar';
import type { TimeWindow } from './time-window';

export type TickUnit = 'millennium' | 'century' | 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute';

export interface Tick {
  time: number;
  label: string;
  unit: TickUnit;
}

export interface TickSet {
  unit: TickUnit;
  ticks: Tick[];
  /** The number of units between ticks: minutes for `minute`/`hour`, days for `day`/`week`, months for `month`/`quarter`, years otherwise. */
  step?: number;
  /**
   * For day and week ticks, whose labels omit the year: the year or years the window covers, e.g. "2021" or "2021 – 2022";
   * for hours and minutes, the day or days and the zone ("Sun, 9 Mar 2025 (EDT)").
   */
  context?: string;
}

export interface TickOptions {
  /** Minimum distance between ticks. Default 60. */
  minSpacingPx?: number;
  /** Estimated width of one label character. Default 7. */
  charWidthPx?: number;
  /** Room added to each label's estimated width. Default 12. */
  labelPaddingPx?: number;
  /** The zone hours and minutes are told in; only given, hour and minute ticks are offered (a story with times of day). */
  timeZone?: string;
}

/** Never generate more ticks than this in one call, whatever the width. */
export const MAX_TICKS = 100;

/** Day labels ("15 Aug") repeat after a year, so day and week ticks are only offered for windows up to this span. */
const MAX_DAY_TICK_SPAN = 365 * DAY_MS;
/** 1970-01-05, the first Monday after the epoch, is epoch day 4. */
const MONDAY_OFFSET_DAYS = 4;

export type Kind = 'time' | 'day' | 'month' | 'year';

export interface Step {
  kind: Kind;
  unit: TickUnit;
  /** Minutes, days, months or years. */
  count: number;
  approxMs: number;
}

/** Hours and minutes in a time zone (time-ticks.ts), which come with the later parts: see useTimeTicks. */
export interface TimeTicks {
  /** The steps, finest first, offered before days when the story has times of day. */
  steps: Step[];
  generate(step: Step, w: TimeWindow, limit: number, zone: string): number[] | null;
  label(time: number, locale: string, zone: string): string;
  /** The day or days in view and the zone's name. */
  context(w: TimeWindow, locale: string, zone: string): string;
}

let timeTicks: TimeTicks | null = null;

/** Gives chooseTicks hours and minutes (time-ticks.ts does, on import). */
export function useTimeTicks(ticks: TimeTicks): void {
  timeTicks = ticks;
}

const SUB_YEAR_STEPS: Step[] = [
  { kind: 'day', unit: 'day', count: 1, approxMs: DAY_MS },
  { kind: 'day', unit: 'day', count: 2, approxMs: 2 * DAY_MS },
  { kind: 'day', unit: 'week', count: 7, approxMs: 7 * DAY_MS },
  { kind: 'day', unit: 'week', count: 14, approxMs: 14 * DAY_MS },
  { kind: 'month', unit: 'month', count: 1, approxMs: MONTH_MS },
  { kind: 'month', unit: 'quarter', count: 3, approxMs: 3 * MONTH_MS },
  { kind: 'month', unit: 'month', count: 6, approxMs: 6 * MONTH_MS },
];

function yearUnit(years: number): TickUnit {
  if (years >= 1000) return 'millennium';
  if (years >= 100) return 'century';
  if (years >= 10) return 'decade';
  return 'year';
}

/** Year steps 1, 2, 5, 10, 20, 50, … */
function yearStep(i: number): Step {
  const count = [1, 2, 5][i % 3] * 10 ** Math.floor(i / 3);
  return { kind: 'year', unit: yearUnit(count), count, approxMs: count * YEAR_MS };
}

/** ms of 00:00 UTC on a proleptic Gregorian date; `Date.UTC` would map years 0–99 to 1900–1999. */
function utcMs(year: number, month0: number, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

/** The smallest astronomical year >= `year` that a step of `count` years marks: CE years divisible by the step, or BCE years whose BCE number is. */
function alignYear(year: number, count: number): number {
  if (year <= 0) {
    const bce = Math.floor((1 - year) / count) * count;
    if (bce >= 1) return 1 - bce;
    year = 1;
  }
  return Math.ceil(year / count) * count;
}

function generate(step: Step, w: TimeWindow, limit: number, zone = 'UTC'): number[] | null {
  const times: number[] = [];
  const push = (t: number) => {
    times.push(t);
    return times.length <= limit;
  };
  if (step.kind === 'time') return timeTicks!.generate(step, w, limit, zone);
  if (step.kind === 'day') {
    const offset = step.count % 7 === 0 ? MONDAY_OFFSET_DAYS : 0;
    let day = Math.ceil(w.start / DAY_MS);
    day += (((offset - day) % step.count) + step.count) % step.count;
    for (let t = day * DAY_MS; t < w.end; t += step.count * DAY_MS) if (!push(t)) return null;
    return times;
  }
  const first = new Date(w.start);
  let year = first.getUTCFullYear();
  if (step.kind === 'month') {
    let month = first.getUTCMonth();
    if (utcMs(year, month) < w.start) month++;
    month = Math.ceil(month / step.count) * step.count;
    for (;;) {
      year += Math.floor(month / 12);
      month %= 12;
      const t = utcMs(year, month);
      if (t >= w.end) return times;
      if (!push(t)) return null;
      month += step.count;
    }
  }
  if (utcMs(year, 0) < w.start) year++;
  for (year = alignYear(year, step.count); ; year = alignYear(year + 1, step.count)) {
    const t = utcMs(year, 0);
    if (t >= w.end) return times;
    if (!push(t)) return null;
  }
}

const labelCache = new Map<string, string>();
const LABEL_CACHE_SIZE = 4000;
const numberFormats = new Map<string, Intl.NumberFormat>();

function bceYearLabel(year: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false });
    numberFormats.set(locale, format);
  }
  // The language's words for the era ("44 BCE", "44 av. J.-C.", "۴۴ پیش از میلاد").
  return fill(messagesFor(locale).dateBce, { year: format.format(1 - year) });
}

/**
 * English needs no Intl for these labels: they are written with English month names, which spares
 * the page's first Intl formatter (~15 ms) on the first render. Tests check they equal Intl's.
 */
function isPlainEnglish(locale: string): boolean {
  return locale === 'en' || locale === 'en-US';
}

/** "1994", or "44 BCE" for astronomical year -43 (year 0 is 1 BCE). */
export function formatYear(year: number, locale: string): string {
  if (year <= 0) return bceYearLabel(year, locale);
  if (isPlainEnglish(locale)) return String(year);
  return formatUtc(utcMs(year, 0), locale, { year: 'numeric' });
}

function formatLabel(kind: Kind, time: number, locale: string, zone = 'UTC'): string {
  const key = `${locale}|${kind}|${time}|${zone}`;
  const cached = labelCache.get(key);
  if (cached !== undefined) return cached;
  let label: string;
  if (kind === 'time') {
    label = timeTicks!.label(time, locale, zone);
  } else if (kind === 'year') {
    label = formatYear(new Date(time).getUTCFullYear(), locale);
  } else if (kind === 'month') {
    const date = new Date(time);
    const year = date.getUTCFullYear();
    // Intl drops the era, so a BCE month would read as a CE one.
    label = year <= 0
      ? `${formatUtc(time, locale, { month: 'short' })} ${bceYearLabel(year, locale)}`
      : isPlainEnglish(locale)
        ? `${englishMonth(date.getUTCMonth() + 1, 'short')} ${year}`
        : formatUtc(time, locale, { month: 'short', year: 'numeric' });
  } else {
    const date = new Date(time);
    label = isPlainEnglish(locale) ? `${englishMonth(date.getUTCMonth() + 1, 'short')} ${date.getUTCDate()}` : formatUtc(time, locale, { day: 'numeric', month: 'short' });
  }
  if (labelCache.size >= LABEL_CACHE_SIZE) labelCache.clear();
  labelCache.set(key, label);
  return label;
}

function yearsContext(w: TimeWindow, locale: string): string {
  const first = new Date(w.start).getUTCFullYear();
  const last = new Date(Math.max(w.start, w.end - 1)).getUTCFullYear();
  const a = formatYear(first, locale);
  return first === last ? a : `${a} – ${formatYear(last, locale)}`;
}

/**
 * Ticks for `w` drawn `widthPx` wide: the finest step (days 1, 2, 7, 14; months 1, 3, 6;
 * years 1, 2, 5, 10, 20, 50, …) whose ticks are at least `minSpacingPx` and the widest
 * estimated label apart. Ticks are strictly increasing, inside `[w.start, w.end)`, with unique labels.
 * Multi-year steps mark CE years divisible by the step and BCE years whose BCE number is
 * (so "500 BCE", "400 BCE"), leaving one wider gap across year 0.
 */
export function chooseTicks(w: TimeWindow, widthPx: number, locale: string, options: TickOptions = {}): TickSet {
  const minSpacingPx = options.minSpacingPx ?? 60;
  const charWidthPx = options.charWidthPx ?? 7;
  const labelPaddingPx = options.labelPaddingPx ?? 12;
  const span = w.end - w.start;
  if (!(span > 0) || !(widthPx > 0) || !Number.isFinite(span)) return { unit: 'year', ticks: [] };

  // n ticks need n - 1 gaps of at least minSpacingPx within widthPx.
  const limit = Math.min(MAX_TICKS, Math.floor(widthPx / minSpacingPx) + 1);
  const pxPerMs = widthPx / span;
  const zone = options.timeZone;
  const finest = zone && timeTicks ? timeTicks.steps : [];
  const steps = finest.length + SUB_YEAR_STEPS.length;

  for (let i = 0; ; i++) {
    const step = i < finest.length ? finest[i] : i < steps ? SUB_YEAR_STEPS[i - finest.length] : yearStep(i - steps);
    if ((step.kind === 'day' || step.kind === 'time') && span > MAX_DAY_TICK_SPAN) continue;
    const coarsest = step.approxMs > span;
    // Month lengths vary by up to 8% around approxMs, so only skip steps clearly too fine.
    if (!coarsest && span / step.approxMs > limit * 1.1 + 1) continue;
    const times = generate(step, w, limit, zone);
    if (times && fits(times, step, locale, pxPerMs, widthPx, minSpacingPx, charWidthPx, labelPaddingPx, zone)) {
      return tickSet(times, step, w, locale, zone);
    }
    // Past the window's span a step yields at most one tick; if even that does not fit, show none.
    if (coarsest && (!times || times.length <= 1)) return { unit: step.unit, step: step.count, ticks: [] };
  }
}

function fits(
  times: number[], step: Step, locale: string, pxPerMs: number, widthPx: number,
  minSpacingPx: number, charWidthPx: number, labelPaddingPx: number, zone?: string,
): boolean {
  let widest = 0;
  const seen = new Set<string>();
  for (const t of times) {
    const label = formatLabel(step.kind, t, locale, zone);
    // Times of day repeat from one day to the next: the context line names the days.
    if (seen.has(label) && step.kind !== 'time') return false;
    seen.add(label);
    widest = Math.max(widest, label.length * charWidthPx + labelPaddingPx);
  }
  if (times.length <= 1) return widest <= widthPx;
  const needed = Math.max(minSpacingPx, widest);
  for (let i = 1; i < times.length; i++) {
    if ((times[i] - times[i - 1]) * pxPerMs < needed) return false;
  }
  return true;
}

function tickSet(times: number[], step: Step, w: TimeWindow, locale: string, zone = 'UTC'): TickSet {
  const ticks = times.map((time) => ({ time, label: formatLabel(step.kind, time, locale, zone), unit: step.unit }));
  const set: TickSet = { unit: step.unit, step: step.count, ticks };
  if (step.kind === 'day') set.context = yearsContext(w, locale);
  if (step.kind === 'time') set.context = timeTicks!.context(w, locale, zone);
  return set;
}
