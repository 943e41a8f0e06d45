import { parseEdtf } from '../model/edtf';
import type { Candidate } from './document';
import type { ProblemsByField } from './problems';
import { needOf, type Need } from './readiness';

/**
 * Which cards "Accept all ready" accepts: those to review with a date, no problem, and a title
 * that passes the headline rules (`headlineProblems`, checked in the draft worker). A card that is
 * not ready says why, in plain words, so it can be reviewed by hand.
 */

const NOT_READY: Record<Need, string> = {
  date: 'It has no date yet.',
  'readable-date': 'Its date does not read as a date.',
  title: 'It has no title.',
  'date-note': 'Its inferred date needs a date note.',
  picture: 'Its picture needs alt text or a web address.',
  quote: 'Its quote is not in its paragraph.',
  other: 'It has a problem to fix under Edit this event.',
};

/** Whether `date` starts after the day `published` ends: an event the article could not have told as done. */
function afterPublication(date: string, published: string | undefined): boolean {
  if (!published?.trim()) return false;
  const [event, day] = [parseEdtf(date.trim()), parseEdtf(published.trim())];
  return event.ok && day.ok && event.value.startMs >= day.value.endMs;
}

/**
 * Why `candidate` is not ready to accept as it is: [] when it is; null while that is not known
 * (its title is not checked yet and nothing else stops it).
 * @param problems the validator's problems of the candidate by field (undefined: none)
 * @param headline why its title does not read as a headline ([] when it does; undefined: not checked yet)
 * @param published the publication date of the article it quotes: a date after it is looked at by a person (a misread "next year")
 */
export function notReadyReasons(candidate: Candidate, problems: ProblemsByField | undefined, headline: readonly string[] | undefined, published?: string): string[] | null {
  const need = problems ? needOf(candidate, problems) : null;
  const reasons = need ? [NOT_READY[need]] : [];
  if (!need && afterPublication(candidate.date, published)) reasons.push('Its date is after the article was published: check it.');
  if (need === 'title') return reasons;
  if (headline === undefined) return reasons.length ? reasons : null;
  return [...reasons, ...headline.map((problem) => `Title: ${problem}`)];
}

/** The ids of the cards to review that are ready to accept, in the order given. */
export function readyToAccept(
  candidates: readonly Candidate[],
  problemsOf: (id: string) => ProblemsByField | undefined,
  headlineOf: (title: string) => readonly string[] | undefined,
  publishedOf: (candidate: Candidate) => string | undefined = () => undefined,
): string[] {
  return candidates.filter((c) => c.status === 'pending' && notReadyReasons(c, problemsOf(c.id), headlineOf(c.title), publishedOf(c))?.length === 0).map((c) => c.id);
}
