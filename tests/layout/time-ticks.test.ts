import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { compressedAxis } from '../../src/layout/axis-scale';
import { chooseAxisTicks } from '../../src/layout/axis-ticks';
import { buildEventIndex } from '../../src/layout/event-index';
import { chooseTicks } from '../../src/layout/ticks';
import '../../src/layout/time-ticks';
import { padWindow, timeToX } from '../../src/layout/time-window';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('hours and minutes on the axis', () => {
  test('an afternoon in Kolkata is ticked on its own wall clock, with the day and the zone named once', () => {
    // 14:00 to 19:00 IST is 08:30 to 13:30 UTC.
    const set = chooseTicks({ start: utc(2023, 8, 23, 8, 30), end: utc(2023, 8, 23, 13, 30) }, 1000, 'en-GB', { timeZone: 'Asia/Kolkata' });
    expect(set.unit).toBe('minute');
    expect(set.ticks[0].label).toBe('14:00');
    expect(set.ticks.every((t) => (t.time - utc(2023, 8, 23, 8, 30)) % (30 * MINUTE) === 0)).toBe(true);
    expect(set.context).toBe('Wed, 23 Aug 2023 (GMT+5:30)');
  });

  test('ten minutes across the width are ticked by the minute', () => {
    const start = utc(2025, 3, 9, 18, 0);
    const set = chooseTicks({ start, end: start + 10 * MINUTE }, 1280, 'en-US', { timeZone: 'America/New_York' });
    expect(set.unit).toBe('minute');
    expect(set.step).toBe(1);
    expect(set.ticks.map((t) => t.label).slice(0, 3)).toEqual(['2:00 PM', '2:01 PM', '2:02 PM']);
    expect(set.context).toBe('Sun, Mar 9, 2025 (EDT)');
  });

  test('a tick on the zone\'s midnight names the day, and the context spans both days', () => {
    const set = chooseTicks({ start: utc(2023, 8, 23, 12), end: utc(2023, 8, 24, 12) }, 1280, 'en-GB', { timeZone: 'Asia/Kolkata' });
    expect(set.unit).toBe('hour');
    expect(set.ticks.map((t) => t.label)).toContain('24 Aug');
    expect(set.context).toBe('Wed, 23 Aug 2023 – Thu, 24 Aug 2023 (GMT+5:30)');
  });

  test('across the change to daylight saving, every tick is on the hour of the wall clock', () => {
    const set = chooseTicks({ start: utc(2025, 3, 9, 4), end: utc(2025, 3, 9, 10) }, 500, 'en-GB', { timeZone: 'America/New_York' });
    expect(set.ticks.map((t) => t.label)).toEqual(['23:00', '9 Mar', '1:00', '3:00', '4:00', '5:00']);
    // 01:00 EST to 03:00 EDT is one real hour: spacing follows real time.
    expect(set.ticks[3].time - set.ticks[2].time).toBe(HOUR);
  });

  test('a story without times of day keeps its day ticks (no zone given, no hours)', () => {
    const set = chooseTicks({ start: utc(2021, 8, 1), end: utc(2021, 8, 8) }, 1280, 'en');
    expect(set.unit).toBe('day');
  });

  test('the labels do not depend on the machine\'s zone (run under New York and Tokyo)', () => {
    const script = `
      import { chooseTicks } from './src/layout/ticks.ts';
      import './src/layout/time-ticks.ts';
      import { datePhrase } from './src/model/date-phrase.ts';
      import './src/model/time-phrase.ts';
      import { parseEdtf } from './src/model/edtf.ts';
      const set = chooseTicks({ start: ${utc(2023, 8, 23, 8, 30)}, end: ${utc(2023, 8, 23, 13, 30)} }, 1000, 'en-GB', { timeZone: 'Asia/Kolkata' });
      const date = parseEdtf('2023-08-23T18:04', 'Asia/Kolkata').value;
      console.log(JSON.stringify([set.context, set.ticks.map((t) => t.label), datePhrase(date, 'en-IN', undefined, 'Asia/Kolkata')]));`;
    const run = (tz: string) => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout;
    };
    const newYork = run('America/New_York');
    expect(JSON.parse(newYork)[2]).toBe('23 August 2023 at 6:04 pm IST');
    expect(run('Asia/Tokyo')).toBe(newYork);
  });
});

describe('a story from 1992 to one afternoon in 2025', () => {
  const starts = [utc(1992, 1, 1), utc(2025, 3, 9, 18), utc(2025, 3, 9, 18, 40), utc(2025, 3, 9, 21, 5)];
  const ends = [utc(1993, 1, 1), ...starts.slice(1).map((s) => s + MINUTE)];
  const axis = compressedAxis(buildEventIndex(starts.map((start, i) => ({ start, end: ends[i] }))));

  test('the empty decades are one compressed gap, and the afternoon keeps hours when zoomed in', () => {
    expect(axis.gaps).toHaveLength(1);
    const afternoon = padWindow({ start: axis.toAxis(starts[1]), end: axis.toAxis(ends[3]) }, 0.05);
    const ticks = chooseAxisTicks(axis, afternoon, 1280, 'en-US', 'America/New_York');
    expect(ticks.unit).toBe('minute');
    expect(ticks.context).toBe('Sun, Mar 9, 2025 (EDT)');
  });

  test('at the full view the gap\'s length is written, and no axis label runs into another', () => {
    const full = padWindow({ start: axis.toAxis(starts[0]), end: axis.toAxis(ends[3]) }, 0.03);
    for (const width of [360, 800, 1280]) {
      const result = chooseAxisTicks(axis, full, width, 'en-US', 'America/New_York');
      const boxes = result.ticks.map((t) => ({ x0: t.x, x1: t.x + t.label.length * 7 + 12 }));
      for (const b of result.breaks.filter((b) => b.label)) {
        const half = (b.label!.length * 7 + 12) / 2;
        boxes.push({ x0: (b.x0 + b.x1) / 2 - half, x1: (b.x0 + b.x1) / 2 + half });
      }
      expect(result.breaks.some((b) => b.label === '32 years')).toBe(true);
      boxes.sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].x0).toBeGreaterThanOrEqual(boxes[i - 1].x1);
      expect(timeToX(axis.toAxis(starts[3]), full, width)).toBeLessThanOrEqual(width);
    }
  });
});
