import { ParsingResult, type Parser } from 'chrono-node/en';
import { FUTURE, sentenceAround } from './future';

/** Parsers for what chrono's casual English does not find: bare years, year ranges, decades, parts of years, seasons. */

export type ParsingContext = Parameters<Parser['extract']>[0];

/** Tags added by the extensions; the reading step turns them into EDTF and a dateNote. */
export const TAG = {
  bareYear: 'history/bare-year',
  /** A year that dates a thing named after it ("the 2019 deal", "his 1987 album"): it names the thing, it frames no later date. */
  yearOfThing: 'history/year-of-thing',
  yearRange: 'history/year-range',
  decade: 'history/decade',
  partOfYear: 'history/part-of-year',
  partOfMonth: 'history/part-of-month',
  openStart: 'history/open-start',
  openEnd: 'history/open-end',
  relativeYear: 'history/month-relative-year',
  pastMonth: 'history/past-month',
  futureMonth: 'history/future-month',
  /** A day without a year that something is set for ("presentation for September 10"), a few weeks after publication: the coming one. */
  comingDay: 'history/coming-day',
  pastWeekday: 'history/past-weekday',
  /** A weekday in a sentence about the future ("will meet on Thursday"): the one on or after publication. */
  futureWeekday: 'history/future-weekday',
  week: 'history/week',
  /** `history/time-zone:EST`: the zone abbreviation written after the time. */
  timeZone: 'history/time-zone',
  /** "6:04 pm local time": the story's zone. */
  localTime: 'history/local-time',
  /** `history/approximate-time:around`: the word that makes the time approximate. */
  approximateTime: 'history/approximate-time',
} as const;

// Years written in news and history prose; a wider range lets through counts ("in 3000 homes").
export const YEAR = '(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})';

/** Nouns that make a four-digit number a count, not a year: "by 1500 votes". */
export const COUNT_NOUN =
  /^\s+(people|persons|men|women|children|troops|soldiers|police|km|kilometres|kilometers|miles|metres|meters|feet|tonnes|tons|dollars|euros|pounds|votes|cases|deaths|dead|homes|houses|villages|acres|hectares|units|jobs|times|cars|workers|students|members|refugees|families|points|pages|words|rupees|barrels|calories|hours|minutes|seconds|days|weeks|months|years)\b/i;

export function afterMatch(context: ParsingContext, match: RegExpMatchArray): string {
  return context.text.slice((match.index ?? 0) + match[0].length);
}

export function twoOrFourDigitYear(text: string, first: number): number {
  if (text.length === 4) return Number(text);
  // "1990–91": the century of the first year; "1999–2001" is written in full.
  const century = Math.floor(first / 100) * 100;
  const year = century + Number(text);
  return year > first ? year : year + 100;
}

/** "from 2001 to 2005", "between 2001 and 2005", "2001–2005", "1990-91". */
export class YearRangeParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `(?<![\\w.,/])(?:(?:(from|between)\\s+)${YEAR}\\s*(?:to|and|until|till|through|-|–|—)\\s*(${'\\d{4}|\\d{2}'})` +
        `|${YEAR}\\s*[-–—]\\s*(\\d{4}|\\d{2}))(?![\\w/-]|[.,]\\d)`,
      'i',
    );
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const first = Number(match[2] ?? match[4]);
    const secondText = match[3] ?? match[5];
    if (secondText === undefined) return null;
    const second = twoOrFourDigitYear(secondText, first);
    if (!(second > first) || second - first > 200) return null;
    if (COUNT_NOUN.test(afterMatch(context, match))) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: first }, { year: second });
    result.addTag(TAG.yearRange);
    return result;
  }
}

