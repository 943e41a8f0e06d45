import { describe, expect, test } from 'vitest';
import { validateStory } from '../../../src/model/validate';
// The events' DateTime bounds are Luxon's part of the model.
import '../../../src/model/luxon-dates';
import { parseEdtf } from '../../../src/model/edtf';
import { mulberry32 } from '../../../scripts/synthetic-story';
import { coupStory as story, type Json } from '../../support/validation-stories';

describe('sorting', () => {
  test('events are sorted by calendar start, then end, then their place in the story', () => {
    const s = story();
    const base = s.events[1];
    s.events = [
      { ...base, id: 'c', date: '1994' },
      { ...base, id: 'b', date: '1994' },
      { ...base, id: 'a', date: '1994/1996' },
      { ...base, id: 'z', date: '1993-12-31' },
      { ...base, id: 'y', date: '../1994-01' },
      { ...base, id: 'x', date: '-0043-03-15' },
    ];
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(['x', 'z', 'y', 'c', 'b', 'a']);
  });

  test('an open start sorts at the start of its known end', () => {
    const s = story();
    const base = s.events[1];
    s.events = [
      { ...base, id: 'point', date: '1994-06' },
      { ...base, id: 'open', date: '../1994-01' },
    ];
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(['open', 'point']);
  });
});

