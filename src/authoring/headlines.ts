import { conjugate, parse, peopleIn, singularOf, type Parse, type Person, type Term, type VerbPhrase } from './nlp';
import { splitSentences } from './sentences';

/**
 * Headline titles for drafted events: who did what, in the present tense, at most 12 words, with a
 * finite verb and without the date ("Council puts the bridge plan on hold"). compromise (nlp.ts)
 * tags the sentence and finds its verb phrases; the event's verb is the one its date phrase belongs
 * to; its subject is the noun phrase before it (a pronoun is named from the text before); the verb
 * is put in the present; the object runs to the end of its clause. `headlineProblems` checks any
 * title against the same rules.
 */

export const MAX_HEADLINE_WORDS = 12;

/** A span of the sentence, as offsets into it; `end` is exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface HeadlineSource {
  /** The sentence that tells the event. */
  sentence: string;
  /** The part of the sentence that tells this event (its quote); the whole sentence when absent. */
  focus?: TextSpan;
  /** Date phrases in the sentence, left out of the title. */
  dates?: TextSpan[];
  /** The event's own date phrase (one of `dates`); none for an event the sentence does not date. */
  anchor?: TextSpan;
  /** Text before the sentence (its paragraph so far, and the paragraphs before), to name who "he" or "it" is. */
  before?: string;
  /** The people the article names (surname, lower case; gender when a first name gave it), the most named first. */
  people?: readonly Person[];
  /** The article's lead actor (the opening sentence's named subject, "Calder United"): who "they" are when nothing nearer names it. */
  actor?: string;
}

// Verbs that report what someone said: the event is what was said, when that is a clause.
const SPEECH = new Set(['say', 'tell', 'add', 'report', 'state', 'write', 'announce', 'confirm', 'reveal', 'disclose', 'explain', 'note', 'claim', 'insist', 'warn', 'argue', 'acknowledge']);
// Words that open a clause the event is not told in (relative and subordinate clauses).
const SUBORDINATOR = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'whereas', 'although', 'though', 'because', 'since', 'if', 'unless', 'until', 'once', 'after', 'before', 'whether', 'amid', 'despite', 'including', 'following', 'whilst']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
// Words a headline never ends on.
const DANGLING = new Set(['and', 'or', 'but', 'nor', 'of', 'the', 'a', 'an', 'to', 'for', 'from', 'with', 'by', 'in', 'on', 'at', 'as', 'into', 'onto', 'than', 'that', 'which', 'who', 'whom', 'whose', 'because', 'when', 'while', 'after', 'before', 'since', 'until', 'during', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'also', 'about', 'over', 'under', 'between', 'through', 'throughout', 'per', 'via', 'amid', 'despite', 'if', 'so', 'not', 'such', 'very']);
const PRONOUN_SUBJECT = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const POSSESSIVE: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };
// Adverbs that tie a sentence to the one before and say nothing in a headline.
const FILLER_ADVERB = new Set(['also', 'then', 'later', 'meanwhile', 'however', 'subsequently', 'additionally', 'further', 'furthermore', 'moreover', 'still', 'already', 'now', 'eventually', 'finally', 'reportedly', 'previously', 'earlier', 'thus', 'too', 'just', 'recently']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
const HAVE = new Set(['has', 'have', 'had', 'having']);
const MODAL_KEPT = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'ought']);
const HARD_BREAK = /[;:()[\]—–]|\s-\s|^\s*-\s/;

/**
 * Events told as nouns ("following the collapse of the Soviet-backed government in 1992"):
 * the verb that tells them ("Soviet-backed government collapses"). `of`: the noun takes "of X".
 */
