import { parseEdtf } from '../model/edtf';
import { datePhrase } from '../model/date-phrase';
import type { Problem } from '../model/types';
import { validateStory } from '../model/validate';
import type { Candidate, EditorDocument, SourceMeta } from './document';
import { storyOf } from './export';

/**
 * The validator's problems, placed beside the fields they concern. The editor validates the
 * story of every candidate not rejected, so a pending one shows its problems before it is accepted.
 */

/** Field names of a candidate's problems: its fields, and `quote:<n>` for its n-th citation. */
export type ProblemsByField = Record<string, string[]>;

export interface PlacedProblems {
  meta: ProblemsByField;
  /** By candidate id. */
  candidates: Map<string, ProblemsByField>;
  /** Problems with no field in the editor (another source of an opened story). */
  other: Problem[];
  /** Every problem that stops Export: the source's and the accepted events'. */
  blocking: Problem[];
}

const META_PATHS: Record<string, keyof SourceMeta> = {
  title: 'title',
  'sources[0].title': 'articleTitle',
  'sources[0].publisher': 'publisher',
  'sources[0].url': 'url',
  'sources[0].published': 'published',
};

function add(map: ProblemsByField, field: string, message: string): void {
  const list = (map[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

/** `events[3].citations[1].quote` → the 4th event's `quote:1`; `events[3].date` → `date`. */
function candidateField(rest: string): string {
  const citation = /^\.citations\[(\d+)\]/.exec(rest);
  if (citation) return `quote:${citation[1]}`;
  const field = /^\.(\w+)/.exec(rest);
  return field ? field[1] : 'event';
}

export function placeProblems(doc: EditorDocument): PlacedProblems {
  const shown = doc.candidates.filter((c) => c.status !== 'rejected');
  const { problems } = validateStory(storyOf(doc, (c) => c.status !== 'rejected'));
  const placed: PlacedProblems = { meta: {}, candidates: new Map(), other: [], blocking: [] };
  for (const problem of problems) {
    const meta = META_PATHS[problem.path];
    // With no title of its own, the article's is the story's: one fact, said once, beside the title.
    if (meta === 'articleTitle' && !doc.meta.articleTitle.trim() && !doc.meta.title.trim()) continue;
    if (meta) {
      add(placed.meta, meta, problem.message);
      placed.blocking.push(problem);
      continue;
    }
    const event = /^events\[(\d+)\](.*)$/.exec(problem.path);
    const candidate: Candidate | undefined = event ? shown[Number(event[1])] : undefined;
    if (!event || !candidate) {
      placed.other.push(problem);
      continue;
    }
    const fields = placed.candidates.get(candidate.id) ?? {};
    placed.candidates.set(candidate.id, fields);
    add(fields, candidateField(event[2]), problem.message);
    if (candidate.status === 'accepted') placed.blocking.push(problem);
  }
  return placed;
}

/** What the date field says beside itself: the date phrase of a valid date, or what is wrong. */
export function dateFeedback(text: string, locale = 'en'): { ok: true; phrase: string } | { ok: false; error: string } {
  const parsed = parseEdtf(text.trim());
  return parsed.ok ? { ok: true, phrase: datePhrase(parsed.value, locale) } : { ok: false, error: parsed.error };
}
