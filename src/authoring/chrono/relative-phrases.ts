import type { Chrono, Parser, ParsingResult, Refiner } from 'chrono-node/en';
import { isFutureContext, SAID_BEFORE_DATE } from './future';
import { type ParsingContext, TAG } from './parsers';

/**
 * Date phrases news writes relative to its own week or to a month it names without a year, which
 * chrono's casual English misses or misreads: "earlier this week", "at the beginning of June",
 * "its April launch"; and "the last day of …", which is a part of something, not yesterday.
 */

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTH_NAMES.map((m) => `${m[0].toUpperCase()}${m.slice(1)}`).join('|')})`;

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
}

/**
 * "this week", "earlier this week", "earlier in the week": the week of publication, up to the day
 * it was published (chrono reads "this week" as a time alone, which is dropped as noise).
 */
export class WeekOfPublicationParser implements Parser {
  pattern(): RegExp {
    // Not "later this week": that part of the week is still to come when the article is written.
    return /(?<![\w-])(?:(?:earlier\s+)?this\s+week|earlier\s+in\s+the\s+week)\b(?!\s*(?:'s|’s|-?end))/i;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (/\blater\s+$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 8), match.index))) return null;
    const ref = context.reference.instant;
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: ref.getFullYear(), month: ref.getMonth() + 1, day: ref.getDate() });
    result.addTag(TAG.week);
    return result;
  }
}

const WEEKEND = /(?<![\w-])(?:(?:over|at|on|during)\s+the|this|last|past|over\s+the\s+past)\s+weekend\b(?!\s*(?:'s|’s))/i;

/** The weekend a phrase at `index` means: Saturday to Sunday, or the Saturday alone when published on it and told in the past. */
function weekendOf(context: ParsingContext, index: number, text: string): ParsingResult {
  const ref = context.reference.instant;
  const result = context.createParsingResult(index, text);
  // "people said over the weekend": the saying's weekend, past, whatever was said of the future.
  const said = SAID_BEFORE_DATE.test(context.text.slice(Math.max(0, index - 60), index));
  const future = !said && !/^(?:last|past|over\s+the\s+past)\b/i.test(text) && isFutureContext(context.text, result);
  // Days back from publication to the Saturday: a weekend begun on or before it, or the next one for the future.
  const back = future ? -((6 - ref.getDay() + 7) % 7 || 7) : (ref.getDay() + 1) % 7;
  const saturday = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - back, 12);
  const sunday = new Date(saturday.getFullYear(), saturday.getMonth(), saturday.getDate() + 1, 12);
  result.start.assign('year', saturday.getFullYear());
  result.start.assign('month', saturday.getMonth() + 1);
  result.start.assign('day', saturday.getDate());
  // Published on the Saturday, the weekend told in the past is that day so far.
  if (future || back !== 0) result.end = context.createParsingComponents({ year: sunday.getFullYear(), month: sunday.getMonth() + 1, day: sunday.getDate() });
  return result;
}

/**
 * "over the weekend", "last weekend", "at the weekend": the Saturday and Sunday news means, the
 * last one begun on or before publication in a sentence about the past, the coming one in a
 * sentence about the future ("will march this weekend"), which chrono misses or reads as one day.
 * Not "its first weekend" (a weekend of a thing), not "this weekend's" (what is on then).
 */
export class WeekendParser implements Parser {
  pattern(): RegExp {
    return WEEKEND;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    return weekendOf(context, match.index ?? 0, match[0]);
  }
}

/** chrono's own "this weekend", "last weekend" read again as the weekend; "this weekend's" is dropped. */
export class WeekendRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.flatMap((result) => {
      if (!/\bweekend$/i.test(result.text)) return [result];
      const at = context.text.slice(result.index).search(WEEKEND);
      return at === 0 ? [weekendOf(context, result.index, result.text)] : [];
    });
  }
}

// The part of a month each word names, in the month thirds the reading step knows.
// "the end of October" is chrono's, read by the end-of-month refiner.
const MONTH_PART: Record<string, 'early' | 'mid'> = { beginning: 'early', start: 'early', middle: 'mid' };

/**
 * "the beginning of June", "the start of March 2024", "the middle of May": a third of the month
 * (chrono reads the month alone). The year, when not written, is chosen by the past/future refiner.
 * After "by" or "until" only the month's bound is meant, which chrono's month and the prefix give.
 */
export class PartOfMonthParser implements Parser {
  pattern(): RegExp {
    return new RegExp(`(?<![\\w])(?:the\\s+)?(beginning|start|middle)\\s+of\\s+${MONTH}(?:\\s+(\\d{4}))?(?![\\w])`, 'i');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (/\b(by|until|till|before)\s+(the\s+)?$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index))) return null;
    const month = monthNumber(match[2]);
    const result = context.createParsingResult(match.index ?? 0, match[0], match[3] ? { month, year: Number(match[3]) } : { month });
    result.start.imply('day', 1);
    if (!match[3]) result.start.imply('year', context.reference.instant.getFullYear());
    const part = MONTH_PART[match[1].toLowerCase()];
    result.addTag(TAG.partOfMonth);
    result.addTag(`${TAG.partOfMonth}:${part}`);
    return result;
  }
}

/**
 * A month between a possessive and a noun dates the thing: "its April launch", "their March
 * meeting". Not "the May government" (a name) and not before a day ("his May 3 speech" is chrono's).
 */
export class MonthOfThingParser implements Parser {
  pattern(): RegExp {
    return new RegExp(`(?<![\\w])(?:its|his|her|their|our)\\s+${MONTH}(?=\\s+\\p{Ll}{3,})`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    // Month names are capitalised in prose; "her may" is a word.
    if (!/^\p{Lu}/u.test(match[1])) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { month: monthNumber(match[1]) });
    result.start.imply('day', 1);
    result.start.imply('year', context.reference.instant.getFullYear());
    return result;
  }
}

const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'meridiem'] as const;

/** The result's date on `text` at `index`, without the open start or end a prefix gave it. */
function withoutOpening(context: ParsingContext, result: ParsingResult, index: number, text: string): ParsingResult {
  const fresh = context.createParsingResult(index, text);
  for (const key of COMPONENTS) {
    const value = result.start.get(key);
    if (value === null) continue;
    if (result.start.isCertain(key)) fresh.start.assign(key, value);
    else fresh.start.imply(key, value);
  }
  for (const tag of result.tags()) if (tag !== TAG.openStart && tag !== TAG.openEnd) fresh.addTag(tag);
  return fresh;
}

const POSSESSIVE_MONTH = new RegExp(`^\\S+\\s+((?:its|his|her|their|our)\\s+${MONTH})$`, 'i');
// "hit by", "caused by", "struck by": "by" names who or what did it, not a deadline.
const AGENT_BY = /^(?:\p{L}+ed|hit|struck|shaken|torn|swept|brought|caught|led|made|taken|beaten|won|hurt|cut|shut|spread|built|sent|seen|known|held|felt|overshadowed)\s+$/iu;

/**
 * "since its April launch": "since" belongs to the thing, which the month dates; "hit by Monday's
 * earthquake": "by" names what did it, and the day is the earthquake's. The prefix refiner's open
 * span is taken back and the date stands alone.
 */
export class DateOfThingRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((result) => {
      if (result.end) return result;
      const month = POSSESSIVE_MONTH.exec(result.text);
      if (month) return withoutOpening(context, result, result.index + result.text.length - month[1].length, month[1]);
      const by = /^by\s+/i.exec(result.text);
      const word = context.text.slice(Math.max(0, result.index - 20), result.index).split(/\s(?=\S+\s*$)/).pop() ?? '';
      if (by && /^[’']s\b/.test(context.text.slice(result.index + result.text.length)) && AGENT_BY.test(word)) {
        return withoutOpening(context, result, result.index + by[0].length, result.text.slice(by[0].length));
      }
      return result;
    });
  }
}

/** "the last day of dealings", "the first week of the trial": a part of a thing, not a day counted from publication. */
export class PartOfThingFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (!/^(the\s+)?(last|next|this|past|first|final)\s+(day|week|month|year)$/i.test(result.text.trim())) return true;
      return !/^\s+of\b/i.test(context.text.slice(result.index + result.text.length));
    });
  }
}

/** Add the parsers and refiners to a chrono; the refiners run last, after the history refiners. */
export function addRelativePhrases(chrono: Chrono): void {
  chrono.parsers.push(new WeekOfPublicationParser(), new WeekendParser(), new PartOfMonthParser(), new MonthOfThingParser());
  chrono.refiners.push(new DateOfThingRefiner(), new PartOfThingFilter(), new WeekendRefiner());
}
