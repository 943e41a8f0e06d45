import { parseEdtf } from '../model/edtf';
import type { Candidate } from './document';

/**
 * The review cards in time order, as the timeline will show the events: by start, then end; an
 * event with no valid date yet after the dated ones; ties in the order they were drafted.
 */

const bounds = new Map<string, [number, number]>();

/** A date's start and end (ms), parsed once per date text; an invalid or empty date sorts last. */
function boundsOf(date: string): [number, number] {
  let found = bounds.get(date);
  if (!found) {
    const parsed = parseEdtf(date.trim());
    found = parsed.ok ? [parsed.value.startMs, parsed.value.endMs] : [Infinity, Infinity];
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
