import type { DraftEvent } from '../authoring/draft';
import type { Citation, DateBasis, Paragraph, Source } from '../model/types';
import type { Picture } from './picture';

/**
 * The editor's draft document: everything a journalist has typed, drafted and decided, as one
 * plain JSON value. Documents are never mutated: every edit makes a new one (see edit-commands.ts),
 * so undo keeps the old ones and autosave stores the current one as it is.
 */

/** A candidate is proposed (`pending`) until the journalist accepts or rejects it. */
export type CandidateStatus = 'pending' | 'accepted' | 'rejected';

/** One proposed event, with the fields the editor lets a person change. */
export interface Candidate {
  /**
   * The event's key in the editor: unique in the document, URL-safe, never changed (undo, autosave,
   * merges and the cards refer to it). Export writes its published id instead (event-ids.ts).
   */
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
  /** The date the drafted date note explains; absent once the person writes the note. A date typed in its place makes that note wrong, so it is cleared. */
  noteOf?: string;
  /** The date drafting marked inferred; absent once the person sets the mark. A date typed in its place is the person's, stated unless they mark it. */
  inferredOf?: string;
  /** Made from a quote without a date: it stays to review until it gets one, then it is accepted. */
  acceptWhenDated?: boolean;
  /** The event's picture, exported as its `media`. */
  media?: Picture;
  /**
   * The event as opened from a story, for what the editor has no field for (its group, fields it
   * does not know): exported as they were, in their order. The fields the editor edits hold their
   * places here as null. Absent for drafted and new events.
   */
  kept?: Record<string, unknown>;
}

/** What the source form holds: the story's title, the article's title, publisher, URL, publication date. */
export interface SourceMeta {
  /** The story's title, and the article's unless `articleTitle` is given. */
  title: string;
  /** The article's own title when it differs from the story's; '' when it is the same. */
  articleTitle: string;
  publisher: string;
  url: string;
  /** EDTF, normally YYYY-MM-DD: the reference for relative dates in the text. */
  published: string;
  /** The story's IANA time zone ("Asia/Kolkata"): times written without one are read in it; '' when none. */
  timeZone: string;
}

/** A further article of the draft, beside the first (whose text, fields and paragraphs are the document's own). */
export interface ArticleDraft {
  /** Id of its source in the story; unique in the document. */
  sourceId: string;
  title: string;
  publisher: string;
  url: string;
  /** EDTF, normally YYYY-MM-DD: the reference for this article's relative dates. */
  published: string;
  text: string;
  /** Its paragraphs as drafted; empty before the first draft. */
  paragraphs: Paragraph[];
}

export type ArticleField = 'title' | 'publisher' | 'url' | 'published' | 'text';

/** The shape of the document the editor saves now: a saved draft of an earlier version is migrated to it when opened. */
export const DOCUMENT_VERSION = 2;

export interface EditorDocument {
  /** Which shape the document was saved in (1, before it had a number: one article only). */
  version: number;
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
  /** The articles added beside the first, in their order. */
  articles: ArticleDraft[];
  /** Further sources of an opened story, kept as they were. */
  otherSources: Source[];
  candidates: Candidate[];
  /**
   * The ids already exported, by candidate key: frozen so that published links keep working. An
   * event not in it is exported with an id that follows its title (event-ids.ts).
   */
  published: Record<string, string>;
  /** What an opened story holds that the editor has no field for, exported as it was. */
  kept: KeptStory;
  /** One line on the last draft ("8 candidates from 20 paragraphs; 3 lines left out as page furniture"). */
  report: string;
}

/**
 * The fields of an opened story and of its article (the first source) that the editor has no field
 * for ($schema, groups, eras, featured, unknown ones), in their order; the fields it edits hold
 * their places as null. Empty for a story drafted in the editor.
 */
export interface KeptStory {
  story: Record<string, unknown>;
  source: Record<string, unknown>;
}

export const EMPTY_META: SourceMeta = { title: '', articleTitle: '', publisher: '', url: '', published: '', timeZone: '' };

export function emptyDocument(id: string): EditorDocument {
  return {
    version: DOCUMENT_VERSION,
    id,
    meta: { ...EMPTY_META },
    text: '',
    draftedText: null,
    sourceId: 'article',
    paragraphs: [],
    articles: [],
    otherSources: [],
    candidates: [],
    published: {},
    kept: { story: {}, source: {} },
    report: '',
  };
}

/**
 * A document as saved by any version of the editor, in the shape of this one. Version 1 (no number)
 * held one article: it gets no further articles and keeps everything else as it was.
 */
export function migrateDocument(saved: Omit<EditorDocument, 'version' | 'articles' | 'published'> & { version?: number; articles?: ArticleDraft[]; published?: Record<string, string> }): EditorDocument {
  const version = saved.version ?? 1;
  // Saved before ids followed titles: the editor then exported every event under its key, and a draft does not say whether it was exported, so each key stays its id and no link breaks.
  const published = saved.published ?? Object.fromEntries((saved.candidates ?? []).map((c) => [c.id, c.id]));
  if (version >= DOCUMENT_VERSION) return { ...saved, published } as EditorDocument;
  return { ...saved, version: DOCUMENT_VERSION, articles: saved.articles ?? [], published };
}

/** A document saved by an earlier version of the editor, migrated, with the fields it lacked filled in. */
export function upgradedDocument(saved: Parameters<typeof migrateDocument>[0]): EditorDocument {
  const doc = migrateDocument(saved);
  const empty = emptyDocument(doc.id);
  return { ...empty, ...doc, meta: { ...empty.meta, ...doc.meta }, kept: { ...empty.kept, ...doc.kept } };
}

/** A new article's source id: `article-2`, `article-3` … not taken by the first article or another. */
export function freeArticleId(doc: EditorDocument): string {
  const taken = new Set([doc.sourceId, ...doc.articles.map((a) => a.sourceId), ...doc.otherSources.map((s) => s.id)]);
  let n = doc.articles.length + 2;
  while (taken.has(`article-${n}`)) n++;
  return `article-${n}`;
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
    ...(event.dateNote ? { noteOf: event.date } : {}),
    ...(event.dateBasis === 'inferred' ? { inferredOf: event.date } : {}),
    citations: event.citations.map((c) => ({ ...c })),
    phrases: event.citations.map((_, i) => phrases[i] ?? ''),
  };
}

/** Paragraphs back to text a person can edit and draft again: one blank line between paragraphs. */
export function textOfParagraphs(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => (p.role === 'heading' ? `# ${p.text}` : p.text)).join('\n\n');
}

/** Whether the text was changed after it was drafted, so the paragraphs no longer follow it. */
export function textChangedSinceDraft(doc: EditorDocument): boolean {
  return doc.draftedText !== null && doc.draftedText !== doc.text;
}
