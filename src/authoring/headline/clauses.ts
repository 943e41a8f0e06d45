import { type VerbPhrase } from '../nlp';
import { BE, EVENT_NOUNS, HAVE, type Reading, SPEECH, SUBORDINATOR, type TextSpan, commaAfter, hardBreakAfter, overlaps } from './reading';
import { isParticipleAfterNoun, nounPhraseEndingAt, subjectSpan } from './subjects';

/** Which verb phrase tells the event: finite verbs, the clauses they sit in, what a date phrase dates. */

// Words that say only that a story peaked or came to a head ("reached a climax", "came to a head", "culminated"): the when-clause after the date tells what happened.
const CULMINATION = /\b(?:(?:reach|c[ao]me|boil)\w*\b.*\b(?:climax|peak|head|height|crescendo|boiling point)|culminat\w*|peaked|climaxed)\b/;

/** Whether the punctuation after term i ends its clause: a hard break, or a comma that is not inside a date ("March 26, 1940"). */
export function clauseEndsAfter(r: Reading, i: number): boolean {
  const t = r.terms[i];
  if (hardBreakAfter(t)) return true;
  return commaAfter(t) && !(r.removed[i] && r.removed[i + 1]);
}

export const inVerb = (r: Reading, i: number) => r.parse.verbs.some((v) => i >= v.first && i <= v.last);

