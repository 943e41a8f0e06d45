import { conjugate, type Term, type VerbPhrase } from '../nlp';
import { BE, DANGLING, MAX_HEADLINE_WORDS, MONTHS, PRONOUN_SUBJECT, type Reading, SAID, SUBORDINATOR, WEEKDAYS, bare, read } from './reading';
import { isFinite, isSubordinate } from './clauses';
import { headNoun, isPersonNoun, isPlural, presentVerb, subjectSpan } from './subjects';

/** What keeps a title from reading as a headline (the rules `draftHeadline` drafts by, checked on any title). */

// A caption, credit or byline: never a headline.
export const CAPTION = /^(photos?|image|picture|file photo|credit|caption|video|watch|listen|graphic|illustration)\b|pic\.twitter\.com|\(@\w+\)|\b(getty images|shutterstock|ap photo|afp photo|epa-efe)\b|\b(reuters|afp|ap)\/\p{Lu}|^by\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}$/iu;
export const AGENCY = /^(reuters|ap|afp|associated press|xinhua|dpa|efe|ians|pti|upi|bloomberg|getty images|ansa|tass|anadolu)$/i;
export const COUNT_AFTER_YEAR = /^(people|votes|homes|troops|km|miles|metres|meters|feet|tonnes|tons|dollars|euros|pounds|cases|deaths|points|pages|words|units|jobs|workers|members|students|cars|acres|hectares|barrels)$/i;
export const DATE_CONTEXT_BEFORE = /^(in|on|of|since|until|till|by|from|to|early|mid|late|last|next|this|every|each|between|during|through)$/i;

/** Date words in a title: weekdays, months used as dates, years, "yesterday", "last week", "ago". */
export function dateWords(title: string): string[] {
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

// Pronouns that never open a headline (the subject ones are in PRONOUN_SUBJECT).
const PRONOUN_START = new Set(['his', 'her', 'its', 'their', 'him', 'them', 'us', 'me', 'our', 'my', 'your']);
const FIRST_PERSON = new Set(['we', 'us', 'our', 'ours', 'i', 'me', 'my']);
const THIRD_PERSON = new Set(['his', 'her', 'him', 'their', 'them']);
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'does', 'did']);

/** "… as Apple's iPhone 4S has already": an auxiliary and adverbs at the end, the verb cut off. */
function endsOnAuxiliary(words: string[]): string | null {
  let k = words.length - 1;
  while (k > 0 && /ly$|^(already|still|now|just|not|never|also|yet|soon)$/.test(bare(words[k]))) k--;
  return k < words.length - 1 && k > 0 && AUXILIARY.has(bare(words[k])) ? words.slice(k).join(' ') : null;
}

/** What is wrong with how a title opens: with a verb ("Said the novel …") or a preposition ("By the new pact goes …"), so it has no subject. */
function openingProblem(terms: Term[], text: string): string | null {
  const first = terms[0];
  if (!first) return null;
  const named = ['Noun', 'ProperNoun', 'Person', 'Place', 'Organization', 'Adjective', 'Modal', 'Gerund', 'Determiner', 'Value'].some((tag) => first.tags.has(tag));
  // "Talks collapse", "Closed factory reopens": a verb-looking word before its noun or verb is not the verb.
  const next = terms[1];
  const verbFirst = first.tags.has('Verb') && !named && next !== undefined && ['Determiner', 'Pronoun', 'Preposition', 'Conjunction'].some((tag) => next.tags.has(tag));
  if (verbFirst) return `It starts with the verb "${first.text}"; a headline starts with who did it.`;
  let k = 0;
  while (k < terms.length - 1 && terms[k].tags.has('Adverb')) k++;
  const opener = terms[k];
  // "Up to 50 die", "Over 100 homes flood": a preposition before a number is a quantity.
  const quantity = terms[k + 1]?.tags.has('Value') || /^\d/.test(terms[k + 1]?.text ?? '');
  const fronted = text.includes(',');
  if ((opener.tags.has('Preposition') || SUBORDINATOR.has(opener.normal)) && !quantity && !fronted) return `It starts with "${terms.slice(0, k + 1).map((t) => t.text).join(' ')}", not with who did it.`;
  return null;
}

