/**
 * Hours and minutes on the axis, told on a time zone's wall clock: the story's, or the reader's.
 * They come with the later parts (a story with times of day waits for them before it draws), so
 * the first frame of every other story does without them; on import they join chooseTicks.
 */
import { MINUTE_MS } from '../model/time-constants';
import { formatInZone, zoneName, zoneOffsetMs } from '../model/time-zone';
import { type Step, useTimeTicks } from './ticks';
import type { TimeWindow } from './time-window';

const minutes = (count: number): Step => ({ kind: 'time', unit: count < 60 ? 'minute' : 'hour', count, approxMs: count * MINUTE_MS });

/** Steps of 1, 2, 5, 10, 15 and 30 minutes, and of 1, 3, 6 and 12 hours. */
export const TIME_STEPS: Step[] = [1, 2, 5, 10, 15, 30, 60, 180, 360, 720].map(minutes);

/** Ticks on the zone's wall clock: each aligned to the step in the offset that holds at it, so daylight saving moves no tick off the hour. */
export function wallClockTicks(step: Step, w: TimeWindow, limit: number, zone: string): number[] | null {
  const stepMs = step.count * MINUTE_MS;
  const next = (t: number) => {
    const offset = zoneOffsetMs(zone, t);
    return Math.ceil((t + offset) / stepMs) * stepMs - offset;
  };
  const times: number[] = [];
  for (let t = next(w.start); t < w.end; t = next(t + stepMs)) {
    times.push(t);
    if (times.length > limit) return null;
  }
  return times;
}

/** "6:00 PM" in the zone, or the day ("24 Aug") where a tick falls on its midnight. */
export function timeLabel(time: number, locale: string, zone: string): string {
  const midnight = formatInZone(time, 'en-GB', zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) === '00:00';
  return formatInZone(time, locale, zone, midnight ? { day: 'numeric', month: 'short' } : { hour: 'numeric', minute: '2-digit' });
}

/** The day or days in view, in the zone, with its name: "Sun, 9 Mar 2025 (EDT)". */
export function daysContext(w: TimeWindow, locale: string, zone: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  const first = formatInZone(w.start, locale, zone, options);
  const last = formatInZone(Math.max(w.start, w.end - 1), locale, zone, options);
  return `${first === last ? first : `${first} – ${last}`} (${zoneName(w.start, locale, zone)})`;
}

useTimeTicks({ steps: TIME_STEPS, generate: wallClockTicks, label: timeLabel, context: daysContext });
