import { PLURAL_WITHOUT_S, conjugate, peopleIn, singularOf, type Person, type Term, type VerbPhrase } from '../nlp';
import { splitSentences } from '../sentences';
import { BE, FILLER_ADVERB, HAVE, type HeadlineSource, MODAL_KEPT, POSSESSIVE, PRONOUN_SUBJECT, RELATIVE, type Reading, SAID, SPEECH, SUBORDINATOR, commaAfter, hardBreakAfter, read } from './reading';
import { SPLIT_AUXILIARY, clauseEndsAfter, finiteVerbs, inVerb, isSubordinate } from './clauses';
import { phraseOf } from './compose';

/** Who did it: subjects, plural or not, verbs put in the present, objects, pronouns named from the text before. */

/** The noun phrase ending at term `end` (inclusive), scanning back to a clause boundary. */
export function nounPhraseEndingAt(r: Reading, end: number): number {
  // "told investors it had sold": a subject pronoun after a noun starts a noun phrase of its own.
  if (PRONOUN_SUBJECT.has(r.terms[end]?.normal ?? '') && r.terms[end].tags.has('Pronoun') && r.terms[end - 1]?.tags.has('Noun')) return end;
  let start = end + 1;
  for (let k = end; k >= 0; k--) {
    const t = r.terms[k];
    if (k < end && clauseEndsAfter(r, k)) break;
    // A removed date phrase ("as far back as 2000", "since 2003") is no clause boundary: the noun before it is the subject's.
    if (!r.removed[k] && (SUBORDINATOR.has(t.normal) || RELATIVE.has(t.normal) || t.normal === 'as')) break;
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

/**
 * "caused the bridge to buckle and collapse", "forced the mayor to resign": an infinitive's
 * subject is the object of the verb before its "to", not that verb's subject ("speculation").
 * `k` is the term before the verb; null when the verb is no such infinitive.
 */
function infinitiveSubject(r: Reading, k: number): { start: number; end: number } | null {
  const terms = r.terms;
  let to = k;
  if (['and', 'or'].includes(terms[k].normal)) {
    // "to buckle and collapse": the verb joined by "and" shares the first one's "to".
    const joined = r.parse.verbs.find((o) => o.last === k - 1);
    if (!joined) return null;
    to = joined.first - 1;
  }
  if (to < 1 || terms[to].normal !== 'to' || r.removed[to] || !terms[to - 1].tags.has('Noun')) return null;
  const start = nounPhraseEndingAt(r, to - 1);
  const governing = r.parse.verbs.find((o) => o.last === start - 1);
  return governing && start < to ? { start, end: to } : null;
}

/** The subject of a verb phrase as a term span [start, end): relative clauses take their antecedent, inserts are skipped. */
export function subjectSpan(r: Reading, v: VerbPhrase): { start: number; end: number } {
  const terms = r.terms;
  let k = v.first - 1;
  while (k >= 0 && terms[k].tags.has('Adverb') && !commaAfter(terms[k]) && !r.removed[k]) k--;
  // "APC had on Monday rejected": the subject stands before the auxiliary the date split off.
  let split = k;
  while (split >= 0 && r.removed[split]) split--;
  if (split < k && split >= 0 && SPLIT_AUXILIARY.has(terms[split].normal)) k = split - 1;
  // "Asteria (short for …) is": the bracketed words explain the subject, which stands before them.
  if (k > 0 && /\)/.test(terms[k].post)) {
    let open = k;
    while (open > 0 && !/\(/.test(terms[open].pre) && !/\(/.test(terms[open - 1].post)) open--;
    if (open > 0) k = open - 1;
  }
  if (k < 0) return { start: 0, end: 0 };
  const caused = infinitiveSubject(r, k);
  if (caused) return caused;
  if (['and', 'but', 'or'].includes(terms[k].normal)) return { start: k + 1, end: k + 1 };
  if (RELATIVE.has(terms[k].normal)) {
    // "the mayor, who has led …": the antecedent before the relative word, up to a preposition ("next season, which starts").
    const end = k - 1;
    if (end < 0) return { start: k, end: k };
    let start = nounPhraseEndingAt(r, end);
    for (let n = end; n > start; n--) {
      // A preposition ("for the first time next season") or a noun before an adjective ("time next season") ends it.
      // "a shortlist of six, which …": "of" and what it counts stay with the noun.
      if (terms[n].normal === 'of' || (terms[n - 1].normal === 'of' && terms[n].tags.has('Value'))) continue;
      if (terms[n].tags.has('Preposition') || (!terms[n].tags.has('Noun') && terms[n - 1].tags.has('Noun') && !terms[n - 1].tags.has('Possessive'))) {
        start = n + (terms[n].tags.has('Preposition') ? 1 : 0);
        break;
      }
    }
    if (start < end && terms[start].tags.has('Preposition')) start++;
    // "one of three bidders, which were named": the relative clause tells of the bidders.
    if (terms[start].normal === 'one' && terms[start + 1]?.normal === 'of' && start + 2 <= end) start += 2;
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
  let start = nounPhraseEndingAt(r, k);
  // "Her last title before this was …": "this" ends a phrase inside the subject, whose noun stands before "before".
  if (start === k && ['this', 'that', 'then'].includes(terms[k].normal) && start >= 2 && ['before', 'after', 'since'].includes(terms[k - 1].normal) && !clauseEndsAfter(r, k - 2)) {
    const outer = nounPhraseEndingAt(r, k - 2);
    if (terms.slice(outer, k - 1).some((t) => t.tags.has('Noun'))) start = outer;
  }
  return { start, end: k + 1 };
}

export function headNoun(subject: Term[]): Term | undefined {
  const cut = subject.findIndex((t, n) => n > 0 && t.tags.has('Preposition') && t.normal !== 'than');
  const part = cut === -1 ? subject : subject.slice(0, cut);
  const nouns = part.filter((t) => (t.tags.has('Noun') || t.tags.has('Pronoun')) && !t.tags.has('Possessive'));
  return nouns[nouns.length - 1] ?? part[part.length - 1];
}


/** Whether a subject takes a plural verb; `names` are surnames met in the text ("Rosa Winters" is one woman). */
export function isPlural(subject: Term[], isSurname: (word: string) => boolean = () => false): boolean {
  const cut = subject.findIndex((t, n) => n > 0 && t.tags.has('Preposition') && t.normal !== 'than');
  if ((cut === -1 ? subject : subject.slice(0, cut)).some((t) => t.normal === 'and')) return true;
  const head = headNoun(subject);
  if (!head) return false;
  if (['they', 'we', 'you', 'i', 'these', 'those'].includes(head.normal) || PLURAL_WITHOUT_S.has(head.normal)) return true;
  // "This", "his": a pronoun ending in "s" is no plural.
  if (head.tags.has('Pronoun') || head.tags.has('Determiner')) return false;
  if (head.tags.has('Person') || (/^\p{Lu}/u.test(head.text) && head.tags.has('Plural') && isSurname(head.text))) return false;
  // "MPs", "CEOs": an acronym with a plural "s", which compromise reads as one unit.
  if (/^\p{Lu}{2,}s$/u.test(head.text)) return true;
  if (head.tags.has('Plural') && !head.tags.has('Singular')) return true;
  // compromise leaves some plurals untagged ("troops"): a lower-case noun with a different singular is plural.
  const common = /^\p{Ll}+s$/u.test(head.text) || (/^\p{Lu}\p{Ll}+s$/u.test(head.text) && !head.tags.has('ProperNoun') && !head.tags.has('Person'));
  return common && !head.tags.has('Singular') && singularOf(head.normal) !== head.normal;
}

/** Whether a word ending like a plural is someone's surname in the text ("Rosa Winters", "Lord Reynolds"). */
export function surnames(source: HeadlineSource): (word: string) => boolean {
  return (word) => {
    const text = source.before ? `${source.before} ${source.sentence}` : source.sentence;
    return new RegExp(`\\b\\p{Lu}\\p{Ll}+ ${word.replace(/[^\p{L}]/gu, '')}\\b`, 'u').test(text);
  };
}

/** The verb phrase in the present: "married" → "marries", "was built" → "is built", "would wed" → "weds". */
export function presentVerb(r: Reading, v: VerbPhrase, plural: boolean): string[] {
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
export function objectOf(r: Reading, v: VerbPhrase, verbs: VerbPhrase[], anchorAt = -1): Term[] {
  const terms = r.terms;
  const out: Term[] = [];
  if (clauseEndsAfter(r, v.last)) return out;
  for (let i = v.last + 1; i < terms.length; i++) {
    const t = terms[i];
    if (SUBORDINATOR.has(t.normal) && !r.removed[i]) break;
    // "raged as torrential rains caused …": "as" opening a clause of its own.
    if (t.normal === 'as' && t.tags.has('Conjunction') && !r.removed[i]) break;
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

export function findLastIndex<T>(items: T[], test: (item: T, index: number) => boolean): number {
  for (let n = items.length - 1; n >= 0; n--) if (test(items[n], n)) return n;
  return -1;
}

/** A past participle right after a noun, in a clause whose verb came before ("would restore pay lost since 2019"). */
export function isParticipleAfterNoun(r: Reading, i: number): boolean {
  const t = r.terms[i];
  const previous = r.terms[i - 1];
  if (!previous || !previous.tags.has('Noun') || previous.tags.has('Pronoun') || commaAfter(previous)) return false;
  if (!(t.tags.has('PastTense') || t.tags.has('Participle')) || !t.tags.has('Verb')) return false;
  const own = r.parse.verbs.find((v) => v.first === i);
  if (!own || own.first !== own.root || SAID.has(own.infinitive)) return false;
  // "a side built around the Okoro brothers won the league": the clause's verb comes after
  // (not "the government said on Friday it would pay", where "it" starts a clause of its own).
  for (let k = own.last + 1; k < r.terms.length && !clauseEndsAfter(r, k - 1) && !SPEECH.has(own.infinitive); k++) {
    const later = r.parse.verbs.find((v) => v.first === k);
    if (SUBORDINATOR.has(r.terms[k].normal) || RELATIVE.has(r.terms[k].normal) || PRONOUN_SUBJECT.has(r.terms[k].normal)) break;
    // "The board suspended the society and appointed …": a verb after "and" shares the subject, so neither modifies it.
    if (later && ['and', 'or', 'but'].includes(r.terms[k - 1]?.normal ?? '')) break;
    // "fired tear gas on Friday and the protesters fled": "and" after a date or a comma joins a clause of its own.
    if (['and', 'or', 'but'].includes(r.terms[k].normal) && (r.removed[k - 1] || commaAfter(r.terms[k - 1]))) break;
    // "watched the probe settle": a bare verb after the object completes the verb before, it is no clause's verb.
    if (later && bareAfterObject(r, own.last, later)) continue;
    // "searched for 200 people listed as missing": a past right after a noun with no object after it modifies that noun too.
    const objectAfter = (v: VerbPhrase) => ['Determiner', 'Noun', 'Pronoun', 'Value', 'Adjective'].some((tag) => r.terms[v.last + 1]?.tags.has(tag));
    if (later && later.first === later.root && r.terms[k - 1]?.tags.has('Noun') && r.terms[later.root].tags.has('PastTense') && !objectAfter(later)) continue;
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

/**
 * "The airline told passengers they would get refunds": the listeners, when the reported clause's
 * "they" agrees with them and not with the speaker; undefined otherwise.
 */
export function toldPronoun(r: Reading, speech: VerbPhrase, reported: VerbPhrase): string | undefined {
  const said = subjectSpan(r, reported);
  const pronoun = r.terms[said.start];
  if (said.end - said.start !== 1 || pronoun.normal !== 'they' || said.start <= speech.last + 1) return undefined;
  const listeners = r.terms.slice(speech.last + 1, said.start);
  const speaker = subjectSpan(r, speech);
  if (!listeners.every((t) => t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('Adjective')) || !isPlural(listeners) || isPlural(r.terms.slice(speaker.start, speaker.end))) return undefined;
  return phraseOf(listeners).replace(/^(the|a|an)\s+/i, '');
}

/** A bare verb right after the object of the verb ending at `verbLast` ("watched the probe settle"). */
function bareAfterObject(r: Reading, verbLast: number, later: VerbPhrase): boolean {
  const object = r.terms.slice(verbLast + 1, later.first);
  const inObject = (t: Term) => !t.tags.has('Pronoun') && (t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun'));
  return later.first === later.root && !later.auxiliary && r.terms[later.root].tags.has('Infinitive') && object[0]?.tags.has('Determiner') === true && object.every(inObject);
}

/** "Ana Petrov" → "Petrov" (headlines name people by surname); other names as written, without "The". */
export function shortName(name: string, person: boolean): string {
  const clean = name.replace(/^(the|a|an)\s+/i, '').replace(/[’']s$/, '').trim();
  if (!person) return clean;
  const words = clean.split(/\s+/).filter((w) => !/^(mr|mrs|ms|dr|prof|sir|dame|lord|lady)\.?$/i.test(w));
  return words[words.length - 1] ?? clean;
}

export const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** The named (not pronoun) subject of a sentence's main clause ("Norland's Brenner Dairies"); whether it names a person. */
export function namedActor(sentence: string): string | null {
  return namedSubject(sentence, [], new Set())?.name ?? null;
}

/** Whether a word is written with a capital inside a sentence of the text (so it is a name, not a sentence's first word). */
export function capitalisedElsewhere(word: string, text: string): boolean {
  return new RegExp(`[\\p{Ll},;]\\s+${word.replace(/[^\p{L}]/gu, '')}\\b`, 'u').test(text);
}

export function namedSubject(sentence: string, people: readonly Person[], names: ReadonlySet<string>, text = sentence, common = false): { name: string; person: boolean; tagged: boolean } | null {
  const r = read({ sentence });
  const verb = finiteVerbs(r).find((v) => !isSubordinate(r, v));
  if (!verb) return null;
  const span = subjectSpan(r, verb);
  const subject = r.terms.slice(span.start, span.end).filter((t) => !t.tags.has('Adverb'));
  // "Its mission", "Their coach": whose it is is the name wanted, not the thing.
  if (subject.length === 0 || subject.some((t) => t.tags.has('Pronoun') || POSSESSIVE[t.normal] !== undefined)) return null;
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
export const ACTOR_SENTENCES = 9;

/**
 * Who a pronoun is, walking back from it sentence by sentence (its own sentence's words first):
 * "it" and "they" are the nearest named subject; "he", "she", "him" the nearest person who is a
 * named subject or is named, not of the other gender (and not `not`, the clause's own subject);
 * failing that, the person the article names most.
 */
export function nameFor(pronoun: Term, source: HeadlineSource, not?: string): string | null {
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
  // No one named: the person the sentence before describes ("Another was a local man …" → "local man").
  for (const sentence of sentences.slice(-3).reverse()) {
    const described = personDescribed(sentence);
    if (described) return described;
  }
  const protagonist = known.find((p) => (p.gender === null || p.gender === gender) && !other(p.name));
  return protagonist ? protagonist.name[0].toUpperCase() + protagonist.name.slice(1) : null;
}

// Common nouns for a person that compromise does not tag as one ("fisherman", "girl").
const PERSON_NOUN = /(man|woman|men|women|boy|girl|child|children|person|mother|father|son|daughter|wife|husband)$/;

/** Whether a common noun names a person ("minister", "fisherman", "mother"). */
export const isPersonNoun = (t: Term) => t.tags.has('Noun') && !t.tags.has('Pronoun') && (t.tags.has('Actor') || PERSON_NOUN.test(t.normal));

/** The last person a sentence describes with a common noun and its adjectives ("a local man" → "local man"), or null. */
export function personDescribed(sentence: string): string | null {
  const terms = read({ sentence }).terms;
  for (let k = terms.length - 1; k >= 0; k--) {
    const t = terms[k];
    const person = !t.tags.has('ProperNoun') && !t.tags.has('Plural') && /^\p{Ll}/u.test(t.text) && isPersonNoun(t);
    if (!person) continue;
    let start = k;
    while (start > 0 && terms[start - 1].tags.has('Adjective') && !commaAfter(terms[start - 1])) start--;
    return phraseOf(terms.slice(start, k + 1));
  }
  return null;
}
