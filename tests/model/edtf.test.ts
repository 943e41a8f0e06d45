import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DateTime } from 'luxon';
import { daysFromCivil, daysInMonth, parseEdtf } from '../../src/model/edtf';
// The DateTime bounds are Luxon's part of the model (edtf-without-luxon.test.ts: without it).
import '../../src/model/luxon-dates';
import type { CalendarDate } from '../../src/model/types';
import { mulberry32, syntheticStory } from '../../scripts/synthetic-story';

function parse(text: string): CalendarDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.error}`);
  return result.value;
}

function error(text: string): string {
  const result = parseEdtf(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected`);
  return result.error;
}

const iso = (dt: DateTime) => dt.toISO();
const utcMs = (year: number, month = 1, day = 1) =>
  DateTime.fromObject({ year, month, day }, { zone: 'utc' }).toMillis();

describe('EDTF points', () => {
  test('a year-precision date spans the whole year', () => {
    const d = parse('1994');
    expect(d.form).toBe('point');
    expect(d.precision).toBe('year');
    expect(iso(d.start)).toBe('1994-01-01T00:00:00.000Z');
    expect(iso(d.end)).toBe('1995-01-01T00:00:00.000Z');
    expect(d.from).toBe(d.to);
    expect(d.from).toMatchObject({ year: 1994, precision: 'year', uncertain: false, approximate: false });
    expect(d.from?.month).toBeUndefined();
    expect(d.openStart || d.openEnd).toBe(false);
    expect(d.edtf).toBe('1994');
  });

  test('a month-precision date spans the whole month', () => {
    const d = parse('2021-08');
    expect(d.precision).toBe('month');
    expect(d.from).toMatchObject({ year: 2021, month: 8 });
    expect(iso(d.start)).toBe('2021-08-01T00:00:00.000Z');
    expect(iso(d.end)).toBe('2021-09-01T00:00:00.000Z');
  });

  test('December ends at the first instant of the next year', () => {
    expect(iso(parse('1999-12').end)).toBe('2000-01-01T00:00:00.000Z');
    expect(iso(parse('1999-12-31').end)).toBe('2000-01-01T00:00:00.000Z');
  });

  test('a day-precision date spans one UTC day', () => {
    const d = parse('2021-08-15');
    expect(d.precision).toBe('day');
    expect(d.from).toMatchObject({ year: 2021, month: 8, day: 15 });
    expect(iso(d.start)).toBe('2021-08-15T00:00:00.000Z');
    expect(iso(d.end)).toBe('2021-08-16T00:00:00.000Z');
  });

  test('bounds are UTC whatever the local zone', () => {
    const d = parse('2021-03-14');
    expect(d.start.zoneName).toBe('UTC');
    expect(d.end.zoneName).toBe('UTC');
    expect(d.start.toMillis()).toBe(Date.UTC(2021, 2, 14));
    expect(d.end.toMillis() - d.start.toMillis()).toBe(86_400_000);
  });

  test('dates before 1970 have negative instants and correct bounds', () => {
    const d = parse('1969-07-20');
    expect(d.start.toMillis()).toBe(Date.UTC(1969, 6, 20));
    expect(d.start.toMillis()).toBeLessThan(0);
    expect(iso(d.end)).toBe('1969-07-21T00:00:00.000Z');
  });

  test('years below 1000 are four digits in the text and plain numbers in the value', () => {
    const d = parse('0800-12-25');
    expect(d.from).toMatchObject({ year: 800, month: 12, day: 25 });
    expect(d.start.year).toBe(800);
    expect(d.start.toMillis()).toBe(utcMs(800, 12, 25));
    expect(parse('0005').start.year).toBe(5);
  });

  test('negative years are astronomical: -0044-03-15 is the Ides of March, 44 BCE', () => {
    const d = parse('-0043-03-15');
    expect(d.from?.year).toBe(-43);
    expect(d.start.year).toBe(-43);
    expect(d.start.month).toBe(3);
    expect(d.start.day).toBe(15);
    expect(d.start.toMillis()).toBe(utcMs(-43, 3, 15));
    expect(d.end.toMillis() - d.start.toMillis()).toBe(86_400_000);
  });

  test('year 0000 exists and is 1 BCE; it is a leap year', () => {
    const d = parse('0000');
    expect(d.from?.year).toBe(0);
    expect(d.end.toMillis()).toBe(utcMs(1));
    expect(parseEdtf('0000-02-29').ok).toBe(true);
  });

  test('a BCE year spans the whole year', () => {
    const d = parse('-0044');
    expect(d.start.toMillis()).toBe(utcMs(-44));
    expect(d.end.toMillis()).toBe(utcMs(-43));
  });

  test('2024-02-29 is a real leap day', () => {
    const d = parse('2024-02-29');
    expect(iso(d.end)).toBe('2024-03-01T00:00:00.000Z');
  });

  test('2023-02-29 is rejected: February 2023 has 28 days', () => {
    expect(error('2023-02-29')).toBe('"2023-02-29" is not a real day: February 2023 has 28 days.');
  });

  test('1900 is not a leap year and 2000 is', () => {
    expect(parseEdtf('1900-02-29').ok).toBe(false);
    expect(parseEdtf('2000-02-29').ok).toBe(true);
  });

  test('every day of a long span parses to the bounds Luxon computes', () => {
    let day = DateTime.fromObject({ year: 1899, month: 12, day: 1 }, { zone: 'utc' });
    for (let i = 0; i < 800; i++, day = day.plus({ days: 1 })) {
      const d = parse(day.toFormat('yyyy-MM-dd'));
      expect(d.start.toMillis()).toBe(day.toMillis());
      expect(d.end.toMillis()).toBe(day.plus({ days: 1 }).toMillis());
    }
  });
});

