import { parseEdtf } from '../model/edtf';
import { contentStems } from './merge';

/**
 * Which drafted candidates tell no event, and which tell one already drafted. Rules a reader of the
 * news applies, stated on the text and the drafted title, never on a given article:
 * - a clause whose only verb is "be" with nothing after it ("or at least she will be later") says
 *   no event;
 * - a share price's level or move ("Shares in Hollis were up 2% at 410 pence on Monday") is market
 *   data, not an event, unless it says what moved it ("… after the bid");
 * - one sentence's dates drafted with one title, one date within the other ("this week … on
 *   Thursday"), tell one event: a date that says when wins over one that names a thing ("approved
 *   the 2018-19 budget Wednesday"), else the date nearest the words of the title is its date;
 * - a date that only dates where a thing was said ("he recalled in the 2009 book") is a quote's
 *   source, not an event, and one that only dates the saying of a direct quotation is a remark;
 * - a date that is only a plan's ("plans to open in March", "must file by June 30", "was
 *   scheduled for May 4 but was delayed", "is set to step down, people said on Sunday") tells no
 *   event, unless the plan is the news;
 * - the same date drafted twice from one sentence, or twice with one title, is one event;
 * - the article's lead event told again later, same day, same named subject, is the lead event,
 *   unless the sentence says it is another ("also").
 */

/** What the rules read of a candidate: its sentence, quote, date phrase and title. */
export interface FilterCandidate {
  paragraph: { id: string; text: string };
  sentence: { start: number; end: number };
  quote: string;
  reading: { index: number; length: number; edtf: string };
  title: string;
}

