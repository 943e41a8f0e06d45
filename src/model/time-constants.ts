/** Lengths of time in milliseconds, defined once for the model, the layout and the element. */

/** A calendar day in UTC, which has no leap seconds or daylight saving. */
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
/** The mean Gregorian year (365.2425 days): for spans and tick steps, never for calendar arithmetic. */
export const YEAR_MS = 365.2425 * DAY_MS;
/** A twelfth of the mean year. */
export const MONTH_MS = YEAR_MS / 12;
