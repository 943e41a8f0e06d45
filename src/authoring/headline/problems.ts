import { type Term, type VerbPhrase } from '../nlp';
import { BE, DANGLING, MAX_HEADLINE_WORDS, MONTHS, PRONOUN_SUBJECT, WEEKDAYS, bare, read } from './reading';
import { isFinite, isSubordinate } from './clauses';
import { isPlural, presentVerb, subjectSpan } from './subjects';

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

/** Whether the words of a title are only a name ("Petrov", "Alice May", "The Hague"). */
export function onlyName(terms: Term[]): boolean {
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
