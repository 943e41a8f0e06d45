import { daysFromCivil } from '../model/edtf';
import { DAY_MS } from '../model/time-constants';
import { instantOfWallClock, zoneOffsetMs } from '../model/time-zone';
import { TAG, type ParsingResult } from './chrono-extensions';
import { readAbbreviation, utcOffsetText } from './zone-abbreviations';

/**
 * A drafted day with the time of day its phrase writes, as an EDTF date-time with its offset
 * ("2023-08-23T18:04+05:30", "…T23:20-04:00~" for "around 11:20 PM"), or why the time cannot be
 * kept: no zone named or given, an ambiguous abbreviation, a time the clocks skipped. Pure.
 */

/** The zone a story's times are read in when the phrase names none, and where it came from. */
export interface StoryZone {
  /** An IANA zone: "Asia/Kolkata". */
  zone: string;
  /** How the note names its origin: "given for the story", "from 'EST' in the article". */
  origin: string;
}

export type TimeOfDay =
  | { ok: true; edtf: string; precision: 'minute' | 'second'; /** "9:41 am EST, Eastern Standard Time (UTC−05:00)". */ says: string; caution?: string }
  | { ok: false; clock: string; why: string; /** Whether giving the story a zone would settle it. */ wantsZone: boolean };

const pad = (n: number) => String(n).padStart(2, '0');

/** "9:41 am", "11:20 pm", "midnight (00:00)", "noon (12:00)", "9:41:15 am". */
export function clockPhrase(hour: number, minute: number, second?: number): string {
  if (minute === 0 && second === undefined && (hour === 0 || hour === 12)) return hour === 0 ? 'midnight (00:00)' : 'noon (12:00)';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`} ${hour < 12 ? 'am' : 'pm'}`;
}

/** "+05:30", "-04:00"; "Z" for UTC itself. */
export function edtfOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const HALF_DAY_MS = DAY_MS / 2;

/** Whether a wall clock (as if UTC ms) happened twice in `zone`: the hour the clocks were put back. */
export function happensTwice(zone: string, wallMs: number): boolean {
  const offsets = new Set([wallMs - HALF_DAY_MS, wallMs + HALF_DAY_MS].map((ms) => zoneOffsetMs(zone, ms)));
  return [...offsets].filter((offset) => zoneOffsetMs(zone, wallMs - offset) === offset).length > 1;
}

/** The tag value after `tag:`, if the result has one. */
function tagValue(result: ParsingResult, tag: string): string | undefined {
  return [...result.tags()].find((t) => t.startsWith(`${tag}:`))?.slice(tag.length + 1);
}

/** The word that makes the time approximate ("around", "shortly after"), if any. */
export function approximateWord(result: ParsingResult): string | undefined {
  return tagValue(result, TAG.approximateTime);
}

/**
 * The time of day of a chrono result on `day` (YYYY-MM-DD, the day the reading step settled on):
 * in the abbreviation written after it, else in the story's zone; `~` when "around" leads it.
 */
export function timeOfDay(day: string, result: ParsingResult, storyZone: StoryZone | undefined): TimeOfDay {
  const start = result.start;
  const hour = start.get('hour') ?? 0;
  const minute = start.get('minute') ?? 0;
  const second = start.isCertain('second') ? (start.get('second') ?? 0) : undefined;
  const clock = clockPhrase(hour, minute, second);
  const [year, month, date] = day.split('-').map(Number);
  const wallMs = daysFromCivil(year, month, date) * DAY_MS + ((hour * 60 + minute) * 60 + (second ?? 0)) * 1000;
  const abbreviation = tagValue(result, TAG.timeZone);
  let offsetMinutes: number;
  let says: string;
  let caution: string | undefined;
  if (abbreviation) {
    const read = readAbbreviation(abbreviation, wallMs, storyZone?.zone);
    if (!read.ok) return { ok: false, clock, why: read.why, wantsZone: true };
    offsetMinutes = read.meaning.offsetMinutes;
    says = `${clock} ${abbreviation}, ${read.meaning.name} (${utcOffsetText(offsetMinutes)})`;
    caution = read.caution;
  } else {
    const local = result.tags().has(TAG.localTime) ? ' local time' : '';
    if (!storyZone) return { ok: false, clock, why: `it names no time zone${local ? ' for "local time"' : ''} and the story has none`, wantsZone: true };
    const instant = instantOfWallClock(storyZone.zone, wallMs);
    if (instant === null) return { ok: false, clock, why: `${clock} did not happen on that day in ${storyZone.zone}: the clocks skipped it`, wantsZone: false };
    offsetMinutes = (wallMs - instant) / 60_000;
    says = `${clock}${local} in ${storyZone.zone} (${utcOffsetText(offsetMinutes)}, the zone ${storyZone.origin})`;
    if (happensTwice(storyZone.zone, wallMs)) {
      caution = `${clock} happened twice that night in ${storyZone.zone}, as the clocks went back; the first (${utcOffsetText(offsetMinutes)}) is taken`;
    }
  }
  const time = `${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}`;
  const approximate = approximateWord(result) ? '~' : '';
  return { ok: true, edtf: `${day}T${time}${edtfOffset(offsetMinutes)}${approximate}`, precision: second === undefined ? 'minute' : 'second', says, ...(caution ? { caution } : {}) };
}
