import { DateTime } from 'luxon';

/**
 * The pieces of a drafted dateNote, written for a reader of the timeline rather than its editor:
 * "The article, published on Friday 17 March 2023, says 'on Thursday', which is 16 March."
 * Days are written by Luxon in UTC with English names, as the notes are English.
 */

/** A calendar day given as numbers: the publication date. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

function dateTimeOf(day: CalendarDay): DateTime {
  return DateTime.fromObject(day, { zone: 'utc', locale: 'en' });
}

/** "Friday 17 March 2023". */
export function dayWithWeekday(day: CalendarDay): string {
  return dateTimeOf(day).toFormat('cccc d LLLL y');
}

/** "16 March" when the day is in `year`, else "16 March 2022": a note's day near the publication date. */
export function dayInYear(day: CalendarDay, year: number): string {
  return dateTimeOf(day).toFormat(day.year === year ? 'd LLLL' : 'd LLLL y');
}

/** "Monday 23 June to Sunday 29 June 2025": a week, the year once when both days share it. */
export function weekdaySpan(from: CalendarDay, to: CalendarDay): string {
  const start = dateTimeOf(from).toFormat(from.year === to.year ? 'cccc d LLLL' : 'cccc d LLLL y');
  return `${start} to ${dayWithWeekday(to)}`;
}

/**
 * "The article, published on Friday 17 March 2023, says 'on Thursday'", or without a publication
 * date "The article says 'on Thursday'". The phrase is quoted as written.
 */
export function articleSays(phrase: string, published: CalendarDay | null): string {
  const when = published ? `, published on ${dayWithWeekday(published)},` : '';
  return `The article${when} says '${phrase}'`;
}

/**
 * The rest of a time's note after what the article says: ", which is 22 August at around 11:20 pm
 * in America/New_York (UTC−04:00, …)", with a caution to check it when there is one.
 */
export function whichIsAt(day: string, time: string, about?: string, caution?: string): string {
  // "at around 11:20 pm", but "shortly after midnight": those words say where in time themselves.
  const at = !about ? 'at' : /^(shortly|just)\b/.test(about) ? about : `at ${about}`;
  return `, which is ${day} ${at} ${time}${caution ? `; ${caution}` : ''}.`;
}
