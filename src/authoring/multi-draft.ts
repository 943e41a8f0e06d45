/**
 * Several articles → one draft story: each article is drafted against its own publication date
 * (draft.ts), then the same happening told by several articles becomes one event with a citation
 * per source, each citation carrying the date its source gives. Whether two articles tell the same
 * happening is judged from their words (names, content words and numbers of the quotes, weighed by
 * how rare they are across the articles) and their dates; dates that cannot both be true are
 * allowed when the words match strongly, since that is how sources that differ are found.
 * Pure and DOM-free, shared by the CLI and the editor.
 */
import { corroborate, datesAgree } from '../model/corroboration';
import { sourceNamer } from '../model/corroboration-phrase';
import { parseEdtf } from '../model/edtf';
import { DAY_MS } from '../model/time-constants';
import { datePhrase } from '../model/date-phrase';
import type { CalendarDate, Citation, DateBasis, Problem, Source } from '../model/types';
import { draftStory, type DraftEvent, type DraftInfo, type DraftResult, type DraftStory } from './draft';
import { contentStems } from './merge';
import { headingOf } from './paragraphs';
import { asciiWords, draftId } from './event-ids';

/** One article to draft: its text and what is known of it. */
export interface ArticleInput {
  text: string;
  /** Publication date, YYYY-MM-DD: the reference for its relative dates. */
  published?: string;
  publisher?: string;
  url?: string;
  /** The source's title; by default its first paragraph when that is a heading. */
  title?: string;
  /** The source id; by default from the publisher or title ("wire-agency"), made unique. */
  id?: string;
}

export interface MultiDraftOptions {
  /** The story's title; by default the first article's. */
  title?: string;
  /** The story's IANA time zone, for times written without one (see DraftOptions). */
  timeZone?: string;
}

export interface MultiDraftSummary {
  articles: number;
  /** Events in the story. */
  events: number;
  /** Events two or more sources report. */
  corroborated: number;
  /** Events whose sources give dates that cannot all be true. */
  disagreements: number;
}

export interface MultiDraftResult {
  story: DraftStory;
  /** Each article's own draft, in the order given (its story has the one source). */
  articles: DraftResult[];
  /** For each article, for each event of its own draft, the index in `story.events` of the event it became part of. */
  placement: number[][];
  /** Every article's problems, each path prefixed with `articles[i].`. */
  problems: Problem[];
  summary: MultiDraftSummary;
}

/** One article's drafted event: a mention of a happening, to be matched across articles. */
interface Mention {
  article: number;
  /** Its index among its article's drafted events. */
  index: number;
  event: DraftEvent;
  calendar: CalendarDate | null;
  /** False when the article gives no date for it (its main event dated to the publication day). */
  dated: boolean;
  /** Weighed terms of all its words (quotes and title), and of each quote alone. */
  whole: Terms;
  quotes: Terms[];
}

/** Stems of names, content words and numbers with their counts, then their tf-idf weights (a unit vector). */
type Terms = Map<string, number>;

// Two mentions whose score (words' likeness plus what their dates add) reaches this are one happening.
const SAME_HAPPENING = 0.25;
// What their dates add to the likeness of their words: the same day says much, a decade apart speaks against.
const SAME_DAY = 0.15;
const SAME_MONTH = 0.1;
const SAME_YEAR = 0.06;
const DATES_AGREE = 0.05;
const DATES_FAR = -0.1;
// Dates whose ranges are further apart than this are "far"; nearer ones ("near") add nothing.
const NEAR_DAYS = 31;
// Two articles' main events are likely one happening.
const MAIN_EVENTS_BONUS = 0.1;
// Two mentions that are each other's best match between their two articles are one happening when
// their words are this alike: nothing more when they give the same day or month, more as dates part.
const MUTUAL_SAME_DATE = 0;
const MUTUAL_AGREE = 0.08;
const MUTUAL_NEAR = 0.15;
// Dates far apart (a decade) join only words this alike, best match or not: that is how a wrong year is found.
const FAR_LIKENESS = 0.28;

/** A source id from the publisher or title, URL-safe and unique among `taken`. */
function sourceIdFor(article: ArticleInput, index: number, taken: Set<string>): string {
  const given = article.id && /\S/.test(article.id) ? article.id.trim() : '';
  const base = given || asciiWords(article.publisher ?? article.title ?? '').slice(0, 4).join('-') || `source-${index + 1}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A text without the event's date phrases. */
export function withoutDates(text: string, event: DraftEvent): string {
  let out = text;
  for (const phrase of [event.draft.phrase, ...(event.draft.phrases ?? [])]) if (phrase) out = out.split(phrase).join(' ');
  return out;
}

/** Numbers that are not years: counts, magnitudes, ages ("296", "6.8", "53"). */
function numbersIn(text: string): string[] {
  return (text.match(/\b\d+(?:[.,]\d+)?\b/g) ?? []).filter((n) => !/^(1[0-9]|20|21)\d\d$/.test(n)).map((n) => `#${n.replace(',', '.')}`);
}

