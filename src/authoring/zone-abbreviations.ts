import { zoneOffsetMs } from '../model/time-zone';

/**
 * Time zone abbreviations as news writes them ("9:41 am EST", "18:04 IST"), mapped explicitly to
 * the offset they stand for. An abbreviation with several common meanings (IST, CST, BST, AST) is
 * ambiguous: it is read only when the story's zone has one of those offsets on that day, never by
 * guessing. `zone` is the IANA zone whose clocks the abbreviation names, where every place using it
 * keeps the same rules; a story's zone may be taken from it.
 */

export interface ZoneMeaning {
  /** What the abbreviation stands for: "Eastern Standard Time (North America)". */
  name: string;
  /** Minutes east of UTC: -300 for EST. */
  offsetMinutes: number;
  /** The IANA zone it names, when all its places share one zone's rules. */
  zone?: string;
  /** Set on a standard-time name whose zone keeps summer time: EST in August is worth a look. */
  summerName?: string;
}

const meaning = (name: string, offsetMinutes: number, zone?: string, summerName?: string): ZoneMeaning => ({
  name, offsetMinutes, ...(zone ? { zone } : {}), ...(summerName ? { summerName } : {}),
});

/** Every abbreviation read, with its meanings; more than one meaning makes it ambiguous. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, readonly ZoneMeaning[]>> = {
  UTC: [meaning('Coordinated Universal Time', 0, 'UTC')],
  GMT: [meaning('Greenwich Mean Time', 0, 'UTC')],
  EST: [meaning('North American Eastern Standard Time', -300, 'America/New_York', 'EDT')],
  EDT: [meaning('North American Eastern Daylight Time', -240, 'America/New_York')],
  CDT: [meaning('North American Central Daylight Time', -300, 'America/Chicago')],
  // Arizona keeps MST all year and Denver does not, so MST names no one zone.
  MST: [meaning('North American Mountain Standard Time', -420)],
  MDT: [meaning('North American Mountain Daylight Time', -360, 'America/Denver')],
  PST: [meaning('North American Pacific Standard Time', -480, 'America/Los_Angeles', 'PDT')],
  PDT: [meaning('North American Pacific Daylight Time', -420, 'America/Los_Angeles')],
  AKST: [meaning('Alaska Standard Time', -540, 'America/Anchorage', 'AKDT')],
  AKDT: [meaning('Alaska Daylight Time', -480, 'America/Anchorage')],
  HST: [meaning('Hawaii Standard Time', -600, 'Pacific/Honolulu')],
  WET: [meaning('Western European Time', 0)],
  WEST: [meaning('Western European Summer Time', 60)],
  CET: [meaning('Central European Time', 60, 'Europe/Paris', 'CEST')],
  CEST: [meaning('Central European Summer Time', 120, 'Europe/Paris')],
  EET: [meaning('Eastern European Time', 120)],
  EEST: [meaning('Eastern European Summer Time', 180)],
  MSK: [meaning('Moscow Time', 180, 'Europe/Moscow')],
  PKT: [meaning('Pakistan Standard Time', 300, 'Asia/Karachi')],
  WIB: [meaning('Western Indonesia Time', 420, 'Asia/Jakarta')],
  SGT: [meaning('Singapore Time', 480, 'Asia/Singapore')],
  HKT: [meaning('Hong Kong Time', 480, 'Asia/Hong_Kong')],
  JST: [meaning('Japan Standard Time', 540, 'Asia/Tokyo')],
  KST: [meaning('Korea Standard Time', 540, 'Asia/Seoul')],
  // Queensland keeps AEST all year and Sydney does not, so AEST names no one zone.
  AEST: [meaning('Australian Eastern Standard Time', 600)],
  AEDT: [meaning('Australian Eastern Daylight Time', 660, 'Australia/Sydney')],
  NZST: [meaning('New Zealand Standard Time', 720, 'Pacific/Auckland', 'NZDT')],
  NZDT: [meaning('New Zealand Daylight Time', 780, 'Pacific/Auckland')],
  IST: [meaning('India Standard Time', 330, 'Asia/Kolkata'), meaning('Irish Standard Time', 60, 'Europe/Dublin'), meaning('Israel Standard Time', 120, 'Asia/Jerusalem')],
  CST: [meaning('North American Central Standard Time', -360, 'America/Chicago'), meaning('China Standard Time', 480, 'Asia/Shanghai'), meaning('Cuba Standard Time', -300, 'America/Havana')],
  BST: [meaning('British Summer Time', 60, 'Europe/London'), meaning('Bangladesh Standard Time', 360, 'Asia/Dhaka')],
  AST: [meaning('Atlantic Standard Time', -240, 'America/Halifax'), meaning('Arabia Standard Time', 180, 'Asia/Riyadh')],
};

/** An abbreviation as written in a phrase ("EST", "(IST)"), or null: upper case only, as news writes them. */
export const ZONE_WORD = new RegExp(`\\b(${Object.keys(ZONE_ABBREVIATIONS).join('|')})\\b`);