const EVENT_NOUNS: Record<string, { singular: string; plural: string; of: boolean }> = {
  collapse: { singular: 'collapses', plural: 'collapse', of: true },
  fall: { singular: 'falls', plural: 'fall', of: true },
  death: { singular: 'dies', plural: 'die', of: true },
  resignation: { singular: 'resigns', plural: 'resign', of: true },
  launch: { singular: 'launches', plural: 'launch', of: true },
  opening: { singular: 'opens', plural: 'open', of: true },
  closure: { singular: 'closes', plural: 'close', of: true },
  founding: { singular: 'is founded', plural: 'are founded', of: true },
  creation: { singular: 'is created', plural: 'are created', of: true },
  election: { singular: 'is elected', plural: 'are elected', of: true },
  arrival: { singular: 'arrives', plural: 'arrive', of: true },
  invasion: { singular: 'is invaded', plural: 'are invaded', of: true },
  signing: { singular: 'is signed', plural: 'are signed', of: true },
  release: { singular: 'is released', plural: 'are released', of: true },
  completion: { singular: 'is completed', plural: 'are completed', of: true },
  construction: { singular: 'is built', plural: 'are built', of: true },
  earthquake: { singular: 'strikes', plural: 'strike', of: false },
  earthquakes: { singular: 'strike', plural: 'strike', of: false },
  quake: { singular: 'strikes', plural: 'strike', of: false },
  flood: { singular: 'hits', plural: 'hit', of: false },
  floods: { singular: 'hit', plural: 'hit', of: false },
  flooding: { singular: 'hits', plural: 'hit', of: false },
  storm: { singular: 'hits', plural: 'hit', of: false },
  cyclone: { singular: 'hits', plural: 'hit', of: false },
  hurricane: { singular: 'hits', plural: 'hit', of: false },
  typhoon: { singular: 'hits', plural: 'hit', of: false },
  fire: { singular: 'breaks out', plural: 'break out', of: false },
  war: { singular: 'breaks out', plural: 'break out', of: false },
  protests: { singular: 'break out', plural: 'break out', of: false },
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

interface Reading {
  parse: Parse;
  terms: Term[];
  /** Terms left out: the date phrases and the prepositions that led into them. */
  removed: boolean[];
  focusFirst: number;
  focusLast: number;
}

const overlaps = (t: Term, s: TextSpan) => t.start < s.end && t.end > s.start;
// A full stop after an abbreviation ("Mrs.", "U.S.", "Co.") ends nothing.
const abbreviation = (t: Term) => t.tags.has('Abbreviation') || t.tags.has('Honorific') || t.tags.has('Acronym') || /^\p{L}$/u.test(t.text);
const hardBreakAfter = (t: Term) => HARD_BREAK.test(t.post) || (/[.!?]["”’]?\s*$/.test(t.post) && !(t.post.trim() === '.' && abbreviation(t)));
const commaAfter = (t: Term) => t.post.includes(',');
const bare = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function read(source: HeadlineSource): Reading {
  const p = parse(source.sentence);
  const terms = p.terms;
  const dates = source.dates ?? [];
  const removed = terms.map((t) => dates.some((d) => overlaps(t, d)));
  for (let i = terms.length - 2; i >= 0; i--) {
    if (!removed[i] && removed[i + 1] && terms[i].tags.has('Preposition') && !/[,;]/.test(terms[i].post)) removed[i] = true;
  }
  // "on Monday evening", "late on Sunday", "By late Sunday night local time": the time of day goes with the date.
  for (let i = terms.length - 2; i >= 0; i--) {
    if (!removed[i] && removed[i + 1] && /^(late|early)$/.test(terms[i].normal)) removed[i] = true;
  }
  for (let i = 1; i < terms.length; i++) {
    if (removed[i - 1] && !removed[i] && /^(morning|afternoon|evening|night|midday|noon|midnight)$/.test(terms[i].normal)) removed[i] = true;
    if (removed[i - 1] && terms[i].normal === 'local' && terms[i + 1]?.normal === 'time') removed[i] = removed[i + 1] = true;
  }
  let focusFirst = 0;
  let focusLast = terms.length - 1;
  const focus = source.focus;
  if (focus) {
    const inFocus = terms.map((t, i) => (overlaps(t, focus) ? i : -1)).filter((i) => i >= 0);
    if (inFocus.length > 0) {
      focusFirst = inFocus[0];
      focusLast = inFocus[inFocus.length - 1];
    }
  }
  return { parse: p, terms, removed, focusFirst, focusLast };
}

/** Whether the punctuation after term i ends its clause: a hard break, or a comma that is not inside a date ("March 26, 1940"). */
function clauseEndsAfter(r: Reading, i: number): boolean {
  const t = r.terms[i];
  if (hardBreakAfter(t)) return true;
  return commaAfter(t) && !(r.removed[i] && r.removed[i + 1]);
}

const inVerb = (r: Reading, i: number) => r.parse.verbs.some((v) => i >= v.first && i <= v.last);

/** Whether a verb phrase can carry a headline: finite, not "to go", not a bare "-ing". */
function isFinite(r: Reading, v: VerbPhrase): boolean {
  const terms = r.terms;
  if (v.form === 'infinitive' || v.form === 'imperative' || terms[v.first - 1]?.normal === 'to') return false;
  const words = terms.slice(v.first, v.last + 1);
  const hasAux = words.some((t) => t.tags.has('Auxiliary') || t.tags.has('Modal') || BE.has(t.normal) || HAVE.has(t.normal));
  const root = terms[v.root];
  if (!hasAux && root.tags.has('Gerund')) return false;
  if (!hasAux && root.tags.has('Participle') && !root.tags.has('PastTense')) return false;
  return true;
}

/** The word that opens the clause a verb phrase is in, when it is relative or subordinate ("who", "after"). */
function opener(r: Reading, v: VerbPhrase): string | null {
  const terms = r.terms;
  for (let i = v.first - 1; i >= 0; i--) {
    const t = terms[i];
    if (clauseEndsAfter(r, i)) return null;
    if (SUBORDINATOR.has(t.normal)) return t.normal;
    if (t.normal === 'that' && i > 0 && terms[i - 1].tags.has('Noun') && !inVerb(r, i - 1)) return 'that';
    if (inVerb(r, i)) return null;
  }
  return null;
}

const isSubordinate = (r: Reading, v: VerbPhrase) => opener(r, v) !== null;

/** A past participle between commas with the main verb right after ("Petrov's win, confirmed after …, makes"). */
function isReducedRelative(r: Reading, v: VerbPhrase, all: VerbPhrase[]): boolean {
  const terms = r.terms;
  // Up to two words may lead the participle after the comma: ", best known for …", ", once feared …".
  let k = v.first - 1;
  while (k >= 0 && k >= v.first - 3 && !commaAfter(terms[k]) && !inVerb(r, k)) k--;
  if (k < 0 || !commaAfter(terms[k]) || terms.slice(v.first, v.root).some((t) => !t.tags.has('Adverb'))) return false;
  const root = terms[v.root];
  if (!root.tags.has('PastTense') && !root.tags.has('Participle')) return false;
  let end = v.last;
  while (end < terms.length - 1 && !clauseEndsAfter(r, end)) end++;
  return commaAfter(terms[end]) && all.some((o) => o.first === end + 1 && isFinite(r, o));
}

/** Terms inside brackets: an aside ("(which is roughly 2:00 AM local time)") that tells no event of the sentence. */
function asides(r: Reading): boolean[] {
  let depth = 0;
  return r.terms.map((t) => {
    depth += (t.pre.match(/\(/g)?.length ?? 0) - 0;
    const inside = depth > 0;
    depth = Math.max(0, depth - (t.post.match(/\)/g)?.length ?? 0) + (t.post.match(/\(/g)?.length ?? 0));
    return inside;
  });
}

/** A simple verb right after a noun phrase that is the object of the verb before it ("awarded a motion pictures star on …"). */
function isObjectNoun(r: Reading, v: VerbPhrase): boolean {
  if (v.first !== v.root || v.first === 0 || v.auxiliary || !r.terms[v.first - 1].tags.has('Noun') || clauseEndsAfter(r, v.first - 1)) return false;
  const start = nounPhraseEndingAt(r, v.first - 1);
  if (start === 0 || !r.terms[start].tags.has('Determiner')) return false;
  const governing = r.parse.verbs.find((o) => o.last === start - 1);
  return governing !== undefined && !SPEECH.has(governing.infinitive) && !['think', 'believe', 'know', 'hope', 'expect', 'fear', 'see'].includes(governing.infinitive);
}

function finiteVerbs(r: Reading): VerbPhrase[] {
  const aside = asides(r);
  const all = r.parse.verbs.filter((v) => !r.removed[v.root] && !aside[v.root] && !isObjectNoun(r, v));
  return all.filter((v) => isFinite(r, v) && !isReducedRelative(r, v, all) && !isParticipleAfterNoun(r, v.first));
}

/** Whether words between two terms cut a verb off from a date after it (a subordinate clause or a hard break). */
function cutOff(r: Reading, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (i > from && SUBORDINATOR.has(r.terms[i].normal)) return true;
    if (hardBreakAfter(r.terms[i]) && i < to - 1) return true;
  }
  return false;
}

type Choice = { verb: VerbPhrase } | { nominal: number } | { held: number; from: number } | { gerund: VerbPhrase };

// Events named by a noun a date stands before ("the June 4 council elections", "the June 4th elections").
const HELD: Record<string, { singular: string; plural: string }> = {
  election: { singular: 'is held', plural: 'are held' },
  elections: { singular: 'are held', plural: 'are held' },
  poll: { singular: 'is held', plural: 'are held' },
  polls: { singular: 'are held', plural: 'are held' },
  vote: { singular: 'is held', plural: 'are held' },
  referendum: { singular: 'is held', plural: 'are held' },
  summit: { singular: 'is held', plural: 'are held' },
  final: { singular: 'is played', plural: 'are played' },
  match: { singular: 'is played', plural: 'are played' },
};

// "-ing" words that work as prepositions, never as the event's verb.
const PREPOSITION_ING = new Set(['following', 'including', 'according', 'concerning', 'regarding', 'during', 'excluding', 'pending']);

/** A gerund phrase the date belongs to ("after seizing power on 15 August 2021"), nearer than any finite verb. */
/** A verb phrase's last word that is not part of a date phrase ("seizing power on" before "15 August 2021"). */
function lastKept(r: Reading, v: VerbPhrase): number {
  let last = v.last;
  while (last > v.root && r.removed[last]) last--;
  return last;
}

function anchoredGerund(r: Reading, at: number, before: VerbPhrase | undefined): VerbPhrase | undefined {
  const gerunds = r.parse.verbs.filter((v) => lastKept(r, v) < at && !r.removed[v.root] && r.terms[v.root].tags.has('Gerund') && !PREPOSITION_ING.has(r.terms[v.root].normal) && r.terms[v.first - 1]?.normal !== 'to' && !isFinite(r, v));
  const nearest = gerunds[gerunds.length - 1];
  if (!nearest || cutOff(r, lastKept(r, nearest), at) || (before && before.last > nearest.last)) return undefined;
  return nearest;
}

/** What the date phrase dates: the verb before it in its clause, the verb after a fronted date, or a noun ("the collapse of …"). */
function anchoredChoice(r: Reading, verbs: VerbPhrase[], anchor: TextSpan | undefined): Choice | null {
  const terms = r.terms;
  const inFocus = verbs.filter((v) => v.root >= r.focusFirst && v.root <= r.focusLast);
  const pool = inFocus.length > 0 ? inFocus : verbs;
  const main = pool.find((v) => !isSubordinate(r, v)) ?? pool[0];
  const at = anchor ? terms.findIndex((t) => overlaps(t, anchor)) : -1;
  if (at === -1) return main ? { verb: main } : null;
  let start = at;
  while (start > 0 && r.removed[start - 1]) start--;
  let end = at;
  while (end + 1 < terms.length && r.removed[end + 1]) end++;
  // "Sunday's earthquake", "Monday's vote": the date belongs to the noun after it.
  const owner = terms[end + 1];
  if (/[’']s$/.test(terms[end].text) || terms[end].tags.has('Possessive')) {
    if (owner && EVENT_NOUNS[owner.normal]) return { nominal: end + 1 };
  }
  // "the June 4th elections": a date between a determiner and the event's noun.
  if (start > 0 && (terms[start - 1].tags.has('Determiner') || terms[start - 1].tags.has('Possessive'))) {
    for (let k = end + 1; k <= end + 3 && k < terms.length; k++) {
      if (HELD[terms[k].normal] && terms[k].tags.has('Noun')) return { held: k, from: end + 1 };
      if (!terms[k].tags.has('Adjective') && !terms[k].tags.has('Noun')) break;
    }
  }
  // "since 1987, when a side … won the league": the when-clause tells what happened then.
  // Only after a reference point ("since", "back to"); "began on 15 February, when …" keeps its own verb.
  const reference = ['since', 'to', 'back'].includes(terms[start].normal);
  const when = reference && commaAfter(terms[end]) && terms[end + 1]?.normal === 'when' ? end + 1 : -1;
  if (when !== -1) {
    const told = verbs.find((v) => v.first > when);
    if (told) return { verb: told };
  }
  // After "and"/"but" a date opens its own clause ("…, and by the end of October they sat fourteenth").
  const fronted = start <= r.focusFirst || clauseEndsAfter(r, start - 1) || SUBORDINATOR.has(terms[start - 1].normal) || ['and', 'but', 'or', 'yet'].includes(terms[start - 1].normal);
  const after = pool.filter((v) => v.first > at);
  if (fronted && after.length > 0) return { verb: after[0] };
  const before = pool.filter((v) => lastKept(r, v) < at && !cutOff(r, lastKept(r, v), start));
  const gerund = anchoredGerund(r, start, before[before.length - 1]);
  if (gerund) return { gerund };
  if (before.length > 0) return { verb: before[before.length - 1] };
  const nominal = eventNounBefore(r, start);
  if (nominal !== -1) return { nominal };
  return after[0] ? { verb: after[0] } : main ? { verb: main } : null;
}

/** The index of an event noun ending the noun phrase just before a date ("the collapse of the government"), or -1. */
function eventNounBefore(r: Reading, end: number): number {
  for (let i = end - 1; i >= 0 && i >= end - 10; i--) {
    const t = r.terms[i];
    if (clauseEndsAfter(r, i) && i < end - 1) return -1;
    if (inVerb(r, i) && !t.tags.has('Noun')) return -1;
    if (EVENT_NOUNS[t.normal] && t.tags.has('Noun')) return i;
  }
  return -1;
}

/** For "X said on Tuesday it received …" the verb of what was said; for "…, X said." the verb before. */
function reportedVerb(r: Reading, verbs: VerbPhrase[], speech: VerbPhrase): VerbPhrase | undefined {
  const terms = r.terms;
  const next = verbs.find((v) => v.first > speech.last);
  if (next && next.first - speech.last <= 14 && !cutOff(r, speech.last, next.first)) {
    const between = terms.slice(speech.last + 1, next.first).filter((_, k) => !r.removed[speech.last + 1 + k]);
    const subject = between[between.length - 1];
    const clause = between.some((t) => t.normal === 'that') || (subject !== undefined && (subject.tags.has('Noun') || subject.tags.has('Pronoun')));
    if (clause && !between.some((t) => ['and', 'or', 'but'].includes(t.normal))) return next;
  }
  const speakerStart = subjectSpan(r, speech).start;
  if (speakerStart > 0 && (commaAfter(terms[speakerStart - 1]) || /["”]/.test(terms[speakerStart - 1].post))) {
    const prior = verbs.filter((v) => v.last < speakerStart - 1 && !isSubordinate(r, v));
    return prior[prior.length - 1];
  }
  return undefined;
}

/** The noun phrase ending at term `end` (inclusive), scanning back to a clause boundary. */
function nounPhraseEndingAt(r: Reading, end: number): number {
  let start = end + 1;
  for (let k = end; k >= 0; k--) {
    const t = r.terms[k];
    if (k < end && clauseEndsAfter(r, k)) break;
    if (SUBORDINATOR.has(t.normal) || RELATIVE.has(t.normal) || t.normal === 'as') break;
    // "…, and the port only recovered", "… in early 2020 and the port …": a new clause, not "Norland and Estavia".
    if (!r.removed[k] && ['and', 'but', 'or'].includes(t.normal) && k < end && (inVerb(r, k + 1) || k === 0 || commaAfter(r.terms[k - 1]) || r.removed[k - 1])) break;
    if (inVerb(r, k) && !t.tags.has('Noun') && !isParticipleAfterNoun(r, k)) break;
    if (r.removed[k]) {
      if (start === k + 1) {
        start = k;
        continue;
      }
      break;
    }
    start = k;
  }
  while (start <= end && r.removed[start]) start++;
  return start;
}

/** The subject of a verb phrase as a term span [start, end): relative clauses take their antecedent, inserts are skipped. */
function subjectSpan(r: Reading, v: VerbPhrase): { start: number; end: number } {
  const terms = r.terms;
  let k = v.first - 1;
  while (k >= 0 && terms[k].tags.has('Adverb') && !commaAfter(terms[k]) && !r.removed[k]) k--;
  if (k < 0) return { start: 0, end: 0 };
  if (['and', 'but', 'or'].includes(terms[k].normal)) return { start: k + 1, end: k + 1 };
  if (RELATIVE.has(terms[k].normal)) {
    // "the mayor, who has led …": the antecedent before the relative word, up to a preposition ("next season, which starts").
    const end = k - 1;
    if (end < 0) return { start: k, end: k };
    let start = nounPhraseEndingAt(r, end);
    for (let n = end; n > start; n--) {
      // A preposition ("for the first time next season") or a noun before an adjective ("time next season") ends it.
      if ((terms[n].tags.has('Preposition') && terms[n].normal !== 'of') || (!terms[n].tags.has('Noun') && terms[n - 1].tags.has('Noun') && !terms[n - 1].tags.has('Possessive'))) {
        start = n + (terms[n].tags.has('Preposition') ? 1 : 0);
        break;
      }
    }
    return { start, end: end + 1 };
  }
  for (let inserts = 0; inserts < 3 && k >= 0 && clauseEndsAfter(r, k) && !hardBreakAfter(terms[k]); inserts++) {
    // ", 47," / ", who has led the city since 2010," / ", the first actress to win two Oscars,": an insert.
    let j = k - 1;
    while (j >= 0 && !clauseEndsAfter(r, j)) j--;
    if (j < 0) break;
    const insert = terms.slice(j + 1, k + 1);
    const head = insert.find((_, n) => !r.removed[j + 1 + n]);
    const beforeInsert = nounPhraseEndingAt(r, j);
    const shortHead = j - beforeInsert + 1 <= 5 && !terms.slice(beforeInsert, j + 1).some((_, n) => inVerb(r, beforeInsert + n));
    const isInsert = !head || RELATIVE.has(head.normal) || SUBORDINATOR.has(head.normal) || insert.every((t, n) => r.removed[j + 1 + n] || t.tags.has('Value')) || inVerb(r, j + 1 + insert.indexOf(head)) || shortHead;
    if (!isInsert) break;
    k = j;
  }
  const start = nounPhraseEndingAt(r, k);
  return { start, end: k + 1 };
}

function headNoun(subject: Term[]): Term | undefined {
  const cut = subject.findIndex((t, n) => n > 0 && t.tags.has('Preposition') && t.normal !== 'than');
  const part = cut === -1 ? subject : subject.slice(0, cut);
  const nouns = part.filter((t) => (t.tags.has('Noun') || t.tags.has('Pronoun')) && !t.tags.has('Possessive'));
  return nouns[nouns.length - 1] ?? part[part.length - 1];
}

/** Whether a subject takes a plural verb; `names` are surnames met in the text ("Rosa Winters" is one woman). */
function isPlural(subject: Term[], isSurname: (word: string) => boolean = () => false): boolean {
  const cut = subject.findIndex((t, n) => n > 0 && t.tags.has('Preposition') && t.normal !== 'than');
  if ((cut === -1 ? subject : subject.slice(0, cut)).some((t) => t.normal === 'and')) return true;
  const head = headNoun(subject);
  if (!head) return false;
  if (['they', 'we', 'you', 'i'].includes(head.normal)) return true;
  if (head.tags.has('Person') || (/^\p{Lu}/u.test(head.text) && head.tags.has('Plural') && isSurname(head.text))) return false;
  if (head.tags.has('Plural') && !head.tags.has('Singular')) return true;
  // compromise leaves some plurals untagged ("troops"): a lower-case noun with a different singular is plural.
  return /^\p{Ll}+s$/u.test(head.text) && !head.tags.has('Singular') && singularOf(head.normal) !== head.normal;
}

/** Whether a word ending like a plural is someone's surname in the text ("Rosa Winters", "Lord Reynolds"). */
function surnames(source: HeadlineSource): (word: string) => boolean {
  return (word) => {
    const text = source.before ? `${source.before} ${source.sentence}` : source.sentence;
    return new RegExp(`\\b\\p{Lu}\\p{Ll}+ ${word.replace(/[^\p{L}]/gu, '')}\\b`, 'u').test(text);
  };
}

/** The verb phrase in the present: "married" → "marries", "was built" → "is built", "would wed" → "weds". */
function presentVerb(r: Reading, v: VerbPhrase, plural: boolean): string[] {
  const terms = r.terms.slice(v.first, v.last + 1);
  // "was rebuilt … and tested": the second participle shares the first's "was".
  const previous = r.parse.verbs.filter((o) => o.last < v.first).pop();
  const participle = r.terms[v.root].tags.has('Participle') || r.terms[v.root].tags.has('PastTense');
  // Not when it takes an object ("was built in 1932 and carried trams" is active).
  const next = r.terms[v.last + 1];
  const takesObject = next !== undefined && (next.tags.has('Noun') || next.tags.has('Determiner') || next.tags.has('Value') || next.tags.has('Pronoun'));
  if (!v.auxiliary && ['and', 'or'].includes(r.terms[v.first - 1]?.normal ?? '') && previous?.passive && participle && !takesObject) {
    return [plural ? 'are' : 'is', ...terms.slice(v.root - v.first).map((t) => t.text)];
  }
  const rootAt = v.root - v.first;
  const root = terms[rootAt];
  const modal = terms.find((t) => t.tags.has('Modal'));
  if (modal && MODAL_KEPT.has(modal.normal)) return terms.filter((t) => !FILLER_ADVERB.has(t.normal)).map((t) => t.text);
  const adverbs = terms.slice(0, rootAt).filter((t) => t.tags.has('Adverb') && !t.tags.has('Negative') && t.normal !== 'not' && !FILLER_ADVERB.has(t.normal)).map((t) => t.text);
  const tail = terms.slice(rootAt + 1).filter((t) => !FILLER_ADVERB.has(t.normal) && !r.removed[terms.indexOf(t) + v.first]).map((t) => t.text);
  const not = v.negative ? ['not'] : [];
  const be = plural ? 'are' : 'is';
  const auxiliaryBe = terms.slice(0, rootAt).some((t) => BE.has(t.normal));
  const passive = v.passive || (auxiliaryBe && (root.tags.has('Participle') || root.tags.has('PastTense')) && !root.tags.has('Gerund'));
  if (passive) return [be, ...not, ...adverbs, root.text, ...tail];
  if (BE.has(root.normal) || root.tags.has('Copula')) return [be, ...not, ...adverbs, ...tail];
  if (HAVE.has(root.normal) && rootAt === terms.length - 1) return [...adverbs, v.negative ? (plural ? 'do not have' : 'does not have') : plural ? 'have' : 'has'];
  const infinitive = v.infinitive || root.normal;
  const forms = conjugate(infinitive);
  const base = forms.Infinitive ?? infinitive;
  if (v.negative) return [plural ? 'do' : 'does', 'not', ...adverbs, base, ...tail];
  return [...adverbs, plural ? base : (forms.PresentTense ?? base), ...tail];
}

/**
 * The object: the words after the verb to the end of its clause, without date phrases. When the
 * clause gives two dates ("closed the bridge to lorries in March 2009 and to all traffic on
 * 2 October 2015"), each date keeps its own part: "the bridge to lorries", "the bridge to all traffic".
 */
function objectOf(r: Reading, v: VerbPhrase, verbs: VerbPhrase[], anchorAt = -1): Term[] {
  const terms = r.terms;
  const out: Term[] = [];
  if (clauseEndsAfter(r, v.last)) return out;
  for (let i = v.last + 1; i < terms.length; i++) {
    const t = terms[i];
    if (SUBORDINATOR.has(t.normal) && !r.removed[i]) break;
    if (t.normal === 'that' && out.length > 0 && out[out.length - 1].tags.has('Noun')) break;
    if (['and', 'but', 'or'].includes(t.normal) && verbs.some((o) => o.first > i && o.first <= i + 4)) break;
    if (t.normal === 'so' || isParticipleAfterNoun(r, i)) break;
    if (['and', 'or'].includes(t.normal) && r.removed[i - 1] && i - 1 > v.last) {
      if (anchorAt !== -1 && anchorAt < i) break;
      if (anchorAt > i) {
        // The later date's part: the object's head without the first part's phrase, then what follows "and".
        const lastPreposition = findLastIndex(out, (o, n) => n > 0 && o.tags.has('Preposition'));
        if (lastPreposition > 0) out.length = lastPreposition;
        continue;
      }
    }
    if (!r.removed[i] && !(t.normal === 'that' && out.length === 0)) out.push(t);
    if (clauseEndsAfter(r, i)) break;
  }
  return out;
}

function findLastIndex<T>(items: T[], test: (item: T, index: number) => boolean): number {
  for (let n = items.length - 1; n >= 0; n--) if (test(items[n], n)) return n;
  return -1;
}

/** A past participle right after a noun, in a clause whose verb came before ("would restore pay lost since 2019"). */
function isParticipleAfterNoun(r: Reading, i: number): boolean {
  const t = r.terms[i];
  const previous = r.terms[i - 1];
  if (!previous || !previous.tags.has('Noun') || previous.tags.has('Pronoun') || commaAfter(previous)) return false;
  if (!(t.tags.has('PastTense') || t.tags.has('Participle')) || !t.tags.has('Verb')) return false;
  const own = r.parse.verbs.find((v) => v.first === i);
  if (!own || own.first !== own.root) return false;
  // "a side built around the Okoro brothers won the league": the clause's verb comes after
  // (not "the government said on Friday it would pay", where "it" starts a clause of its own).
  for (let k = own.last + 1; k < r.terms.length && !clauseEndsAfter(r, k - 1) && !SPEECH.has(own.infinitive); k++) {
    const later = r.parse.verbs.find((v) => v.first === k);
    if (SUBORDINATOR.has(r.terms[k].normal) || RELATIVE.has(r.terms[k].normal) || PRONOUN_SUBJECT.has(r.terms[k].normal)) break;
    if (later && !['infinitive', 'imperative', 'gerund-phrase'].includes(later.form) && r.terms[k - 1]?.normal !== 'to') return true;
  }
  // A participle that itself follows a noun ("a side built around …") governs nothing.
  const modifier = (v: VerbPhrase) => v.first === v.root && (r.terms[v.root].tags.has('Participle') || r.terms[v.root].tags.has('PastTense')) && r.terms[v.first - 1]?.tags.has('Noun') === true;
  const earlier = r.parse.verbs.filter((v) => v.last < i && !['infinitive', 'imperative'].includes(v.form) && !modifier(v));
  const governing = earlier[earlier.length - 1];
  if (!governing || SPEECH.has(governing.infinitive) || ['think', 'believe', 'know', 'hope', 'expect', 'fear'].includes(governing.infinitive)) return false;
  for (let k = governing.last + 1; k < i; k++) if (clauseEndsAfter(r, k) || SUBORDINATOR.has(r.terms[k].normal) || RELATIVE.has(r.terms[k].normal)) return false;
  return true;
}

/** "Ana Petrov" → "Petrov" (headlines name people by surname); other names as written, without "The". */
function shortName(name: string, person: boolean): string {
  const clean = name.replace(/^(the|a|an)\s+/i, '').replace(/[’']s$/, '').trim();
  if (!person) return clean;
  const words = clean.split(/\s+/).filter((w) => !/^(mr|mrs|ms|dr|prof|sir|dame|lord|lady)\.?$/i.test(w));
  return words[words.length - 1] ?? clean;
}

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** The named (not pronoun) subject of a sentence's main clause ("Norland's Brenner Dairies"); whether it names a person. */
export function namedActor(sentence: string): string | null {
  return namedSubject(sentence, [], new Set())?.name ?? null;
}

/** Whether a word is written with a capital inside a sentence of the text (so it is a name, not a sentence's first word). */
function capitalisedElsewhere(word: string, text: string): boolean {
  return new RegExp(`[\\p{Ll},;]\\s+${word.replace(/[^\p{L}]/gu, '')}\\b`, 'u').test(text);
}

function namedSubject(sentence: string, people: readonly Person[], names: ReadonlySet<string>, text = sentence, common = false): { name: string; person: boolean; tagged: boolean } | null {
  const r = read({ sentence });
  const verb = finiteVerbs(r).find((v) => !isSubordinate(r, v));
  if (!verb) return null;
  const span = subjectSpan(r, verb);
  const subject = r.terms.slice(span.start, span.end).filter((t) => !t.tags.has('Adverb'));
  if (subject.length === 0 || subject.some((t) => t.tags.has('Pronoun'))) return null;
  // The head must be a name: capitalised, and not only because it opens the sentence ("Critics called it …").
  const head = headNoun(subject);
  const opening = head === r.terms[0];
  if (!head || head.tags.has('Date')) return null;
  // In the pronoun's own sentence a common noun is named too ("The government said … it would pay").
  if (common && !/^\p{Lu}/u.test(head.text)) return { name: phraseOf(subject).replace(/^(the|a|an)\s+/i, ''), person: false, tagged: false };
  if (!/^\p{Lu}/u.test(head.text)) return null;
  if (opening && !head.tags.has('ProperNoun') && !head.tags.has('Person') && !names.has(head.normal) && !capitalisedElsewhere(head.text, text)) return null;
  const name = shortName(phraseOf(subject), false);
  const surname = shortName(name, true).toLowerCase();
  const tagged = subject.some((t) => t.tags.has('Person'));
  return { name, person: tagged || people.some((p) => p.name === surname), tagged };
}

// How many sentences back a pronoun's actor is looked for.
const ACTOR_SENTENCES = 9;

/**
 * Who a pronoun is, walking back from it sentence by sentence (its own sentence's words first):
 * "it" and "they" are the nearest named subject; "he", "she", "him" the nearest person who is a
 * named subject or is named, not of the other gender (and not `not`, the clause's own subject);
 * failing that, the person the article names most.
 */
function nameFor(pronoun: Term, source: HeadlineSource, not?: string): string | null {
  const normal = pronoun.normal === 'him' ? 'he' : pronoun.normal === 'her' ? 'she' : pronoun.normal;
  const personal = normal === 'he' || normal === 'she';
  if (!personal && normal !== 'it' && normal !== 'they') return null;
  const gender = normal === 'he' ? 'male' : 'female';
  const known = source.people ?? [];
  // The people's surnames and the lead actor's words are names ("Calder" of "Calder United") even opening a sentence.
  const names = new Set([...known.map((p) => p.name), ...(source.actor ?? '').toLowerCase().split(/\s+/)]);
  const other = (name: string) => not !== undefined && shortName(name, true) === not;
  const sentences = [...sentencesOf(source.before ?? ''), source.sentence.slice(0, pronoun.start)];
  for (let k = sentences.length - 1; k >= 0 && k >= sentences.length - ACTOR_SENTENCES; k--) {
    if (!/\p{Lu}/u.test(sentences[k])) continue;
    // "It" and "they" may be a thing the sentence or the one before names in lower case ("A first version was lost … It was rebuilt").
    const near = k >= sentences.length - 2;
    const subject = namedSubject(sentences[k], known, names, `${source.before ?? ''} ${source.sentence}`, near && !personal);
    if (!personal) {
      // "It" and "they" are not a person ("Pike scored …; they were knocked out" is the club).
      if (subject && !subject.tagged) return subject.name;
      continue;
    }
    const people = peopleIn(sentences[k]);
    const otherGender = (name: string) => {
      const surname = shortName(name, true);
      const known = [...people, ...(source.people ?? [])].filter((p) => shortName(p.name, true).toLowerCase() === surname.toLowerCase() && p.gender !== null);
      return known.length > 0 && known.every((p) => p.gender !== gender);
    };
    if (subject?.person && !otherGender(subject.name) && !other(subject.name)) return shortName(subject.name, true);
    const person = [...people].reverse().find((p) => !otherGender(p.name) && !other(p.name));
    if (person) return shortName(person.name, true);
  }
  if (!personal) return source.actor ?? null;
  const protagonist = known.find((p) => (p.gender === null || p.gender === gender) && !other(p.name));
  return protagonist ? protagonist.name[0].toUpperCase() + protagonist.name.slice(1) : null;
}

const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?’])/g, '$1')
    .replace(/([“‘(])\s+/g, '$1')
    .trim();

/** Terms joined with their own spacing, without sentence punctuation. */
function phraseOf(terms: Term[]): string {
  const text = terms
    .map((t, k) => {
      const pre = t.pre.replace(/[^"“”‘’'(]/g, '');
      const post = k === terms.length - 1 ? t.post.replace(/[^"“”’')]/g, '') : t.post.replace(/[.!?;:]+/g, '').replace(/\s*[—–]\s*/g, ' ');
      return `${pre}${t.text}${post || ' '}`;
    })
    .join('');
  return tidy(text);
}

/** Drops quotation marks and brackets that open without closing (or close without opening). */
function balance(text: string): string {
  let out = text;
  if ((out.match(/“/g)?.length ?? 0) !== (out.match(/”/g)?.length ?? 0)) out = out.replace(/[“”]/g, '');
  if ((out.match(/"/g)?.length ?? 0) % 2 === 1) out = out.replace(/"/g, '');
  if ((out.match(/‘/g)?.length ?? 0) !== (out.match(/’(?!\p{L})/gu)?.length ?? 0)) out = out.replace(/‘/g, '').replace(/’(?!\p{L})/gu, '');
  if ((out.match(/\(/g)?.length ?? 0) !== (out.match(/\)/g)?.length ?? 0)) out = out.replace(/[()]/g, '');
  return tidy(out);
}

function finish(text: string): string {
  let words = balance(text).split(' ').filter(Boolean);
  if (words.length > MAX_HEADLINE_WORDS) words = words.slice(0, MAX_HEADLINE_WORDS);
  while (words.length > 1 && (DANGLING.has(bare(words[words.length - 1])) || !/[\p{L}\p{N}]/u.test(words[words.length - 1]))) words.pop();
  const out = balance(words.join(' ')).replace(/[\s,.;:!?—–-]+$/, '');
  return out ? out[0].toUpperCase() + out.slice(1) : out;
}

interface Parts {
  subject: string;
  verb: string;
  object: Term[];
}

/** Subject, verb and object joined, trailing prepositional phrases dropped until it fits in 12 words. */
function compose({ subject, verb, object }: Parts): string {
  let objectTerms = object;
  const build = () => tidy([subject, verb, phraseOf(objectTerms)].filter(Boolean).join(' '));
  let text = build();
  while (countWords(text) > MAX_HEADLINE_WORDS && objectTerms.length > 0) {
    let cut = -1;
    for (let k = objectTerms.length - 1; k > 0; k--) {
      const insideName = /^\p{Lu}/u.test(objectTerms[k - 1].text) && /^\p{Lu}/u.test(objectTerms[k + 1]?.text ?? '');
      if ((objectTerms[k].tags.has('Preposition') || objectTerms[k].normal === 'to') && !insideName) {
        cut = k;
        break;
      }
    }
    objectTerms = cut > 0 ? objectTerms.slice(0, cut) : objectTerms.slice(0, -1);
    text = build();
  }
  return finish(text);
}

/** A subject to borrow when a clause has none, worked out only when needed. */
type Inherited = string | (() => string);

/** The subject as headline words: a pronoun named, "The" dropped. */
function subjectText(r: Reading, span: { start: number; end: number }, inherited: Inherited, source: HeadlineSource, speaker?: Inherited): string {
  const terms = r.terms.slice(span.start, span.end).filter((_, n) => !r.removed[span.start + n]);
  while (terms.length > 1 && (terms[terms.length - 1].tags.has('Adverb') || terms[terms.length - 1].tags.has('Ordinal'))) terms.pop();
  if (terms.length === 0) return typeof inherited === 'function' ? inherited() : inherited;
  let text = phraseOf(terms);
  // "It is with regret that …", "it was clear": an empty "it", named by nothing.
  const afterBe = r.terms[span.end + 1];
  const emptyIt = terms.length === 1 && terms[0].normal === 'it' && BE.has(r.terms[span.end]?.normal ?? '') && !(afterBe && (afterBe.tags.has('Participle') || afterBe.tags.has('PastTense')));
  // In "Hollis said it had completed …" the "it" is the speaker.
  const spoken = speaker === undefined ? undefined : typeof speaker === 'function' ? speaker() : speaker;
  if (terms.length === 1 && PRONOUN_SUBJECT.has(terms[0].normal) && spoken && !PRONOUN_SUBJECT.has(spoken.toLowerCase())) text = spoken;
  else if (terms.length === 1 && PRONOUN_SUBJECT.has(terms[0].normal) && !emptyIt) text = nameFor(terms[0], source) ?? text;
  else if (terms.length > 1 && POSSESSIVE[terms[0].normal]) {
    // "Its collection grew" → "Museum's collection grows".
    const owner = nameFor({ ...terms[0], normal: POSSESSIVE[terms[0].normal] }, source);
    if (owner) text = `${owner}’s ${phraseOf(terms.slice(1))}`;
  }
  return text.replace(/^(the|a|an)\s+/i, '').replace(/[,;:]+$/, '');
}

function headlineFor(r: Reading, v: VerbPhrase, verbs: VerbPhrase[], source: HeadlineSource, inherited: Inherited, speaker?: Inherited): string {
  if (BE.has(r.terms[v.root].normal)) {
    // "X was in 2011, ending …": the copula only places X in time; the gerund tells what it did.
    let next = v.root + 1;
    while (next < r.terms.length && r.removed[next]) next++;
    const gerund = r.parse.verbs.find((o) => o.root === next && r.terms[o.root].tags.has('Gerund'));
    if (gerund && next > v.root + 1) return gerundHeadline(r, gerund, [v, ...verbs.filter((o) => o !== v)], source, inherited);
  }
  const span = subjectSpan(r, v);
  const subject = subjectText(r, span, inherited, source, speaker);
  const subjectTerms = r.terms.slice(span.start, span.end);
  const plural = subjectTerms.length > 0 && !(speaker && subjectTerms.length === 1 && subjectTerms[0].tags.has('Pronoun')) ? isPlural(subjectTerms, surnames(source)) : /\band\b/.test(subject) || (/s$/.test(subject) && !/ss$/.test(subject) && !/^\p{Lu}/u.test(subject));
  return compose({ subject, verb: presentVerb(r, v, plural).join(' '), object: namedObjects(r, objectOf(r, v, verbs, anchorIndex(r, source)), source, subject) });
}

/** "Ellison weds him" → "Ellison weds Reyna": an object "him" or "her" (not "her home") named like a subject. */
function namedObjects(r: Reading, object: Term[], source: HeadlineSource, subject: string): Term[] {
  return object.map((t) => {
    const next = r.terms[r.terms.indexOf(t) + 1];
    const objectHer = t.normal === 'her' && !(next && (next.tags.has('Noun') || next.tags.has('Adjective') || next.tags.has('Value')));
    if (t.normal !== 'him' && !objectHer) return t;
    const name = nameFor(t, source, shortName(subject, true));
    return name ? { ...t, text: name, normal: name.toLowerCase(), tags: new Set(['Noun', 'ProperNoun']) } : t;
  });
}

const anchorIndex = (r: Reading, source: HeadlineSource) => (source.anchor ? r.terms.findIndex((t) => overlaps(t, source.anchor as TextSpan)) : -1);

/** A participle that a date belongs to ("pay lost since 2019", "the win, confirmed on 15 May"): "Pay is lost". */
function participleHeadline(r: Reading, v: VerbPhrase, verbs: VerbPhrase[], source: HeadlineSource): string {
  let end = v.first - 1;
  while (end >= 0 && r.removed[end]) end--;
  if (end < 0) return '';
  const start = nounPhraseEndingAt(r, end);
  const subjectTerms = r.terms.slice(start, end + 1);
  const subject = phraseOf(subjectTerms).replace(/^(the|a|an)\s+/i, '');
  const be = isPlural(subjectTerms, surnames(source)) ? 'are' : 'is';
  return compose({ subject, verb: `${be} ${r.terms[v.root].text}`, object: objectOf(r, v, verbs, anchorIndex(r, source)) });
}

/** The participle phrase a date sits in, when no finite verb stands between them. */
function anchoredParticiple(r: Reading, anchorAt: number): VerbPhrase | undefined {
  if (anchorAt === -1) return undefined;
  const before = r.parse.verbs.filter((v) => v.last < anchorAt && !r.removed[v.root]);
  const nearest = before[before.length - 1];
  if (!nearest || cutOff(r, nearest.last, anchorAt)) return undefined;
  const all = r.parse.verbs.filter((v) => !r.removed[v.root]);
  return isParticipleAfterNoun(r, nearest.first) || (isReducedRelative(r, nearest, all) && !commaAfter(r.terms[nearest.last])) ? nearest : undefined;
}

/** "X says …" for a statement whose reported clause has its own date ("will quit on June 7, she said on Friday"). */
function statementHeadline(r: Reading, speech: VerbPhrase, reported: VerbPhrase, verbs: VerbPhrase[], source: HeadlineSource, inherited: Inherited): string {
  const speaker = subjectText(r, subjectSpan(r, speech), inherited, source);
  const span = subjectSpan(r, reported);
  const said = r.terms.slice(span.start, reported.last + 1).filter((_, n) => !r.removed[span.start + n]);
  const clause = phraseOf(said).replace(/^(the|a|an)\s+/i, '').replace(/\bwould\b/g, 'will');
  const plural = isPlural(r.terms.slice(subjectSpan(r, speech).start, subjectSpan(r, speech).end));
  return compose({ subject: speaker, verb: `${presentVerb(r, speech, plural).join(' ')} ${clause}`, object: objectOf(r, reported, verbs, anchorIndex(r, source)) });
}

/** "the collapse of the Soviet-backed government" → "Soviet-backed government collapses"; "the floods" → "Floods hit". */
function nominalHeadline(r: Reading, at: number): string {
  const noun = r.terms[at];
  const verb = EVENT_NOUNS[noun.normal];
  const plural = noun.tags.has('Plural');
  if (verb.of && r.terms[at + 1]?.normal === 'of') {
    const what: Term[] = [];
    for (let i = at + 2; i < r.terms.length && !r.removed[i]; i++) {
      if (SUBORDINATOR.has(r.terms[i].normal) || inVerb(r, i) && !r.terms[i].tags.has('Noun')) break;
      what.push(r.terms[i]);
      if (clauseEndsAfter(r, i)) break;
    }
    if (what.length > 0) return compose({ subject: phraseOf(what).replace(/^(the|a|an)\s+/i, ''), verb: isPlural(what) ? verb.plural : verb.singular, object: [] });
  }
  const start = r.removed[at - 1] ? at : nounPhraseEndingAt(r, at);
  const phrase = phraseOf(r.terms.slice(start, at + 1)).replace(/^(the|a|an)\s+/i, '');
  return compose({ subject: phrase, verb: plural ? verb.plural : verb.singular, object: [] });
}

/** "the June 4 council elections" → "Council elections are held". */
function heldHeadline(r: Reading, noun: number, from: number): string {
  const what = r.terms.slice(from, noun + 1);
  const verb = HELD[r.terms[noun].normal];
  return compose({ subject: phraseOf(what), verb: r.terms[noun].tags.has('Plural') ? verb.plural : verb.singular, object: [] });
}

/** "the Taliban declared … after seizing power on 15 August 2021" → "Taliban seizes power": the gerund's doer is the clause's subject. */
function gerundHeadline(r: Reading, gerund: VerbPhrase, verbs: VerbPhrase[], source: HeadlineSource, inherited: Inherited): string {
  const governing = verbs.filter((v) => v.last < gerund.first).pop();
  const span = governing ? subjectSpan(r, governing) : { start: 0, end: 0 };
  const subject = subjectText(r, span, inherited, source);
  const plural = isPlural(r.terms.slice(span.start, span.end), surnames(source));
  const forms = conjugate(gerund.infinitive);
  const base = forms.Infinitive ?? gerund.infinitive;
  const rest = r.terms.slice(gerund.root + 1, gerund.last + 1).filter((_, n) => !r.removed[gerund.root + 1 + n]).map((t) => t.text);
  return compose({ subject, verb: [plural ? base : (forms.PresentTense ?? base), ...rest].join(' '), object: objectOf(r, gerund, verbs, anchorIndex(r, source)) });
}

/** The draft's title for an event: a headline built on the verb its date phrase belongs to, or on the next best verb. */
export function draftHeadline(source: HeadlineSource): string {
  const r = read(source);
  const verbs = finiteVerbs(r);
  const main = verbs.find((v) => !isSubordinate(r, v));
  let inheritedText: string | undefined;
  // The main clause's subject, named only when a clause without a subject needs it.
  const inherited = () => (inheritedText ??= main ? subjectText(r, subjectSpan(r, main), '', source) : '');
  const tries: (() => string)[] = [];
  const choice = anchoredChoice(r, verbs, source.anchor);
  const participle = anchoredParticiple(r, anchorIndex(r, source));
  if (participle) tries.push(() => participleHeadline(r, participle, verbs, source));
  if (choice && 'nominal' in choice) tries.push(() => nominalHeadline(r, choice.nominal));
  if (choice && 'held' in choice) tries.push(() => heldHeadline(r, choice.held, choice.from));
  if (choice && 'gerund' in choice) tries.push(() => gerundHeadline(r, choice.gerund, verbs, source, inherited));
  if (choice && 'verb' in choice) {
    const chosen = choice.verb;
    const reported = SPEECH.has(chosen.infinitive) ? reportedVerb(r, verbs, chosen) : undefined;
    if (reported) {
      const anchor = source.anchor;
      const otherDates = (source.dates ?? []).filter((d) => !anchor || d.start !== anchor.start);
      const reportedDated = otherDates.some((d) => {
        const other = anchoredChoice(r, verbs, d);
        return other !== null && 'verb' in other && other.verb === reported;
      });
      if (reportedDated) tries.push(() => statementHeadline(r, chosen, reported, verbs, source, inherited));
      const speaker = () => subjectText(r, subjectSpan(r, chosen), inherited, source);
      tries.push(() => headlineFor(r, reported, verbs, source, speaker, speaker));
    }
    tries.push(() => headlineFor(r, chosen, verbs, source, inherited));
  }
  for (const v of verbs) if (!isSubordinate(r, v)) tries.push(() => headlineFor(r, v, verbs, source, inherited));
  let best = '';
  let fewest = Infinity;
  for (const attempt of tries) {
    const title = attempt();
    const problems = headlineProblems(title).length;
    if (problems < fewest) {
      best = title;
      fewest = problems;
    }
    if (problems === 0) break;
  }
  return best || fallbackTitle(r);
}

/** The verb (its infinitive) a date phrase belongs to, or what a statement reports; null when none. */
export function eventVerb(source: HeadlineSource): string | null {
  const r = read(source);
  const verbs = finiteVerbs(r);
  const choice = anchoredChoice(r, verbs, source.anchor);
  if (!choice) return null;
  if ('gerund' in choice) return choice.gerund.infinitive;
  if (!('verb' in choice)) return null;
  const reported = SPEECH.has(choice.verb.infinitive) ? reportedVerb(r, verbs, choice.verb) : undefined;
  // "said on Wednesday that her mother died on Monday": Wednesday dates the saying.
  const anchor = source.anchor;
  const reportedDated = reported !== undefined && (source.dates ?? []).some((d) => {
    if (anchor && d.start === anchor.start) return false;
    const other = anchoredChoice(r, verbs, d);
    return other !== null && 'verb' in other && other.verb === reported;
  });
  return (reported && !reportedDated ? reported : choice.verb).infinitive;
}

/**
 * Whether a sentence tells news of the day: its main verb (or what it reports) in the present
 * perfect or the present ("has completed", "have begun to fall", "is dead"), not a past told
 * as background ("met the cellist").
 */
export function tellsNews(sentence: string): boolean {
  const r = read({ sentence });
  const verbs = finiteVerbs(r);
  const main = verbs.find((v) => !isSubordinate(r, v));
  if (!main) return false;
  const told = (SPEECH.has(main.infinitive) ? reportedVerb(r, verbs, main) : undefined) ?? main;
  const auxiliary = r.terms.slice(told.first, told.root).map((t) => t.normal);
  // Reported speech moves "has completed" back to "said it had completed".
  const perfect = told === main ? ['has', 'have'] : ['has', 'have', 'had'];
  return auxiliary.some((a) => perfect.includes(a)) || (auxiliary.length === 0 && r.terms[told.root].tags.has('PresentTense') && !r.terms[told.root].tags.has('PastTense')) || auxiliary.some((a) => a === 'is' || a === 'are');
}

/**
 * Whether one of the date phrases dates the sentence's main clause: its first verb outside relative
 * and subordinate clauses, or what that verb reports ("Hollis said it had completed …" is undated
 * when its only date is in "after extending its offer earlier in the week").
 */
export function datesMainClause(sentence: string, dates: TextSpan[]): boolean {
  const r = read({ sentence, dates });
  const verbs = finiteVerbs(r);
  const main = verbs.find((v) => !isSubordinate(r, v));
  if (!main) return dates.length > 0;
  const reported = SPEECH.has(main.infinitive) ? reportedVerb(r, verbs, main) : undefined;
  return dates.some((d) => {
    const choice = anchoredChoice(r, verbs, d);
    return choice !== null && 'verb' in choice && (choice.verb === main || choice.verb === reported);
  });
}

/** No verb to build on: the sentence's words without the dates, cut to the limit (the checker says what is wrong). */
function fallbackTitle(r: Reading): string {
  const kept = r.terms.filter((_, i) => !r.removed[i] && i >= r.focusFirst && i <= r.focusLast);
  return finish(phraseOf(kept)) || 'Untitled event';
}

// A caption, credit or byline: never a headline.
const CAPTION = /^(photos?|image|picture|file photo|credit|caption|video|watch|listen|graphic|illustration)\b|pic\.twitter\.com|\(@\w+\)|\b(getty images|shutterstock|ap photo|afp photo|epa-efe)\b|\b(reuters|afp|ap)\/\p{Lu}|^by\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}$/iu;
const AGENCY = /^(reuters|ap|afp|associated press|xinhua|dpa|efe|ians|pti|upi|bloomberg|getty images|ansa|tass|anadolu)$/i;
const COUNT_AFTER_YEAR = /^(people|votes|homes|troops|km|miles|metres|meters|feet|tonnes|tons|dollars|euros|pounds|cases|deaths|points|pages|words|units|jobs|workers|members|students|cars|acres|hectares|barrels)$/i;
const DATE_CONTEXT_BEFORE = /^(in|on|of|since|until|till|by|from|to|early|mid|late|last|next|this|every|each|between|during|through)$/i;

/** Date words in a title: weekdays, months used as dates, years, "yesterday", "last week", "ago". */
function dateWords(title: string): string[] {
  const words = title.split(/\s+/);
  const found: string[] = [];
  words.forEach((raw, k) => {
    const w = bare(raw);
    const prev = bare(words[k - 1] ?? '');
    const next = bare(words[k + 1] ?? '');
    if (WEEKDAYS.includes(w) || ['yesterday', 'today', 'tomorrow', 'tonight', 'ago'].includes(w)) found.push(raw);
    else if (MONTHS.includes(w) || /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i.test(raw)) {
      const dated = /^\d{1,4}(st|nd|rd|th)?$/.test(next) || /^\d{1,2}(st|nd|rd|th)?$/.test(prev) || DATE_CONTEXT_BEFORE.test(prev);
      if (w === 'may' || w === 'march' ? dated : /^\p{Lu}/u.test(raw) || dated) found.push(raw);
    } else if (/^(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})$/.test(w) && !COUNT_AFTER_YEAR.test(next)) found.push(raw);
    else if (/^(1[0-9]{2}0|20[0-9]0)s$/.test(w)) found.push(raw);
    else if (['week', 'month', 'year', 'weekend'].includes(w) && ['last', 'this', 'next', 'past'].includes(prev)) found.push(`${words[k - 1]} ${raw}`);
  });
  return found;
}

/** Whether the words of a title are only a name ("Petrov", "Alice May", "The Hague"). */
function onlyName(terms: Term[]): boolean {
  return terms.length > 0 && terms.length <= 5 && terms.every((t) => t.tags.has('Determiner') || /^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('Noun') || t.tags.has('Modal')));
}

/**
 * What keeps a title from reading as a headline, one plain sentence each; empty when it passes:
 * at most 12 words, a finite verb in the present, no date words, not a caption, credit or byline,
 * not a lone name, not ending mid-clause or on "because", "that", "and", "of"…, not starting with a
 * pronoun or in lower case, quotation marks closed.
 */
export function headlineProblems(title: string): string[] {
  const problems: string[] = [];
  const text = (title ?? '').trim();
  if (!text) return ['The title is empty.'];
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > MAX_HEADLINE_WORDS) problems.push(`It has ${words.length} words; a headline has at most ${MAX_HEADLINE_WORDS}.`);
  if (CAPTION.test(text) || AGENCY.test(text)) problems.push('It reads as a caption, credit or byline, not an event.');
  if (/^\p{Ll}/u.test(text)) problems.push('It starts with a lower-case letter.');
  const first = bare(words[0] ?? '');
  if (PRONOUN_SUBJECT.has(first) || ['his', 'her', 'its', 'their'].includes(first)) problems.push(`It starts with the pronoun "${words[0]}"; name who did it.`);
  const dates = dateWords(text);
  if (dates.length > 0) problems.push(`It has the date word${dates.length > 1 ? 's' : ''} ${dates.map((d) => `"${d}"`).join(', ')}; the date goes in the date field.`);
  const last = bare(words[words.length - 1] ?? '');
  if (DANGLING.has(last)) problems.push(`It ends on "${words[words.length - 1]}", mid-phrase.`);
  else if (words.length >= 2 && ['that', 'which', 'who', 'whom', 'whose', 'because', 'when', 'while', 'although', 'where'].includes(bare(words[words.length - 2]))) {
    problems.push(`It ends mid-clause ("${words.slice(-2).join(' ')}").`);
  }
  const opening = text.match(/[“]/g)?.length ?? 0;
  const closing = text.match(/[”]/g)?.length ?? 0;
  if (opening !== closing || (text.match(/"/g)?.length ?? 0) % 2 === 1) problems.push('It has an unclosed quotation mark.');
  const r = read({ sentence: text });
  const terms = r.terms;
  // compromise reads a name before a verb ("May resigns") as the modal "may".
  const nameThenVerb = terms.length >= 2 && /^\p{Lu}/u.test(terms[0].text) && terms[0].tags.has('Modal') && terms[1].tags.has('PresentTense');
  const verbs = r.parse.verbs.filter((v) => isFinite(r, v) && !(nameThenVerb && v.first === 0 && v.root === 0));
  if (verbs.length === 0 && !nameThenVerb) {
    problems.push(onlyName(terms) ? 'It is only a name; say what happened ("Petrov wins the mayoral race").' : 'It has no verb that says what happened ("Council approves the plan").');
  } else if (verbs.length > 0) {
    const isPast = (v: VerbPhrase) => {
      const words = terms.slice(v.first, v.last + 1);
      const auxiliary = words.find((t) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula'));
      const root = terms[v.root];
      if (auxiliary) return ['was', 'were', 'had', 'did'].includes(auxiliary.normal);
      return root.tags.has('PastTense') && !(root.tags.has('Participle') && v.first > 0 && BE.has(terms[v.first - 1].normal));
    };
    // A past participle before the verb is a modifier ("unbeaten games lifts", "side built around … wins").
    const main = verbs.find((v) => !isSubordinate(r, v) && !isPast(v)) ?? verbs.find((v) => !isSubordinate(r, v)) ?? verbs[0];
    const mainTerms = terms.slice(main.first, main.last + 1);
    if (isPast(main)) {
      const span = subjectSpan(r, main);
      const present = presentVerb(r, main, isPlural(terms.slice(span.start, span.end))).join(' ');
      problems.push(`Its verb "${mainTerms.map((t) => t.text).join(' ')}" is in the past tense; headlines use the present ("${present}").`);
    }
  }
  return problems;
}
