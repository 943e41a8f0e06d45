import { DAY_MS } from '../model/time-constants';
import { daysFromCivil, daysInMonth, parseEdtf } from '../model/edtf';
import type { Candidate } from './document';

/**
 * The review cards in time order, as the timeline will show the events: by start, then end; an
 * event with no valid date yet after the dated ones; ties in the order they were drafted.
 */

const bounds = new Map<string, [number, number]>();
/** A plain year, month or day (with a qualifier): most dates, read here without building a calendar value. */
const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[~?%]?$/;

/** The bounds of a plain date, in days; null for any other form (or a month or day that does not exist). */
function plainBounds(date: string): [number, number] | null {
  const match = PLAIN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : 0, match[3] ? Number(match[3]) : 0];
  if (month > 12 || (match[2] && month < 1) || (match[3] && (day < 1 || day > daysInMonth(year, month)))) return null;
  const start = daysFromCivil(year, month || 1, day || 1);
  const end = day ? start + 1 : month ? daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) : daysFromCivil(year + 1, 1, 1);
  return [start * DAY_MS, end * DAY_MS];
}

/** A date's start and end (ms), read once per date text; an invalid or empty date sorts last. */
function boundsOf(date: string): [number, number] {
  let found = bounds.get(date);
  if (!found) {
    const text = date.trim();
    const parsed = plainBounds(text) ?? parseEdtf(text);
    found = Array.isArray(parsed) ? parsed : parsed.ok ? [parsed.value.startMs, parsed.value.endMs] : [Infinity, Infinity];
    // A bound on what is remembered: dates typed one keystroke at a time would otherwise pile up.
    if (bounds.size > 50_000) bounds.clear();
    bounds.set(date, found);
  }
  return found;
}

export interface CardOrder {
  /** The candidates' ids and dates it was made from, to tell whether it still holds. */
  readonly ids: readonly string[];
  readonly dates: readonly string[];
  /** Indexes into the candidates, in time order. */
  readonly order: readonly number[];
}

/** The time order of `candidates`; `previous` is returned when no id or date changed, so typing a title never sorts 10,000 cards. */
export function timeOrder(candidates: readonly Candidate[], previous?: CardOrder): CardOrder {
  if (
    previous &&
    previous.ids.length === candidates.length &&
    candidates.every((c, i) => c.id === previous.ids[i] && c.date === previous.dates[i])
  ) {
    return previous;
  }
  const keys = candidates.map((c) => boundsOf(c.date));
  const order = candidates.map((_, i) => i).sort((a, b) => keys[a][0] - keys[b][0] || keys[a][1] - keys[b][1] || a - b);
  return { ids: candidates.map((c) => c.id), dates: candidates.map((c) => c.date), order };
}
