import { type ParsingResult, type Refiner } from 'chrono-node/en';
import { ZONE_WORD } from '../zone-abbreviations';
import { type ParsingContext, TAG } from './parsers';

/**
 * Times of day as news writes them: "at 9:41 am EST", "around 11:20 PM", "shortly after midnight
 * on Sunday", "6:04 pm local time". chrono reads the clock; these refiners keep only clocks that are
 * written as clocks, take in the zone words after them and the "around" before them, and tag them
 * for the reading step (time-of-day.ts), which reads the zone itself rather than trust chrono's
 * abbreviation table (it reads IST as India's without a word).
 */

/** A clock as written: "9:41", "18:04", "9 pm", "9 a.m.", "noon", "midnight"; not "at 10" (Downing Street). */
export const CLOCK = /\d{1,2}[:.]\d{2}|\d\s*[ap]\.?\s?m\b|\b(?:noon|midnight|midday)\b/i;

// Words after a clock that say which zone: "EST", "(IST)", ", GMT", "local time".
const ZONE_AFTER = new RegExp(`^\\s*,?\\s*(?:\\(?${ZONE_WORD.source}\\)?|(local time)\\b)`);
// Words before a clock that make it approximate: "around 11:20", "at about 3:15", "shortly after midnight".
const APPROXIMATE_BEFORE = /\b(?:at\s+)?(around|about|approximately|roughly|shortly after|shortly before|just after|just before)\s+(?:at\s+)?$/i;

/** Whether a result's time of day was written (not implied by "morning" or by chrono's noon default). */
export function hasWrittenTime(result: ParsingResult): boolean {
  return result.start.isCertain('hour');
}

/** Zone words after a clock joined to its result ("at 6:04 pm local time"), so chrono merges it with the date after them. */
function takeZoneWords(context: ParsingContext, result: ParsingResult): void {
  const after = context.text.slice(result.index + result.text.length);
  const zone = ZONE_AFTER.exec(after);
  if (zone) result.text += zone[0];
}

/**
 * Before chrono merges dates with times: a time alone is kept only when written as a clock, with the
 * zone words after it; anything else that is only a time ("this morning", "at 10") is left out.
 */
export class ClockTimesBeforeMerging implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (!result.start.isOnlyTime()) return true;
      if (!CLOCK.test(result.text) || !hasWrittenTime(result)) return false;
      takeZoneWords(context, result);
      return true;
    });
  }
}

/** After merging: a dated time takes in its zone words and "around", and is tagged with what they say. */
export class TimeOfDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!hasWrittenTime(result) || result.start.isOnlyTime()) continue;
      takeZoneWords(context, result);
      const zone = ZONE_WORD.exec(result.text)?.[1];
      if (zone) result.addTag(`${TAG.timeZone}:${zone}`);
      else if (/\blocal time\b/i.test(result.text)) result.addTag(TAG.localTime);
      const about = APPROXIMATE_BEFORE.exec(context.text.slice(Math.max(0, result.index - 24), result.index));
      if (about) {
        result.index -= about[0].length;
        result.text = about[0] + result.text;
      }
      const word = about?.[1] ?? /^(?:at\s+)?(around|about|approximately|roughly)\s/i.exec(result.text)?.[1];
      if (word) result.addTag(`${TAG.approximateTime}:${word.toLowerCase()}`);
    }
    return results;
  }
}
