import { casual, Chrono, ParsingComponents, ParsingResult, type Parser, type Refiner } from 'chrono-node/en';

/**
 * chrono-node, extended for news and history writing through its own parser and refiner API.
 *
 * chrono's casual English finds month names ("August 2021"), full dates ("15 August 2021",
 * "July 3, 2025"), relative phrases ("last year", "two months ago", "yesterday", "this month") and
 * weekdays. It does not find bare years ("in 1992", "By 1994"), year ranges ("from 2001 to 2005"),
 * decades ("the 1990s") or parts of years ("early 2020"), and it reads a month or weekday without a
 * year as the nearest or next one. The parsers and refiners here add those, and tag each result
 * (`history/...`) so the reading step knows which rule applied.
 */

type ParsingContext = Parameters<Parser['extract']>[0];

/** Tags added by the extensions; the reading step turns them into EDTF and a dateNote. */
export const TAG = {
  bareYear: 'history/bare-year',
  yearRange: 'history/year-range',
  decade: 'history/decade',
  partOfYear: 'history/part-of-year',
  partOfMonth: 'history/part-of-month',
  openStart: 'history/open-start',
  openEnd: 'history/open-end',
  relativeYear: 'history/month-relative-year',
  pastMonth: 'history/past-month',
  futureMonth: 'history/future-month',
  pastWeekday: 'history/past-weekday',
  week: 'history/week',
} as const;

// Years written in news and history prose; a wider range lets through counts ("in 3000 homes").
const YEAR = '(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})';

/** Nouns that make a four-digit number a count, not a year: "by 1500 votes". */
const COUNT_NOUN =
  /^\s+(people|persons|men|women|children|troops|soldiers|police|km|kilometres|kilometers|miles|metres|meters|feet|tonnes|tons|dollars|euros|pounds|votes|cases|deaths|dead|homes|houses|villages|acres|hectares|units|jobs|times|cars|workers|students|members|refugees|families|points|pages|words|rupees|barrels|calories|hours|minutes|seconds|days|weeks|months|years)\b/i;

function afterMatch(context: ParsingContext, match: RegExpMatchArray): string {
  return context.text.slice((match.index ?? 0) + match[0].length);
}

function twoOrFourDigitYear(text: string, first: number): number {
  if (text.length === 4) return Number(text);
  // "1990–91": the century of the first year; "1999–2001" is written in full.
  const century = Math.floor(first / 100) * 100;
  const year = century + Number(text);
  return year > first ? year : year + 100;
}