describe('EDTF qualifiers', () => {
  test('"?" marks a date uncertain', () => {
    const d = parse('1996?');
    expect(d.uncertain).toBe(true);
    expect(d.approximate).toBe(false);
    expect(d.from).toMatchObject({ uncertain: true, approximate: false });
    expect(iso(d.start)).toBe('1996-01-01T00:00:00.000Z');
  });

  test('"~" marks a date approximate', () => {
    const d = parse('1996-09~');
    expect(d.approximate).toBe(true);
    expect(d.uncertain).toBe(false);
    expect(d.precision).toBe('month');
  });

  test('"%" marks a date both uncertain and approximate', () => {
    const d = parse('1996-09-01%');
    expect(d.uncertain).toBe(true);
    expect(d.approximate).toBe(true);
  });

  test('an interval is uncertain or approximate when either end is', () => {
    expect(parse('1994?/1996')).toMatchObject({ uncertain: true, approximate: false });
    expect(parse('1994/1996?')).toMatchObject({ uncertain: true, approximate: false });
    expect(parse('1994~/..')).toMatchObject({ uncertain: false, approximate: true });
    expect(parse('../1996~')).toMatchObject({ uncertain: false, approximate: true });
    expect(parse('1994/1996')).toMatchObject({ uncertain: false, approximate: false });
  });

  test('a point has only the fields its precision writes', () => {
    expect(Object.keys(parse('2021-08').from!)).not.toContain('day');
    expect(Object.keys(parse('2021').from!)).not.toContain('month');
    expect(parse('2021-08-15').from).toMatchObject({ year: 2021, month: 8, day: 15 });
  });

  test('qualifiers belong to each end of an interval', () => {
    const d = parse('1994?/1996~');
    expect(d.from).toMatchObject({ uncertain: true, approximate: false });
    expect(d.to).toMatchObject({ uncertain: false, approximate: true });
    expect(d.uncertain).toBe(true);
    expect(d.approximate).toBe(true);
  });

  test('more than one qualifier is rejected', () => {
    expect(parseEdtf('1996?~').ok).toBe(false);
  });
});

