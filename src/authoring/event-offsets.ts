import { parseEdtf } from '../model/edtf';
import { FUTURE } from './chrono/future';
import { phraseOf, type CalendarDay, type DateReading } from './date-readings';
import type { Span } from './sentences';

/**
 * Dates told as an offset from another event, which chrono cannot read because they are not
 * relative to the publication date:
 * - "A decade later, …" opening a sentence: the event told just before, moved on by the offset;
 * - "A week after the cyclone struck, … on Thursday": the event after "after" is the sentence's
 *   own date moved back by the offset (and "before" forward).
 * - "the next day", "the following day", "a day later" anywhere in a sentence: the day after the
 *   date told just before it (in the sentence, else before), not after the publication date; "the
 *   next year", "the following month", "a year later" likewise, but with nothing told before, or a
 *   stated year after it in the sentence ("the next year at the 2004 Athens Games"), or a count that
 *   lands after publication in a sentence about the past, they date nothing of their own.
 * The result is never finer than the offset and the other date allow: a decade after 1985 is
 * 1995, a year; a week before Thursday 21 March is 14 March; two days after a year is not read.
 */

const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';
const AMOUNT = `(${Object.keys(NUMBERS).join('|')}|\\d{1,3})\\s+(day|week|month|year|decade)s?`;
// Sentence-opening "A decade later", "Four years later", "Two days afterwards", "A year on", "Ten years earlier".
const LATER = new RegExp(`^((?:(?:and|but|then)\\s+)?${AMOUNT}\\s+(later|afterwards|after that|on|earlier|before that))\\b`, 'i');
// "the next day", "the following year", "two years later" inside a sentence: counted from the date told before it; after "over", "for", "within", "throughout", a length. Not "earlier": inside a sentence it is often a claim counted from a date not told ("was born two years earlier").
const NEXT_PERIOD = new RegExp(`\\b(over\\s+|for\\s+|within\\s+|throughout\\s+|(?:on|in)\\s+)?(?:the\\s+(?:next|following)\\s+(day|month|year)\\b(?![’']s?\\s)|${AMOUNT}\\s+(later|afterwards)\\b)`, 'gi');
// Sentence-opening "A week after Cyclone Idai lashed southern Africa," with the sentence's own date after the comma.
const AFTER_EVENT = new RegExp(`^(${AMOUNT}\\s+(after|before))\\s+[^,]{3,120},`, 'i');

