import type { Problem } from '../model/types';
import { validateStory, validationSteps } from '../model/validate';
import type { Candidate, EditorDocument, SourceMeta } from './document';
import { publishedId } from './event-ids';
import { eventOf, storyOf, storySources, storyTimeZone } from './export';
import { eventMessage, sourceMessage } from './messages';

/**
 * The validator's problems, placed beside the fields they concern, in the editor's words. The
 * editor checks every candidate not rejected, so a pending one shows its problems before it is
 * accepted. Problems are kept per candidate: after an edit only the candidate it changed is
 * checked again, so a story of 10,000 events is not validated whole on every keystroke.
 */

/** Field names of a candidate's problems: its fields, and `quote:<n>` for its n-th citation. */
export type ProblemsByField = Record<string, string[]>;

export interface PlacedProblems {
  meta: ProblemsByField;
  /** By candidate id, for the candidates with problems. */
  candidates: Map<string, ProblemsByField>;
  /** Problems with no field in the editor (a kept era, group or other source), in the editor's words. */
  other: string[];
  /** Every problem that stops Export, the source's and the accepted events', with paths into the exported story. */
  blocking: Problem[];
  /** How many candidates are still being checked (a big story just opened or drafted); Export waits for them. */
  unchecked: number;
}

interface CandidateProblems {
  fields: ProblemsByField;
  /** With paths into a story of this one event (`events[0].date`). */
  problems: Problem[];
}

const META_PATHS: Record<string, keyof SourceMeta> = {
  title: 'title',
  'sources[0].title': 'articleTitle',
  'sources[0].publisher': 'publisher',
  'sources[0].url': 'url',
  'sources[0].published': 'published',
  timeZone: 'timeZone',
};