/** "APC is had rejected", "the Tigers be defending": a verb no clause has. */
function brokenVerb(terms: Term[]): string | null {
  for (let k = 1; k < terms.length; k++) {
    const prev = terms[k - 1];
    const t = terms[k];
    if (BE.has(prev.normal) && prev.normal !== 'being' && ['had', 'has', 'have'].includes(t.normal)) return `${prev.text} ${t.text}`;
    const bareBe = t.normal === 'be' && (prev.tags.has('Noun') || prev.tags.has('ProperNoun')) && !prev.tags.has('Modal') && !['to', 'not', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should'].includes(prev.normal);
    if (bareBe) return `${prev.text} ${t.text}`;
  }
  return null;
}

/** Which terms stand inside quotation marks. */
function quotedTerms(terms: Term[]): boolean[] {
  let inside = false;
  return terms.map((t) => {
    if (/[“"‘']/.test(t.pre)) inside = true;
    const quoted = inside;
    if (/[”"’']/.test(t.post)) inside = false;
    return quoted;
  });
}

/**
 * A pronoun whose person the title does not name: "we", "us", "our" anywhere outside a quotation
 * (the writer's voice), or "his", "her", "their" before the verb with no name before it
 * ("Confirmed death toll in his country is 242").
 */
function unnamedPronoun(terms: Term[]): string | null {
  const quoted = quotedTerms(terms);
  const verbAt = terms.findIndex((t, k) => k > 0 && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle'));
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k];
    // "US", "U.S.": the country, not the pronoun.
    const pronoun = t.text === t.text.toLowerCase() || (t.text.length > 1 && t.text.slice(1) === t.text.slice(1).toLowerCase() && !t.text.includes('.'));
    if (quoted[k] || k === 0 || !pronoun) continue;
    if (FIRST_PERSON.has(t.normal)) return t.text;
    const nameBefore = terms.slice(0, k).some((o, n) => o.tags.has('Person') || o.tags.has('Organization') || isPersonNoun(o) || (n > 0 && /^\p{Lu}/u.test(o.text)) || (n === 0 && o.tags.has('ProperNoun')));
    if (THIRD_PERSON.has(t.normal) && (verbAt === -1 || k < verbAt) && !nameBefore) return t.text;
  }
  return null;
}

/**
 * "This are at the Open", "Fatalities ties the record": a present verb that does not agree with a
 * common-noun or pronoun subject. Names are left alone ("Tigers win", "Tigers wins" are both written).
 */
function agreementProblem(r: Reading, v: VerbPhrase): string | null {
  const terms = r.terms;
  const root = terms[v.root];
  if (v.first !== v.root && !BE.has(terms[v.first].normal)) return null;
  const verb = terms[v.first];
  const span = subjectSpan(r, v);
  const subject = terms.slice(span.start, span.end);
  const head = headNoun(subject);
  // A name's number is the writer's choice; the title's first word has its capital from the title.
  const named = (t: Term) => t.tags.has('ProperNoun') || t.tags.has('Person') || t.tags.has('Organization') || t.tags.has('Place') || /^\p{Lu}/u.test(t.text) && t !== terms[0];
  // A lone first word may be a surname or a club ("Winters wins", "Tigers win"): not judged.
  if (head === terms[0] && !head.tags.has('Pronoun')) return null;
  // "Series of storms hits": a subject ending on "of" is compromise taking a noun for the verb.
  if (!head || subject.some((t) => t.normal === 'and' || named(t)) || !subject[subject.length - 1].tags.has('Noun')) return null;
  const plural = isPlural(subject);
  let wanted: string | undefined;
  // Only plain errors: a plural with "is" or an "-s" verb, a pronoun with "are" ("the council approve" is British usage).
  if (verb.normal === 'is' && plural) wanted = 'are';
  else if (verb.normal === 'are' && !plural && head.tags.has('Pronoun')) wanted = 'is';
  else if (plural && v.first === v.root && !BE.has(root.normal) && !root.tags.has('Modal') && !root.tags.has('Auxiliary')) {
    const forms = conjugate(v.infinitive);
    if (root.normal === forms.PresentTense && forms.PresentTense !== forms.Infinitive) wanted = forms.Infinitive;
  }
  return wanted ? `Its verb "${verb.text}" does not agree with "${head.text}" ("${wanted}").` : null;
}

/** Whether the words of a title are only a name ("Petrov", "Alice May", "The Hague"). */
export function onlyName(terms: Term[]): boolean {
  return terms.length > 0 && terms.length <= 5 && terms.every((t) => t.tags.has('Determiner') || /^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('Noun') || t.tags.has('Modal')));
}

/**
 * What keeps a title from reading as a headline, one plain sentence each; empty when it passes:
 * at most 12 words, a finite verb in the present, no date words, not a caption, credit or byline,
 * not a lone name, not ending mid-clause or on "because", "that", "and", "of", "has already"…, not
 * starting with a pronoun, a verb, a preposition or in lower case, no pronoun it leaves unnamed, no
 * broken verb ("is had"), not only who spoke, quotation marks closed.
 */
const ARTICLES = new Set(['the', 'a', 'an']);
const WANTS_OF = new Set(['as part', 'on behalf', 'in spite']);
const STRAY_AFTER_ARTICLE = new Set(['at', 'of', 'in', 'on', 'to', 'for', 'with', 'by', 'from', 'into', 'as', 'the', 'a', 'an']);

export function headlineProblems(title: string): string[] {
  const problems: string[] = [];
  const text = (title ?? '').trim();
  if (!text) return ['The title is empty.'];
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > MAX_HEADLINE_WORDS) problems.push(`It has ${words.length} words; a headline has at most ${MAX_HEADLINE_WORDS}.`);
  if (CAPTION.test(text) || AGENCY.test(text)) problems.push('It reads as a caption, credit or byline, not an event.');
  if (/^\p{Ll}/u.test(text)) problems.push('It starts with a lower-case letter.');
  // "They'll", "He's": the pronoun without its contracted verb.
  const first = bare(words[0] ?? '').replace(/['’](ll|re|ve|d|s|m)$/, '');
  const r = read({ sentence: text });
  const terms = r.terms;
  // "This plays 17 events": a demonstrative straight before the verb stands for something the title does not name.
  const demonstrative = ['this', 'that', 'these', 'those'].includes(first) && terms[1]?.tags.has('Verb') === true;
  if (PRONOUN_SUBJECT.has(first) || PRONOUN_START.has(first) || demonstrative) problems.push(`It starts with the pronoun "${words[0]}"; name who did it.`);
  const dates = dateWords(text);
  if (dates.length > 0) problems.push(`It has the date word${dates.length > 1 ? 's' : ''} ${dates.map((d) => `"${d}"`).join(', ')}; the date goes in the date field.`);
  const last = bare(words[words.length - 1] ?? '');
  // "as part", "on behalf", "in spite": phrases that only end with the "of …" a cut took away.
  const lastTwo = words.slice(-2).map(bare).join(' ');
  if (DANGLING.has(last)) problems.push(`It ends on "${words[words.length - 1]}", mid-phrase.`);
  else if (WANTS_OF.has(lastTwo)) problems.push(`It ends on "${words.slice(-2).join(' ')}", mid-phrase.`);
  else if (endsOnAuxiliary(words)) problems.push(`It ends on "${endsOnAuxiliary(words)}", mid-clause.`);
  else if (words.length >= 2 && ['that', 'which', 'who', 'whom', 'whose', 'because', 'when', 'while', 'although', 'where'].includes(bare(words[words.length - 2]))) {
    problems.push(`It ends mid-clause ("${words.slice(-2).join(' ')}").`);
  }
  // "takes gold the at the Games": an article straight before a preposition is what a cut phrase left.
  const stray = words.findIndex((w, k) => k + 1 < words.length && ARTICLES.has(bare(w)) && STRAY_AFTER_ARTICLE.has(bare(words[k + 1])));
  if (stray >= 0) problems.push(`It has "${words[stray]} ${words[stray + 1]}", words left from a cut phrase.`);
  const opening = text.match(/[“]/g)?.length ?? 0;
  const closing = text.match(/[”]/g)?.length ?? 0;
  if (opening !== closing || (text.match(/"/g)?.length ?? 0) % 2 === 1) problems.push('It has an unclosed quotation mark.');
  const start = openingProblem(terms, text);
  if (start) problems.push(start);
  const broken = brokenVerb(terms);
  if (broken) problems.push(`Its verb "${broken}" is not a verb form a sentence has; rewrite the clause.`);
  const unnamed = unnamedPronoun(terms);
  if (unnamed) problems.push(`It says "${unnamed}" without naming who that is; name them.`);
  // compromise reads a name before a verb ("May resigns") as the modal "may".
  const nameThenVerb = terms.length >= 2 && /^\p{Lu}/u.test(terms[0].text) && terms[0].tags.has('Modal') && terms[1].tags.has('PresentTense');
  // A verb inside quotation marks is a quote's or a work's ("performance of 'The Artist is Present'"), not the title's.
  const quoted = quotedTerms(terms);
  const verbs = r.parse.verbs.filter((v) => isFinite(r, v) && !quoted[v.root] && !(nameThenVerb && v.first === 0 && v.root === 0));
  if (verbs.length === 0 && !nameThenVerb) {
    problems.push(onlyName(terms) ? 'It is only a name; say what happened ("Petrov wins the mayoral race").' : 'It has no verb that says what happened ("Council approves the plan").');
  } else if (verbs.length > 0) {
    // "floods still raged": the -s word is the noun before a past-tense verb.
    const pastAfterNoun = (v: VerbPhrase) => (/s$/.test(terms[v.root].normal) && !terms[v.root].tags.has('Copula') && !terms[v.root].tags.has('Auxiliary') ? terms.slice(v.root + 1, v.last + 1).find((t) => t.tags.has('PastTense') && !t.tags.has('Participle')) : undefined);
    const isPast = (v: VerbPhrase) => {
      const words = terms.slice(v.first, v.last + 1);
      const auxiliary = words.find((t) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula'));
      const root = terms[v.root];
      if (auxiliary) return ['was', 'were', 'had', 'did'].includes(auxiliary.normal);
      if (pastAfterNoun(v)) return true;
      return root.tags.has('PastTense') && !(root.tags.has('Participle') && v.first > 0 && BE.has(terms[v.first - 1].normal));
    };
    // A past participle before the verb is a modifier ("unbeaten games lifts", "side built around … wins").
    const main = verbs.find((v) => !isSubordinate(r, v) && !isPast(v)) ?? verbs.find((v) => !isSubordinate(r, v)) ?? verbs[0];
    const mainTerms = terms.slice(main.first, main.last + 1);
    const after = terms[main.last + 1];
    // "Engineer tells reporters": only who heard it.
    const toldOnly = main.infinitive === 'tell' && terms.slice(main.last + 1).every((t) => t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('Adjective')) && !quoted.some(Boolean);
    if (SAID.has(main.infinitive) && !main.passive && (!after || after.tags.has('Preposition') || toldOnly)) problems.push(`It says who spoke ("${mainTerms.map((t) => t.text).join(' ')}") but not what was said.`);
    // "Sad day for the town says Mayor Ana Ruiz": who said it goes first.
    const attribution = verbs.find((v) => SAID.has(v.infinitive) && v.first > 0 && v.last < terms.length - 1 && terms.slice(v.last + 1).every((t) => t.tags.has('Person') || t.tags.has('ProperNoun') || t.tags.has('Honorific')));
    if (attribution) problems.push(`It ends on who said it ("${terms.slice(attribution.first).map((t) => t.text).join(' ')}"); a headline starts with them.`);
    // With two verbs compromise may have read a noun as one ("Series of storms hits"): only a lone verb is judged.
    const disagreement = !isPast(main) && verbs.length === 1 ? agreementProblem(r, main) : null;
    if (disagreement) problems.push(disagreement);
    const pastVerb = pastAfterNoun(main);
    if (pastVerb) problems.push(`Its verb "${pastVerb.text}" is in the past tense; headlines use the present.`);
    else if (isPast(main)) {
      const span = subjectSpan(r, main);
      const present = presentVerb(r, main, isPlural(terms.slice(span.start, span.end))).join(' ');
      problems.push(`Its verb "${mainTerms.map((t) => t.text).join(' ')}" is in the past tense; headlines use the present ("${present}").`);
    }
  }
  return problems;
}