/** "from 2001 to 2005", "between 2001 and 2005", "2001–2005", "1990-91". */
class YearRangeParser implements Parser {
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

const PART_YEARS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/** "the 1990s", "the early 2000s", "the late 1980s". */
class DecadeParser implements Parser {
  pattern(): RegExp {
    return /(?<![\w'’])(?:the\s+)?(?:(early|mid|late)[\s-]+)?(1[0-9]{2}0|20[0-9]0)[’']?s\b/i;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const decade = Number(match[2]);
    const part = match[1]?.toLowerCase();
    const [a, b] = part ? PART_YEARS[part] : [0, 9];
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: decade + a }, { year: decade + b });
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
class PartOfRelativeYearParser implements Parser {
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

/** "early 2020", "mid-2019", "late 2020", "the end of 2020", "the summer of 2020". */
class PartOfYearParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `(?<![\\w])(?:(?:the\\s+)?(beginning|start|middle|end)\\s+of\\s+|(early|mid|late)[\\s-]+|(?:the\\s+)?(spring|summer|autumn|fall)\\s+(?:of\\s+)?)${YEAR}(?![\\w/]|[.,]\\d)`,
      'i',
    );
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const part = (match[1] ?? match[2] ?? match[3]).toLowerCase();
    const year = Number(match[4]);
    const [from, to] = PART_MONTHS[part];
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
class SeasonParser implements Parser {
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
 * The year alone is the result; the by/since refiner reads the preposition.
 */
class BareYearParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `(?<![\\w])(?:in|by|since|from|during|until|till|through|throughout|before|after|around|circa|c\\.|of|year|back to)\\s+${YEAR}(?![\\w/]|[.,]\\d|\\s*[-–]\\s*\\d)`,
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

/** "April" followed by "this year" / "of last year": one month with that year. */
class MonthRelativeYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const month = results[i];
      const year = results[i + 1];
      if (year && isMonthWithoutYear(month) && /^(this|last|next) year$/i.test(year.text.trim())) {
        const between = context.text.slice(month.index + month.text.length, year.index);
        if (/^\s*(of\s*)?$/i.test(between)) {
          const merged = month.clone();
          merged.start.assign('year', year.start.get('year') ?? 0);
          merged.text = context.text.slice(month.index, year.index + year.text.length);
          merged.addTag(TAG.relativeYear);
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(month);
    }
    return out;
  }
}

function isMonthWithoutYear(result: ParsingResult): boolean {
  return !result.end && result.start.isCertain('month') && !result.start.isCertain('year');
}

/** "between March and May 2020": chrono merges "to", not "between … and". */
class BetweenAndRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (b && !a.end && !b.end && /\bbetween\s+$/i.test(context.text.slice(0, a.index))) {
        const between = context.text.slice(a.index + a.text.length, b.index);
        if (/^\s*and\s*$/i.test(between)) {
          const merged = a.clone();
          if (!merged.start.isCertain('year') && b.start.isCertain('year')) merged.start.assign('year', b.start.get('year') ?? 0);
          merged.end = b.start.clone();
          merged.text = context.text.slice(a.index, b.index + b.text.length);
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}

const FUTURE = /\b(will|shall|won't|going to|plans? to|intends? to|due to|set to|scheduled|expected to|(?:is|are) expected|expects?|upcoming|next|later this|to be held|would take effect|would (?:begin|start|open|end|close))\b|'ll\b/i;

// A future word after a date speaks for it only up to the next clause with a verb of its own: "She made
// the announcement on 9 May and will leave office on June 30" tells a past and a future.
const CLAUSE_BREAK = /;|\s(?:and|but|while|whereas)\s/i;

/** The sentence around an offset: from the last sentence end before it to the next after it. */
export function sentenceAround(text: string, index: number, length: number): string {
  let start = index;
  while (start > 0 && !/[.!?]\s/.test(text.slice(start - 2, start))) start--;
  let end = index + length;
  while (end < text.length && !/[.!?](\s|$)/.test(text.slice(end, end + 2))) end++;
  return text.slice(start, end + 1);
}

/** Whether the sentence around a result talks about the future ("will meet in December", not "was scheduled for May"). */
export function isFutureContext(text: string, result: ParsingResult): boolean {
  const sentence = sentenceAround(text, result.index, result.text.length);
  const dateEnd = result.index - text.lastIndexOf(sentence, result.index) + result.text.length;
  const future = new RegExp(FUTURE.source, 'gi');
  for (let m = future.exec(sentence); m !== null; m = future.exec(sentence)) {
    if (m.index >= dateEnd && CLAUSE_BREAK.test(sentence.slice(dateEnd, m.index))) continue;
    if (!/\b(was|were|had been|has been|have been)\s+(\w+ly\s+)?$/i.test(sentence.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * News reports past events: a month or a weekday without a year is the most recent one on or
 * before the publication date, unless the sentence speaks of the future. chrono picks the nearest
 * (or, with `forwardDate`, the next) one.
 */
class PastPreferenceRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = context.reference.instant;
    const refKey = dayKey(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
    for (const result of results) {
      const start = result.start;
      if (isFutureContext(context.text, result)) {
        if (start.isCertain('month') && !start.isCertain('year') && !result.end) {
          // The next such month on or after publication (chrono picks the nearest, which may be past).
          const year = ref.getFullYear();
          const day = start.isCertain('day') ? (start.get('day') ?? 1) : 31;
          start.imply('year', dayKey(year, start.get('month') ?? 1, day) < refKey ? year + 1 : year);
          result.addTag(TAG.futureMonth);
        }
        continue;
      }
      if (start.isCertain('month') && !start.isCertain('year') && result.end?.isCertain('year')) {
        // "from March to May 2021": the start takes the end's year.
        const endYear = result.end.get('year') ?? ref.getFullYear();
        start.imply('year', (start.get('month') ?? 1) > (result.end.get('month') ?? 12) ? endYear - 1 : endYear);
        continue;
      }
      if (start.isCertain('month') && !start.isCertain('year')) {
        const year = ref.getFullYear();
        const day = start.isCertain('day') ? (start.get('day') ?? 1) : 1;
        const past = dayKey(year, start.get('month') ?? 1, day) > refKey ? year - 1 : year;
        start.imply('year', past);
        if (result.end && !result.end.isCertain('year')) {
          const endYear = (result.end.get('month') ?? 1) < (start.get('month') ?? 1) ? past + 1 : past;
          result.end.imply('year', endYear);
        }
        result.addTag(TAG.pastMonth);
      } else if (start.isOnlyWeekdayComponent() && !result.end && !/\b(next|this)\b/i.test(result.text)) {
        const weekday = start.get('weekday') ?? 0;
        const last = /\blast\b/i.test(result.text);
        // "on Thursday": the Thursday on or before publication; "last Thursday": strictly before.
        let back = (ref.getDay() - weekday + 7) % 7;
        if (last && back === 0) back = 7;
        const date = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - back, 12);
        start.imply('day', date.getDate());
        start.imply('month', date.getMonth() + 1);
        start.imply('year', date.getFullYear());
        result.addTag(TAG.pastWeekday);
      }
    }
    return results;
  }
}

function dayKey(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

/**
 * Words before a result that change its meaning: "By 1994" and "until" leave the start open,
 * "since" and "after" the end; "early"/"mid"/"late" before a month narrow it to a third of it.
 * The word joins the result's text so the phrase reads as written.
 */
const OPENING_BEFORE = /\b(?:(by|until|till|up to|before)\s+(?:(?:late|early|the)\s+)?|(since|after|from)\s+(?:(?:late|early)\s+)?)$/i;
const OPENING = /^(by|until|till|before|since|after|from)\s/i;

class PrefixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const before = context.text.slice(Math.max(0, result.index - 40), result.index);
      if (result.tags().has(TAG.week)) continue;
      const inside = result.tags().has(TAG.bareYear) ? OPENING.exec(result.text) : null;
      const open = inside ?? OPENING_BEFORE.exec(before);
      // "the first title since 1987, when a side … won the league": the year of that event, not an open span.
      const pointInTime = open && /^since$/i.test(open[1] ?? open[2] ?? '') && /^,?\s+when\b/i.test(context.text.slice(result.index + result.text.length));
      if (open && !result.end && !pointInTime) {
        const word = (open[1] ?? open[2]).toLowerCase();
        result.addTag(word === 'since' || word === 'after' || word === 'from' ? TAG.openEnd : TAG.openStart);
        if (!inside) {
          result.index -= open[0].length;
          result.text = open[0] + result.text;
        }
        continue;
      }
      const part = /\b(early|mid|late)[\s-]*$/i.exec(before);
      if (part && !result.end && result.start.isCertain('month') && !result.start.isCertain('day')) {
        result.addTag(TAG.partOfMonth);
        result.addTag(`${TAG.partOfMonth}:${part[1].toLowerCase()}`);
        result.index -= part[0].length;
        result.text = part[0] + result.text;
      }
    }
    return results;
  }
}

/** Results that are not dates of events: times alone, durations, "now", "9/11", "march" the verb. */
class NoiseFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const text = result.text.trim();
      const tags = result.tags();
      if (result.start.isOnlyTime()) return false;
      if (tags.has('casualReference/now') || /^(now|right now|currently)$/i.test(text)) return false;
      // "for 10 days", "within a week", "ten days later": lengths, or times relative to another event.
      if (/^(for|within|in)\s/i.test(text) && tags.has('result/relativeDate') && !/\b(ago|last|past|this)\b/i.test(text)) return false;
      if (/\b(later|after|afterwards)\b/i.test(text) && !/\blater this\b/i.test(text)) return false;
      // "two years earlier": relative to another event, not to the publication date.
      if (/\b(days?|weeks?|months?|years?|decades?)\s+(earlier|before)\b/i.test(text)) return false;
      // "in her last years": no count, no calendar year.
      if (/\b(last|past|final)\s+(years|months|weeks|days)\b/i.test(text) && !/\d/.test(text)) return false;
      // "the last several days", "the past two weeks": a span up to now, not a date.
      if (/^(the\s+)?(last|past)\s+(few|several|couple(\s+of)?|\w+)\s+(days|weeks|months|years)$/i.test(text.replace(/^(in|over|during|for)\s+/i, ''))) return false;
      // "in its first weekend": a weekend of the story, not of the calendar.
      if (/^(the\s+)?weekend$/i.test(text)) return false;
      if (tags.has('parser/SlashDateFormatParser') && !result.start.isCertain('year')) return false;
      // A month name alone in lower case is a verb or a word ("march", "may"); prose capitalises months.
      if (!result.start.isCertain('day') && !result.start.isCertain('year') && result.start.isCertain('month') && /^[a-z]+\.?$/.test(text.replace(/^(in|on|of)\s+/i, ''))) return false;
      return true;
    });
  }
}

