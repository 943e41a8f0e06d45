/**
 * IANA time zones through Intl.DateTimeFormat's `timeZone` option, not Luxon: a story's
 * offset-less times are validated before the first frame draws, and Luxon (21 KB gzipped) loads
 * after it. Intl carries the same tz database Luxon reads, daylight saving included.
 */

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** A formatter that writes an instant's wall clock in `zone`; throws a RangeError for a zone Intl does not know. */
function wallFormat(zone: string): Intl.DateTimeFormat {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    wallFormats.set(zone, format);
  }
  return format;
}

/** Whether `zone` is a time zone name Intl knows ("Asia/Kolkata", "UTC"). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    wallFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at instant `ms`, in ms (+05:30 is 19,800,000), to the second. */
export function zoneOffsetMs(zone: string, ms: number): number {
  const at = Math.floor(ms / 1000) * 1000;
  const f: Record<string, number> = {};
  let bce = false;
  for (const part of wallFormat(zone).formatToParts(at)) {
    if (part.type === 'era') bce = part.value.startsWith('B');
    else if (part.type !== 'literal') f[part.type] = Number(part.value);
  }
  const d = new Date(0);
  d.setUTCFullYear(bce ? 1 - f.year : f.year, f.month - 1, f.day);
  d.setUTCHours(f.hour, f.minute, f.second);
  return d.getTime() - at;
}

const HALF_DAY_MS = 43_200_000;

/**
 * The instant a wall clock reading in `zone` names, the wall clock given as if it were UTC ms; the
 * earlier instant when clocks were put back (it happens twice), null when they jumped over it.
 */
export function instantOfWallClock(zone: string, wallMs: number): number | null {
  // Any zone's offset changes at most once within a day, so the offsets half a day either side are the candidates.
  for (const offset of [zoneOffsetMs(zone, wallMs - HALF_DAY_MS), zoneOffsetMs(zone, wallMs + HALF_DAY_MS)].sort((a, b) => b - a)) {
    const ms = wallMs - offset;
    if (zoneOffsetMs(zone, ms) === offset) return ms;
  }
  return null;
}

/** The reader's own zone, as the browser names it. */
export function readerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant written by Intl in `locale`'s words, in `zone`, always in the Gregorian calendar. */
export function formatInZone(ms: number, locale: string, zone: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let format = zoneFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, calendar: 'gregory', timeZone: zone });
    zoneFormats.set(key, format);
  }
  return format.format(ms);
}

/** The zone's short name at `ms` as `locale` writes it ("IST", "EDT", "GMT+5:30"). */
export function zoneName(ms: number, locale: string, zone: string): string {
  const key = `${locale}|${zone}|name`;
  let format = zoneFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    zoneFormats.set(key, format);
  }
  return format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? zone;
}