function add(map: ProblemsByField, field: string, message: string): void {
  const list = (map[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

/** `events[3].citations[1].quote` → `quote:1`; `events[3].media.alt` → `media`; `events[3].date` → `date`. */
function candidateField(rest: string): string {
  const citation = /^\.citations\[(\d+)\]/.exec(rest);
  if (citation) return `quote:${citation[1]}`;
  const field = /^\.(\w+)/.exec(rest);
  return field ? field[1] : 'event';
}

/** A story to check events in: the document's sources and groups, and these events. */
function storyToCheck(doc: EditorDocument, candidates: readonly Candidate[]): Record<string, unknown> {
  // Under their keys: a published id is a slug (always valid), and a keystroke then makes no ids of the whole story.
  const story: Record<string, unknown> = { title: 'Checked', sources: storySources(doc), events: candidates.map((c) => eventOf(c)) };
  if (doc.kept.story.groups !== undefined) story.groups = doc.kept.story.groups;
  // Times written without an offset are read in the story's zone, as the viewer reads them.
  const timeZone = storyTimeZone(doc);
  if (timeZone !== undefined) story.timeZone = timeZone;
  return story;
}

/** Events' problems depend on these only (not on the title, publisher, URL or date of the article); the time zone reads their times. */
const contextOf = (doc: EditorDocument): unknown[] => [doc.sourceId, doc.paragraphs, doc.articles, doc.otherSources, doc.kept.story.groups, doc.meta.timeZone];
const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

const shownOf = (doc: EditorDocument) => doc.candidates.filter((c) => c.status !== 'rejected');

/**
 * Keeps what the validator said of each candidate, for as long as the paragraphs, sources and
 * groups it was checked against stay the same; candidates are never changed, only replaced, so
 * a changed one is simply one not checked yet.
 */
export class ProblemChecker {
  private context: unknown[] = [];
  private checked = new WeakMap<Candidate, CandidateProblems>();
  private storyKey: unknown[] = [];
  private storyProblems: Problem[] = [];

  /** The candidates of `doc` not rejected whose problems are not known yet. */
  unchecked(doc: EditorDocument): Candidate[] {
    this.sync(doc);
    return shownOf(doc).filter((c) => !this.checked.has(c));
  }

  /** Checks `candidates` of `doc` in one story, yielding between steps of about a millisecond. */
  *check(doc: EditorDocument, candidates: readonly Candidate[]): Generator<void, void, void> {
    if (candidates.length === 0) return;
    this.sync(doc);
    const context = this.context;
    const steps = validationSteps(storyToCheck(doc, candidates));
    let step = steps.next();
    while (!step.done) {
      yield;
      step = steps.next();
    }
    // The document moved to other paragraphs meanwhile: these results are of no use.
    if (context !== this.context) return;
    const found = candidates.map((): CandidateProblems => ({ fields: {}, problems: [] }));
    for (const problem of step.value.problems) {
      const event = /^events\[(\d+)\](.*)$/.exec(problem.path);
      const candidate = event ? candidates[Number(event[1])] : undefined;
      if (!event || !candidate) continue;
      const message = eventMessage(problem.message, problem.eventId, candidate.title);
      const entry = found[Number(event[1])];
      add(entry.fields, candidateField(event[2]), message);
      entry.problems.push({ path: `events[0]${event[2]}`, eventId: candidate.id, message });
    }
    candidates.forEach((c, i) => this.checked.set(c, found[i]));
  }

  /** The problems of `doc` as far as they are checked. */
  place(doc: EditorDocument): PlacedProblems {
    this.sync(doc);
    const placed: PlacedProblems = { meta: {}, candidates: new Map(), other: [], blocking: [], unchecked: 0 };
    for (const problem of this.storyLevel(doc)) {
      const meta = META_PATHS[problem.path];
      // With no title of its own, the article's is the story's: one fact, said once, beside the title.
      if (meta === 'articleTitle' && !doc.meta.articleTitle.trim()) continue;
      if (!meta) {
        placed.other.push(sourceMessage(problem.message, doc.sourceId));
        continue;
      }
      const message = problem.path === 'title' ? problem.message : sourceMessage(problem.message, doc.sourceId);
      add(placed.meta, meta, message);
      placed.blocking.push({ ...problem, message });
    }
    let accepted = 0;
    for (const candidate of doc.candidates) {
      if (candidate.status === 'rejected') continue;
      const index = candidate.status === 'accepted' ? accepted++ : -1;
      const found = this.checked.get(candidate);
      if (!found) {
        placed.unchecked++;
        continue;
      }
      if (found.problems.length === 0) continue;
      placed.candidates.set(candidate.id, found.fields);
      // Named as the story names the event (the `editor-change` event gives both), not by its key.
      if (index >= 0) for (const p of found.problems) placed.blocking.push({ ...p, eventId: publishedId(doc, candidate.id), path: p.path.replace('events[0]', `events[${index}]`) });
    }
    return placed;
  }

  /** Problems of the story itself (title, sources, groups, eras, featured): its skeleton checked with the featured event alone. */
  private storyLevel(doc: EditorDocument): Problem[] {
    const featured = doc.candidates.find((c) => c.id === doc.kept.story.featured && c.status !== 'rejected');
    const key = [doc.meta, doc.sourceId, doc.paragraphs, doc.articles, doc.otherSources, doc.kept, featured];
    if (!sameList(key, this.storyKey)) {
      const story = storyOf(doc, (c) => c === featured);
      this.storyProblems = validateStory(story).problems.filter((p) => !p.path.startsWith('events'));
      this.storyKey = key;
    }
    return this.storyProblems;
  }

  private sync(doc: EditorDocument): void {
    const context = contextOf(doc);
    if (sameList(context, this.context)) return;
    this.context = context;
    this.checked = new WeakMap();
  }
}

/** Every problem of `doc`, checked at once: for tests and small documents. */
export function placeProblems(doc: EditorDocument): PlacedProblems {
  const checker = new ProblemChecker();
  for (const _ of checker.check(doc, checker.unchecked(doc)));
  return checker.place(doc);
}