/** "UTC−05:00", "UTC+05:30", "UTC". */
export function utcOffsetText(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export type AbbreviationReading =
  | { ok: true; meaning: ZoneMeaning; /** A reason to check it: EST on a day of summer time. */ caution?: string }
  | { ok: false; why: string };

/**
 * What an abbreviation means at the instant `approxMs` (its wall clock read as UTC is near enough
 * to pick the day): its one meaning, or the one whose offset `storyZone` has then; else why not.
 */
export function readAbbreviation(abbreviation: string, approxMs: number, storyZone?: string): AbbreviationReading {
  const meanings = ZONE_ABBREVIATIONS[abbreviation];
  if (!meanings) return { ok: false, why: `"${abbreviation}" is not a time zone abbreviation the drafter knows` };
  if (meanings.length === 1) {
    const [only] = meanings;
    if (only.summerName && only.zone && zoneOffsetMs(only.zone, approxMs) !== only.offsetMinutes * 60_000) {
      return { ok: true, meaning: only, caution: `${abbreviation} is written for a day when ${only.zone} keeps summer time (${only.summerName}); the time is read as written, ${utcOffsetText(only.offsetMinutes)}, so check which the article means` };
    }
    return { ok: true, meaning: only };
  }
  const list = meanings.map((m) => `${m.name} (${utcOffsetText(m.offsetMinutes)})`).join(', ');
  if (storyZone) {
    const offset = zoneOffsetMs(storyZone, approxMs) / 60_000;
    const match = meanings.find((m) => m.offsetMinutes === offset);
    if (match) return { ok: true, meaning: match };
    return { ok: false, why: `"${abbreviation}" is ambiguous (${list}) and the story's zone ${storyZone} is none of them that day` };
  }
  return { ok: false, why: `"${abbreviation}" is ambiguous (${list}) and the story has no zone to choose by` };
}

// An abbreviation right after a clock time: "9:41 am EST", "18:04 (IST)", "noon GMT".
const ZONE_AFTER_TIME = new RegExp(`(?:\\d|[Nn]oon|[Mm]idnight)(?:\\s*[aApP]\\.?\\s?[mM]\\b\\.?)?\\s*,?\\s*\\(?${ZONE_WORD.source}`, 'g');

/**
 * The one IANA zone the abbreviations after the clock times of a text name, with the abbreviation
 * it came from; null when they name none, several, or an ambiguous one.
 */
export function zoneNamedIn(text: string): { zone: string; abbreviation: string } | null {
  const words = new Set([...text.matchAll(ZONE_AFTER_TIME)].map((m) => m[1]).filter((w) => w in ZONE_ABBREVIATIONS));
  const zones = new Map<string, string>();
  for (const word of words) {
    const meanings = ZONE_ABBREVIATIONS[word];
    if (meanings.length !== 1 || !meanings[0].zone) return null;
    if (!zones.has(meanings[0].zone)) zones.set(meanings[0].zone, word);
  }
  if (zones.size !== 1) return null;
  const [[zone, abbreviation]] = [...zones];
  return { zone, abbreviation };
}
