import { conjugate, parse, type Term, type VerbPhrase } from '../nlp';
import { BE, DANGLING, EVENT_NOUNS, type HeadlineSource, MAX_HEADLINE_WORDS, POSSESSIVE, PRONOUN_SUBJECT, RELATIVE, type Reading, SAID, SUBORDINATOR, type TextSpan, bare, commaAfter, countWords, hardBreakAfter, overlaps } from './reading';
import { HELD, clauseEndsAfter, cutOff, inVerb, isReducedRelative, isSplitAuxiliary } from './clauses';
import { isParticipleAfterNoun, isPlural, nameFor, nounPhraseEndingAt, objectOf, presentVerb, shortName, subjectSpan, surnames } from './subjects';

/** Headline text from a subject, a verb and an object; one builder per kind of event (verb, noun, participle, statement). */

export const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?’])/g, '$1')
    .replace(/([“‘(])\s+/g, '$1')
    .trim();

/** Terms joined with their own spacing, without sentence punctuation. */
export function phraseOf(terms: Term[]): string {
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
export function balance(text: string): string {
  let out = text;
  if ((out.match(/“/g)?.length ?? 0) !== (out.match(/”/g)?.length ?? 0)) out = out.replace(/[“”]/g, '');
  if ((out.match(/"/g)?.length ?? 0) % 2 === 1) out = out.replace(/"/g, '');
  if ((out.match(/‘/g)?.length ?? 0) !== (out.match(/’(?!\p{L})/gu)?.length ?? 0)) out = out.replace(/‘/g, '').replace(/’(?!\p{L})/gu, '');
  if ((out.match(/\(/g)?.length ?? 0) !== (out.match(/\)/g)?.length ?? 0)) out = out.replace(/[()]/g, '');
  return tidy(out);
}

export function finish(text: string): string {
  let words = balance(text).split(' ').filter(Boolean);
  if (words.length > MAX_HEADLINE_WORDS) words = words.slice(0, MAX_HEADLINE_WORDS);
  while (words.length > 1 && (DANGLING.has(bare(words[words.length - 1])) || !/[\p{L}\p{N}]/u.test(words[words.length - 1]))) words.pop();
  const out = balance(words.join(' ')).replace(/[\s,.;:!?—–-]+$/, '');
  return out ? out[0].toUpperCase() + out.slice(1) : out;
}

export interface Parts {
  subject: string;
  verb: string;
  object: Term[];
}

/** Subject, verb and object joined, trailing prepositional phrases dropped until it fits in 12 words. */
export function compose({ subject, verb, object }: Parts): string {
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
export type Inherited = string | (() => string);

/** The subject as headline words: a pronoun named, "The" dropped. */
export function subjectText(r: Reading, span: { start: number; end: number }, inherited: Inherited, source: HeadlineSource, speaker?: Inherited): string {
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
    // Named by no one: the thing itself ("His body was found" → "Body is found").
    text = owner ? `${owner}’s ${phraseOf(terms.slice(1))}` : phraseOf(terms.slice(1));
  } else if (terms.length > 1) {
    // "the death toll in his country" → "death toll in Correia’s country".
    const named = terms.map((t) => {
      if (!['his', 'her', 'their'].includes(t.normal) || !terms[terms.indexOf(t) + 1]?.tags.has('Noun')) return t;
      const owner = nameFor({ ...t, normal: POSSESSIVE[t.normal] }, source);
      return owner ? { ...t, text: `${owner}’s` } : t;
    });
    text = phraseOf(named);
  }
  return text.replace(/^(the|a|an)\s+/i, '').replace(/[,;:]+$/, '');
}

export function headlineFor(r: Reading, v: VerbPhrase, verbs: VerbPhrase[], source: HeadlineSource, inherited: Inherited, speaker?: Inherited): string {
  const inverted = invertedHeadline(r, v, source);
  if (inverted) return inverted;
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
  // A pronoun named from the text before ("They" → "Team") agrees with the name, not the pronoun.
  const named = subjectTerms.length === 1 && subjectTerms[0].tags.has('Pronoun') && (Boolean(speaker) || subject.toLowerCase() !== subjectTerms[0].normal);
  // A pronoun that is the speaker ("Officials said they …") agrees with the speaker's words.
  const spokenPlural = named && Boolean(speaker) && isPlural(parse(subject).terms, surnames(source));
  const plural = subjectTerms.length > 0 && !named ? isPlural(subjectTerms, surnames(source)) : spokenPlural || /\band\b/.test(subject) || (/s$/.test(subject) && !/ss$/.test(subject) && !/^\p{Lu}/u.test(subject));
  const object = namedObjects(r, objectOf(r, v, verbs, anchorIndex(r, source)), source, subject);
  const verb = presentVerb(r, v, plural).join(' ');
  const title = compose({ subject, verb, object });
  // Only after the whole object: a title cut to fit is not joined to more.
  const whole = countWords(title) === countWords(`${subject} ${verb} ${phraseOf(object)}`);
  return source.anchor || !whole ? title : withCoordinated(r, v, object, verbs, title, plural);
}

/** An undated "closed the bank and named a receiver": the verb joined by "and" is told too when the whole fits in 12 words. */
function withCoordinated(r: Reading, v: VerbPhrase, object: Term[], verbs: VerbPhrase[], title: string, plural: boolean): string {
  const end = object.length > 0 ? r.terms.indexOf(object[object.length - 1]) : v.last;
  const joined = verbs.find((o) => o.first === end + 2 && r.terms[end + 1].normal === 'and');
  if (!joined || clauseEndsAfter(r, end) || countWords(title) + 1 > MAX_HEADLINE_WORDS) return title;
  const rest = objectOf(r, joined, verbs);
  if (rest.some((t) => r.removed[r.terms.indexOf(t)])) return title;
  const text = `${title} and ${[...presentVerb(r, joined, plural), phraseOf(rest)].filter(Boolean).join(' ')}`;
  return countWords(text) <= MAX_HEADLINE_WORDS ? finish(text) : title;
}

/** "Ellison weds him" → "Ellison weds Reyna": an object "him" or "her" (not "her home") named like a subject. */
export function namedObjects(r: Reading, object: Term[], source: HeadlineSource, subject: string): Term[] {
  return object.map((t) => {
    const next = r.terms[r.terms.indexOf(t) + 1];
    const objectHer = t.normal === 'her' && !(next && (next.tags.has('Noun') || next.tags.has('Adjective') || next.tags.has('Value')));
    if (t.normal !== 'him' && !objectHer) return t;
    const name = nameFor(t, source, shortName(subject, true));
    return name ? { ...t, text: name, normal: name.toLowerCase(), tags: new Set(['Noun', 'ProperNoun']) } : t;
  });
}

export const anchorIndex = (r: Reading, source: HeadlineSource) => (source.anchor ? r.terms.findIndex((t) => overlaps(t, source.anchor as TextSpan)) : -1);

/** A participle that a date belongs to ("pay lost since 2019", "the win, confirmed on 15 May"): "Pay is lost". */
export function participleHeadline(r: Reading, v: VerbPhrase, verbs: VerbPhrase[], source: HeadlineSource): string {
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
export function anchoredParticiple(r: Reading, anchorAt: number): VerbPhrase | undefined {
  if (anchorAt === -1) return undefined;
  const before = r.parse.verbs.filter((v) => v.last < anchorAt && !r.removed[v.root] && !isSplitAuxiliary(r, v));
  const nearest = before[before.length - 1];
  if (!nearest || cutOff(r, nearest.last, anchorAt)) return undefined;
  const all = r.parse.verbs.filter((v) => !r.removed[v.root]);
  return isParticipleAfterNoun(r, nearest.first) || (isReducedRelative(r, nearest, all) && !commaAfter(r.terms[nearest.last])) ? nearest : undefined;
}

/** "X says …" for a statement whose reported clause has its own date ("will quit on June 7, she said on Friday"). */
export function statementHeadline(r: Reading, speech: VerbPhrase, reported: VerbPhrase, verbs: VerbPhrase[], source: HeadlineSource, inherited: Inherited): string {
  const speaker = subjectText(r, subjectSpan(r, speech), inherited, source);
  const span = subjectSpan(r, reported);
  const said = r.terms.slice(span.start, reported.last + 1).filter((_, n) => !r.removed[span.start + n]);
  const clause = phraseOf(said).replace(/^(the|a|an)\s+/i, '').replace(/\bwould\b/g, 'will');
  const plural = isPlural(r.terms.slice(subjectSpan(r, speech).start, subjectSpan(r, speech).end));
  return compose({ subject: speaker, verb: `${presentVerb(r, speech, plural).join(' ')} ${clause}`, object: objectOf(r, reported, verbs, anchorIndex(r, source)) });
}

/** "the collapse of the Soviet-backed government" → "Soviet-backed government collapses"; "the floods" → "Floods hit". */
export function nominalHeadline(r: Reading, at: number): string {
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
export function heldHeadline(r: Reading, noun: number, from: number): string {
  const what = r.terms.slice(from, noun + 1);
  const verb = HELD[r.terms[noun].normal];
  return compose({ subject: phraseOf(what), verb: r.terms[noun].tags.has('Plural') ? verb.plural : verb.singular, object: [] });
}

/** "the Taliban declared … after seizing power on 15 August 2021" → "Taliban seizes power": the gerund's doer is the clause's subject. */
export function gerundHeadline(r: Reading, gerund: VerbPhrase, verbs: VerbPhrase[], source: HeadlineSource, inherited: Inherited): string {
  const governing = verbs.filter((v) => v.last < gerund.first).pop();
  const span = governing ? subjectSpan(r, governing) : { start: 0, end: 0 };
  const subject = subjectText(r, span, inherited, source);
  const plural = isPlural(r.terms.slice(span.start, span.end), surnames(source));
  const forms = conjugate(gerund.infinitive);
  const base = forms.Infinitive ?? gerund.infinitive;
  const rest = r.terms.slice(gerund.root + 1, gerund.last + 1).filter((_, n) => !r.removed[gerund.root + 1 + n]).map((t) => t.text);
  return compose({ subject, verb: [plural ? base : (forms.PresentTense ?? base), ...rest].join(' '), object: objectOf(r, gerund, verbs, anchorIndex(r, source)) });
}

/**
 * "“We will not give up,” the coach said on Saturday" → "Coach says “We will not give up”": a
 * sentence that opens with a quote and then names who said it ("told reporters" is "says" too); empty
 * when that is over 12 words.
 */
export function openingQuoteHeadline(r: Reading, source: HeadlineSource): string {
  const terms = r.terms;
  if (!/[“"]/.test(terms[0]?.pre ?? '')) return '';
  const close = terms.findIndex((t) => /[”"]/.test(t.post));
  if (close === -1) return '';
  const speech = r.parse.verbs.find((v) => v.first > close && v.first <= close + 6 && SAID.has(v.infinitive));
  if (!speech) return '';
  // "… the coach said" or "… said Ortiz".
  let span = { start: close + 1, end: speech.first };
  if (span.end === span.start) {
    let end = speech.last + 1;
    while (end < terms.length && !r.removed[end] && !terms[end].tags.has('Preposition') && !clauseEndsAfter(r, end - 1)) end++;
    span = { start: speech.last + 1, end };
  }
  const speaker = subjectText(r, span, '', source);
  if (!speaker) return '';
  const quote = phraseOf(terms.slice(0, close + 1)).replace(/[,.;:]+([”"])$/, '$1');
  const says = isPlural(terms.slice(span.start, span.end), surnames(source)) ? 'say' : 'says';
  // "Mayor Ana Ruiz" is "Ruiz" when the whole name makes it too long.
  const person = terms.slice(span.start, span.end).some((t) => t.tags.has('Person'));
  for (const who of person ? [speaker, shortName(speaker, true)] : [speaker]) {
    const text = tidy(`${who} ${says} ${quote}`);
    if (countWords(text) <= MAX_HEADLINE_WORDS) return finish(text);
  }
  return '';
}

/** "Also among her films was The Poseidon Adventure (1972)" → "Poseidon Adventure is among Winters’s films": what follows "was" is the subject. */
function invertedHeadline(r: Reading, v: VerbPhrase, source: HeadlineSource): string {
  const terms = r.terms;
  if (!BE.has(terms[v.root].normal) || v.first !== v.root) return '';
  let k = 0;
  while (k < v.first && terms[k].tags.has('Adverb')) k++;
  if (terms[k]?.normal !== 'among' || k + 1 >= v.first || terms.slice(k, v.first).some((t) => commaAfter(t) || inVerb(r, terms.indexOf(t)))) return '';
  const subject: Term[] = [];
  for (let i = v.last + 1; i < terms.length && !r.removed[i] && !RELATIVE.has(terms[i].normal); i++) {
    subject.push(terms[i]);
    if (commaAfter(terms[i]) || hardBreakAfter(terms[i]) || /\(/.test(terms[i + 1]?.pre ?? '')) break;
  }
  if (subject.length === 0) return '';
  const named = subjectText(r, { start: k + 1, end: v.first }, '', source);
  const group = terms[k + 1].normal === 'the' && !/^the\s/i.test(named) ? `the ${named}` : named;
  return compose({ subject: phraseOf(subject).replace(/^(the|a|an)\s+/i, ''), verb: `${isPlural(subject) ? 'are' : 'is'} among`, object: parse(group).terms });
}