describe('EDTF intervals', () => {
  test('an interval runs from the start of its first end to the end of its last', () => {
    const d = parse('1992/1996');
    expect(d.form).toBe('interval');
    expect(d.from?.year).toBe(1992);
    expect(d.to?.year).toBe(1996);
    expect(iso(d.start)).toBe('1992-01-01T00:00:00.000Z');
    expect(iso(d.end)).toBe('1997-01-01T00:00:00.000Z');
    expect(d.openStart || d.openEnd).toBe(false);
  });

  test('an interval takes the finest precision of its ends', () => {
    expect(parse('1992/1996-05-03').precision).toBe('day');
    expect(parse('1992-04/1996').precision).toBe('month');
  });

  test('an open start keeps the known end', () => {
    const d = parse('../1994');
    expect(d.form).toBe('interval');
    expect(d.from).toBeNull();
    expect(d.to?.year).toBe(1994);
    expect(d.openStart).toBe(true);
    expect(d.openEnd).toBe(false);
    expect(iso(d.start)).toBe('1994-01-01T00:00:00.000Z');
    expect(iso(d.end)).toBe('1995-01-01T00:00:00.000Z');
    expect(d.precision).toBe('year');
  });

  test('an open end keeps the known start', () => {
    const d = parse('2025-04/..');
    expect(d.from).toMatchObject({ year: 2025, month: 4 });
    expect(d.to).toBeNull();
    expect(d.openStart).toBe(false);
    expect(d.openEnd).toBe(true);
    expect(iso(d.start)).toBe('2025-04-01T00:00:00.000Z');
    expect(iso(d.end)).toBe('2025-05-01T00:00:00.000Z');
    expect(d.precision).toBe('month');
  });

  test('an interval across year 0 spans BCE into CE', () => {
    const d = parse('-0004/0030');
    expect(d.start.toMillis()).toBe(utcMs(-4));
    expect(d.end.toMillis()).toBe(utcMs(31));
  });

  test('an interval whose end lies inside its start period is accepted', () => {
    expect(parseEdtf('1994/1994-06').ok).toBe(true);
    expect(parseEdtf('1994-06/1994').ok).toBe(true);
  });

  test('an interval ending before it starts is rejected', () => {
    expect(error('1996/1992')).toBe('"1996/1992" ends before it starts: 1992 is earlier than 1996.');
    expect(parseEdtf('1994-06-15/1994-06-10').ok).toBe(false);
  });

  test('"../.." is rejected: at least one end must be known', () => {
    expect(error('../..')).toBe('"../.." leaves both ends open: at least one end must be a date.');
  });

  test('an empty end must be written ".."', () => {
    expect(error('1994/')).toBe('"1994/" has an empty end: write ".." for an open end, as in "../1994" or "1994/..".');
    expect(parseEdtf('/1994').ok).toBe(false);
  });

  test('an impossible end of an interval is named', () => {
    expect(error('1994/2023-02-30')).toBe('"2023-02-30" is not a real day: February 2023 has 28 days.');
  });
});

