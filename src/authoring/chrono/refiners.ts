import { ParsingComponents, ParsingResult, type Refiner } from 'chrono-node/en';
import { COUNT_NOUN, type ParsingContext, TAG, YEAR } from './parsers';
import { isFutureContext } from './future';

/** Refiners over chrono's results: dates that are not dates of events dropped, "between … and", "this week", ends of months, prefixes such as "by" and "since", years of things. */

/** "April" followed by "this year" / "of last year": one month with that year. */
export class MonthRelativeYearRefiner implements Refiner {
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

export function isMonthWithoutYear(result: ParsingResult): boolean {
  return !result.end && result.start.isCertain('month') && !result.start.isCertain('year');
}

/** "between March and May 2020": chrono merges "to", not "between … and". */
export class BetweenAndRefiner implements Refiner {
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


export const OPENING_BEFORE = /\b(?:(by|until|till|up to|before)\s+(?:(?:late|early|the)\s+)?|(since|after|from)\s+(?:(?:late|early)\s+)?)$/i;
export const OPENING = /^(by|until|till|before|since|after|from)\s/i;

export class PrefixRefiner implements Refiner {
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
        // "will be available from November": what is to come starts then, so the date is that start, not an open span.
        const startsThen = word === 'from' && isFutureContext(context.text, result);
        if (!startsThen) result.addTag(word === 'since' || word === 'after' || word === 'from' ? TAG.openEnd : TAG.openStart);
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

/**
 * Results that are not dates of events: times alone, durations, "now", "9/11", "march" the verb.
 * Before chrono merges dates with times, `keepTimesAlone` leaves a time for its date to take.
 */
export class NoiseFilter implements Refiner {
  constructor(private readonly keepTimesAlone = false) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const text = result.text.trim();
      const tags = result.tags();
      if (result.start.isOnlyTime()) return this.keepTimesAlone;
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
      // "for the next two years": a span from now on, a duration, not a date ("next year" is one).
      if (/^(the\s+)?(next|coming)\s+(few|several|couple(\s+of)?|\w+)\s+(days|weeks|months|years|decades)$/i.test(text.replace(/^(in|over|during|for|within)\s+/i, ''))) return false;
      // "the biggest deal to date this year": so far this year, a measure, not when anything happened.
      if (/\b(to date|so far|yet)\s+$/i.test(context.text.slice(Math.max(0, result.index - 12), result.index))) return false;
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
export const SHORT_WEEKDAY = /^(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?$/i;
// Words before a month or weekday that make it a date ("in May", "last Thursday", "early March").
export const DATE_LEAD = /\b(in|on|of|since|until|till|by|from|to|through|during|before|after|last|next|this|that|every|each|early|mid|late|between|and|or|around|circa)\s*$/i;

/**
 * Words that look like dates are dates only where the sentence makes them dates: "the Today
 * show" is a name, not today; a weekday
 * abbreviation counts when capitalised and followed by a day or time, or led by "on"/"last"/"next"
 * ("on Sat", "Wed 3 June"), never in lower case ("she would wed", "they sat", "the sun"); a month
 * alone ("May", "March") needs a word that makes it a date before it ("in May", "early March"), so
 * "Alice May" and "March on Washington" are not dates.
 */
export class WordsThatLookLikeDates implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const text = result.text.trim();
      const word = text.replace(/^(on|in|of|last|next|this|by|since|until)\s+/i, '');
      if (/[\s\d]/.test(word)) return true;
      const before = context.text.slice(Math.max(0, result.index - 12), result.index);
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 12);
      const led = word !== text || DATE_LEAD.test(before);
      // "the Today show", "the Tonight Show": a day word after "the" is a name.
      if (/^(?:today|tonight|tomorrow|yesterday)$/i.test(word) && /\bthe\s+$/i.test(before)) return false;
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

// Nouns a year before them dates even when plural: works, contests, disasters, votes ("the 2019 floods", "the 2016 elections").
const DATED_NOUN =
  'films?|movies?|albums?|records?|singles?|songs?|novels?|books?|memoirs?|plays?|musicals?|series|shows?|elections?|votes?|referendum|campaigns?|seasons?|tournaments?|championships?|finals?|olympics|games|world cup|races?|tours?|budgets?|census|reports?|earthquakes?|quakes?|floods?|fires?|storms?|hurricanes?|cyclones?|typhoons?|wars?|revolution|coup|uprising|crisis|crash|attacks?|bombings?|law|act|agreement|treaty|deal|merger|takeover|acquisition|launch|visit|summit|conference|concert|exhibition|award|prize|debut|premiere|release|tournament|games';
const DATED_NOUN_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${DATED_NOUN})\\b`, 'iu');
// After "the 1500 …", a function word or a plural noun makes the number a count ("the 2000 or so", "the 1500 residents").
const COUNT_AFTER = /^\s+(?:(?:or|and|to|of|in|on|at|for|with|by|from|than|is|are|was|were|has|had|have|will|would|more|less|plus|strong|so)\b|\p{Ll}[\p{L}-]*[^s\W]s\b)/iu;
// A year after a determiner or possessive and before a word dates the thing named: "his 1987 album", "the 1985 post-apocalyptic thriller", "the 2010 Super Bowl".
export const YEAR_BEFORE_NOUN = new RegExp(`(?:\\b(?:the|a|an|his|her|its|their|our|this|that)\\s+|[’']s\\s+)${YEAR}(?=\\s+[\\p{L}])`, 'giu');
// A year that names a prize's edition ("the 2017 Stella Prize", "the 2024 prize"): a name, not when it was won.
const PRIZE_EDITION_AFTER = /^\s+(?:(?:[\p{Lu}][\p{L}'’.-]*|(?:for|of|in)\b)\s+){0,5}?(?:Prizes?|Awards?|Medals?|Trophy|Fellowships?|Laureates?)\b|^\s+(?:prizes?|awards?|medals?|trophy)\b/u;
// A year in brackets after a title: "The Quiet Harbour (1959)".
export const YEAR_AFTER_TITLE = new RegExp(`(?<=\\p{Lu}\\p{Ll}*\\s)\\(${YEAR}\\)`, 'gu');

/**
 * Years that name no preposition but date a thing: "her 1987 debut album", "Lena Hart's
 * 1962 film", "The Quiet Harbour (1959)"; not a prize's edition ("the 2017 Stella Prize"), whose
 * year names it and says nothing of when it was won. A refiner, not a parser, because chrono drops a
 * parser's result that is only digits; these results are the year alone, so titles keep the rest.
 */
export class YearOfThingRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const added: ParsingResult[] = [];
    for (const pattern of [YEAR_BEFORE_NOUN, YEAR_AFTER_TITLE]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(context.text); m !== null; m = pattern.exec(context.text)) {
        const year = Number(m[1]);
        const text = pattern === YEAR_AFTER_TITLE ? m[0] : m[1];
        const index = pattern === YEAR_AFTER_TITLE ? m.index : m.index + m[0].length - m[1].length;
        const after = context.text.slice(m.index + m[0].length);
        if (pattern === YEAR_BEFORE_NOUN && !DATED_NOUN_AFTER.test(after) && (COUNT_AFTER.test(after) || COUNT_NOUN.test(after))) continue;
        if (pattern === YEAR_BEFORE_NOUN && PRIZE_EDITION_AFTER.test(after)) continue;
        if ([...results, ...added].some((r) => index < r.index + r.text.length && r.index < index + text.length)) continue;
        const result = context.createParsingResult(index, text, { year });
        result.addTag(TAG.bareYear);
        result.addTag(TAG.yearOfThing);
        added.push(result);
      }
    }
    return [...results, ...added].sort((a, b) => a.index - b.index);
  }
}

// The next year of a list after a year: "in 2005 and 2007", "in 2001, 2003 and 2006".
const LISTED_YEAR = new RegExp(`^(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:in\\s+)?${YEAR}(?![\\w/]|[.,]\\d|\\s*[-–]\\s*\\d)`, 'i');

/**
 * A list of years after a preposition, "won titles in 2005 and 2007": each year is a date, as a
 * journalist would put each title on the timeline; chrono and the bare-year parser read only the
 * first. Not "between 2005 and 2007", a span, nor a count after the year ("2007 votes").
 */
export class YearListRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const added: ParsingResult[] = [];
    for (const first of results) {
      if (!first.tags().has(TAG.bareYear) || first.end || /\bbetween\s+$/i.test(context.text.slice(Math.max(0, first.index - 10), first.index))) continue;
      let end = first.index + first.text.length;
      for (let m = LISTED_YEAR.exec(context.text.slice(end)); m !== null; m = LISTED_YEAR.exec(context.text.slice(end))) {
        const index = end + m[0].length - m[1].length;
        end += m[0].length;
        if (COUNT_NOUN.test(context.text.slice(end)) || results.some((r) => r.index < end && index < r.index + r.text.length)) break;
        const result = context.createParsingResult(index, m[1], { year: Number(m[1]) });
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
export class EndOfMonthRefiner implements Refiner {
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
export class WeekRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (/\b(this|last|past|previous)\s+week\b/i.test(result.text)) result.addTag(TAG.week);
    }
    return results;
  }
}


/**
 * chrono's own overlap removal runs before the end of its refiner list; the range and decade
 * parsers can still overlap a bare year or a month here, so the longer reading is kept again.
 */
export class OverlapRemoval implements Refiner {
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
