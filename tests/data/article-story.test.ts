import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseEdtf } from '../../src/model/edtf';
import { validateStory } from '../../src/model/validate';
// The events' DateTime bounds are Luxon's part of the model.
import '../../src/model/luxon-dates';
import type { CalendarDate, CalendarPoint, StoryEventInput, StoryInput } from '../../src/model/types';

const dataFile = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
const articleLines = readFileSync(dataFile('russia-recognizes-taliban.article.txt'), 'utf8').split('\n');
const story = JSON.parse(readFileSync(dataFile('russia-recognizes-taliban.story.json'), 'utf8')) as StoryInput;
const [source] = story.sources;
const paragraphs = new Map(source.paragraphs.map((p) => [p.id, p]));

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
/** Phrases that date relative to the article, and the year offset each stands for. */
const RELATIVE_YEARS: Record<string, number> = { 'this year': 0, 'last year': -1 };

function calendar(event: StoryEventInput): CalendarDate {
  const parsed = parseEdtf(event.date);
  if (!parsed.ok) throw new Error(`${event.id}: ${parsed.error}`);
  return parsed.value;
}

function publishedPoint(): CalendarPoint {
  const parsed = parseEdtf(source.published ?? '');
  if (!parsed.ok || !parsed.value.from) throw new Error(`the source needs a published date: ${source.published}`);
  return parsed.value.from;
}

const utcMs = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

/** Events whose whole known extent lies in the given month. */
function eventsIn(year: number, month: number): StoryEventInput[] {
  const start = utcMs(year, month, 1);
  const end = month === 12 ? utcMs(year + 1, 1, 1) : utcMs(year, month + 1, 1);
  return story.events.filter((e) => {
    const c = calendar(e);
    return c.start.toMillis() >= start && c.end.toMillis() <= end;
  });
}

/**
 * Why a bound of a date is not borne out by the event's own quotes, or null when it is.
 * The year must be written in a quote, or be a relative phrase ("this year") that resolves to it
 * against the source's publication date and that the dateNote spells out; the month must be named
 * in a quote; the day must be written next to that month name ("July 3", "15 August").
 */
function unjustified(event: StoryEventInput, point: CalendarPoint): string | null {
  const quotes = event.citations.map((c) => c.quote);
  const published = publishedPoint();
  const year = String(point.year);
  const relative = Object.entries(RELATIVE_YEARS).find(([phrase, offset]) =>
    quotes.some((q) => q.includes(phrase)) && published.year + offset === point.year);
  if (!quotes.some((q) => q.includes(year))) {
    if (!relative) return `year ${year} is in no quote`;
    if (!event.dateNote?.includes(year)) return `"${relative[0]}" is resolved to ${year} but the dateNote does not say so`;
  }
  if (point.month === undefined) return null;
  const month = MONTHS[point.month - 1];
  if (!quotes.some((q) => q.includes(month))) return `month ${month} is in no quote`;
  if (point.day === undefined) return null;
  const day = String(point.day);
  const dayNextToMonth = new RegExp(`\\b${month} ${day}\\b|\\b${day} ${month}\\b`);
  if (!quotes.some((q) => dayNextToMonth.test(q))) return `day ${month} ${day} is in no quote`;
  return null;
}

function statedProblems(event: StoryEventInput): string[] {
  const c = calendar(event);
  return [c.from, c.to]
    .filter((p): p is CalendarPoint => p !== null)
    .map((p) => unjustified(event, p))
    .filter((p): p is string => p !== null);
}

