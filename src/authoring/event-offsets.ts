import { parseEdtf } from '../model/edtf';
import { phraseOf, type DateReading } from './date-readings';
import type { Span } from './sentences';

/**
 * Dates told as an offset from another event, which chrono cannot read because they are not
 * relative to the publication date:
 * - "A decade later, …" opening a sentence: the event told just before, moved on by the offset;
 * - "A week after the cyclone struck, … on Thursday": the event after "after" is the sentence's
 *   own date moved back by the offset (and "before" forward).
 * The result is never finer than the offset and the other date allow: a decade after 1985 is
 * 1995, a year; a week before Thursday 21 March is 14 March; two days after a year is not read.
 */

const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';
const AMOUNT = `(${Object.keys(NUMBERS).join('|')}|\\d{1,3})\\s+(day|week|month|year|decade)s?`;
// Sentence-opening "A decade later", "Four years later", "Two days afterwards", "A year on", "Ten years earlier".
const LATER = new RegExp(`^((?:(?:and|but|then)\\s+)?${AMOUNT}\\s+(later|afterwards|after that|on|earlier|before that))\\b`, 'i');
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

/**
 * The readings a paragraph's offset phrases give. `readings` are the paragraph's own dates;
 * `before` is the last date told before the paragraph (for a "later" in its first sentence).
 * Returns the readings to add and the last date told by the end of the paragraph.
 */
export function offsetReadings(text: string, sentences: Span[], readings: DateReading[], before: DateReading | null): { added: DateReading[]; last: DateReading | null } {
  const added: DateReading[] = [];
  let last = before;
  for (const sentence of sentences) {
    const own = readings.filter((r) => r.index >= sentence.start && r.index < sentence.end);
    const lead = text.slice(sentence.start, sentence.end);
    const later = LATER.exec(lead);
    if (later && own.length === 0 && last) {
      const sign = /^(earlier|before)/i.test(later[4]) ? -1 : 1;
      const edtf = shiftedDate(last.edtf, offsetOf(later[2], later[3]), sign);
      if (edtf) {
        const r = reading(sentence.start, later[1], edtf, `The article says '${later[1]}', counted from '${last.phrase}' told just before it (${phraseOf(last.edtf)}), which is ${phraseOf(edtf)}.`);
        added.push(r);
        last = r;
        continue;
      }
    }
    const after = AFTER_EVENT.exec(lead);
    const own0 = own.find((r) => r.index >= sentence.start + (after?.[0].length ?? 0));
    if (after && own0) {
      const sign = /^after$/i.test(after[4]) ? -1 : 1;
      const edtf = shiftedDate(own0.edtf, offsetOf(after[2], after[3]), sign);
      if (edtf) added.push(reading(sentence.start, after[1], edtf, `The article says '${after[1]}' this event, counted from '${own0.phrase}' (${phraseOf(own0.edtf)}), which is ${phraseOf(edtf)}.`));
    }
    // A span told last leaves no single date to count from.
    if (own.length > 0) last = own[own.length - 1];
  }
  return { added, last };
}
