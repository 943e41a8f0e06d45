import { type HeadlineSource, type Reading, SPEECH, type TextSpan, read } from './headline/reading';
import { anchoredChoice, finiteVerbs, isSubordinate, reportedVerb } from './headline/clauses';
import { headNoun, subjectSpan, toldPronoun } from './headline/subjects';
import { anchorIndex, anchoredParticiple, finish, gerundHeadline, headlineFor, heldHeadline, nominalHeadline, openingQuoteHeadline, participleHeadline, phraseOf, statementHeadline, subjectText } from './headline/compose';
import { headlineProblems } from './headline/problems';
import { parse, singularOf } from './nlp';

export { headlineProblems } from './headline/problems';
export { MAX_HEADLINE_WORDS, type HeadlineSource, type TextSpan } from './headline/reading';
export { namedActor } from './headline/subjects';

/**
 * Headline titles for drafted events: who did what, in the present tense, at most 12 words, with a
 * finite verb and without the date ("Council puts the bridge plan on hold"). compromise (nlp.ts)
 * tags the sentence and finds its verb phrases; the event's verb is the one its date phrase belongs
 * to; its subject is the noun phrase before it (a pronoun is named from the text before); the verb
 * is put in the present; the object runs to the end of its clause. `headlineProblems` checks any
 * title against the same rules.
 *
 * The parts, in headline/: reading.ts (terms, dates left out, word lists), clauses.ts (which verb
 * the date belongs to), subjects.ts (who, in the present), compose.ts (the headline text),
 * problems.ts (the rules checked on any title).
 */

/**
 * A wire lede's opening words in capitals ("AUSTRALIAN swimmer …", "THE council …") as running text
 * writes them, so a title does not shout. Only words the tagger knows as adjectives, demonyms or
 * determiners change: acronyms (NASA, IMF, WHO) stay. A change of case keeps every offset.
 */
export function unshoutLede(sentence: string): string {
  const run = /^(?:[A-Z]{2,}\s+)+(?=[a-z])/.exec(sentence)?.[0];
  if (!run) return sentence;
  const written = run.replace(/[A-Z]{2,}/g, (word: string, at: number) => {
    const tags = parse(word.toLowerCase()).terms[0]?.tags;
    if (!tags || !['Adjective', 'Demonym', 'Determiner'].some((tag) => tags.has(tag))) return word;
    return at === 0 || tags.has('ProperNoun') ? word[0] + word.slice(1).toLowerCase() : word.toLowerCase();
  });
  return written + sentence.slice(run.length);
}

/** The draft's title for an event: a headline built on the verb its date phrase belongs to, or on the next best verb. */
export function draftHeadline(source: HeadlineSource): string {
  source = { ...source, sentence: unshoutLede(source.sentence) };
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
      const speaker = () => toldPronoun(r, chosen, reported) ?? subjectText(r, subjectSpan(r, chosen), inherited, source);
      tries.push(() => headlineFor(r, reported, verbs, source, speaker, speaker));
    }
    // A quote before "X said": what X said, not only that X spoke.
    if (SPEECH.has(chosen.infinitive)) tries.push(() => openingQuoteHeadline(r, source));
    tries.push(() => headlineFor(r, chosen, verbs, source, inherited));
  }
  for (const v of verbs) if (!isSubordinate(r, v)) tries.push(() => headlineFor(r, v, verbs, source, inherited));
  // The quote itself when what it says makes no headline of its own ("“We will not give up,” the coach said").
  tries.push(() => openingQuoteHeadline(r, source));
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

// Verbs that frame what is to come when "to" follows them: "is expected to", "is set to", "is due to".
const FUTURE_FRAME = new Set(['expect', 'set', 'due', 'schedule', 'poise', 'slate']);
const FUTURE_FRAME_AFTER_BE = new Set(['expected', 'set', 'due', 'scheduled', 'poised', 'slated', 'likely', 'about', 'going']);

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
  // "is expected to launch", "is set to close": what is to come has not happened on the day.
  const next = r.terms[told.root + 1]?.normal;
  if ((FUTURE_FRAME.has(told.infinitive) && next === 'to') || (told.infinitive === 'be' && next !== undefined && FUTURE_FRAME_AFTER_BE.has(next) && r.terms[told.root + 2]?.normal === 'to')) return false;
  // Reported speech moves "has completed" back to "said it had completed".
  const perfect = told === main ? ['has', 'have'] : ['has', 'have', 'had'];
  return auxiliary.some((a) => perfect.includes(a)) || (auxiliary.length === 0 && r.terms[told.root].tags.has('PresentTense') && !r.terms[told.root].tags.has('PastTense')) || auxiliary.some((a) => a === 'is' || a === 'are');
}

// What a study says, not what happened: "A new study … reconsiders guidelines", "The report finds".
const FINDING_NOUNS = new Set(['study', 'report', 'paper', 'survey', 'analysis', 'review', 'research', 'trial', 'poll', 'audit']);

/**
 * Whether a sentence states a study's or a report's finding in the simple present ("A new study
 * released in the journal reconsiders guidelines"): what the study says holds on any day, so the
 * publication date does not date it.
 */
export function statesAFinding(sentence: string): boolean {
  const r = read({ sentence });
  const main = finiteVerbs(r).find((v) => !isSubordinate(r, v));
  if (!main || main.first !== main.root || !r.terms[main.root].tags.has('PresentTense')) return false;
  const span = subjectSpan(r, main);
  const head = headNoun(r.terms.slice(span.start, span.end));
  return head !== undefined && FINDING_NOUNS.has(singularOf(head.normal));
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
