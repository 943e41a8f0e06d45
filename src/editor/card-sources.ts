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

const made = new WeakMap<Candidate, { sources: readonly Source[]; said: CardSources }>();

/** What `candidate`'s card says of its sources, given the story's sources (for their names); made once per candidate and sources. */
export function cardSources(candidate: Candidate, sources: readonly Source[]): CardSources {
  const before = made.get(candidate);
  if (before?.sources === sources) return before.said;
  const said = sourcesOfCard(candidate, sources);
  made.set(candidate, { sources, said });
  return said;
}

function sourcesOfCard(candidate: Candidate, sources: readonly Source[]): CardSources {
  const nameOf = sourceNamer(sources);
  const corroboration = corroborate({ date: candidate.date.trim(), citations: candidate.citations });
  const dateOf = new Map<string, string[]>();
  for (const reading of corroboration.readings) for (const id of reading.sources) dateOf.set(id, [...(dateOf.get(id) ?? []), english.date(reading.calendar)]);
  return {
    sources: corroboration.sources.map((id) => ({ id, name: nameOf(id), date: [...new Set(dateOf.get(id) ?? [])].join(', ') })),
    differ: sourcesDifferPhrase(corroboration, nameOf, english),
  };
}