interface Offset {
  amount: number;
  unit: Unit;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An EDTF point moved by an offset (sign +1 later, -1 earlier), at the precision both allow; null when the offset is finer than the date. */
export function shiftedDate(edtf: string, offset: Offset, sign: 1 | -1): string | null {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok || edtf.includes('/') || edtf.includes('..')) return null;
  const { precision } = parsed.value;
  const [year, month = 1, day = 1] = edtf.split('-').map(Number);
  const n = offset.amount * sign;
  if (offset.unit === 'year' || offset.unit === 'decade') return pad(year + n * (offset.unit === 'decade' ? 10 : 1), 4);
  if (precision === 'year') return null;
  if (offset.unit === 'month') {
    const d = new Date(Date.UTC(year, month - 1 + n, 1));
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`;
  }
  if (precision !== 'day') return null;
  const d = new Date(Date.UTC(year, month - 1, day + n * (offset.unit === 'week' ? 7 : 1)));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function offsetOf(amount: string, unit: string): Offset {
  return { amount: NUMBERS[amount.toLowerCase()] ?? Number(amount), unit: unit.toLowerCase() as Unit };
}

function reading(index: number, phrase: string, edtf: string, note: string): DateReading {
  const parsed = parseEdtf(edtf);
  return { index, length: phrase.length, phrase, edtf, precision: parsed.ok ? parsed.value.precision : 'year', relative: false, basis: 'inferred', note, rule: 'offset', confidence: 0.5 };
}

/** An offset phrase's reading, counted from the date told before it; null when that date is too coarse. */
function periodAfter(phrase: string, offset: Offset, index: number, from: DateReading): DateReading | null {
  const edtf = shiftedDate(from.edtf, offset, 1);
  return edtf ? reading(index, phrase, edtf, `The article says '${phrase}', counted from '${from.phrase}' told just before it (${phraseOf(from.edtf)}), which is ${phraseOf(edtf)}.`) : null;
}

/** Whether an EDTF point starts after the publication day. */
function afterPublication(edtf: string, published: CalendarDay | null): boolean {
  if (!published) return false;
  const [year, month = 1, day = 1] = edtf.split('-').map(Number);
  return year * 10_000 + month * 100 + day > published.year * 10_000 + published.month * 100 + published.day;
}

/**
 * A sentence's readings with its next-period phrases counted from the date told before each, in
 * place of chrono's count from the publication date; `last` is the date told before the sentence.
 * A next day with nothing before it keeps chrono's count; a next month or year does not, being no
 * publication-relative "next year".
 */
function withPeriodsAfter(text: string, sentence: Span, own: DateReading[], last: DateReading | null, published: CalendarDay | null): DateReading[] {
  let readings = own;
  const lead = text.slice(sentence.start, sentence.end);
  for (const m of lead.matchAll(NEXT_PERIOD)) {
    const at = sentence.start + (m.index ?? 0);
    // A sentence-opening "A day later" is the LATER rule's.
    if (at === sentence.start && m[3]) continue;
    const offset = m[2] ? { amount: 1, unit: m[2].toLowerCase() as Unit } : offsetOf(m[3], m[4]);
    const unit = offset.unit;
    const end = at + m[0].length;
    const others = readings.filter((r) => r.index + r.length <= at || r.index >= end);
    if (m[1] && !/^(?:on|in)\s/i.test(m[1])) {
      readings = others;
      continue;
    }
    const from = [...readings].reverse().find((r) => r.index + r.length <= at) ?? last;
    const counted = from ? periodAfter(m[0], offset, at, from) : null;
    // A year the sentence states after the phrase is the one it means: "the next year at the 2004 Athens Games".
    const statedAfter = unit !== 'day' && others.some((r) => r.index >= end && !r.relative && r.precision === 'year');
    const tooLate = counted !== null && afterPublication(counted.edtf, published) && !FUTURE.test(text.slice(sentence.start, at) + text.slice(end, sentence.end));
    if (unit === 'day' && (!counted || tooLate)) continue;
    readings = (counted && !statedAfter && !tooLate ? [...others, counted] : others).sort((a, b) => a.index - b.index);
  }
  return readings;
}

/**
 * The readings of a paragraph with its offset phrases read. `readings` are the paragraph's own
 * dates; `before` is the last date told before the paragraph (for a "later" in its first sentence);
 * `published` keeps a count about the past from landing after publication.
 * Returns all the paragraph's readings, in order, and the last date told by its end.
 */
export function offsetReadings(text: string, sentences: Span[], readings: DateReading[], before: DateReading | null, published: CalendarDay | null = null): { readings: DateReading[]; last: DateReading | null } {
  const all: DateReading[] = readings.filter((r) => !sentences.some((s) => r.index >= s.start && r.index < s.end));
  let last = before;
  for (const sentence of sentences) {
    const own = withPeriodsAfter(text, sentence, readings.filter((r) => r.index >= sentence.start && r.index < sentence.end), last, published);
    all.push(...own);
    const lead = text.slice(sentence.start, sentence.end);
    const later = LATER.exec(lead);
    if (later && own.length === 0 && last) {
      const sign = /^(earlier|before)/i.test(later[4]) ? -1 : 1;
      const edtf = shiftedDate(last.edtf, offsetOf(later[2], later[3]), sign);
      if (edtf) {
        const r = reading(sentence.start, later[1], edtf, `The article says '${later[1]}', counted from '${last.phrase}' told just before it (${phraseOf(last.edtf)}), which is ${phraseOf(edtf)}.`);
        all.push(r);
        last = r;
        continue;
      }
    }
    const after = AFTER_EVENT.exec(lead);
    const own0 = own.find((r) => r.index >= sentence.start + (after?.[0].length ?? 0));
    if (after && own0) {
      const sign = /^after$/i.test(after[4]) ? -1 : 1;
      const edtf = shiftedDate(own0.edtf, offsetOf(after[2], after[3]), sign);
      if (edtf) all.push(reading(sentence.start, after[1], edtf, `The article says '${after[1]}' this event, counted from '${own0.phrase}' (${phraseOf(own0.edtf)}), which is ${phraseOf(edtf)}.`));
    }
    // A span told last leaves no single date to count from.
    if (own.length > 0) last = own[own.length - 1];
  }
  return { readings: all.sort((a, b) => a.index - b.index), last };
}
