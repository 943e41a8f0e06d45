import type { StoryInput } from '../src/model/types';

/** One vis-timeline item; times are epoch milliseconds (UTC), turned into Dates in the page. */
export interface VisItem {
  id: string;
  content: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
}

export interface VisConversion {
  items: VisItem[];
  /** Events whose date this small converter does not read (seasons, unspecified digits, ...). */
  skipped: { id: string; date: string }[];
}

/**
 * Converts a story to vis-timeline items, independently of our own date code so the comparison does
 * not depend on it: a day is a point at the start of the day; a month or a year is a range over the
 * whole period; an interval `A/B` is a range from the start of A to the end of B; an open end (`..`)
 * leaves the known bound alone. Qualifiers `?`, `~`, `%` are ignored.
 */
export function toVisItems(story: StoryInput): VisConversion {
  const items: VisItem[] = [];
  const skipped: { id: string; date: string }[] = [];
  for (const event of story.events) {
    const item = toVisItem(event.id, event.title, event.date);
    if (item) items.push(item);
    else skipped.push({ id: event.id, date: event.date });
  }
  return { items, skipped };
}

function toVisItem(id: string, title: string, date: string): VisItem | null {
  const content = escapeHtml(title);
  const halves = date.split('/');
  if (halves.length > 2) return null;
  if (halves.length === 1) {
    const period = readPeriod(halves[0]);
    if (!period) return null;
    return period.precision === 'day'
      ? { id, content, start: period.start, type: 'point' }
      : { id, content, start: period.start, end: period.end, type: 'range' };
  }
  const from = halves[0] === '..' || halves[0] === '' ? undefined : readPeriod(halves[0]);
  const to = halves[1] === '..' || halves[1] === '' ? undefined : readPeriod(halves[1]);
  if (from === null || to === null || (!from && !to)) return null;
  const start = from ? from.start : to!.start;
  const end = to ? to.end : from!.end;
  if (!(end > start)) return null;
  return { id, content, start, end, type: 'range' };
}

interface Period {
  start: number;
  end: number;
  precision: 'year' | 'month' | 'day';
}

function readPeriod(text: string): Period | null {
  const match = /^[?~%]?(-?\d{4,})(?:-[?~%]?(\d{2}))?(?:-[?~%]?(\d{2}))?[?~%]?$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  if (month === undefined) return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year' };
  if (day === undefined) return { start: utc(year, month - 1, 1), end: utc(year, month, 1), precision: 'month' };
  return { start: utc(year, month - 1, day), end: utc(year, month - 1, day + 1), precision: 'day' };
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utc(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
