import { monthPhrase } from './date-phrase';
import type { CalendarPoint, TimelineEvent } from './types';

const EN_DASH = '\u2013';

function yearText(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

/** A bound as coarse as a title card needs: the year when only the year is known, else the month. */
function boundText(point: CalendarPoint | null, ms: number, locale: string): string {
  return point?.precision === 'year' ? yearText(point.year) : monthPhrase(ms, locale);
}

/**
 * The span a story's events cover, from the earliest start to the latest end, each end as
 * precise as its event but never finer than a month: "1992 – July 2025", or one period alone.
 * Empty for no events.
 */
export function storySpan(events: readonly TimelineEvent[], locale = 'en'): string {
  if (events.length === 0) return '';
  let first = events[0];
  let last = events[0];
  for (const event of events) {
    if (event.calendar.startMs < first.calendar.startMs) first = event;
    if (event.calendar.endMs > last.calendar.endMs) last = event;
  }
  const from = boundText(first.calendar.from ?? first.calendar.to, first.calendar.startMs, locale);
  const to = boundText(last.calendar.to ?? last.calendar.from, last.calendar.endMs - 1, locale);
  return from === to ? from : `${from} ${EN_DASH} ${to}`;
}

/** The title card's count and span: "16 events, 1992 – July 2025", "1 event, 1994", "No events". */
export function storySummary(events: readonly TimelineEvent[], locale = 'en'): string {
  if (events.length === 0) return 'No events';
  return `${events.length} ${events.length === 1 ? 'event' : 'events'}, ${storySpan(events, locale)}`;
}