describe('article paragraphs', () => {
  const leftOut = articleLines.filter((l) => /^Also Read: /.test(l) || /^Follow our /.test(l));

  test('the left-out lines are exactly the two "Also Read:" lines and the "Follow our" line', () => {
    expect(leftOut).toHaveLength(3);
    expect(leftOut.filter((l) => l.startsWith('Also Read: '))).toHaveLength(2);
    expect(leftOut.at(-1)).toMatch(/^Follow our /);
    expect(articleLines.at(-1)).toBe(leftOut.at(-1));
  });

  test('paragraphs are every other article line, verbatim and in order', () => {
    const kept = articleLines.filter((l) => !leftOut.includes(l));
    expect(source.paragraphs.map((p) => p.text)).toEqual(kept);
  });

  test('paragraphs are numbered p1, p2, … with headings counted', () => {
    expect(source.paragraphs.map((p) => p.id)).toEqual(source.paragraphs.map((_, i) => `p${i + 1}`));
    expect(paragraphs.get('p14')?.text).toMatch(
      /^The Taliban declared an interim government in Afghanistan after seizing power on 15 August 2021, /,
    );
  });

  test('the three section headings, and only they, are headings', () => {
    const headings = source.paragraphs.filter((p) => p.role === 'heading');
    expect(headings.map((p) => [p.id, p.text])).toEqual([
      ['p5', 'Russia Recognizes Taliban Govt'],
      ['p10', 'About Taliban Government'],
      ['p16', 'Under Their Rule'],
    ]);
  });

  test('the source is dated by the statement it reports and has no invented url', () => {
    expect(source.published).toBe('2025-07-03');
    expect(source.url).toBeUndefined();
  });
});

describe('article events', () => {
  test.each(story.events.map((e) => [e.id, e] as const))('%s quotes its paragraphs verbatim', (_, event) => {
    expect(event.citations.length).toBeGreaterThan(0);
    for (const citation of event.citations) {
      expect(citation.source).toBe(source.id);
      const paragraph = paragraphs.get(citation.paragraph);
      expect(paragraph, `${citation.paragraph} exists`).toBeDefined();
      expect(paragraph?.role, `${citation.paragraph} is not a heading`).toBeUndefined();
      expect(paragraph?.text).toContain(citation.quote);
    }
  });

  test('ids are unique and URL-safe, titles short', () => {
    const ids = story.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const event of story.events) {
      expect(event.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(event.title.length).toBeLessThanOrEqual(60);
      expect(event.title[0]).toBe(event.title[0].toUpperCase());
    }
  });

  test('every date lies within 1992 … July 2025', () => {
    for (const event of story.events) {
      const c = calendar(event);
      expect(c.start.toMillis(), event.id).toBeGreaterThanOrEqual(utcMs(1992, 1, 1));
      expect(c.end.toMillis(), event.id).toBeLessThanOrEqual(utcMs(2025, 8, 1));
    }
  });

  test('inferred dates carry a dateNote and are not in fact stated by the quotes', () => {
    for (const event of story.events.filter((e) => e.dateBasis === 'inferred')) {
      expect(event.dateNote?.trim(), event.id).toBeTruthy();
      expect(statedProblems(event), `${event.id} looks stated`).not.toEqual([]);
    }
  });

  test('stated dates are borne out by their quotes: year, month name and day', () => {
    for (const event of story.events.filter((e) => e.dateBasis === 'stated')) {
      expect(statedProblems(event), event.id).toEqual([]);
    }
  });

  test('a date resolved from "this year" is stated and explained', () => {
    const removal = story.events.find((e) => e.citations.some((c) => c.quote.includes('in April this year')));
    expect(removal?.date).toBe('2025-04');
    expect(removal?.dateBasis).toBe('stated');
    expect(removal?.dateNote).toMatch(/2025/);
  });

  test('July 2025 has three events and August 2021 at least two', () => {
    expect(eventsIn(2025, 7)).toHaveLength(3);
    expect(eventsIn(2021, 8).length).toBeGreaterThanOrEqual(2);
    expect(eventsIn(2021, 8).some((e) => e.date === '2021-08-15' && e.dateBasis === 'stated')).toBe(true);
  });

  test('the 1992 collapse and the "by 1994" advance keep the precision the text gives', () => {
    const collapse = story.events.find((e) => e.citations.some((c) => c.quote.includes('Soviet-backed')));
    const advance = story.events.find((e) => e.citations.some((c) => c.quote.startsWith('By 1994')));
    expect(collapse?.date).toBe('1992');
    expect(advance?.date).toBe('../1994');
  });
});

describe('the story validates', () => {
  test('validateStory reports no problems and keeps every event', () => {
    const result = validateStory(story);
    expect(result.problems).toEqual([]);
    expect(result.story?.events.map((e) => e.id).sort()).toEqual(story.events.map((e) => e.id).sort());
  });
});
