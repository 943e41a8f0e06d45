import { DAY_MS } from '../model/time-constants';
import { parseEdtf } from '../model/edtf';
import { datelineLength, isCaption, isCutShort } from './captions';
import { edtfOfDay, phraseOf, type CalendarDay, type DateReading } from './date-readings';
import { datesMainClause, draftHeadline, eventVerb, headlineProblems, statesAFinding, tellsNews } from './headlines';
import { contentStems } from './merge';
import type { ParagraphLine } from './paragraphs';
import { splitSentences, type Span } from './sentences';

/**
 * The article's main event when its opening sentence does not date it ("Hollis said it had
 * completed its takeover of Brenner, …"): news leads with what just happened, so it is proposed all
 * the same, dated from a recent date phrase near the top that tells the same story, else (when it is
 * told as news of the day: "has completed") from the publication date, marked inferred with a note.
 */

/** A dated passage the main event can take its date from (a drafted candidate). */
export interface DatedPassage {
  paragraph: ParagraphLine;
  sentence: Span;
  quote: string;
  reading: DateReading;
  /** Its drafted title, when it has one. */
  title?: string;
}

export interface MainEvent<P extends DatedPassage> {
  paragraph: ParagraphLine;
  sentence: Span;
  /** The opening sentence, verbatim (after a wire dateline). */
  quote: string;
  title: string;
  edtf: string;
  note: string;
  /** The passage whose date it took; it tells the same event, so it joins it. */
  borrowed?: P;
}

// Where the main event may take its date from: the opening paragraph and the two after it.
const NEAR_PARAGRAPHS = 3;
// How recent a date must be to be the news of the day: up to ten days before publication.
const RECENT_DAYS = 10;

interface Lede {
  paragraph: ParagraphLine;
  sentence: Span;
  text: string;
  /** Index of the lede paragraph among the body paragraphs. */
  at: number;
}

