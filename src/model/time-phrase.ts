import { useTimeText } from './date-phrase';
import { formatInZone } from './time-zone';

/**
 * Times of day in date phrases: the day and time in a zone with the zone's short name, as Intl
 * writes them in the locale ("23 August 2023 at 18:04 GMT+5:30"; `en-IN`: "… at 6:04 pm IST").
 * Given to date-phrase.ts on import: the viewer loads it with its later parts.
 */
useTimeText((point, locale, style, zone) =>
  formatInZone(point.startMs, locale, zone, {
    day: 'numeric', month: style, year: 'numeric', hour: 'numeric', minute: '2-digit',
    ...(point.precision === 'second' ? { second: '2-digit' } : null),
    timeZoneName: 'short',
  }),
);