describe('EDTF rejections', () => {
  test('an impossible day is rejected with the length of its month', () => {
    expect(error('2023-02-30')).toBe('"2023-02-30" is not a real day: February 2023 has 28 days.');
    expect(error('2023-04-31')).toBe('"2023-04-31" is not a real day: April 2023 has 30 days.');
  });

  test('month 13 is rejected', () => {
    expect(error('2023-13')).toBe('"2023-13" has no month 13: months run from 01 to 12.');
    expect(parseEdtf('2023-00').ok).toBe(false);
  });

  test('day 00 is rejected', () => {
    expect(error('2023-02-00')).toBe('"2023-02-00" is not a real day: days are numbered from 01.');
  });

  test('an impossible BCE day names the year as BCE', () => {
    expect(error('-0043-02-29')).toBe('"-0043-02-29" is not a real day: February 44 BCE has 28 days.');
  });

  test('an impossible day in a year under 1000 names it as a year, not as a day of the month', () => {
    expect(error('0001-02-29')).toBe('"0001-02-29" is not a real day: February of the year 1 has 28 days.');
    expect(error('0999-04-31')).toBe('"0999-04-31" is not a real day: April of the year 999 has 30 days.');
    expect(error('1000-02-29')).toBe('"1000-02-29" is not a real day: February 1000 has 28 days.');
  });

  test('"-0000" is rejected: year zero has no sign', () => {
    expect(error('-0000')).toBe('"-0000" is not a valid year: year zero (1 BCE) is written "0000", without a minus sign.');
  });

  test('an empty string is rejected with the expected forms', () => {
    expect(error('')).toMatch(/^The date is empty: expected YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  test('whitespace is rejected', () => {
    expect(error(' 1994')).toBe('" 1994" contains whitespace: write the date with no spaces, as in "1994-07-15" or "1992/1996".');
    expect(parseEdtf('1994 /1996').ok).toBe(false);
  });

  test('other forms are rejected with a sentence naming the expected forms', () => {
    for (const text of ['94', '12345', '1994-7', '1994-07-15T00', 'July-1994', '1994-W01', '+1994', '1994-07-15Z']) {
      expect(error(text)).toBe(
        `"${text}" is not a supported EDTF date: expected YYYY, YYYY-MM or YYYY-MM-DD (a leading "-" for years BCE), ` +
          'optionally followed by "?", "~" or "%", or an interval "A/B" where one end may be ".."; a time as in "2023-08-23T18:04Z".',
      );
    }
  });

  test('a non-digit anywhere in a number is rejected: unspecified digits such as 199X are not supported', () => {
    // Characters just below "0" and just above "9" in ASCII, and letters, in each of year, month and day.
    for (const text of ['199X', '199/', '199.', '199:', 'X994', '1994-0X', '1994-1:', '1994-08-1X', '1994-08-/1', '-004X', '1994-08-15/199X']) {
      expect(parseEdtf(text).ok, text).toBe(false);
    }
    expect(error('199X')).toMatch(/^"199X" is not a supported EDTF date: expected YYYY/);
    expect(error('1994-0X')).toMatch(/^"1994-0X" is not a supported EDTF date/);
    expect(error('1994-08-1X')).toMatch(/^"1994-08-1X" is not a supported EDTF date/);
  });

  test('every month is named in an impossible-day error, BCE years as BCE', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    names.forEach((name, i) => {
      expect(error(`2021-${String(i + 1).padStart(2, '0')}-32`)).toMatch(new RegExp(`: ${name} 2021 has \\d\\d days\\.$`));
    });
    expect(error('0000-02-30')).toBe('"0000-02-30" is not a real day: February 1 BCE has 29 days.');
  });

  test('month 00 is named as a month that does not exist', () => {
    expect(error('2023-00')).toBe('"2023-00" has no month 00: months run from 01 to 12.');
    expect(error('-0043-00-01')).toBe('"-0043-00-01" has no month 00: months run from 01 to 12.');
  });

  test('an empty start is named like an empty end', () => {
    expect(error('/1994')).toBe('"/1994" has an empty end: write ".." for an open end, as in "../1994" or "1994/..".');
  });

  test('an invalid start of an interval is named, not only an invalid end', () => {
    expect(error('1994-13/1996')).toBe('"1994-13" has no month 13: months run from 01 to 12.');
    expect(error('1994-02-30/..')).toBe('"1994-02-30" is not a real day: February 1994 has 28 days.');
  });

  test('an interval whose end period is over when its start period begins is rejected', () => {
    // 1994 ends at the first instant of 1995: the end lies entirely before the start.
    expect(error('1995/1994')).toBe('"1995/1994" ends before it starts: 1994 is earlier than 1995.');
    expect(parseEdtf('1994/1994').ok).toBe(true);
  });

  test('a text up to 60 characters is quoted whole in an error; a longer one is clipped to 60 and "…"', () => {
    const sixty = 'x'.repeat(60);
    expect(error(sixty)).toMatch(new RegExp(`^"${sixty}" is not a supported`));
    expect(error(`${sixty}y`)).toMatch(new RegExp(`^"${sixty}…" is not a supported`));
  });

  test('a non-string is rejected with a sentence naming the expected forms', () => {
    expect(error(null as unknown as string)).toMatch(/^The date must be a string: expected YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  test('".." alone and more than two ends are rejected', () => {
    expect(error('..')).toBe('".." alone is not a date: an open end belongs in an interval such as "../1994".');
    expect(error('1990/1992/1994')).toMatch(/^"1990\/1992\/1994" is not a supported EDTF date: expected YYYY/);
  });

  test('a huge input is clipped in the error', () => {
    const message = error('9'.repeat(100_000));
    expect(message.length).toBeLessThan(300);
  });

  test('a non-string is rejected, not thrown', () => {
    expect(parseEdtf(1994 as unknown as string).ok).toBe(false);
  });
});

describe('EDTF results', () => {
  test('the same text gives the same frozen value', () => {
    const a = parse('1994-07-15');
    expect(parse('1994-07-15')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('EDTF bounds as numbers', () => {
  /** Seeded, so a failure names a reproducible date. */
  const seeded = mulberry32;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const yearText = (year: number) => (year < 0 ? `-${pad(-year, 4)}` : pad(year, 4));

  test('days from civil agree with Luxon on random dates, BCE and year 0 included', () => {
    const random = seeded(7);
    for (let i = 0; i < 5000; i++) {
      const year = Math.floor(random() * 19_999) - 9999;
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * daysInMonth(year, month));
      const luxon = DateTime.fromObject({ year, month, day }, { zone: 'utc' }).toMillis();
      expect(daysFromCivil(year, month, day) * 86_400_000, `${year}-${month}-${day}`).toBe(luxon);
    }
  });

  test('days from civil agree with Luxon on every 1 March and 28 February around leap centuries', () => {
    for (const year of [-2000, -401, -400, -101, -100, -4, -1, 0, 1, 4, 100, 400, 1600, 1700, 1900, 2000, 2100, 2400]) {
      for (const [month, day] of [[2, 28], [3, 1], [12, 31], [1, 1]]) {
        const luxon = DateTime.fromObject({ year, month, day }, { zone: 'utc' }).toMillis();
        expect(daysFromCivil(year, month, day) * 86_400_000, `${year}-${month}-${day}`).toBe(luxon);
      }
    }
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(0, 2, 29) + 1).toBe(daysFromCivil(0, 3, 1));
  });

  test('startMs and endMs are the bounds Luxon computes, for random years, months and days', () => {
    const random = seeded(11);
    for (let i = 0; i < 3000; i++) {
      const year = Math.floor(random() * 19_999) - 9999;
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * daysInMonth(year, month));
      const y = yearText(year);
      const first = DateTime.fromObject({ year, month, day }, { zone: 'utc' });
      const cases: [string, DateTime, DateTime][] = [
        [y, first.startOf('year'), first.startOf('year').plus({ years: 1 })],
        [`${y}-${pad(month, 2)}`, first.startOf('month'), first.startOf('month').plus({ months: 1 })],
        [`${y}-${pad(month, 2)}-${pad(day, 2)}`, first, first.plus({ days: 1 })],
      ];
      for (const [text, start, end] of cases) {
        const d = parse(text);
        expect([d.startMs, d.endMs], text).toEqual([start.toMillis(), end.toMillis()]);
        expect([d.from!.startMs, d.from!.endMs], text).toEqual([start.toMillis(), end.toMillis()]);
      }
    }
  });

  test('startMs and endMs are the millis of the DateTime bounds, for points and intervals', () => {
    for (const text of ['1994', '2021-08', '2024-02-29', '0000', '-0043-03-15', '-9999', '9999-12-31', '1992/1996-05-03', '../1994', '2025-04/..']) {
      const d = parse(text);
      expect(d.startMs, text).toBe(d.start.toMillis());
      expect(d.endMs, text).toBe(d.end.toMillis());
      for (const point of [d.from, d.to]) {
        if (point) expect([point.startMs, point.endMs], text).toEqual([point.start.toMillis(), point.end.toMillis()]);
      }
    }
  });

  test('an interval takes its startMs from its first end and its endMs from its last', () => {
    const d = parse('1992-04/1996');
    expect(d.startMs).toBe(utcMs(1992, 4));
    expect(d.endMs).toBe(utcMs(1997));
    expect(parse('../1994').startMs).toBe(utcMs(1994));
    expect(parse('2025-04/..').endMs).toBe(utcMs(2025, 5));
  });

  test('the extreme years have bounds', () => {
    expect(parse('9999').endMs).toBe(utcMs(10000));
    expect(parse('-9999').startMs).toBe(utcMs(-9999));
  });

  test('the DateTime bounds of a frozen value are UTC, read many times, and the same instance', () => {
    const d = parse('1969-07-20');
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.from)).toBe(true);
    expect(d.start.zoneName).toBe('UTC');
    expect(d.start).toBe(d.start);
    expect(d.from!.end).toBe(d.end);
    expect(iso(d.end)).toBe('1969-07-21T00:00:00.000Z');
  });

  test('JSON keeps the ISO bounds alongside the numbers', () => {
    const json = JSON.parse(JSON.stringify(parse('1994/1996-05')));
    expect(json).toMatchObject({
      edtf: '1994/1996-05',
      start: '1994-01-01T00:00:00.000Z',
      end: '1996-06-01T00:00:00.000Z',
      startMs: utcMs(1994),
      endMs: utcMs(1996, 6),
      from: { year: 1994, start: '1994-01-01T00:00:00.000Z', end: '1995-01-01T00:00:00.000Z' },
      to: { year: 1996, month: 5, start: '1996-05-01T00:00:00.000Z', end: '1996-06-01T00:00:00.000Z' },
    });
  });
});

// Contracts that keep validating a large story cheap; no timings, only what work is done.
// Each test loads the model afresh, so no date cache filled by another test (or an earlier run of
// this one) can make it pass: every date here is parsed, and every bound built, for the first time.
describe('the model does no Luxon work until a bound is read', () => {
  let model: { parseEdtf: typeof import('../../src/model/edtf').parseEdtf; validateStory: typeof import('../../src/model/validate').validateStory };

  beforeEach(async () => {
    vi.resetModules();
    const [edtf, validate] = await Promise.all([import('../../src/model/edtf'), import('../../src/model/validate'), import('../../src/model/luxon-dates')]);
    model = { parseEdtf: edtf.parseEdtf, validateStory: validate.validateStory };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  function spyOnLuxon() {
    return [
      vi.spyOn(DateTime, 'fromMillis'),
      vi.spyOn(DateTime, 'fromObject'),
      vi.spyOn(DateTime, 'fromISO'),
      vi.spyOn(DateTime, 'utc'),
    ];
  }

  test('the model is loaded afresh: its date cache starts empty', async () => {
    const first = model.parseEdtf('1994-07-15');
    vi.resetModules();
    const again = (await import('../../src/model/edtf')).parseEdtf('1994-07-15');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  test('validating a story builds no DateTime', () => {
    const input = syntheticStory(2000, 77);
    input.events.push({ ...input.events[0], id: 'bce', date: '-0043-03-15/-0042~' });
    const spies = spyOnLuxon();
    const { story, problems } = model.validateStory(input);
    expect(problems).toEqual([]);
    expect(story!.events).toHaveLength(2001);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  test('parsing a date builds no DateTime; reading a bound builds it once', () => {
    const spies = spyOnLuxon();
    const result = model.parseEdtf('-0812-06-30?');
    if (!result.ok) throw new Error(result.error);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    const first = result.value.start;
    expect(result.value.start).toBe(first);
    expect(first.toMillis()).toBe(result.value.startMs);
    expect(spies[0]).toHaveBeenCalledTimes(1);
  });
});
