import { casual, Chrono } from 'chrono-node/en';
import { BareYearParser, DecadeParser, PartOfRelativeYearParser, PartOfYearParser, SeasonParser, YearRangeParser } from './chrono/parsers';
import { PastPreferenceRefiner } from './chrono/future';
import { addRelativePhrases } from './chrono/relative-phrases';
import { ClockTimesBeforeMerging, TimeOfDayRefiner } from './chrono/times';
import { BetweenAndRefiner, EndOfMonthRefiner, MonthRelativeYearRefiner, NoiseFilter, OverlapRemoval, PrefixRefiner, WeekRefiner, WordsThatLookLikeDates, YearListRefiner, YearOfThingRefiner } from './chrono/refiners';

export { ParsingComponents, ParsingResult } from 'chrono-node/en';
export { PART_MONTHS, TAG } from './chrono/parsers';

/**
 * chrono-node, extended for news and history writing through its own parser and refiner API.
 *
 * chrono's casual English finds month names ("August 2021"), full dates ("15 August 2021",
 * "July 3, 2025"), relative phrases ("last year", "two months ago", "yesterday", "this month") and
 * weekdays. It does not find bare years ("in 1992", "By 1994"), year ranges ("from 2001 to 2005"),
 * decades ("the 1990s") or parts of years ("early 2020"), and it reads a month or weekday without a
 * year as the nearest or next one. The parsers and refiners here add those, and tag each result
 * (`history/...`) so the reading step knows which rule applied. The parts, in chrono/: parsers.ts,
 * refiners.ts, future.ts (a future phrase, else the last such date before publication), times.ts
 * (clock times with their zone words and "around").
 */

/**
 * The drafting engine: chrono's casual English plus the history parsers (ranges and decades before
 * bare years, so the longer reading wins chrono's overlap removal) and refiners.
 */
export function createHistoryChrono(): Chrono {
  const chrono = casual.clone();
  chrono.parsers.push(new YearRangeParser(), new DecadeParser(), new PartOfYearParser(), new BareYearParser(), new SeasonParser(), new PartOfRelativeYearParser());
  // Noise goes first, before chrono's overlap removal lets "1950s after" (a duration) beat "the 1950s";
  // clock times stay for chrono to merge with their dates.
  chrono.refiners.unshift(new NoiseFilter(true), new ClockTimesBeforeMerging());
  chrono.refiners.push(
    new OverlapRemoval(),
    new MonthRelativeYearRefiner(),
    new BetweenAndRefiner(),
    new WeekRefiner(),
    new EndOfMonthRefiner(),
    new NoiseFilter(),
    new WordsThatLookLikeDates(),
    new TimeOfDayRefiner(),
    new PastPreferenceRefiner(),
    new PrefixRefiner(),
    new YearOfThingRefiner(),
    new YearListRefiner(),
  );
  addRelativePhrases(chrono);
  return chrono;
}
