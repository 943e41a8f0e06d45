import { ParsingResult, type Refiner } from 'chrono-node/en';
import { type ParsingContext, TAG } from './parsers';
import { DAY_MS } from '../../model/time-constants';

/** Whether a date phrase speaks of the future ("will meet in December"), and the refiner that otherwise reads an undated month or weekday as the last one before publication. */

export const FUTURE = /\b(will|shall|won't|going to|plans? to|intends? to|due to|set to|scheduled|expected to|(?:is|are) expected|(?<=\s)(?<!\b(?:as|than|had|have|has|was|were|been|be)\s)expected(?=\s+(?:after|before|on|in|by|at|within|next|later|this|to)\b)|expects?|upcoming|next|later this|to be held|would take effect|(?:could|may|might) (?:get|face|receive)|faces? up to|would (?:begin|start|open|end|close)|would (?!have\b|later\b|often\b|never\b|always\b|usually\b)(?:re)?\w+)\b|'ll\b/i;

// A future word after a date speaks for it only up to the next clause with a verb of its own: "She made
// the announcement on 9 May and will leave office on June 30" tells a past and a future.
export const CLAUSE_BREAK = /;|\s(?:and|but|while|whereas)\s/i;

// A relative or time clause with a past verb of its own: the tense of the date it leads to.
export const PAST_CLAUSE = /\b(?:which|who|that|when|after|since)\s+(?:[\w-]+\s+){0,2}?(?:\w+ed|went|was|were|had|came|took|began|became|made|won|lost|fell|rose|met|left|gave|got|held|said|told|wrote|ran|saw|struck|hit|sold|bought|paid|built)\b/i;

// A past verb of saying right before a date: "said on Tuesday", "announced late on Friday".
export const SAID_BEFORE_DATE = /\b(?:said|told\s+[\p{L}.'’]+(?:\s+[\p{L}.'’]+)?|announced|confirmed|wrote|added|stated|declared|revealed|warned|insisted)\s+(?:(?:on|in|late|early|last)\s+)*$/iu;

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
  const dateStart = dateEnd - result.text.length;
  for (let m = future.exec(sentence); m !== null; m = future.exec(sentence)) {
    if (m.index >= dateEnd && CLAUSE_BREAK.test(sentence.slice(dateEnd, m.index))) continue;
    // "said on Tuesday she would step down": the date is the saying's; the future is what was said.
    if (m.index >= dateEnd && SAID_BEFORE_DATE.test(sentence.slice(0, dateStart))) continue;
    // "would" looks forward from a time the text may have named: "In 1990 she said she would leave in March" is not the coming March.
    if (/^would\s/i.test(m[0]) && !/^would (?:take effect|begin|start|open|end|close)$/i.test(m[0]) && /\b(?:1\d{3}|20\d{2})\b/.test(text.slice(0, result.index))) continue;
    // A past verb of its own between the future word and the date: "will be governed by the pact which went into effect in July".
    if (m.index < dateEnd && PAST_CLAUSE.test(sentence.slice(m.index + m[0].length, dateEnd - result.text.length))) continue;
    if (!/\b(was|were|had been|has been|have been)\s+(\w+ly\s+)?$/i.test(sentence.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * News reports past events: a month or a weekday without a year is the most recent one on or
 * before the publication date, unless the sentence speaks of the future. chrono picks the nearest
 * (or, with `forwardDate`, the next) one.
 */
export class PastPreferenceRefiner implements Refiner {
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
        } else if (start.isOnlyWeekdayComponent() && !result.end && !/\b(?:last|this)\b/i.test(result.text)) {
          // "will meet on Thursday": the Thursday on or after publication, as "on Thursday" in a report is the one on or before.
          const ahead = ((start.get('weekday') ?? 0) - ref.getDay() + 7) % 7;
          implyDay(start, new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + ahead, 12));
          result.addTag(TAG.futureWeekday);
        }
        continue;
      }
      if (start.isCertain('month') && !start.isCertain('year') && result.end?.isCertain('year')) {
        // "from March to May 2021": the start takes the end's year.
        const endYear = result.end.get('year') ?? ref.getFullYear();
        start.imply('year', (start.get('month') ?? 1) > (result.end.get('month') ?? 12) ? endYear - 1 : endYear);
        continue;
      }
      const appointment =
        /\bfor\s+(?:the\s+)?$/i.test(context.text.slice(Math.max(0, result.index - 10), result.index)) || /^for\s/i.test(result.text) || ORDERED_TO.test(context.text.slice(Math.max(0, result.index - 60), result.index));
      if (appointment && start.isCertain('month') && start.isCertain('day') && !start.isCertain('year') && !result.end && isComingDay(ref, start.get('month') ?? 1, start.get('day') ?? 1)) {
        start.imply('year', ref.getFullYear());
        result.addTag(TAG.comingDay);
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
        implyDay(start, new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - back, 12));
        result.addTag(TAG.pastWeekday);
      }
    }
    return results;
  }
}

/** Give a weekday result the calendar day it falls on. */
function implyDay(start: ParsingResult['start'], date: Date): void {
  start.imply('day', date.getDate());
  start.imply('month', date.getMonth() + 1);
  start.imply('year', date.getFullYear());
}

// A day in what someone was ordered or summoned to do: "was ordered to report to jail on March 4", "told to appear in court on 3 March".
const ORDERED_TO = /\b(?:ordered|told|summoned|required|directed|bailed)\s+to\s+[\p{L}-]+(?:\s+(?:to|in|at|before)\s+[\p{L}.'’ -]{1,30}?)?\s+(?:on\s+)?$/iu;

// How far after publication a day set "for" something is the coming one: news dates the past a year back with its year.
const COMING_DAYS = 56;

/** Whether a month and day fall after the reference day and at most COMING_DAYS after it, in its year. */
function isComingDay(ref: Date, month: number, day: number): boolean {
  const days = (Date.UTC(ref.getFullYear(), month - 1, day) - Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate())) / DAY_MS;
  return days > 0 && days <= COMING_DAYS;
}

export function dayKey(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

/**
 * Words before a result that change its meaning: "By 1994" and "until" leave the start open,
 * "since" and "after" the end; "early"/"mid"/"late" before a month narrow it to a third of it.
 * The word joins the result's text so the phrase reads as written.
 */
