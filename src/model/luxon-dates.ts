import { DateTime, FixedOffsetZone } from 'luxon';
import { useLuxonDateTimes } from './edtf-reader';
import { useLuxonIsoReader } from './time-input';

/**
 * Luxon's part of the story model, given to it on import: a date's `start` and `end` as DateTimes,
 * and the ISO forms `readTime` does not read by itself. The package's entries import it at once;
 * history-timeline.js loads it after a timeline's first frame, to keep Luxon out of that frame.
 */
useLuxonDateTimes((ms) => DateTime.fromMillis(ms, { zone: FixedOffsetZone.utcInstance }));
useLuxonIsoReader((text) => {
  const iso = DateTime.fromISO(text, { zone: 'utc' });
  return iso.isValid ? iso.toMillis() : null;
});