// Weekday abbreviations that are also words: "she would wed", "they sat", "the sun", "Mon Repos".
const SHORT_WEEKDAY = /^(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?$/i;
// Words before a month or weekday that make it a date ("in May", "last Thursday", "early March").
const DATE_LEAD = /\b(in|on|of|since|until|till|by|from|to|through|during|before|after|last|next|this|that|every|each|early|mid|late|between|and|or|around|circa)\s*$/i;

/**
 * Words that look like dates are dates only where the sentence makes them dates: a weekday
 * abbreviation counts when capitalised and followed by a day or time, or led by "on"/"last"/"next"
 * ("on Sat", "Wed 3 June"), never in lower case ("she would wed", "they sat", "the sun"); a month
 * alone ("May", "March") needs a word that makes it a date before it ("in May", "early March"), so
 * "Alice May" and "March on Washington" are not dates.
 */
class WordsThatLookLikeDates implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const text = result.text.trim();
      const word = text.replace(/^(on|in|of|last|next|this|by|since|until)\s+/i, '');
      if (/[\s\d]/.test(word)) return true;
      const before = context.text.slice(Math.max(0, result.index - 12), result.index);
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 12);
      const led = word !== text || DATE_LEAD.test(before);
      if (SHORT_WEEKDAY.test(word)) {
        if (/^\p{Ll}/u.test(word)) return false;
        return led || /^[.,]?\s*(\d|at\s+\d|morning|afternoon|evening|night)/i.test(after);
      }
      // A month alone is a date after a word that makes it one ("in May"), not as a name or a verb ("Alice May", "March on …").
      const monthOnly = !result.end && result.start.isCertain('month') && !result.start.isCertain('day') && !result.start.isCertain('year');
      return !monthOnly || led;
    });
  }
}

