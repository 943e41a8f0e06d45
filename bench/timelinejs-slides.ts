import type { StoryInput } from '../src/model/types';

/** A TimelineJS3 date: the fields a date of the story has (year, or year and month, or all three). */
interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

/** The TimelineJS3 JSON the bench's TimelineJS page loads by URL. */
export interface TimelineJsDocument {
  title: { text: { headline: string } };
  events: { unique_id: string; start_date: TimelineJsDate; end_date?: TimelineJsDate; text: { headline: string; text: string }; group?: string }[];
}

/** `YYYY[-MM[-DD]]` (with a leading "-" for BCE, qualifiers dropped) as TimelineJS date fields; null for an open end. */
function dateFields(edtf: string): TimelineJsDate | null {
  const match = /^(-?\d{4})(?:-(\d\d))?(?:-(\d\d))?[?~%]?$/.exec(edtf);
  if (!match) return null;
  const [, year, month, day] = match;
  return { year: Number(year), ...(month ? { month: Number(month) } : {}), ...(day ? { day: Number(day) } : {}) };
}

/**
 * The story as a TimelineJS3 document, for the page-load comparison: each event a slide with its
 * title as headline and its summary as text, its date's fields as they are written (an interval's
 * ends as start and end; an open end left out), its group by title. The direction our importer
 * (src/authoring/timelinejs.ts) reads; independent of our date code, like bench/vis-items.ts.
 */
export function toTimelineJs(story: StoryInput): TimelineJsDocument {
  const groups = new Map((story.groups ?? []).map((g) => [g.id, g.title]));
  return {
    title: { text: { headline: story.title } },
    events: story.events.map((event) => {
      const [from, to] = event.date.split('/');
      const start = dateFields(from) ?? dateFields(to ?? '');
      const end = to ? dateFields(to) : null;
      if (!start) throw new Error(`bench: the date of ${event.id} (${event.date}) has no end TimelineJS can show`);
      const group = event.group ? groups.get(event.group) : undefined;
      return {
        unique_id: event.id,
        start_date: start,
        ...(end && from !== '..' ? { end_date: end } : {}),
        text: { headline: event.title, text: event.summary ?? '' },
        ...(group ? { group } : {}),
      };
    }),
  };
}