/** The opening sentence: the first sentence of a body paragraph that reads as a report (a verb, six words, an end). */
function ledeOf(bodies: ParagraphLine[]): Lede | null {
  for (let at = 0; at < Math.min(bodies.length, NEAR_PARAGRAPHS); at++) {
    const paragraph = bodies[at];
    if (isCaption(paragraph.text) || isCutShort(paragraph.text)) continue;
    const dateline = datelineLength(paragraph.text);
    // A dateline's abbreviation ("BENTONVILLE, Ark. (AP) —") ends no sentence: the lede is the first one past it.
    const first = splitSentences(paragraph.text).find((s) => s.end > dateline + 1);
    if (!first) continue;
    const start = Math.max(first.start, dateline);
    const text = paragraph.text.slice(start, first.end);
    if (text.split(/\s+/).length < 6 || !/[.!?]["”’)]?$/.test(text)) continue;
    if (headlineProblems(draftHeadline({ sentence: text })).some((p) => /no verb|only a name/.test(p))) continue;
    return { paragraph, sentence: { start, end: first.end }, text, at };
  }
  return null;
}

function dayMs(day: CalendarDay): number {
  return Date.UTC(day.year, day.month - 1, day.day);
}

/** Whether a reading is a recent day (or week) at most RECENT_DAYS before publication. */
function isRecent(reading: DateReading, published: CalendarDay): boolean {
  const parsed = parseEdtf(reading.edtf);
  if (!parsed.ok || parsed.value.precision !== 'day' || reading.edtf.includes('..')) return false;
  const start = parsed.value.startMs;
  const pub = dayMs(published);
  return start <= pub && start >= pub - RECENT_DAYS * DAY_MS;
}

/**
 * The main event, when the opening sentence's main clause has no date of its own; null when it has
 * one (its candidate already stands for it) or when neither a recent date nor a publication date
 * can date it.
 */
export function findMainEvent<P extends DatedPassage>(
  bodies: ParagraphLine[],
  passages: P[],
  published: CalendarDay | null,
  ledeReadings: (paragraph: ParagraphLine) => DateReading[],
  postDate?: (paragraph: ParagraphLine, sentence: string, at: number) => DateReading | null,
): MainEvent<P> | null {
  const lede = ledeOf(bodies);
  if (!lede) return null;
  const shift = lede.sentence.start;
  const inLede = ledeReadings(lede.paragraph).filter((r) => r.index >= lede.sentence.start && r.index < lede.sentence.end);
  const spans = inLede.map((r) => ({ start: r.index - shift, end: r.index + r.length - shift }));
  if (datesMainClause(lede.text, spans)) return null;
  const title = draftHeadline({ sentence: lede.text, dates: spans });
  const near = new Set(bodies.slice(lede.at, lede.at + NEAR_PARAGRAPHS).map((p) => p.id));
  const ledeWords = contentStems(lede.text);
  const ledeVerb = eventVerb({ sentence: lede.text, dates: spans });
  let borrowed: P | undefined;
  let bestScore = -1;
  for (const passage of passages) {
    if (!published || !near.has(passage.paragraph.id) || !isRecent(passage.reading, published)) continue;
    // A date counted from another event ("a week after the cyclone struck") is that other event's.
    if (passage.reading.rule === 'offset') continue;
    // A date line dates its paragraph, not the story the opening sentence tells.
    if (passage.reading.rule === 'date-line') continue;
    // "last week's Queen's Speech" dates the speech, not what the sentence says was done to it.
    if (/^[’']s\b/.test(passage.paragraph.text.slice(passage.reading.index + passage.reading.length))) continue;
    if (passage.paragraph.id === lede.paragraph.id && passage.sentence.start <= lede.sentence.start) continue;
    const words = contentStems(passage.quote.split(passage.reading.phrase).join(' '));
    // The same verb ("has died" … "died on Monday evening") tells the same event more surely than shared words.
    const sentence = passage.paragraph.text.slice(passage.sentence.start, passage.sentence.end);
    const at = passage.reading.index - passage.sentence.start;
    const dates = ledeReadings(passage.paragraph)
      .filter((r) => r.index >= passage.sentence.start && r.index < passage.sentence.end)
      .map((r) => ({ start: r.index - passage.sentence.start, end: r.index + r.length - passage.sentence.start }));
    const sameVerb = ledeVerb !== null && eventVerb({ sentence, dates, anchor: { start: at, end: at + passage.reading.length } }) === ledeVerb;
    const score = [...words].filter((w) => ledeWords.has(w)).length + (sameVerb ? 3 : 0);
    if (score > bestScore) {
      borrowed = passage;
      bestScore = score;
    }
  }
  const base = { paragraph: lede.paragraph, sentence: lede.sentence, quote: lede.text, title };
  // Told as news of the day with a sentence further down dated that very day ("A new find changes
  // what we know …" and "In a paper published Tuesday …"): the two tell one event, dated there.
  // That sentence says what was done; the lede only comments on it, so the title is the sentence's.
  let sameDay: P | undefined;
  if (!borrowed && published && tellsNews(lede.text)) {
    const day = edtfOfDay(published);
    sameDay = passages.find((p) => p.reading.edtf === day && p.reading.rule !== 'offset' && p.reading.rule !== 'date-line' && p.paragraph.id !== lede.paragraph.id);
  }
  if (sameDay) {
    const note = `The article's opening sentence gives no date for this; a later sentence that tells the same day's news says '${sameDay.reading.phrase}', which is ${phraseOf(sameDay.reading.edtf)}.`;
    return { ...base, title: sameDay.title ?? title, edtf: sameDay.reading.edtf, note, borrowed: sameDay };
  }
  if (borrowed) {
    const edtf = borrowed.reading.edtf;
    const note = `The article's opening sentence gives no date for this; a passage near it that tells the same story says '${borrowed.reading.phrase}', which is ${phraseOf(edtf)}.`;
    return { ...base, edtf, note, borrowed };
  }
  // A post under a date line reports the news of that day: "Wednesday, December 5, 2007" above its title.
  const line = postDate?.(lede.paragraph, lede.text, lede.sentence.start);
  if (line && (!published || isRecent(line, published))) {
    const note = `The article's opening sentence gives no date for this; it opens a post dated '${line.phrase}' above its title, which is ${phraseOf(line.edtf)}.`;
    return { ...base, edtf: line.edtf, note };
  }
  // Only news of the day ("has completed", "have begun") happened about when it was published; a
  // study's finding ("A new study … reconsiders guidelines") is what it says, on no day of its own.
  if (!published || !tellsNews(lede.text) || statesAFinding(lede.text)) return null;
  const edtf = edtfOfDay(published);
  const note = `The article gives no date for this; it reports it as news of the day, so it is dated to the day the article was published, ${phraseOf(edtf)}.`;
  return { ...base, edtf, note };
}
