import { parseEdtf } from '../model/edtf';
import type { Citation, DateBasis, Precision, Problem, Source, StoryEventInput, StoryInput } from '../model/types';
import { readDates, type CalendarDay, type DateReading, type DateRule } from './date-readings';
import { contentStems, mergedDate, sharedDistinctive, stemFrequency } from './merge';
import { splitParagraphs, type FurnitureLine, type ParagraphLine } from './paragraphs';
import { splitClauses, splitSentences, type Span } from './sentences';
import { draftId, draftTitle } from './titles';

/**
 * Article → draft story: every sentence that dates something becomes a candidate event citing its
 * paragraph with a verbatim quote, dated by the rules in date-readings.ts, titled from its words;
 * the same event told twice is merged. Pure and DOM-free: the CLI and the editor share it.
 */

export interface DraftOptions {
  /** Publication date, YYYY-MM-DD: the reference for relative dates ("last year", "on Thursday"). */
  published?: string;
  title?: string;
  publisher?: string;
  url?: string;
  /** Id of the one source; "article" unless given. */
  sourceId?: string;
}

/** Draft-only information on an event; the schema allows it and the element ignores it. */
export interface DraftInfo {
  /** The phrase the date came from, as written. */
  phrase: string;
  /** How sure the date rule is, 0 to 1. */
  confidence: number;
  /** The date rule that applied (see docs/authoring.md). */
  rule: DateRule;
  /** Every phrase of a merged event, in text order. */
  phrases?: string[];
}

export interface DraftEvent extends StoryEventInput {
  dateNote: string;
  draft: DraftInfo;
}

export interface DraftStory extends StoryInput {
  events: DraftEvent[];
}

export interface DraftSummary {
  paragraphs: number;
  headings: number;
  candidates: number;
  byPrecision: Record<Precision, number>;
  /** Candidates folded into an earlier event. */
  merged: number;
  /** Paragraphs left out as page furniture. */
  furniture: number;
}

/** A relative phrase that could not be resolved because no publication date was given. */
export interface UnresolvedPhrase {
  phrase: string;
  paragraph: string;
  line: number;
}

export interface DraftResult {
  story: DraftStory;
  /** Paragraphs left out of the story as page furniture, with the rule that matched. */
  furniture: FurnitureLine[];
  /** Relative phrases left undated for want of a publication date. */
  unresolved: UnresolvedPhrase[];
  problems: Problem[];
  summary: DraftSummary;
}

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
    const reason = parsed && !parsed.ok ? ` (${parsed.error})` : '';
    problems.push({ path: 'published', message: `The publication date "${text}" is not a day written YYYY-MM-DD${reason}.` });
    return null;
  }
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

// Content words a quote needs besides its date to stand alone as the statement of an event.
const MIN_CONTENT_WORDS = 1;

function textWithout(text: string, phrases: string[]): string {
  let out = text;
  for (const p of phrases) out = out.split(p).join(' ');
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

function emptySummary(): DraftSummary {
  return { paragraphs: 0, headings: 0, candidates: 0, byPrecision: { year: 0, month: 0, day: 0 }, merged: 0, furniture: 0 };
}

function draftUnsafe(text: string, options: DraftOptions): DraftResult {
  const problems: Problem[] = [];
  const published = parsePublished(options.published, problems);
  const sourceId = options.sourceId && /\S/.test(options.sourceId) ? options.sourceId : 'article';
  const title = options.title && /\S/.test(options.title) ? options.title.trim() : 'Untitled draft';
  const { paragraphs, furniture } = splitParagraphs(text);

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
  for (const paragraph of paragraphs) {
    if (paragraph.role === 'heading') continue;
    const readings = readDates(paragraph.text, published).filter((r) => {
      if (!r.relative || published) return true;
      unresolved.push({ phrase: r.phrase, paragraph: paragraph.id, line: paragraph.line });
      return false;
    });
    if (readings.length === 0) continue;
    const sentences = splitSentences(paragraph.text);
    for (const sentence of sentences) {
      const inSentence = readings.filter((r) => r.index >= sentence.start && r.index < sentence.end);
      for (const reading of inSentence) {
        const quote = quoteFor(paragraph.text, sentence, inSentence, reading);
        const titleText = draftTitle(quote, inSentence.map((r) => r.phrase));
        candidates.push({ paragraph, sentence, quote, reading, title: titleText });
      }
    }
  }
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
  for (const c of candidates) {
    const sentenceKey = `${c.paragraph.id}:${c.sentence.start}`;
    const target = working.find((w) => {
      if (w.sentences.has(sentenceKey) || mergedDate(w.date, c.reading.edtf) === null) return false;
      const quote = textWithout(c.quote, [c.reading.phrase]);
      return w.quotes.some((q) => sharedDistinctive(textWithout(q, w.phrases), quote, frequency, maxParagraphs).length > 0);
    });
    if (target) {
      const finer = mergedDate(target.date, c.reading.edtf) as string;
      if (finer !== target.date) {
        target.date = finer;
        target.title = c.title;
        target.rule = c.reading.rule;
      }
      target.citations.push({ source: sourceId, paragraph: c.paragraph.id, quote: c.quote });
      target.quotes.push(c.quote);
      target.notes.push(c.reading.note);
      target.phrases.push(c.reading.phrase);
      target.sentences.add(sentenceKey);
      if (c.reading.basis === 'stated') target.basis = 'stated';
      target.confidence = Math.max(target.confidence, c.reading.confidence);
      merged++;
      continue;
    }
    working.push({
      first: c,
      date: c.reading.edtf,
      title: c.title,
      citations: [{ source: sourceId, paragraph: c.paragraph.id, quote: c.quote }],
      quotes: [c.quote],
      basis: c.reading.basis,
      notes: [c.reading.note],
      phrases: [c.reading.phrase],
      confidence: c.reading.confidence,
      rule: c.reading.rule,
      sentences: new Set([sentenceKey]),
    });
  }

  const taken = new Set<string>();
  const summary = emptySummary();
  const events: DraftEvent[] = working.map((w) => {
    const note =
      w.notes.length === 1
        ? w.notes[0]
        : `${w.notes.join(' ')} Merged: the ${w.notes.length} passages tell the same event (their dates agree and they share distinctive words); the finest date is kept.`;
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
  summary.candidates = candidates.length;
  summary.merged = merged;
  summary.furniture = furniture.length;
  return { story: { title, sources: [source], events }, furniture, unresolved, problems, summary };
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