// Nouns a year before them dates: works, contests, disasters, votes ("his 1987 album", "the 2016 election").
const DATED_NOUN =
  'films?|movies?|albums?|records?|singles?|songs?|novels?|books?|memoirs?|plays?|musicals?|series|shows?|elections?|votes?|referendum|campaigns?|seasons?|tournaments?|championships?|finals?|olympics|games|world cup|races?|tours?|budgets?|census|reports?|earthquakes?|quakes?|floods?|fires?|storms?|hurricanes?|cyclones?|typhoons?|wars?|revolution|coup|uprising|crisis|crash|attacks?|bombings?|law|act|agreement|treaty|deal|merger|takeover|acquisition|launch|visit|summit|conference|concert|exhibition|award|prize|debut|premiere|release|tournament|games';
const YEAR_BEFORE_NOUN = new RegExp(`(?:\\b(?:the|a|an|his|her|its|their|our|this|that)\\s+|[’']s\\s+)${YEAR}(?=\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${DATED_NOUN})\\b)`, 'giu');
// A year in brackets after a title: "The Quiet Harbour (1959)".
const YEAR_AFTER_TITLE = new RegExp(`(?<=\\p{Lu}\\p{Ll}*\\s)\\(${YEAR}\\)`, 'gu');

/**
 * Years that name no preposition but date a thing: "her 1987 debut album", "Lena Hart's
 * 1962 film", "The Quiet Harbour (1959)". A refiner, not a parser, because chrono drops a
 * parser's result that is only digits; these results are the year alone, so titles keep the rest.
 */
class YearOfThingRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const added: ParsingResult[] = [];
    for (const pattern of [YEAR_BEFORE_NOUN, YEAR_AFTER_TITLE]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(context.text); m !== null; m = pattern.exec(context.text)) {
        const year = Number(m[1]);
        const text = pattern === YEAR_AFTER_TITLE ? m[0] : m[1];
        const index = pattern === YEAR_AFTER_TITLE ? m.index : m.index + m[0].length - m[1].length;
        if ([...results, ...added].some((r) => index < r.index + r.text.length && r.index < index + text.length)) continue;
        const result = context.createParsingResult(index, text, { year });
        result.addTag(TAG.bareYear);
        added.push(result);
      }
    }
    return [...results, ...added].sort((a, b) => a.index - b.index);
  }
}

/**
 * "the end of October": chrono reads the month's last day; the words give the month's last third
 * ("late October"), or, after "by", only an upper bound on the month (the prefix refiner adds it).
 */
class EndOfMonthRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!/^(the\s+)?end\s+of\s+\p{L}+\.?$/iu.test(result.text.trim()) || result.end) continue;
      result.start.delete('day');
      result.start.imply('day', 1);
      const by = /\bby\s+(the\s+)?$/i.test(context.text.slice(Math.max(0, result.index - 8), result.index));
      if (!by) {
        result.addTag(TAG.partOfMonth);
        result.addTag(`${TAG.partOfMonth}:late`);
      }
    }
    return results;
  }
}

/** "this week", "last week": tagged so the reading step gives the Monday–Sunday span. */
class WeekRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (/\b(this|last|past|previous)\s+week\b/i.test(result.text)) result.addTag(TAG.week);
    }
    return results;
  }
}

/**
 * The drafting engine: chrono's casual English plus the history parsers (ranges and decades before
 * bare years, so the longer reading wins chrono's overlap removal) and refiners.
 */
export function createHistoryChrono(): Chrono {
  const chrono = casual.clone();
  chrono.parsers.push(new YearRangeParser(), new DecadeParser(), new PartOfYearParser(), new BareYearParser(), new SeasonParser(), new PartOfRelativeYearParser());
  // Noise goes first, before chrono's overlap removal lets "1950s after" (a duration) beat "the 1950s".
  chrono.refiners.unshift(new NoiseFilter());
  chrono.refiners.push(
    new OverlapRemoval(),
    new MonthRelativeYearRefiner(),
    new BetweenAndRefiner(),
    new WeekRefiner(),
    new EndOfMonthRefiner(),
    new NoiseFilter(),
    new WordsThatLookLikeDates(),
    new PastPreferenceRefiner(),
    new PrefixRefiner(),
    new YearOfThingRefiner(),
  );
  return chrono;
}

/**
 * chrono's own overlap removal runs before the end of its refiner list; the range and decade
 * parsers can still overlap a bare year or a month here, so the longer reading is kept again.
 */
class OverlapRemoval implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const out: ParsingResult[] = [];
    for (const result of sorted) {
      const last = out[out.length - 1];
      if (last && result.index < last.index + last.text.length) {
        if (result.text.length > last.text.length) out[out.length - 1] = result;
        continue;
      }
      out.push(result);
    }
    return out;
  }
}

export { ParsingComponents, ParsingResult };
