import { describe, expect, test } from 'vitest';
import { corroborate, datesAgree, sourcesOf } from '../../src/model/corroboration';
import { parseEdtf } from '../../src/model/edtf';
import type { Citation } from '../../src/model/types';

function date(edtf: string) {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
const agree = (a: string, b: string) => datesAgree(date(a), date(b));
/** Agreement both ways round: the rule is symmetric. */
function expectAgree(a: string, b: string, expected: boolean) {
  expect(agree(a, b), `${a} vs ${b}`).toBe(expected);
  expect(agree(b, a), `${b} vs ${a}`).toBe(expected);
}
const cite = (source: string, date?: string): Citation => ({ source, paragraph: 'p1', quote: 'q', ...(date ? { date } : {}) });

describe('datesAgree: precision', () => {
  test('a date agrees with itself', () => {
    for (const d of ['2021', '2021-04', '2021-04-15', '../1994', '1992/1996', '1996~', '1996?', '-0043-03-15']) expectAgree(d, d, true);
  });
  test('dates that differ only in precision agree: 2021, 2021-04, 2021-04-15', () => {
    expectAgree('2021', '2021-04', true);
    expectAgree('2021', '2021-04-15', true);
    expectAgree('2021-04', '2021-04-15', true);
  });
  test('days a day apart disagree: 13 vs 14 March', () => expectAgree('2023-03-13', '2023-03-14', false));
  test('years a decade apart disagree: 1931 vs 1941', () => expectAgree('1931', '1941', false));
  test('a month and a day outside it disagree, even the next day', () => {
    expectAgree('2021-04', '2021-05-01', false);
    expectAgree('2021-04', '2021-03-31', false);
    expectAgree('2021', '2022-01-01', false);
  });
});

describe('datesAgree: intervals', () => {
  test('a date inside an interval agrees with it; one outside does not', () => {
    expectAgree('1990/1999', '1994', true);
    expectAgree('1990/1999', '1999-12-31', true);
    expectAgree('1990/1999', '2000', false);
    expectAgree('1990/1999', '1989-12', false);
  });
  test('an interval inside another agrees with it', () => expectAgree('2001/2005', '2002/2004', true));
  test('intervals that only overlap disagree: one of their ends differs', () => {
    expectAgree('2021-03-10/2021-03-20', '2021-03-15/2021-03-25', false);
    expectAgree('2001/2005', '2004/2008', false);
  });
  test('an interval and a coarser date that holds it agree', () => expectAgree('2020-01/2020-04', '2020', true));
});

describe('datesAgree: open dates', () => {
  test('an open start holds every date up to its end', () => {
    expectAgree('../1994', '1990', true);
    expectAgree('../1994', '1994-12-31', true);
    expectAgree('../1994', '1995', false);
  });
  test('an open end holds every date from its start on', () => {
    expectAgree('2001/..', '2020-05-01', true);
    expectAgree('2001/..', '2000', false);
  });
  test('"by 1994" and "by 1996" agree: the first holds inside the second', () => expectAgree('../1994', '../1996', true));
  test('an open start and an open end only overlap, so they disagree', () => expectAgree('../1994', '1990/..', false));
});

describe('datesAgree: BCE', () => {
  test('BCE dates compare on the astronomical year line', () => {
    expectAgree('-0043', '-0043-03-15', true);
    expectAgree('-0043', '0043', false);
    expectAgree('-0044', '-0043', false);
    expectAgree('0000', '-0001', false);
  });
  test('an interval across year zero holds the years in between', () => {
    expectAgree('-0010/0010', '0000', true);
    expectAgree('-0010/0010', '-0011', false);
  });
  test('an approximate BCE year reaches the years either side', () => {
    expectAgree('-0043~', '-0044', true);
    expectAgree('-0043~', '-0042', true);
    expectAgree('-0043~', '-0045', false);
  });
});

describe('datesAgree: approximate and uncertain', () => {
  test('an approximate year reaches one year either side: about 1996 agrees with 1995 and 1997', () => {
    expectAgree('1996~', '1995', true);
    expectAgree('1996~', '1997-06-01', true);
    expectAgree('1996~', '1994', false);
    expectAgree('1996~', '1998', false);
  });
  test('an approximate month reaches one month either side, across a year end', () => {
    expectAgree('2020-12~', '2021-01-15', true);
    expectAgree('2020-12~', '2021-02', false);
    expectAgree('2021-01~', '2020-12-31', true);
    expectAgree('2021-01~', '2020-11', false);
    expectAgree('2020-11~', '2020-12-31', true);
    expectAgree('2020-11~', '2021-01-01', false);
  });
  test('an approximate day reaches one day either side', () => {
    expectAgree('2023-03-14~', '2023-03-13', true);
    expectAgree('2023-03-14~', '2023-03-15', true);
    expectAgree('2023-03-14~', '2023-03-12', false);
  });
  test('two approximate dates agree when their reach overlaps', () => {
    expectAgree('1996~', '1997~', true);
    expectAgree('1996~', '1999~', false);
  });
  test('% is approximate too', () => expectAgree('1996%', '1997', true));
  test('an approximate end of an interval widens only that end', () => {
    expectAgree('1990/1995~', '1996', true);
    expectAgree('1990/1995~', '1989', false);
    expectAgree('1990~/1995', '1989', true);
  });
  test('an uncertain date is read as written: 1996? still disagrees with 1997', () => {
    expectAgree('1996?', '1997', false);
    expectAgree('1996?', '1996-05', true);
  });
});

describe('corroborate', () => {
  test('a citation without a date reports the event\'s date', () => {
    const c = corroborate({ date: '2023-03-14', citations: [cite('a'), cite('b')] });
    expect(c.sources).toEqual(['a', 'b']);
    expect(c.readings.map((r) => [r.date, r.sources, r.citations])).toEqual([['2023-03-14', ['a', 'b'], [0, 1]]]);
    expect(c.agree).toBe(true);
    expect(c.conflicts).toEqual([]);
  });

  test('readings group the sources by the date they give, in the order of the first citation that gives it', () => {
    const c = corroborate({ date: '2023-03-14', citations: [cite('a'), cite('b', '2023-03-13'), cite('c', '2023-03-13'), cite('d', '2023-03')] });
    expect(c.readings.map((r) => [r.date, r.sources])).toEqual([
      ['2023-03-14', ['a']],
      ['2023-03-13', ['b', 'c']],
      ['2023-03', ['d']],
    ]);
    expect(c.agree).toBe(false);
    expect(c.conflicts).toEqual([[0, 1]]);
  });

  test('sources that differ only in precision agree', () => {
    const c = corroborate({ date: '2021-04-15', citations: [cite('a', '2021'), cite('b', '2021-04'), cite('c')] });
    expect(c.readings).toHaveLength(3);
    expect(c.agree).toBe(true);
  });

  test('each source is counted once, however many of its paragraphs are cited', () => {
    const c = corroborate({ date: '2021', citations: [cite('a'), cite('a'), cite('b')] });
    expect(c.sources).toEqual(['a', 'b']);
    expect(c.readings[0].sources).toEqual(['a', 'b']);
    expect(c.readings[0].citations).toEqual([0, 1, 2]);
  });

  test('a source that gives two dates is in both readings', () => {
    const c = corroborate({ date: '1931', citations: [cite('a'), cite('a', '1941')] });
    expect(c.readings.map((r) => r.sources)).toEqual([['a'], ['a']]);
    expect(c.agree).toBe(false);
  });

  test('the parsed date of a validated event is used as it is', () => {
    const calendar = date('1931');
    const c = corroborate({ date: '1931', calendar, citations: [cite('a')] });
    expect(c.readings[0].calendar).toBe(calendar);
  });

  test('a date that cannot be read gives no reading; its source still reports the event', () => {
    const c = corroborate({ date: 'not a date', citations: [cite('a'), cite('b', '2023-02-30'), cite('c', '2023')] });
    expect(c.sources).toEqual(['a', 'b', 'c']);
    expect(c.readings.map((r) => r.date)).toEqual(['2023']);
    expect(c.agree).toBe(true);
  });

  test('every pair that cannot both be true is a conflict', () => {
    const c = corroborate({ date: '2023-03-13', citations: [cite('a'), cite('b', '2023-03-14'), cite('c', '2023-03-15')] });
    expect(c.conflicts).toEqual([[0, 1], [0, 2], [1, 2]]);
  });

  test('an event with no citations has no sources and agrees', () => {
    expect(corroborate({ date: '2021', citations: [] })).toEqual({ sources: [], readings: [], agree: true, conflicts: [] });
  });
});

describe('sourcesOf', () => {
  test('names each source once, in citation order, however many of its paragraphs are cited', () => {
    expect(sourcesOf({ citations: [cite('a'), cite('a'), cite('b'), cite('a'), cite('c'), cite('b')] })).toEqual(['a', 'b', 'c']);
    expect(sourcesOf({ citations: [] })).toEqual([]);
  });

  test('are the sources corroborate finds, dates that cannot be read included', () => {
    for (const citations of [[cite('a')], [cite('a', '2021'), cite('b', 'not a date')], [cite('a'), cite('b', '2020'), cite('a', '2019'), cite('c')]]) {
      expect(sourcesOf({ citations })).toEqual(corroborate({ date: '2021', citations }).sources);
    }
  });
});