export const PART_YEARS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/** "the 1990s", "the early 2000s", "the late 1980s"; two decades in one phrase, "the 1960s and 1970s", are one span. */
export class DecadeParser implements Parser {
  pattern(): RegExp {
    return /(?<![\w'’])((?:the\s+)?(?:(early|mid|late)[\s-]+)?(1[0-9]{2}0|20[0-9]0)[’']?s\b)(?:\s*(?:and|to|through|into|-|–)\s*(?:the\s+)?(?:(early|mid|late)[\s-]+)?(1[0-9]{2}0|20[0-9]0)[’']?s\b)?/i;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const decade = Number(match[3]);
    const part = match[2]?.toLowerCase();
    // The span runs from the first decade's start to the last one's end ("the 1960s and 1970s": 1960 to 1979).
    const span = match[5] !== undefined && Number(match[5]) > decade;
    const lastDecade = span ? Number(match[5]) : decade;
    const lastPart = span ? match[4]?.toLowerCase() : part;
    const [a] = part ? PART_YEARS[part] : [0, 9];
    const [, b] = lastPart ? PART_YEARS[lastPart] : [0, 9];
    const result = context.createParsingResult(match.index ?? 0, span ? match[0] : match[1], { year: decade + a }, { year: lastDecade + b });
    result.addTag(TAG.decade);
    return result;
  }
}

/** Months of each part of a year: thirds for early/mid/late, northern-hemisphere seasons. */
export const PART_MONTHS: Record<string, [number, number]> = {
  early: [1, 4],
  beginning: [1, 4],
  start: [1, 4],
  mid: [5, 8],
  middle: [5, 8],
  late: [9, 12],
  end: [9, 12],
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
};

/** "the end of the year", "the start of this year", "the middle of next year": a part of a year the publication date names. */
export class PartOfRelativeYearParser implements Parser {
  pattern(): RegExp {
    return /(?<![\w])(?:the\s+)?(beginning|start|middle|end)\s+of\s+(the|this|last|next)\s+year\b/i;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const [from, to] = PART_MONTHS[match[1].toLowerCase()];
    const which = match[2].toLowerCase();
    const year = context.reference.instant.getFullYear() + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
    const result = context.createParsingResult(match.index ?? 0, match[0], { year, month: from }, { year, month: to });
    result.addTag(TAG.partOfYear);
    return result;
  }
}

/** Months of a half or a quarter of a year: "the first half of 2025", "the third quarter of 2019", "Q3 2019", "H1 2025". */
export const HALF_QUARTER_MONTHS: Record<string, [number, number]> = {
  'first half': [1, 6],
  'second half': [7, 12],
  'first quarter': [1, 3],
  'second quarter': [4, 6],
  'third quarter': [7, 9],
  'fourth quarter': [10, 12],
  h1: [1, 6],
  h2: [7, 12],
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
};

/** "early 2020", "mid-2019", "late 2020", "the end of 2020", "the summer of 2020", "the first half of 2025", "Q3 2019". */
export class PartOfYearParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `(?<![\\w])(?:(?:the\\s+)?(beginning|start|middle|end)\\s+of\\s+|(early|mid|late)[\\s-]+|(?:the\\s+)?(spring|summer|autumn|fall)\\s+(?:of\\s+)?|(?:the\\s+)?((?:first|second)\\s+half|(?:first|second|third|fourth)\\s+quarter)\\s+of\\s+|([HQ][1-4])\\s+)${YEAR}(?![\\w/]|[.,]\\d)`,
      'i',
    );
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const part = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]).toLowerCase().replace(/\s+/, ' ');
    const year = Number(match[6]);
    const months = PART_MONTHS[part] ?? HALF_QUARTER_MONTHS[part];
    // "H3" is no half of a year.
    if (!months) return null;
    const [from, to] = months;
    if (COUNT_NOUN.test(afterMatch(context, match))) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { year, month: from }, { year, month: to });
    result.addTag(TAG.partOfYear);
    return result;
  }
}

/**
 * A season without a year: "this summer", "last spring", "in the spring". The year comes from the
 * publication date: "this" its year, "last" the latest that has ended, "next" the next to begin;
 * "the spring" the next one when the sentence speaks of the future, else the latest begun.
 */
export class SeasonParser implements Parser {
  pattern(): RegExp {
    // Not "the summer exhibitions", "the spring term": a season before a noun names a thing, not a time.
    return /(?<![\w])(?:(this|last|next)|the)\s+(spring|summer|autumn|fall)\b(?!\s+(?:of\b|\d|[a-z]+s\b|(?:term|season|holiday|break|camp|school|festival|programme|program|schedule|session|show|sale|edition|collection|weather|heat|sun|fashion|tour|transfer|window)\b))/i;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const which = match[1]?.toLowerCase();
    const [from, to] = PART_MONTHS[match[2].toLowerCase()];
    const ref = context.reference.instant;
    const month = ref.getMonth() + 1;
    let year = ref.getFullYear();
    const index = match.index ?? 0;
    const future = which === 'next' || (which === undefined && FUTURE.test(sentenceAround(context.text, index, match[0].length)));
    if (which === 'last') year = to < month ? year : year - 1;
    else if (future) year = from > month || (which === undefined && to >= month) ? year : year + 1;
    else if (which === undefined) year = from <= month ? year : year - 1;
    const result = context.createParsingResult(index, match[0], { year, month: from }, { year, month: to });
    result.addTag(TAG.partOfYear);
    return result;
  }
}

/**
 * A year after a preposition: "in 1992", "By 1994", "since 2001", "during 2015", "of 2020".
 * The year alone is the result; the by/since refiner reads the preposition. "As far back as
 * 2000" and "as early as 1998" say when, the earliest the writer knows of: that year;
 * "since at least 2003" is "since 2003".
 */
export class BareYearParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `(?<![\\w])(?:in|by|since(?:\\s+at\\s+least)?|from|during|until|till|through|throughout|before|after|around|circa|c\\.|of|year|back to|as\\s+(?:far\\s+back|early|long\\s+ago)\\s+as)\\s+${YEAR}(?![\\w/]|[.,]\\d|\\s*[-–]\\s*\\d)`,
      'i',
    );
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (COUNT_NOUN.test(afterMatch(context, match))) return null;
    // The preposition stays in the text: chrono drops results that are only digits.
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) });
    result.addTag(TAG.bareYear);
    return result;
  }
}
