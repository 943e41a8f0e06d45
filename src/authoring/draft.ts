import { parseEdtf } from '../model/edtf';
import { quoteContext } from '../model/quote';
import type { Citation, DateBasis, Problem, Source } from '../model/types';
import { datesAPrice, datesARecordsMark, datesAStatistic, eventCandidates, inAnAside, inQuotedTitle, joinRetold, namesAPeriod, speakersDay, tellsAnotherEvent } from './candidate-filter';
import { datelineLength, describesAScene, isCaption, isCutShort, isTimestamp } from './captions';
import { readDates, type CalendarDay, type DateReading, type DateRule, type StoryZone } from './date-readings';
import { draftHeadline, namedActor } from './headlines';
import { findMainEvent } from './main-event';
import { parseSentences, peopleIn, type Person } from './nlp';
import { contentStems, mergedDate, sharedDistinctive, stemFrequency } from './merge';
import { splitParagraphs, type ParagraphLine } from './paragraphs';
import { splitClauses, splitSentences, type Span } from './sentences';
import { draftId } from './event-ids';
import { offsetReadings } from './event-offsets';
import { dateLineOverTitle, dateLineReading, dateLinesOver, opensWithItsOwnDay, type DateLine } from './date-lines';
import { isTimeZone } from '../model/time-zone';
import { DAY_MS } from '../model/time-constants';
import { zoneNamedIn } from './zone-abbreviations';
import type { DraftEvent, DraftInfo, DraftOptions, DraftResult, DraftSummary, UnresolvedPhrase } from './draft-types';

export type { DraftEvent, DraftInfo, DraftOptions, DraftResult, DraftStory, DraftSummary, UnresolvedPhrase } from './draft-types';

/**
 * Article → draft story: every sentence that dates something becomes a candidate event citing its
 * paragraph with a verbatim quote, dated by the rules in date-readings.ts, titled as a headline
 * (headlines.ts); the article's main event is proposed even when its opening sentence has no date
 * (main-event.ts); the same event told twice is merged. Pure and DOM-free: the CLI and the editor
 * share it.
 */

interface Candidate {
  paragraph: ParagraphLine;
  sentence: Span;
  quote: string;
  reading: DateReading;
  title: string;
}

interface Working {
  first: Candidate;
  date: string;
  title: string;
  citations: Citation[];
  quotes: string[];
  basis: DateBasis;
  notes: string[];
  phrases: string[];
  confidence: number;
  rule: DateRule;
  sentences: Set<string>;
}

