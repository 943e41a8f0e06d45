import { Translation } from '../i18n';
import { corroborate } from '../model/corroboration';
import { sourceNamer, sourcesDifferPhrase } from '../model/corroboration-phrase';
import type { Source } from '../model/types';
import type { Candidate } from './document';

/** Who reports a candidate and with which date, for its card: plain text, rendered as text. */
export interface CardSources {
  /** One line per source, in citation order: "Wire Agency, 13 March 2023". */
  sources: { id: string; name: string; date: string }[];
  /** "Sources differ: …", or null when the dates the sources give can all be true. */
  differ: string | null;
}

const english = new Translation('en');

/** What `candidate`'s card says of its sources, given the story's sources (for their names). */
export function cardSources(candidate: Candidate, sources: readonly Source[]): CardSources {
  const nameOf = sourceNamer(sources);
  const corroboration = corroborate({ date: candidate.date.trim(), citations: candidate.citations });
  const dateOf = new Map<string, string[]>();
  for (const reading of corroboration.readings) for (const id of reading.sources) dateOf.set(id, [...(dateOf.get(id) ?? []), english.date(reading.calendar)]);
  return {
    sources: corroboration.sources.map((id) => ({ id, name: nameOf(id), date: [...new Set(dateOf.get(id) ?? [])].join(', ') })),
    differ: sourcesDifferPhrase(corroboration, nameOf, english),
  };
}
