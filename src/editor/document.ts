import type { DraftEvent } from '../authoring/draft';
import type { Citation, DateBasis, Paragraph, Source, StoryInput } from '../model/types';

/**
 * The editor's draft document: everything a journalist has typed, drafted and decided, as one
 * plain JSON value. Documents are never mutated: every edit makes a new one (see edit-commands.ts),
 * so undo keeps the old ones and autosave stores the current one as it is.
 */

/** A candidate is proposed (`pending`) until the journalist accepts or rejects it. */
export type CandidateStatus = 'pending' | 'accepted' | 'rejected';

/** One proposed event, with the fields the editor lets a person change. */
export interface Candidate {
  /** The event id: unique in the document, URL-safe. */
  id: string;
  status: CandidateStatus;
  title: string;
  summary: string;
  /** EDTF text as typed; may be invalid while being edited. */
  date: string;
  dateBasis: DateBasis;
  dateNote: string;
  citations: Citation[];
  /** The date phrase each citation's date came from, where the drafter found one ('' otherwise). */
  phrases: string[];
}

/** What the source form holds: the story's and the article's title, publisher, URL, publication date. */
export interface SourceMeta {
  title: string;
  publisher: string;
  url: string;
  /** EDTF, normally YYYY-MM-DD: the reference for relative dates in the text. */
  published: string;
}

export interface EditorDocument {
  /** Key of the draft in storage. */
  id: string;
  meta: SourceMeta;
  /** The article's text as pasted or opened. */
  text: string;
  /** The text the paragraphs were drafted from; null before the first draft. */
  draftedText: string | null;
  /** Id of the article's source in the story. */
  sourceId: string;
  /** The article's paragraphs, as drafted (or as opened from a story). */
  paragraphs: Paragraph[];
  /** Further sources of an opened story, kept as they were. */
  otherSources: Source[];
  candidates: Candidate[];
  /** One line on the last draft ("8 candidates from 20 paragraphs; 3 lines left out as page furniture"). */
  report: string;
}

export const EMPTY_META: SourceMeta = { title: '', publisher: '', url: '', published: '' };

export function emptyDocument(id: string): EditorDocument {
  return { id, meta: { ...EMPTY_META }, text: '', draftedText: null, sourceId: 'article', paragraphs: [], otherSources: [], candidates: [], report: '' };
}

/** A drafted event as a pending candidate; the draft-only `draft` field becomes its phrases. */
export function candidateFromDraft(event: DraftEvent): Candidate {
  const phrases = event.draft.phrases ?? [event.draft.phrase];
  return {
    id: event.id,
    status: 'pending',
    title: event.title,
    summary: event.summary ?? '',
    date: event.date,
    dateBasis: event.dateBasis,
    dateNote: event.dateNote,
    citations: event.citations.map((c) => ({ ...c })),
    phrases: event.citations.map((_, i) => phrases[i] ?? ''),
  };
}

/** Paragraphs back to text a person can edit and draft again: one blank line between paragraphs. */
export function textOfParagraphs(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => (p.role === 'heading' ? `# ${p.text}` : p.text)).join('\n\n');
}

/**
 * An existing story opened to continue it: its first source is the article, its events are
 * accepted candidates (they were published, so they were checked).
 */
export function documentFromStory(id: string, story: StoryInput): EditorDocument {
  const [first, ...others] = story.sources;
  const doc = emptyDocument(id);
  if (!first) return { ...doc, meta: { ...doc.meta, title: story.title } };
  return {
    ...doc,
    meta: { title: story.title, publisher: first.publisher ?? '', url: first.url ?? '', published: first.published ?? '' },
    text: textOfParagraphs(first.paragraphs),
    draftedText: textOfParagraphs(first.paragraphs),
    sourceId: first.id,
    paragraphs: first.paragraphs.map((p) => ({ ...p })),
    otherSources: others,
    candidates: story.events.map((e) => ({
      id: e.id,
      status: 'accepted',
      title: e.title,
      summary: e.summary ?? '',
      date: e.date,
      dateBasis: e.dateBasis,
      dateNote: e.dateNote ?? '',
      citations: e.citations.map((c) => ({ ...c })),
      phrases: e.citations.map(() => ''),
    })),
  };
}

/** Whether the text was changed after it was drafted, so the paragraphs no longer follow it. */
export function textChangedSinceDraft(doc: EditorDocument): boolean {
  return doc.draftedText !== null && doc.draftedText !== doc.text;
}