/** Parse a YYYY-MM-DD publication date; null with a problem when it is not one. */
export function parsePublished(text: string | undefined, problems: Problem[]): CalendarDay | null {
  if (text === undefined || text === '') return null;
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseEdtf(text) : null;
  if (!parsed || !parsed.ok) {
    // Written right but not a real day, the date's own error says which day the month lacks.
    const message = parsed && !parsed.ok ? `The publication date ${parsed.error}` : `The publication date "${text}" is not a day written YYYY-MM-DD.`;
    problems.push({ path: 'published', message });
    return null;
  }
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

/** A citation of the quote found at or after `from` in the paragraph, with the prefix or suffix that picks it when it occurs earlier too. */
function citeAt(source: string, paragraph: ParagraphLine, quote: string, from: number): Citation {
  const at = paragraph.text.indexOf(quote, from);
  return { source, paragraph: paragraph.id, quote, ...(at === -1 ? {} : quoteContext(paragraph.text, at, at + quote.length)) };
}

// Content words a quote needs besides its date to stand alone as the statement of an event.
const MIN_CONTENT_WORDS = 1;

function textWithout(text: string, phrases: string[]): string {
  let out = text;
  for (const p of phrases) if (p) out = out.split(p).join(' ');
  return out;
}

/** The quote for one date: the whole sentence when it holds one date, else its clause. */
function quoteFor(text: string, sentence: Span, readings: DateReading[], reading: DateReading): string {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (readings.length <= 1) return sentenceText;
  const protectedSpans = readings.map((r) => ({ start: r.index, end: r.index + r.length }));
  const clauses = splitClauses(text, sentence, protectedSpans);
  let first = clauses.findIndex((c) => reading.index >= c.start && reading.index < c.end);
  if (first === -1) return sentenceText;
  let last = first;
  const phrases = readings.map((r) => r.phrase);
  const enough = () => contentStems(textWithout(text.slice(clauses[first].start, clauses[last].end), phrases)).size >= MIN_CONTENT_WORDS;
  // A list continuation ("and October 2023") leans on the clause before it; others on the next.
  const backFirst = /^(and|or|nor)\s/i.test(text.slice(clauses[first].start, clauses[first].end));
  while (!enough() && (last < clauses.length - 1 || first > 0)) {
    if ((backFirst || last === clauses.length - 1) && first > 0) first--;
    else last++;
  }
  return text.slice(clauses[first].start, clauses[last].end).replace(/[\s,;:—–-]+$/, '');
}

// How much text before a sentence is read to name who "he", "she" or "it" is.
const CONTEXT_CHARS = 1_500;

/** The paragraph before and the paragraph's text before a sentence, cut to CONTEXT_CHARS at a sentence start. */
function contextBefore(previous: string, text: string, sentence: Span): string {
  const joined = [previous, text.slice(0, sentence.start)].filter((t) => /\S/.test(t)).join(' ').trim();
  if (joined.length <= CONTEXT_CHARS) return joined;
  const cut = joined.slice(-CONTEXT_CHARS);
  const start = cut.search(/[.!?]["”’]?\s+\p{Lu}/u);
  return start === -1 ? cut : cut.slice(start).replace(/^[.!?"”’]+\s+/, '');
}

/** The headline of one date's event: its sentence read by compromise, the date's verb, the quote as focus. */
function titleFor(text: string, sentence: Span, inSentence: DateReading[], reading: DateReading, quote: string, before: string, people: readonly Person[], actor: string | undefined): string {
  const shift = sentence.start;
  const quoteAt = Math.max(0, text.indexOf(quote, sentence.start) - shift);
  return draftHeadline({
    sentence: text.slice(sentence.start, sentence.end),
    focus: { start: quoteAt, end: quoteAt + quote.length },
    dates: inSentence.map((r) => ({ start: r.index - shift, end: r.index + r.length - shift })),
    // A date from outside the sentence (a date line) anchors no words of it.
    anchor: reading.length > 0 ? { start: reading.index - shift, end: reading.index + reading.length - shift } : undefined,
    before,
    people,
    actor,
  });
}

/** The people named in sentences, by surname, with how often and the gender a first name gave (for "she" and "him"). */
class PeopleCount {
  private counts = new Map<string, { count: number; gender: Person['gender'] }>();

  add(sentence: string): void {
    for (const person of peopleIn(sentence)) {
      const surname = person.name.split(/\s+/).pop()?.toLowerCase();
      if (!surname) continue;
      const known = this.counts.get(surname);
      this.counts.set(surname, { count: (known?.count ?? 0) + 1, gender: known?.gender ?? person.gender });
    }
  }

  /** Most named first. */
  list(): Person[] {
    return [...this.counts].sort((a, b) => b[1].count - a[1].count).map(([name, { gender }]) => ({ name, gender }));
  }
}

/** Whether a date sits in brackets that restate another date ("(which is roughly 2:00 AM local time on 31 May)"). */
function inRestatement(text: string, index: number): boolean {
  const open = text.lastIndexOf('(', index);
  return open !== -1 && text.indexOf(')', open) > index && /^\((?:which|that) (?:is|was)\b|^\((?:i\.e\.|or|roughly|about|equivalent)/i.test(text.slice(open, index));
}

/**
 * The zone times without one are read in: the one given (a problem when Intl does not know it),
 * else the one the article's zone abbreviations name, else none.
 */
export function storyZoneOf(timeZone: string | undefined, text: string, problems: Problem[]): StoryZone | undefined {
  if (timeZone !== undefined && timeZone !== '') {
    if (isTimeZone(timeZone)) return { zone: timeZone, origin: 'given for the story' };
    problems.push({ path: 'timeZone', message: `The time zone "${timeZone}" is not a time zone: write an IANA name such as "Asia/Kolkata" or "America/New_York".` });
    return undefined;
  }
  const named = zoneNamedIn(text);
  return named ? { zone: named.zone, origin: `named by '${named.abbreviation}' in the article` } : undefined;
}

/** The dates of a paragraph that can date events: not in its wire dateline, not timestamps, restatements, prices, periods' names, records' marks, statistics' years, titles or asides. */
function eventReadings(paragraph: ParagraphLine, published: CalendarDay | null, storyZone?: StoryZone): DateReading[] {
  const dateline = datelineLength(paragraph.text);
  const text = paragraph.text;
  return readDates(text, published, storyZone).filter(
    (r) =>
      r.index >= dateline &&
      !isTimestamp(text, r.index, r.length) &&
      !inRestatement(text, r.index) &&
      !speakersDay(text, r) &&
      !datesAPrice(text, r) &&
      !namesAPeriod(text, r) &&
      !datesARecordsMark(text, r) &&
      !datesAStatistic(text, r) &&
      !inQuotedTitle(text, r.index) &&
      !inAnAside(text, r),
  );
}

function emptySummary(): DraftSummary {
  return { paragraphs: 0, headings: 0, candidates: 0, byPrecision: { year: 0, month: 0, day: 0, minute: 0, second: 0 }, merged: 0, furniture: 0 };
}

function draftUnsafe(text: string, options: DraftOptions): DraftResult {
  const problems: Problem[] = [];
  const published = parsePublished(options.published, problems);
  const sourceId = options.sourceId && /\S/.test(options.sourceId) ? options.sourceId : 'article';
  const title = options.title && /\S/.test(options.title) ? options.title.trim() : 'Untitled draft';
  const { paragraphs, furniture } = splitParagraphs(text);
  const storyZone = storyZoneOf(options.timeZone, text, problems);

  const source: Source = { id: sourceId, title, paragraphs: [] };
  if (options.publisher && /\S/.test(options.publisher)) source.publisher = options.publisher.trim();
  if (options.url) {
    if (/^https?:\/\/\S+$/i.test(options.url)) source.url = options.url;
    else problems.push({ path: 'url', message: `The URL "${options.url}" is not an http or https address; it was left out.` });
  }
  if (published) source.published = options.published;
  source.paragraphs = paragraphs.map(({ id, text: t, role }) => (role ? { id, text: t, role } : { id, text: t }));

  const unresolved: UnresolvedPhrase[] = [];
  const candidates: Candidate[] = [];
  const dateLines = dateLinesOver(paragraphs);
  // The page's own date stamp at the top dates the page, not the paragraphs under it.
  const stamp = opensWithItsOwnDay(paragraphs, published);
  const lineOver = new Map<string, DateLine>([...dateLines.over].filter(([, line]) => !stamp || line.index !== 0).map(([i, line]) => [paragraphs[i].id, line]));
  // A date line is a heading whether or not it ends in a colon: it tells no event of its own.
  const bodies = paragraphs.filter((p, i) => p.role !== 'heading' && !dateLines.lines.has(i));
  const readingsOf = new Map<string, DateReading[]>();
  // The opening paragraphs name the article's people; dated sentences add theirs as they come.
  // The dated sentences, and every sentence of the opening paragraphs, are tagged in one batch.
  const datedOf = new Map<string, Span[]>();
  const batch: string[] = [];
  let toldLast: DateReading | null = null;
  bodies.forEach((paragraph, k) => {
    // Captions, credits, embedded posts and teasers cut short carry dates but tell no event.
    if (isCaption(paragraph.text) || isCutShort(paragraph.text)) return;
    const found = eventReadings(paragraph, published, storyZone).filter((r) => {
      if (r.timeNotKept) {
        const { clock, why, wantsZone } = r.timeNotKept;
        const message = `Line ${paragraph.line} (paragraph ${paragraph.id}): "${r.phrase}" gives the time ${clock}, but ${why}, so only the day is kept${wantsZone ? '; give the story the zone its times are in (--time-zone Area/City)' : ''}.`;
        problems.push({ path: `sources[0].paragraphs[${Number(paragraph.id.slice(1)) - 1}]`, message, severity: 'warning' });
      }
      if (!r.relative || published) return true;
      unresolved.push({ phrase: r.phrase, paragraph: paragraph.id, line: paragraph.line });
      return false;
    });
    const dateline = datelineLength(paragraph.text);
    const sentences = splitSentences(paragraph.text).map((span) => ({ start: Math.max(span.start, dateline), end: span.end }));
    const line = lineOver.get(paragraph.id);
    const first = sentences.find((s) => s.end > s.start);
    // A paragraph that opens with a quotation is a remark made that day, not an event of it.
    const remark = first !== undefined && /^["“‘]/.test(paragraph.text.slice(first.start));
    const lineReading = line && first ? dateLineReading(line, paragraph.text.slice(first.start, first.end), published, first.start) : null;
    if (line && !lineReading && !published && !unresolved.some((u) => u.paragraph === paragraphs[line.index].id)) {
      unresolved.push({ phrase: line.text, paragraph: paragraphs[line.index].id, line: paragraphs[line.index].line });
    }
    // The first paragraph under a date line counts "the next day" from the line.
    if (lineReading && lineOver.get(bodies[k - 1]?.id ?? '') !== line) toldLast = lineReading;
    const offsets = offsetReadings(paragraph.text, sentences, found, toldLast, published);
    toldLast = offsets.last;
    // A paragraph's own date wins over its date line's.
    const readings = offsets.readings.length === 0 && lineReading && !remark ? [lineReading] : offsets.readings;
    if (readings[0] === lineReading) toldLast = lineReading;
    readingsOf.set(paragraph.id, readings);
    const dated = k < 2 ? sentences : sentences.filter((s) => readings.some((r) => r.index >= s.start && r.index < s.end));
    datedOf.set(paragraph.id, dated.filter((s) => readings.some((r) => r.index >= s.start && r.index < s.end)));
    for (const s of dated) batch.push(paragraph.text.slice(s.start, s.end));
  });
  parseSentences(batch);
  const people = new PeopleCount();
  let actor: string | undefined;
  for (const opening of bodies.slice(0, 2)) {
    const spans = splitSentences(opening.text);
    for (const span of spans) people.add(opening.text.slice(span.start, span.end));
    const first = spans[0] ? opening.text.slice(Math.max(spans[0].start, datelineLength(opening.text)), spans[0].end) : '';
    actor ??= namedActor(first) ?? undefined;
  }
  bodies.forEach((paragraph, k) => {
    const readings = readingsOf.get(paragraph.id) ?? [];
    const dated = datedOf.get(paragraph.id) ?? [];
    if (dated.length === 0) return;
    const previous = bodies.slice(Math.max(0, k - 3), k).map((p) => p.text).join(' ');
    for (const sentence of dated) {
      const inSentence = readings.filter((r) => r.index >= sentence.start && r.index < sentence.end);
      const before = contextBefore(previous, paragraph.text, sentence);
      if (k >= 2) people.add(paragraph.text.slice(sentence.start, sentence.end));
      const named = people.list();
      for (const reading of inSentence) {
        const quote = quoteFor(paragraph.text, sentence, inSentence, reading);
        candidates.push({ paragraph, sentence, quote, reading, title: titleFor(paragraph.text, sentence, inSentence, reading, quote, before, named, actor) });
      }
    }
  });
  // A present-tense sentence with a date over a month old describes a picture, not an event.
  const monthBefore = published ? Date.UTC(published.year, published.month - 1, published.day) - 30 * DAY_MS : Number.NEGATIVE_INFINITY;
  const longPast = (edtf: string) => {
    const parsed = parseEdtf(edtf);
    return parsed.ok && parsed.value.endMs <= monthBefore;
  };
  const told = candidates.filter((c) => c.reading.length === 0 || !describesAScene(c.paragraph.text.slice(c.sentence.start, c.sentence.end), c.reading.index - c.sentence.start, longPast(c.reading.edtf)));
  // The opening sentence is the news, a plan or not.
  const opening = bodies.find((p) => !isCaption(p.text) && !isCutShort(p.text));
  const isOpening = (c: Candidate) => c.paragraph === opening && c.sentence.start <= datelineLength(c.paragraph.text);
  candidates.splice(0, candidates.length, ...eventCandidates(told, isOpening));
  for (const u of unresolved) {
    problems.push({
      path: `sources[0].paragraphs[${Number(u.paragraph.slice(1)) - 1}]`,
      message: `Line ${u.line} (paragraph ${u.paragraph}): "${u.phrase}" is relative to the publication date, which was not given; it was not dated.`,
    });
  }

  const frequency = stemFrequency(paragraphs.map((p) => p.text));
  const maxParagraphs = Math.max(2, Math.ceil(paragraphs.length * 0.15));
  const working: Working[] = [];
  let merged = 0;
  const postDate = (p: ParagraphLine, sentence: string, at: number) => {
    const line = dateLineOverTitle(paragraphs, paragraphs.indexOf(p));
    return line ? dateLineReading(line, sentence, published, at) : null;
  };
  const main = findMainEvent(bodies, candidates, published, (p) => readingsOf.get(p.id) ?? [], postDate);
  if (main) {
    const reading: DateReading = { index: main.sentence.start, length: 0, phrase: main.borrowed?.reading.phrase ?? '', edtf: main.edtf, precision: 'day', relative: true, basis: 'inferred', note: main.note, rule: 'main-event', confidence: 0.5 };
    const first: Candidate = { paragraph: main.paragraph, sentence: main.sentence, quote: main.quote, reading, title: main.title };
    const entry: Working = {
      first,
      date: main.edtf,
      title: main.title,
      citations: [citeAt(sourceId, main.paragraph, main.quote, main.sentence.start)],
      quotes: [main.quote],
      basis: 'inferred',
      notes: [main.note],
      phrases: [''],
      confidence: 0.5,
      rule: 'main-event',
      sentences: new Set([`${main.paragraph.id}:${main.sentence.start}`]),
    };
    const taken = main.borrowed;
    if (taken) {
      entry.citations.push(citeAt(sourceId, taken.paragraph, taken.quote, taken.sentence.start));
      entry.quotes.push(taken.quote);
      entry.phrases.push(taken.reading.phrase);
      entry.sentences.add(`${taken.paragraph.id}:${taken.sentence.start}`);
      candidates.splice(candidates.indexOf(taken), 1);
      merged++;
    }
    working.push(entry);
  }
  for (const c of candidates) {
    const sentenceKey = `${c.paragraph.id}:${c.sentence.start}`;
    const target = working.find((w) => {
      if (w.sentences.has(sentenceKey) || tellsAnotherEvent(c.quote) || mergedDate(w.date, c.reading.edtf) === null) return false;
      const quote = textWithout(c.quote, [c.reading.phrase]);
      return w.quotes.some((q) => sharedDistinctive(textWithout(q, w.phrases), quote, frequency, maxParagraphs).length > 0);
    });
    if (target) {
      const finer = mergedDate(target.date, c.reading.edtf) as string;
      if (finer !== target.date) {
        target.date = finer;
        // The main event keeps the opening sentence's headline.
        if (target.rule !== 'main-event') {
          target.title = c.title;
          target.rule = c.reading.rule;
        }
      }
      target.citations.push(citeAt(sourceId, c.paragraph, c.quote, c.sentence.start));
      target.quotes.push(c.quote);
      target.notes.push(c.reading.note);
      target.phrases.push(c.reading.phrase);
      target.sentences.add(sentenceKey);
      if (c.reading.basis === 'stated' && target.rule !== 'main-event') target.basis = 'stated';
      target.confidence = Math.max(target.confidence, c.reading.confidence);
      merged++;
      continue;
    }
    working.push({
      first: c,
      date: c.reading.edtf,
      title: c.title,
      citations: [citeAt(sourceId, c.paragraph, c.quote, c.sentence.start)],
      quotes: [c.quote],
      basis: c.reading.basis,
      notes: [c.reading.note],
      phrases: [c.reading.phrase],
      confidence: c.reading.confidence,
      rule: c.reading.rule,
      sentences: new Set([sentenceKey]),
    });
  }

  const drafted = joinRetold(working, actor);
  merged += working.length - drafted.length;
  const taken = new Set<string>();
  const summary = emptySummary();
  const events: DraftEvent[] = drafted.map((w) => {
    // Passages that date the event with the same words say it once.
    const notes = w.notes.filter((n, i) => w.notes.findIndex((o) => o.toLowerCase() === n.toLowerCase()) === i);
    const note = notes.length === 1 ? notes[0] : `${notes.join(' ')} These ${w.notes.length} passages tell the same event, so the most precise date is used.`;
    const draft: DraftInfo = { phrase: w.first.reading.phrase, confidence: Math.round(w.confidence * 100) / 100, rule: w.rule };
    if (w.phrases.length > 1) draft.phrases = w.phrases;
    const parsed = parseEdtf(w.date);
    if (parsed.ok) summary.byPrecision[parsed.value.precision]++;
    return {
      id: draftId(w.title, w.date, taken),
      date: w.date,
      title: w.title,
      citations: w.citations,
      dateBasis: w.basis,
      dateNote: note,
      draft,
    };
  });

  summary.paragraphs = paragraphs.length;
  summary.headings = paragraphs.filter((p) => p.role === 'heading').length;
  summary.candidates = candidates.length + (main ? 1 + (main.borrowed ? 1 : 0) : 0);
  summary.merged = merged;
  summary.furniture = furniture.length;
  const story = { title, sources: [source], events, ...(storyZone ? { timeZone: storyZone.zone } : {}) };
  return { story, furniture, unresolved, problems, summary, ...(storyZone ? { storyZone } : {}) };
}

/**
 * Draft a story from an article's text. Never throws: anything unexpected becomes a problem and an
 * empty (still valid) story.
 */
export function draftStory(text: string, options: DraftOptions = {}): DraftResult {
  try {
    return draftUnsafe(typeof text === 'string' ? text : '', options ?? {});
  } catch (error) {
    const title = options?.title && /\S/.test(options.title) ? options.title : 'Untitled draft';
    return {
      story: { title, sources: [{ id: 'article', title, paragraphs: [] }], events: [] },
      furniture: [],
      unresolved: [],
      problems: [{ path: '', message: `The article could not be drafted: ${error instanceof Error ? error.message : String(error)}` }],
      summary: emptySummary(),
    };
  }
}