describe('sorting many events', () => {
  /** Dates across BCE and CE at every precision, with intervals, open ends and many equal bounds. */
  function manyEvents(count: number, seed: number): Json {
    const random = mulberry32(seed);
    const int = (n: number) => Math.floor(random() * n);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const point = (): string => {
      const year = random() < 0.5 ? int(40) - 20 + 1990 : int(19_999) - 9999;
      const y = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
      const r = random();
      if (r < 0.3) return y;
      if (r < 0.6) return `${y}-${pad(1 + int(12), 2)}`;
      return `${y}-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)}`;
    };
    const s = story();
    const base = s.events[1];
    s.events = Array.from({ length: count }, (_, i) => {
      const r = random();
      const date = r < 0.1 ? `../${point()}` : r < 0.2 ? `${point()}/..` : r < 0.35 ? `${point()}/${point()}` : point();
      // Ids in no particular order, so ties are not already sorted by the input order.
      return { ...base, id: `e${pad((i * 7919) % count, 5)}-${int(1000)}`, date };
    });
    return s;
  }

  test('many events sort by start, then end, then place in the story, as a stable comparison sort would', () => {
    // Both sorting paths: comparison below 4,096 events, radix above.
    for (const [seed, count] of [[1, 300], [2, 3000], [3, 9000]]) {
      const { story: result } = validateStory(manyEvents(count, seed));
      const events = result!.events;
      // Expected from the input's order (not the output's), by an independent clock (Luxon's).
      const place = new Map((manyEvents(count, seed).events as Json[]).map((e, i) => [e.id as string, i]));
      const expected = [...events].sort(
        (a, b) =>
          a.calendar.start.toMillis() - b.calendar.start.toMillis() ||
          a.calendar.end.toMillis() - b.calendar.end.toMillis() ||
          (place.get(a.id) as number) - (place.get(b.id) as number),
      );
      expect(events.length).toBeGreaterThan(count / 3);
      expect(events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    }
  });

  test('no event is lost or duplicated by the sort: the valid ids come out exactly once each', () => {
    // The expected order is built from the input, not from the output, so a lost or repeated event shows.
    for (const [seed, count] of [[4, 300], [5, 5000]]) {
      const input = manyEvents(count, seed);
      const { story: result, problems } = validateStory(input);
      const valid = (input.events as Json[])
        .map((e, place) => ({ id: e.id as string, place, date: parseEdtf(e.date) }))
        .filter((e) => e.date.ok)
        .map((e) => ({ id: e.id, place: e.place, startMs: (e.date as any).value.startMs as number, endMs: (e.date as any).value.endMs as number }));
      valid.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || a.place - b.place);
      expect(result!.events.map((e) => e.id)).toEqual(valid.map((e) => e.id));
      // Every input event is either kept or named by a problem, never both.
      const named = new Set(problems.map((p) => p.eventId));
      expect(valid.length + named.size).toBe(count);
      for (const e of valid) expect(named.has(e.id)).toBe(false);
    }
  });

  test('thousands of events sharing a start sort by span, then by their place in the story', () => {
    // Radix path with long runs of equal bounds; ids run backwards so an id order would show.
    const s = story();
    const base = s.events[1];
    const count = 5000;
    s.events = Array.from({ length: count }, (_, i) => ({ ...base, id: `e${count - i}`, date: i % 2 ? '1994-01-01' : '1994' }));
    const ids = validateStory(s).story!.events.map((e) => e.id);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    // The day (the shorter span) before the year, each group in the story's order.
    const days = s.events.filter((_: Json, i: number) => i % 2).map((e: Json) => e.id);
    const years = s.events.filter((_: Json, i: number) => i % 2 === 0).map((e: Json) => e.id);
    expect(ids).toEqual([...days, ...years]);
  });

  test('thousands of events on two consecutive days, given latest first, sort by day', () => {
    // The start keys are 0 and 1 (days after the earliest): one radix pass that must not be skipped.
    const s = story();
    const base = s.events[1];
    s.events = Array.from({ length: 5000 }, (_, i) => ({ ...base, id: `e${String(i).padStart(4, '0')}`, date: i < 2500 ? '2000-01-02' : '2000-01-01' }));
    const ids = validateStory(s).story!.events.map((e) => e.id);
    expect(ids.slice(0, 2500)).toEqual(s.events.slice(2500).map((e: Json) => e.id));
    expect(ids.slice(2500)).toEqual(s.events.slice(0, 2500).map((e: Json) => e.id));
  });

  test('thousands of events over centuries sort right when the earliest comes last', () => {
    // Starts over 65,536 days apart need two radix passes; the largest start decides how many.
    const s = story();
    const base = s.events[1];
    const years = Array.from({ length: 5000 }, (_, i) => 2100 - (i % 300));
    s.events = years.map((year, i) => ({ ...base, id: `e${String(i).padStart(4, '0')}`, date: String(year) }));
    s.events.push({ ...base, id: 'first', date: '1700' });
    const events = validateStory(s).story!.events;
    expect(events[0].id).toBe('first');
    const starts = events.map((e) => e.calendar.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(events).toHaveLength(5001);
  });

  test('thousands of events whose earliest few share their bounds keep those few in the story\'s order', () => {
    // Radix path with a short run of equal bounds at the very start of the order.
    const s = story();
    const base = s.events[1];
    const firsts = ['f5', 'f4', 'f3', 'f2', 'f1'];
    s.events = [
      ...Array.from({ length: 5000 }, (_, i) => ({ ...base, id: `e${String(i).padStart(4, '0')}`, date: String(2000 + (i % 20)) })),
      ...firsts.map((id) => ({ ...base, id, date: '1900' })),
    ];
    const ids = validateStory(s).story!.events.map((e) => e.id);
    expect(ids).toHaveLength(5005);
    expect(ids.slice(0, 5)).toEqual(firsts);
  });

  test('events that start and end together keep the order the story gives them, whatever their ids', () => {
    const s = story();
    const base = s.events[1];
    for (const order of [['m', 'z', 'a', 'q'], ['z', 'q', 'm', 'a'], ['a', 'm', 'q', 'z'], ['q', 'a', 'z', 'm']]) {
      s.events = order.map((id) => ({ ...base, id, date: '1994-05' }));
      expect(validateStory(s).story!.events.map((e) => e.id), order.join()).toEqual(order);
    }
  });

  test('same-day events given after a later one keep their order among themselves', () => {
    // The article's order: the tower falls, then the search resumes, though "search" sorts first by id.
    const s = story();
    const base = s.events[1];
    s.events = [
      { ...base, id: 'tower-demolished', date: '2021-07-04' },
      { ...base, id: 'report', date: '2021-07-10' },
      { ...base, id: 'search-resumes', date: '2021-07-04' },
      { ...base, id: 'collapse', date: '2021-06-24' },
    ];
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(['collapse', 'tower-demolished', 'search-resumes', 'report']);
  });

  test('a long run of events with equal bounds keeps the story\'s order', () => {
    const s = story();
    const base = s.events[1];
    const ids = Array.from({ length: 200 }, (_, i) => `id-${(i * 37) % 200}`);
    s.events = ids.map((id) => ({ ...base, id, date: '1994' }));
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(ids);
  });

  test('an invalid event left out does not change the order of the others', () => {
    const s = story();
    const base = s.events[1];
    s.events = [
      { ...base, id: 'b', date: '1994' },
      { ...base, id: 'bad', date: 'not a date' },
      { ...base, id: 'a', date: '1994' },
    ];
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(['b', 'a']);
  });

  test('one event and no events sort trivially', () => {
    const s = story();
    s.events = [s.events[0]];
    expect(validateStory(s).story!.events.map((e) => e.id)).toEqual(['protests']);
    s.events = [];
    expect(validateStory(s).story!.events).toEqual([]);
  });
});