// Words after a bare "be" that add no event: "she will be later", "they were there again".
const EMPTY_AFTER_BE = new Set(['later', 'then', 'now', 'again', 'still', 'there', 'here', 'too', 'also', 'soon', 'back', 'off']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s']);

/** Whether a title's verb is a bare "be" with no complement ("Or at least she is later"). */
export function onlyBe(title: string): boolean {
  const words = title.toLowerCase().replace(/[.,;:!?]+$/, '').split(/\s+/).filter(Boolean);
  while (words.length > 0 && EMPTY_AFTER_BE.has(words[words.length - 1])) words.pop();
  return words.length > 0 && BE.has(words[words.length - 1]);
}

const SHARES_SUBJECT = /^(?:(?:the\s+)?(?:shares?|stock)\s+(?:in|of)\s+[^,]+?|[\p{Lu}][^,]*?(?:[’']s)?\s+(?:shares?|stock))\s+(?:were|was|are|is|closed|ended|opened|traded|rose|fell|gained|lost|jumped|slipped|climbed|dropped|edged|slid|surged|tumbled)\b/iu;
const PRICE = /\d(?:[\d,.]*)\s*(?:%|percent\b|per cent\b|pence\b|p\b|cents?\b)|[$€£¥]\s?\d/i;
const CAUSE = /\b(after|following|because|when|as a result|amid|on news|on reports)\b/i;

/** Whether a sentence only reports a share price's level or move ("Shares in Hollis were up 2.1% at 410 pence on Monday"). */
export function marketMoveOnly(sentence: string): boolean {
  const text = sentence.trim();
  return SHARES_SUBJECT.test(text) && PRICE.test(text) && !CAUSE.test(text);
}

/** The span of a sentence the title's words come from; distance of a date to it (0 inside). */
function distanceToTitle(c: FilterCandidate): number {
  const stems = contentStems(c.title);
  const sentence = c.paragraph.text.slice(c.sentence.start, c.sentence.end);
  let first = -1;
  let last = -1;
  for (const m of sentence.matchAll(/[\p{L}][\p{L}’'-]*/gu)) {
    const [word] = contentStems(m[0]);
    if (word === undefined || !stems.has(word)) continue;
    const at = c.sentence.start + (m.index ?? 0);
    if (first === -1) first = at;
    last = at + m[0].length;
  }
  if (first === -1) return Number.POSITIVE_INFINITY;
  const from = c.reading.index;
  const to = c.reading.index + c.reading.length;
  return to < first ? first - to : from > last ? from - last : 0;
}

// A word after a date that makes the date a modifier of a noun: not a function word or a verb of the clause.
const NOUN_AFTER = /^\s+(?!(?:or|and|to|of|in|on|at|for|with|by|from|than|is|are|was|were|has|had|have|will|would)\b)\p{L}/iu;

/** Whether a candidate's date modifies a noun ("the 2018-19 library budget", "its 2020 session"): it names a thing, not when the clause happened. */
function namesAThing(c: FilterCandidate): boolean {
  const text = c.paragraph.text;
  const before = text.slice(Math.max(c.sentence.start, c.reading.index - 8), c.reading.index);
  return /(?:\b(?:the|a|an|its|his|her|their|our|this|that)|[’']s)\s+$/i.test(before) && NOUN_AFTER.test(text.slice(c.reading.index + c.reading.length, c.sentence.end));
}

/**
 * Whether a candidate describes rather than narrates: its title's verb is "be" before a noun phrase
 * ("These bills are the result of the Special Legislative Session") and its date modifies a noun
 * ("the 2020 session"). The year names a thing the sentence describes; no event happened then.
 */
export function describesWithANamedYear(c: FilterCandidate): boolean {
  return /^(?:[\p{L}\d'’.,-]+\s+){1,6}?(?:is|are)\s+(?:the|a|an|its|their|his|her)\s/iu.test(c.title) && namesAThing(c);
}

/** Whether one date lies within the other ("this week" and "on Thursday"); two years apart do not. */
function nested(a: string, b: string): boolean {
  const pa = parseEdtf(a);
  const pb = parseEdtf(b);
  if (!pa.ok || !pb.ok) return false;
  const [x, y] = [pa.value, pb.value];
  return (x.startMs <= y.startMs && y.endMs <= x.endMs) || (y.startMs <= x.startMs && x.endMs <= y.endMs);
}

// A verb of saying right before a date, in the same clause and before any "that": "his family wrote on social media on Thursday".
const SAID_BEFORE = /\b(?:said|says|say|wrote|writes|told|tells|tweeted|posted|added|stated)\b(?:(?!\bthat\b)[^,;:"“”.]){0,40}$/i;

/** Whether a candidate's date dates only the saying of something ("…," his family wrote on Thursday), not what was said. */
function datesTheSaying(c: FilterCandidate): boolean {
  return !inQuotation(c.paragraph.text, c.reading.index) && SAID_BEFORE.test(c.paragraph.text.slice(c.sentence.start, c.reading.index));
}

/**
 * Whether a candidate is a remark: its sentence opens with a direct quotation and its date dates
 * only the saying (\"There's water in the houses,\" a resident said Thursday night). What someone
 * said in their own words is a reaction to the news, not an event of it.
 */
export function datesARemark(c: FilterCandidate): boolean {
  return /^["“‘]/.test(c.paragraph.text.slice(c.sentence.start, c.sentence.end).trimStart()) && datesTheSaying(c);
}

// Words that make the clause of a date a plan, a duty or a hope: what someone means to do, not what happened or is set to.
const PLAN = /\b(?:must|ha(?:s|ve) to|needs? to|plans? to|planning to|intends? to|hopes? to|aims? to|wants? to|(?:is|are) due to|proposes? to)\b/i;
// What was said is still to come: "X is also set to step down, people said over the weekend" dates the report of a plan; a bare "will" is often what a done deal does ("the deal will form …").
const PLAN_SAID = new RegExp(`${PLAN.source}|\\b(?:is|are)\\s+(?:also\\s+)?(?:set|poised|expected|likely)\\s+to\\b`, 'i');
// A plan the sentence says did not happen: "was initially scheduled for October 11 but was delayed", "would also be held on 10 September, but it was brought forward".
const PLANNED_BEFORE = /\b(?:(?:was|were|had been)\s+(?:initially\s+|originally\s+|first\s+)?(?:scheduled|planned|set|slated|due|supposed|meant)|would\s+(?:also\s+|initially\s+|originally\s+|first\s+)?(?:have\s+been|be)\s+held|would\s+(?:also\s+|initially\s+|originally\s+|first\s+)?(?:have\s+)?(?:taken|take)\s+place)\b[^.;]*$/i;
const BUT_AFTER = /^[^.;]*?\bbut\b/i;
// A planned end of a state, said before: "said he would stay on until the end of his mandate in early 2026".
const PLANNED_END = /\bwould\b[^,;.]*\buntil\b[^,;.]*$/i;
// What ends the clause a plan word governs: a semicolon, a comma, or a new clause.
const CLAUSE_END = /[;,]|\s(?:and|but|while|whereas|after|before|when)\s/i;

/**
 * Whether a candidate's date is only that of a plan: the clause of its date means to do something
 * ("plans to open the plant in March", "must file by 30 June", "is due to report on Friday"), or
 * it dates only the saying of one ("X is set to step down, people said on Sunday"), or
 * the sentence says the plan fell through ("was initially scheduled for October 11 but was
 * delayed"), or it is the end of a stay someone once said they would make ("would stay on until
 * … early 2026"). Such dates tell no event yet; they are left out unless the plan is the news (the
 * opening sentence), which drafting keeps.
 */
export function datesOnlyAPlan(c: FilterCandidate): boolean {
  const before = c.paragraph.text.slice(c.sentence.start, c.reading.index);
  if (datesTheSaying(c) && PLAN_SAID.test(before)) return true;
  const after = c.paragraph.text.slice(c.reading.index + c.reading.length, c.sentence.end);
  const plan = [...before.matchAll(new RegExp(PLAN.source, 'gi'))].pop();
  if (plan && !CLAUSE_END.test(before.slice((plan.index ?? 0) + plan[0].length))) return true;
  if (PLANNED_BEFORE.test(before) && BUT_AFTER.test(after)) return true;
  return PLANNED_END.test(before);
}

// Where a thing was said, dated: "he recalled … in the 2009 book", "she said in a 2012 interview".
const SAID_IN_BEFORE = /\b(?:said|says|recalled|recalls|told|tells|wrote|writes|remembered|admitted|explained|described)\b[^.;"“”]{0,60}\b(?:in|during)\s+(?:the|a|an|his|her|their|its)\s+$/i;
const SAID_IN_AFTER = /^[\s,]*(?:book|memoir|memoirs|interview|autobiography|biography|documentary|podcast|essay|column|letter|speech|profile)\b/i;

/** Whether a date only dates where something was said ("he recalled in the 2009 book"): the source of a quote, not an event. */
export function datesWhereSaid(c: FilterCandidate): boolean {
  const text = c.paragraph.text;
  return SAID_IN_BEFORE.test(text.slice(c.sentence.start, c.reading.index)) && SAID_IN_AFTER.test(text.slice(c.reading.index + c.reading.length, c.sentence.end));
}

/**
 * The candidates that tell an event: without bare "be" clauses and share-price reports, without
 * the day a thing was said when the sentence dates what was said, and with one candidate per
 * sentence, title and nested dates (the one whose date is nearest the title's words).
 */
export function eventCandidates<C extends FilterCandidate>(candidates: readonly C[], isNews: (c: C) => boolean = () => false): C[] {
  const told = candidates.filter(
    (c) => !onlyBe(c.title) && !describesWithANamedYear(c) && !marketMoveOnly(c.paragraph.text.slice(c.sentence.start, c.sentence.end)) && !datesWhereSaid(c) && (isNews(c) || (!datesOnlyAPlan(c) && !datesARemark(c))),
  );
  // A reported speech act is not the event when its sentence dates the event it reports.
  const kept = told.filter((c) => !datesTheSaying(c) || !told.some((o) => o !== c && o.paragraph.id === c.paragraph.id && o.sentence.start === c.sentence.start && !datesTheSaying(o)));
  return kept.filter(
    (c) =>
      !kept.some(
        (o) =>
          o !== c &&
          o.paragraph.id === c.paragraph.id &&
          o.sentence.start === c.sentence.start &&
          o.title.toLowerCase() === c.title.toLowerCase() &&
          nested(o.reading.edtf, c.reading.edtf) &&
          (namesAThing(c) !== namesAThing(o) ? namesAThing(c) : distanceToTitle(o) < distanceToTitle(c)),
      ),
  );
}

// An accounting or teaching period named by its years: "Fiscal Year 2019-2020", "the 2018-19 school year", "FY2024".
const PERIOD_BEFORE = /\b(?:fiscal|financial|tax|budget|school|academic)\s+years?\s*$|\b(?:fiscal|FY)\s*$/i;
const PERIOD_AFTER = /^\s*(?:fiscal|financial|tax|budget|school|academic)\s+years?\b/i;

/**
 * Whether a date names a fiscal, school or tax year ("appropriations for Fiscal Year 2019-2020",
 * "the 2018-19 school year"): the period a budget or a term covers, not when anything happened.
 */
export function namesAPeriod(text: string, reading: { index: number; length: number }): boolean {
  return PERIOD_BEFORE.test(text.slice(Math.max(0, reading.index - 24), reading.index)) || PERIOD_AFTER.test(text.slice(reading.index + reading.length));
}

// "In the post since 2012, Moreau …": a post held since a year, fronted before the subject.
const TENURE_BEFORE = /(?:^|[.!?]["”’]?\s+)(?:in|at)\s+(?:the|his|her|their|its)\s+(?:\p{L}+\s+)?(?:job|post|role|office|seat|position|chair|saddle|hot seat)\s+$/iu;
// "The museum, marking its 90th anniversary this year, bought …": an aside giving a thing's age.
const AGE_ASIDE_BEFORE = /,\s*(?:marking|celebrating|commemorating|observing|turning)\b[^,;.]*\b(?:anniversary|birthday|centenary|centennial|jubilee)\s+$/i;

/**
 * Whether a date sits in an aside that describes the subject rather than telling an event of the
 * sentence: a post held since a year, fronted ("In the post since 2012, Moreau gave way to …"),
 * or an age marked between commas ("The museum, marking its 90th anniversary this year, bought
 * …"). The sentence's event, if it has one, is dated by its own date, not by the aside's.
 */
export function inAnAside(text: string, reading: { index: number; length: number; phrase?: string }): boolean {
  const before = text.slice(Math.max(0, reading.index - 80), reading.index);
  const closes = /^\s*,/.test(text.slice(reading.index + reading.length));
  const phrase = reading.phrase ?? text.slice(reading.index, reading.index + reading.length);
  if (closes && /^since\s/i.test(phrase) && TENURE_BEFORE.test(before)) return true;
  return closes && AGE_ASIDE_BEFORE.test(before);
}

// A count written in thousands: "312,400 visits", "about 18,000 books".
const COUNT = /\b\d{1,3}(?:,\d{3})+\b/;
// A count of the dead, the hurt or the homeless is an event's toll, not a statistic.
const TOLL = /\b(?:kill|die|dead|death|injur|wound|hurt|evacuat|displac|flee|fled|homeless|destroy)/i;
// "data on school meals collected from 2001-2019": the years a data set covers.
const DATA_BEFORE = /\bdata\b[^,;.]{0,120}$/i;

/**
 * Whether a year (or span of years) is the period a statistic or a data set covers, not when
 * something happened: a count in thousands over a whole year ("counted a total of 312,400
 * visits in 2018", "lent about 18,000 books in 2018"), or the years of a data set
 * ("data on school meals collected from 2001-2019"). A toll ("left 1,200 people homeless in
 * 2003") stays an event.
 */
export function datesAStatistic(text: string, reading: { index: number; length: number; edtf: string }): boolean {
  if (!/^\d{4}(?:\/\d{4})?$/.test(reading.edtf)) return false;
  // From the sentence's start: a full stop before a space and a capital ends the sentence before.
  const upTo = text.slice(0, reading.index);
  const ends = [...upTo.matchAll(/[.!?]["”’]?\s+(?=\p{Lu})/gu)];
  const before = ends.length > 0 ? upTo.slice(ends[ends.length - 1].index + ends[ends.length - 1][0].length) : upTo;
  if (DATA_BEFORE.test(before)) return true;
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(', who'), before.lastIndexOf(', which')) + 1);
  return COUNT.test(clause) && !TOLL.test(clause);
}

/** Whether a date only dates a price: "Friday's closing price of $224.16", "Monday's close" (market data, not an event). */
export function datesAPrice(text: string, reading: { index: number; length: number }): boolean {
  return /^[’']s\s+(?:closing|close|opening|open)\b/i.test(text.slice(reading.index + reading.length));
}

// A superlative a record is measured by: "the highest since …", "the first title since …", "its worst start since …".
const SUPERLATIVE = /\b(?:first|most|least|best|worst|(?:high|low|larg|bigg|strong|weak|fast|slow|long|short|cold|hott|warm|wett|dri|deadli|heavi|great|old|young|earli)est)\b[^.;!?]{0,50}$/i;

/**
 * Whether a date is the mark a record or a comparison is measured against: "a gust of 105 mph, the
 * highest since Hurricane Hazel in 1954", "the club's first title since 1990", "far shorter than
 * the 15 years the prosecution asked for in March". The earlier event is named only
 * to say how rare the new one is, unless the sentence goes on to tell it ("since 1987, when …").
 */
export function datesARecordsMark(text: string, reading: { index: number; length: number; phrase?: string }): boolean {
  // "… since 1987, when a side built around the brothers won the league": the sentence tells the earlier event too.
  if (/^\s*,?\s*(?:when|in which|after)\b/i.test(text.slice(reading.index + reading.length))) return false;
  const before = text.slice(Math.max(0, reading.index - 100), reading.index);
  // A comparison's standard: "far shorter than the 15 years the prosecution asked for in March".
  // Not "earlier than planned in March", whose date is still the clause's; nor "rather than", "other than".
  if (/\b(?:more|less|fewer|(?!(?:earli|lat|soon|rath|oth|ev|nev|aft|und|ov|lat)er\b)[a-z]{3,}er)\s+than\b[^.;!?,]{0,60}$/i.test(before)) return true;
  const since = before.search(/\bsince\b[^.;!?,]{0,40}$/i);
  if (since !== -1) return SUPERLATIVE.test(before.slice(0, since));
  return /^since\b/i.test(reading.phrase ?? text.slice(reading.index, reading.index + reading.length)) && SUPERLATIVE.test(before);
}

/**
 * Whether a date is part of a quoted title ("How Ports Were Built In The 1600s", a work's name):
 * the quoted words are mostly capitalised, as titles are and speech is not.
 */
export function inQuotedTitle(text: string, index: number): boolean {
  if (!inQuotation(text, index)) return false;
  const open = Math.max(text.lastIndexOf('“', index), text.lastIndexOf('"', index - 1));
  const closes = [text.indexOf('”', index), text.indexOf('"', index)].filter((i) => i !== -1);
  if (open === -1 || closes.length === 0) return false;
  const words = text.slice(open + 1, Math.min(...closes)).match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/** Whether an offset of a paragraph lies inside a direct quotation: after an opening mark not yet closed, or an odd number of straight marks. */
export function inQuotation(text: string, index: number): boolean {
  const before = text.slice(0, index);
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  // A paragraph that opens a quotation without closing it continues the speech of the one before.
  if (/^["“]/.test(text) && !/["”]/.test(text.slice(1, index))) return true;
  return (before.match(/"/g) ?? []).length % 2 === 1;
}

// Words whose day is the speaker's: inside quotation marks the article does not say which day that is.
const SPEAKERS_DAY = /^(?:(?:on|of|from|until|by|since)\s+)?(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))\b/i;

/**
 * Whether a date phrase names no day of an event: "today", "tomorrow", "yesterday" in direct speech
 * (the speaker's day, which the article does not give), or "of tomorrow" after a noun ("the stars
 * of tomorrow": the future, not a day).
 */
export function speakersDay(text: string, reading: { index: number; phrase: string }): boolean {
  if (/^of\s+(?:today|tomorrow)$/i.test(reading.phrase.trim()) || /\bof\s+$/i.test(text.slice(Math.max(0, reading.index - 4), reading.index))) return /\b(?:today|tomorrow)\b/i.test(reading.phrase);
  return SPEAKERS_DAY.test(reading.phrase.trim()) && inQuotation(text, reading.index);
}

/** Whether a sentence says it tells another event than one told before ("Hollis also announced …"). */
export function tellsAnotherEvent(sentence: string): boolean {
  return /\balso\b/i.test(sentence);
}

/** What the merge reads of a drafted event. */
export interface DraftedEvent {
  date: string;
  title: string;
  rule: string;
  citations: { paragraph: string }[];
  quotes: string[];
  notes: string[];
  phrases: string[];
  sentences: Set<string>;
  confidence: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The title's named subject: its opening capitalised words, unless they are a possessive ("Hollis's website"). */
function titleSubject(title: string): string[] {
  const words: string[] = [];
  for (const word of title.replace(/^the\s+/i, '').split(/\s+/)) {
    if (!/^\p{Lu}/u.test(word)) break;
    if (/[’']s$/.test(word)) return [];
    words.push(word.toLowerCase());
  }
  return words;
}

/** Whether a later event is the lead event told again: its title's named subject is the actor who leads the article. */
function retellsLead(lead: DraftedEvent, later: DraftedEvent, actor: string | undefined): boolean {
  if (!actor || !DAY.test(lead.date) || later.date !== lead.date) return false;
  if (later.quotes.some(tellsAnotherEvent)) return false;
  const surname = actor.toLowerCase().split(/\s+/).pop() ?? '';
  return titleSubject(lead.title).includes(surname) && titleSubject(later.title).includes(surname);
}

function absorb(into: DraftedEvent, from: DraftedEvent): void {
  into.citations.push(...from.citations);
  into.quotes.push(...from.quotes);
  into.notes.push(...from.notes);
  into.phrases.push(...from.phrases);
  for (const s of from.sentences) into.sentences.add(s);
  into.confidence = Math.max(into.confidence, from.confidence);
}

/**
 * Drafted events with one event told twice joined into the first: the same date drafted from the
 * same sentence or with the same title, or the lead event (the main event, else the first drafted) told again later by
 * its actor on the same day. `actor` is the article's leading named actor ("Theresa May").
 */
export function joinRetold<E extends DraftedEvent>(events: readonly E[], actor: string | undefined): E[] {
  const out: E[] = [];
  const lead = events.find((e) => e.rule === 'main-event') ?? events[0];
  for (const e of events) {
    const another = e.quotes.some(tellsAnotherEvent);
    const same = another ? undefined : out.find((o) => o.date === e.date && (o.title.toLowerCase() === e.title.toLowerCase() || [...e.sentences].some((s) => o.sentences.has(s))));
    const target = same ?? (lead && lead !== e && out.includes(lead) && retellsLead(lead, e, actor) ? lead : undefined);
    if (target) absorb(target, e);
    else out.push(e);
  }
  return out;
}
