import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../src/model/edtf';
import { instantOfWallClock, isTimeZone, zoneOffsetMs } from '../../src/model/time-zone';

const ok = (text: string, zone?: string) => {
  const r = parseEdtf(text, zone);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (text: string, zone?: string) => {
  const r = parseEdtf(text, zone);
  if (r.ok) throw new Error(`${text} parsed`);
  return r.error;
};

describe('EDTF date-times', () => {
  it('a time with an offset is the instant it names, a minute long', () => {
    const d = ok('2023-08-23T18:04+05:30');
    expect(d.startMs).toBe(Date.UTC(2023, 7, 23, 12, 34));
    expect(d.endMs - d.startMs).toBe(60_000);
    expect(d.precision).toBe('minute');
    expect(d.from).toMatchObject({ year: 2023, month: 8, day: 23, hour: 18, minute: 4 });
    expect(d.from?.second).toBeUndefined();
  });

  it('a time to the second in UTC is a second long', () => {
    const d = ok('2025-03-09T14:05:30Z');
    expect(d.startMs).toBe(Date.UTC(2025, 2, 9, 14, 5, 30));
    expect(d.endMs - d.startMs).toBe(1000);
    expect(d.precision).toBe('second');
    expect(d.from?.second).toBe(30);
  });

  it('offsets west of UTC and in whole hours are read', () => {
    expect(ok('2025-01-01T00:00-05:00').startMs).toBe(Date.UTC(2025, 0, 1, 5));
    expect(ok('2025-01-01T00:00+09').startMs).toBe(Date.UTC(2024, 11, 31, 15));
  });

  it('a day-only date stays a whole day, with no invented midnight', () => {
    const d = ok('2023-08-23', 'Asia/Kolkata');
    expect(d.precision).toBe('day');
    expect(d.endMs - d.startMs).toBe(86_400_000);
    expect(d.from?.hour).toBeUndefined();
  });

  it('a time without an offset needs the story\'s time zone, and the problem says so', () => {
    expect(error('2023-08-23T18:04')).toMatch(/has a time of day but no offset.*timeZone/);
    expect(ok('2023-08-23T18:04', 'Asia/Kolkata').startMs).toBe(Date.UTC(2023, 7, 23, 12, 34));
  });

  it('the same text reads differently in different zones (the cache keeps them apart)', () => {
    expect(ok('2025-06-01T12:00', 'Asia/Tokyo').startMs).toBe(Date.UTC(2025, 5, 1, 3));
    expect(ok('2025-06-01T12:00', 'America/New_York').startMs).toBe(Date.UTC(2025, 5, 1, 16));
  });

  it('intervals of times, and qualifiers after a time', () => {
    const d = ok('2025-03-09T14:00-04:00/2025-03-09T17:30-04:00');
    expect(d.form).toBe('interval');
    expect(d.endMs - d.startMs).toBe(3.5 * 3_600_000 + 60_000);
    expect(ok('2025-03-09T23:20~', 'America/New_York').approximate).toBe(true);
    expect(ok('2025/2025-03-09T23:20Z').precision).toBe('minute');
  });

  it('times that are not real are named', () => {
    expect(error('2023-08-23T24:00Z')).toMatch(/not a real time of day/);
    expect(error('2023-08-23T18:60Z')).toMatch(/not a real time of day/);
    expect(error('2023-08-23T18Z')).toMatch(/not a supported EDTF date/);
    expect(error('2023-08-T18:04Z')).toMatch(/not a supported EDTF date/);
    expect(error('2023-08T18:04Z')).toMatch(/not a supported EDTF date/);
    expect(error('2023-08-23T18:04+15:00')).toMatch(/not a supported EDTF date/);
    expect(error('2023-08-23T18:04:5Z')).toMatch(/not a supported EDTF date/);
  });

  it('a time the clocks skipped is a problem; one they repeated is its first occurrence', () => {
    expect(error('2025-03-09T02:30', 'America/New_York')).toMatch(/did not happen in America\/New_York/);
    expect(ok('2025-11-02T01:30', 'America/New_York').startMs).toBe(Date.UTC(2025, 10, 2, 5, 30));
    expect(ok('2025-11-02T01:30-05:00').startMs).toBe(Date.UTC(2025, 10, 2, 6, 30));
  });

  it('across a daylight-saving change, times keep their true order and spacing', () => {
    const before = ok('2025-03-09T01:30', 'America/New_York');
    const after = ok('2025-03-09T03:30', 'America/New_York');
    expect(after.startMs - before.startMs).toBe(3_600_000);
    const first = ok('2025-11-02T00:45', 'America/New_York');
    const later = ok('2025-11-02T01:15-05:00');
    expect(later.startMs - first.startMs).toBe(1.5 * 3_600_000);
  });
});

describe('time zones through Intl', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Asia/Kolkatta')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(5)).toBe(false);
  });

  it('gives offsets with daylight saving, half hours and the second', () => {
    expect(zoneOffsetMs('Asia/Kolkata', Date.UTC(2023, 7, 23))).toBe(5.5 * 3_600_000);
    expect(zoneOffsetMs('America/New_York', Date.UTC(2025, 0, 1))).toBe(-5 * 3_600_000);
    expect(zoneOffsetMs('America/New_York', Date.UTC(2025, 6, 1))).toBe(-4 * 3_600_000);
    expect(zoneOffsetMs('UTC', Date.UTC(-500, 0, 1))).toBe(0);
  });

  it('finds the instant of a wall clock on either side of a change', () => {
    expect(instantOfWallClock('Europe/London', Date.UTC(2025, 2, 30, 0, 30))).toBe(Date.UTC(2025, 2, 30, 0, 30));
    expect(instantOfWallClock('Europe/London', Date.UTC(2025, 2, 30, 2, 30))).toBe(Date.UTC(2025, 2, 30, 1, 30));
    expect(instantOfWallClock('Europe/London', Date.UTC(2025, 2, 30, 1, 30))).toBeNull();
  });
});