/** Whether a verb phrase can carry a headline: finite, not "to go", not a bare "-ing". */
export function isFinite(r: Reading, v: VerbPhrase): boolean {
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
export function opener(r: Reading, v: VerbPhrase): string | null {
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

export const isSubordinate = (r: Reading, v: VerbPhrase) => opener(r, v) !== null;

/** A past participle between commas with the main verb right after ("Petrov's win, confirmed after …, makes"). */
export function isReducedRelative(r: Reading, v: VerbPhrase, all: VerbPhrase[]): boolean {
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
export function asides(r: Reading): boolean[] {
  let depth = 0;
  return r.terms.map((t) => {
    depth += (t.pre.match(/\(/g)?.length ?? 0) - 0;
    const inside = depth > 0;
    depth = Math.max(0, depth - (t.post.match(/\)/g)?.length ?? 0) + (t.post.match(/\(/g)?.length ?? 0));
    return inside;
  });
}

/** A simple verb right after a noun phrase that is the object of the verb before it ("awarded a motion pictures star on …"). */
export function isObjectNoun(r: Reading, v: VerbPhrase): boolean {
  if (v.first !== v.root || v.first === 0 || v.auxiliary || !r.terms[v.first - 1].tags.has('Noun') || clauseEndsAfter(r, v.first - 1)) return false;
  const start = nounPhraseEndingAt(r, v.first - 1);
  if (start === 0 || !r.terms[start].tags.has('Determiner')) return false;
  const governing = r.parse.verbs.find((o) => o.last === start - 1);
  return governing !== undefined && !SPEECH.has(governing.infinitive) && !['think', 'believe', 'know', 'hope', 'expect', 'fear', 'see'].includes(governing.infinitive);
}

export function finiteVerbs(r: Reading): VerbPhrase[] {
  const aside = asides(r);
  const all = r.parse.verbs.filter((v) => !r.removed[v.root] && !aside[v.root] && !isObjectNoun(r, v));
  return all.filter((v) => isFinite(r, v) && !isReducedRelative(r, v, all) && !isParticipleAfterNoun(r, v.first) && !isSplitAuxiliary(r, v, all));
}

export const SPLIT_AUXILIARY = new Set(['has', 'have', 'had', 'will', 'would']);

/** "APC had on Monday rejected …": a lone "had" or "will" cut from its verb by the date; the verb after it tells the event. */
export function isSplitAuxiliary(r: Reading, v: VerbPhrase, verbs: VerbPhrase[] = r.parse.verbs): boolean {
  if (v.first !== v.last || !SPLIT_AUXILIARY.has(r.terms[v.root].normal)) return false;
  let next = v.last + 1;
  while (next < r.terms.length && (r.removed[next] || r.terms[next].tags.has('Adverb'))) next++;
  return next > v.last + 1 && r.removed[v.last + 1] && verbs.some((o) => o.first === next);
}

/** Whether words between two terms cut a verb off from a date after it (a subordinate clause or a hard break). */
export function cutOff(r: Reading, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (i > from && SUBORDINATOR.has(r.terms[i].normal)) return true;
    if (hardBreakAfter(r.terms[i]) && i < to - 1) return true;
  }
  return false;
}

export type Choice = { verb: VerbPhrase } | { nominal: number } | { held: number; from: number } | { gerund: VerbPhrase };

// Events named by a noun a date stands before ("the June 4 council elections", "the June 4th elections").
export const HELD: Record<string, { singular: string; plural: string }> = {
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
export const PREPOSITION_ING = new Set(['following', 'including', 'according', 'concerning', 'regarding', 'during', 'excluding', 'pending']);

/** A gerund phrase the date belongs to ("after seizing power on 15 August 2021"), nearer than any finite verb. */
/** A verb phrase's last word that is not part of a date phrase ("seizing power on" before "15 August 2021"). */
export function lastKept(r: Reading, v: VerbPhrase): number {
  let last = v.last;
  while (last > v.root && r.removed[last]) last--;
  return last;
}

export function anchoredGerund(r: Reading, at: number, before: VerbPhrase | undefined): VerbPhrase | undefined {
  const gerunds = r.parse.verbs.filter((v) => lastKept(r, v) < at && !r.removed[v.root] && r.terms[v.root].tags.has('Gerund') && !PREPOSITION_ING.has(r.terms[v.root].normal) && r.terms[v.first - 1]?.normal !== 'to' && !isFinite(r, v));
  const nearest = gerunds[gerunds.length - 1];
  if (!nearest || cutOff(r, lastKept(r, nearest), at) || (before && before.last > nearest.last)) return undefined;
  return nearest;
}

/** What the date phrase dates: the verb before it in its clause, the verb after a fronted date, or a noun ("the collapse of …"). */
export function anchoredChoice(r: Reading, verbs: VerbPhrase[], anchor: TextSpan | undefined): Choice | null {
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
  // "a 2005 report … which rated the bridge deficient": a year naming which report dates what the report did.
  if (start > 0 && terms[start - 1].tags.has('Determiner') && terms[end + 1]?.tags.has('Noun')) {
    const relative = terms.findIndex((t, k) => k > end + 1 && k <= end + 12 && (t.normal === 'which' || t.normal === 'that'));
    const told = relative === -1 ? undefined : verbs.find((v) => v.first > relative && v.first <= relative + 2);
    if (told && !verbs.some((v) => v.first > end && v.first < relative) && !terms.slice(end + 1, relative - 1).some((_, n) => clauseEndsAfter(r, end + 1 + n))) return { verb: told };
  }
  // "after local elections on Thursday": a date straight after the event's noun, in a phrase no verb of its own dates.
  const heldBefore = start - 1;
  const verbBefore = pool.filter((v) => v.last < heldBefore).pop();
  if (heldBefore > 0 && HELD[terms[heldBefore].normal] && terms[heldBefore].tags.has('Noun') && !inVerb(r, heldBefore) && (!verbBefore || cutOff(r, verbBefore.last, heldBefore))) {
    let from = heldBefore;
    while (from > 0 && !clauseEndsAfter(r, from - 1) && (terms[from - 1].tags.has('Adjective') || (terms[from - 1].tags.has('Noun') && !terms[from - 1].tags.has('Pronoun')) || (terms[from - 1].normal === 'and' && from - 1 > 0 && terms[from - 2].tags.has('ProperNoun')))) from--;
    return { held: heldBefore, from };
  }
  // "since 1987, when a side … won the league": the when-clause tells what happened then.
  // Only after a reference point ("since", "back to"), or a verb that only says a story peaked ("reached
  // a climax in September when the couple were convicted"); "began on 15 February, when …" keeps its own verb.
  const reference = ['since', 'to', 'back'].includes(terms[start].normal);
  const lastBefore = pool.filter((v) => v.last < start).pop();
  const culminated = lastBefore !== undefined && CULMINATION.test(terms.slice(lastBefore.first, start).map((t) => t.normal).join(' '));
  const when = (reference && commaAfter(terms[end])) || culminated ? (terms[end + 1]?.normal === 'when' ? end + 1 : -1) : -1;
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
export function eventNounBefore(r: Reading, end: number): number {
  for (let i = end - 1; i >= 0 && i >= end - 10; i--) {
    const t = r.terms[i];
    if (clauseEndsAfter(r, i) && i < end - 1) return -1;
    if (inVerb(r, i) && !t.tags.has('Noun')) return -1;
    if (EVENT_NOUNS[t.normal] && t.tags.has('Noun')) return i;
  }
  return -1;
}

/** For "X said on Tuesday it received …" the verb of what was said; for "…, X said." the verb before. */
export function reportedVerb(r: Reading, verbs: VerbPhrase[], speech: VerbPhrase): VerbPhrase | undefined {
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