/** Term counts of a text: content stems (names included) and numbers. */
export function termsOf(text: string): Terms {
  const terms: Terms = new Map();
  for (const word of text.match(/[\p{L}][\p{L}’'-]*/gu) ?? []) {
    const [only] = contentStems(word);
    if (only) terms.set(only, (terms.get(only) ?? 0) + 1);
  }
  for (const n of numbersIn(text)) terms.set(n, (terms.get(n) ?? 0) + 1);
  return terms;
}

/** Weighs each mention's terms by how rare they are among all mentions (tf-idf), as unit vectors. */
export function weigh(mentions: Mention[]): void {
  const df = new Map<string, number>();
  for (const m of mentions) for (const t of m.whole.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = mentions.length;
  const unit = (terms: Terms) => {
    let norm = 0;
    for (const [t, count] of terms) {
      const w = (1 + Math.log(count)) * Math.log(1 + n / (df.get(t) ?? 1));
      terms.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of terms) terms.set(t, w / norm);
  };
  for (const m of mentions) {
    unit(m.whole);
    m.quotes.forEach(unit);
  }
}

/** Cosine of two weighed term vectors, 0 to 1. */
function cosine(a: Terms, b: Terms): number {
  let sum = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

/** How alike two mentions' words are: all their words, or their two most alike quotes, whichever is more. */
export function likeness(a: Mention, b: Mention): number {
  let best = cosine(a.whole, b.whole);
  for (const qa of a.quotes) for (const qb of b.quotes) best = Math.max(best, cosine(qa, qb));
  return best;
}

/** Days between two dates' ranges (0 when they meet or overlap); Infinity when either is unknown. */
function gapDays(a: CalendarDate | null, b: CalendarDate | null): number {
  if (!a || !b) return Infinity;
  const low = (d: CalendarDate) => (d.openStart ? -Infinity : d.startMs);
  const high = (d: CalendarDate) => (d.openEnd ? Infinity : d.endMs);
  return Math.max(0, low(b) - high(a), low(a) - high(b)) / DAY_MS;
}

/** How two mentions' dates relate: the same EDTF (at what precision), agreeing, near, far, or not given by one. */
type DateRelation = 'same-day' | 'same-month' | 'same-year' | 'agree' | 'near' | 'far' | 'undated';

function dateRelation(a: Mention, b: Mention): DateRelation {
  const gap = gapDays(a.calendar, b.calendar);
  // A date the article does not give is only the day it was published: close is neither for nor against.
  if (!a.dated || !b.dated) return gap <= 3 ? 'undated' : 'far';
  const [ca, cb] = [a.calendar as CalendarDate, b.calendar as CalendarDate];
  if (a.event.date === b.event.date) return ca.precision === 'day' ? 'same-day' : ca.precision === 'month' ? 'same-month' : 'same-year';
  if (datesAgree(ca, cb)) return 'agree';
  return gap <= NEAR_DAYS ? 'near' : 'far';
}

const DATE_WEIGHT: Record<DateRelation, number> = { 'same-day': SAME_DAY, 'same-month': SAME_MONTH, 'same-year': SAME_YEAR, agree: DATES_AGREE, near: 0, far: DATES_FAR, undated: 0 };

/** A pair of mentions of two articles, scored. */
interface Pair {
  i: number;
  j: number;
  likeness: number;
  relation: DateRelation;
  /** Likeness, what the dates add, and the main events' bonus. */
  score: number;
}

function scorePair(mentions: Mention[], i: number, j: number): Pair {
  const [a, b] = [mentions[i], mentions[j]];
  const like = likeness(a, b);
  const relation = dateRelation(a, b);
  const main = a.event.draft.rule === 'main-event' && b.event.draft.rule === 'main-event' ? MAIN_EVENTS_BONUS : 0;
  return { i, j, likeness: like, relation, score: like + DATE_WEIGHT[relation] + main };
}

/** Whether a pair tells one happening: a high score, or each the other's best match with words alike enough for how their dates relate. */
function accepted(pair: Pair, mutual: boolean): boolean {
  if (pair.relation === 'far') return pair.likeness >= FAR_LIKENESS;
  if (pair.score >= SAME_HAPPENING) return true;
  if (!mutual) return false;
  const needed = pair.relation === 'near' ? MUTUAL_NEAR : pair.relation === 'agree' || pair.relation === 'same-year' || pair.relation === 'undated' ? MUTUAL_AGREE : MUTUAL_SAME_DATE;
  return pair.likeness >= needed;
}

/**
 * Groups mentions into happenings: the best-scoring accepted pairs first; a group holds at most one
 * mention per article (an article's own draft already joined what it tells twice), and two groups
 * do not join when any two of their mentions are far apart in date with words not alike enough,
 * so a chain of look-alikes cannot join two happenings.
 */
function group(mentions: Mention[]): Mention[][] {
  const pairs = new Map<string, Pair>();
  const key = (i: number, j: number) => (i < j ? `${i}:${j}` : `${j}:${i}`);
  // The best partner of each mention in each other article, to find pairs that are each other's best.
  const best = new Map<string, Pair>();
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      if (mentions[i].article === mentions[j].article) continue;
      const pair = scorePair(mentions, i, j);
      pairs.set(key(i, j), pair);
      for (const [from, to] of [[i, j], [j, i]]) {
        const slot = `${from}>${mentions[to].article}`;
        const held = best.get(slot);
        if (!held || pair.score > held.score) best.set(slot, pair);
      }
    }
  }
  const isMutual = (p: Pair) => best.get(`${p.i}>${mentions[p.j].article}`) === p && best.get(`${p.j}>${mentions[p.i].article}`) === p;
  const joining = [...pairs.values()].filter((p) => accepted(p, isMutual(p))).sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const groupOf = mentions.map((_, i) => i);
  const members = new Map<number, number[]>(mentions.map((_, i) => [i, [i]]));
  for (const { i, j } of joining) {
    const gi = groupOf[i];
    const gj = groupOf[j];
    if (gi === gj) continue;
    const a = members.get(gi) as number[];
    const b = members.get(gj) as number[];
    const articles = new Set(a.map((k) => mentions[k].article));
    if (b.some((k) => articles.has(mentions[k].article))) continue;
    if (a.some((x) => b.some((y) => !accepted(pairs.get(key(x, y)) as Pair, true) && (pairs.get(key(x, y)) as Pair).relation === 'far'))) continue;
    for (const k of b) groupOf[k] = gi;
    a.push(...b);
    members.delete(gj);
  }
  return [...members.values()].map((ks) => ks.sort((x, y) => x - y).map((k) => mentions[k]));
}

/** The finest of dates that all agree: the one every other contains. */
function finest(calendars: CalendarDate[]): CalendarDate {
  return calendars.reduce((best, c) => (c.endMs - c.startMs < best.endMs - best.startMs ? c : best));
}

/** One happening's event: a citation per mention (each with its own date), dated by what most sources say. */
function mergedEvent(happening: Mention[], sources: Source[], taken: Set<string>): DraftEvent {
  if (happening.length === 1) {
    const [only] = happening;
    const event: DraftEvent = { ...only.event, citations: only.event.citations.map((c) => ({ ...c, source: sources[only.article].id })) };
    event.id = draftId(event.title, event.date, taken);
    return event;
  }
  const citations: Citation[] = [];
  for (const m of happening) {
    for (const c of m.event.citations) {
      const citation: Citation = { ...c, source: sources[m.article].id };
      if (m.dated) citation.date = m.event.date;
      citations.push(citation);
    }
  }
  const dated = happening.filter((m) => m.dated && m.calendar);
  // Only the sources that give a date vote on it: an undated mention's date is its publication day.
  const corroboration = corroborate({ date: happening[0].event.date, citations: citations.filter((c) => c.date !== undefined) });
  let date: string;
  if (dated.length === 0) date = happening[0].event.date;
  else if (corroboration.agree) date = finest(dated.map((m) => m.calendar as CalendarDate)).edtf;
  else {
    // The date most sources give; a tie goes to the first article's.
    const best = corroboration.readings.reduce((top, r) => (r.sources.length > top.sources.length ? r : top));
    date = best.date;
  }
  const lead = happening.reduce((best, m) => (m.event.draft.confidence > best.event.draft.confidence ? m : best));
  const basis: DateBasis = happening.some((m) => m.dated && m.event.dateBasis === 'stated') ? 'stated' : 'inferred';
  const nameOf = sourceNamer(sources);
  const names = (ids: string[]) => ids.map(nameOf);
  const phrase = (d: string) => {
    const parsed = parseEdtf(d);
    return parsed.ok ? datePhrase(parsed.value) : d;
  };
  const notes = happening.map((m) => `${nameOf(sources[m.article].id)}: ${m.event.dateNote}`);
  const summaryNote = corroboration.agree
    ? `Merged: ${happening.length} sources tell this event (their words match and their dates agree); the finest date is kept.`
    : `Sources differ: ${corroboration.readings.map((r) => `${names(r.sources).join(' and ')} ${r.sources.length === 1 ? 'gives' : 'give'} ${phrase(r.date)}`).join('; ')}. The date most of them give is kept (on a tie, the first article's); check it.`;
  const draft: DraftInfo = { phrase: lead.event.draft.phrase, confidence: lead.event.draft.confidence, rule: lead.event.draft.rule };
  const phrases = happening.flatMap((m) => m.event.draft.phrases ?? [m.event.draft.phrase]).filter((p) => p !== '');
  if (phrases.length > 1) draft.phrases = phrases;
  return {
    id: draftId(lead.event.title, date, taken),
    date,
    title: lead.event.title,
    citations,
    dateBasis: basis,
    dateNote: `${summaryNote} ${notes.join(' ')}`,
    draft,
  };
}

/** An article's main event dated only by its publication day: the article gives no date for it. */
function undated(event: DraftEvent): boolean {
  return event.draft.rule === 'main-event' && !event.draft.phrase;
}

function draftUnsafe(articles: readonly ArticleInput[], options: MultiDraftOptions): MultiDraftResult {
  const taken = new Set<string>();
  const ids = articles.map((a, i) => sourceIdFor(a, i, taken));
  const texts = articles.map((a) => (typeof a?.text === 'string' ? a.text : ''));
  const drafts = articles.map((a, i) => draftStory(texts[i], { published: a.published, title: a.title ?? headingOf(texts[i]), publisher: a.publisher, url: a.url, sourceId: ids[i], timeZone: options.timeZone }));
  const problems: Problem[] = drafts.flatMap((d, i) => d.problems.map((p) => ({ ...p, path: p.path ? `articles[${i}].${p.path}` : `articles[${i}]` })));
  const sources = drafts.map((d) => d.story.sources[0]);
  const mentions: Mention[] = drafts.flatMap((d, article) =>
    d.story.events.map((event, index) => {
      const parsed = parseEdtf(event.date);
      const quotes = event.citations.map((c) => termsOf(withoutDates(c.quote, event)));
      return { article, index, event, calendar: parsed.ok ? parsed.value : null, dated: !undated(event), whole: termsOf(withoutDates([...event.citations.map((c) => c.quote), event.title].join(' '), event)), quotes };
    }),
  );
  weigh(mentions);
  const happenings = group(mentions);
  const eventIds = new Set<string>();
  const events = happenings.map((h) => mergedEvent(h, sources, eventIds));
  // In time order, as a reader expects a draft: by start, then the order found.
  const starts = events.map((e) => {
    const parsed = parseEdtf(e.date);
    return parsed.ok ? parsed.value.startMs : Infinity;
  });
  const order = events.map((_, i) => i).sort((a, b) => starts[a] - starts[b] || a - b);
  const sorted = order.map((i) => events[i]);
  const placement = drafts.map((d) => d.story.events.map(() => -1));
  order.forEach((happening, at) => {
    for (const m of happenings[happening]) placement[m.article][m.index] = at;
  });
  const corroborations = sorted.map((e) => corroborate(e));
  const title = options.title && /\S/.test(options.title) ? options.title.trim() : (drafts[0]?.story.title ?? 'Untitled draft');
  // The articles' zones, when they agree on one: each article's dates carry their own offsets.
  const zones = new Set(drafts.map((d) => d.story.timeZone).filter((z) => z !== undefined));
  return {
    story: { title, sources, events: sorted, ...(zones.size === 1 ? { timeZone: [...zones][0] } : {}) },
    articles: drafts,
    placement,
    problems,
    summary: {
      articles: articles.length,
      events: sorted.length,
      corroborated: corroborations.filter((c) => c.sources.length > 1).length,
      disagreements: corroborations.filter((c) => !c.agree).length,
    },
  };
}

/**
 * Draft one story from several articles. Never throws: anything unexpected becomes a problem and
 * an empty story.
 */
export function draftStories(articles: readonly ArticleInput[], options: MultiDraftOptions = {}): MultiDraftResult {
  try {
    return draftUnsafe(Array.isArray(articles) ? articles : [], options ?? {});
  } catch (error) {
    return {
      story: { title: options?.title || 'Untitled draft', sources: [], events: [] },
      articles: [],
      placement: [],
      problems: [{ path: '', message: `The articles could not be drafted: ${error instanceof Error ? error.message : String(error)}` }],
      summary: { articles: 0, events: 0, corroborated: 0, disagreements: 0 },
    };
  }
}
