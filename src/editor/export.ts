import { asciiWords } from '../authoring/event-ids';
import type { Source, StoryEventInput, StoryInput } from '../model/types';
import type { ArticleDraft, Candidate, EditorDocument } from './document';
import { publishedIds } from './event-ids';
import { mediaOf } from './picture';

/**
 * What Export writes: the story of the accepted events, in the story format and nothing else
 * (no editor state, no draft-only fields), so it loads in `<history-timeline>` unchanged.
 */

/**
 * `base` (kept fields in their order, edited ones as null placeholders) with `fields` written in:
 * a field keeps its place, one given as undefined is left out.
 */
function withFields<T>(base: Record<string, unknown> | undefined, fields: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as T;
}

const optional = (text: string) => text.trim() || undefined;

/** The article as a source of the story; empty optional fields are left out. */
export function articleSource(doc: EditorDocument): Source {
  const { meta } = doc;
  return withFields<Source>(doc.kept.source, {
    id: doc.sourceId,
    title: meta.articleTitle.trim() || meta.title.trim(),
    publisher: optional(meta.publisher),
    url: optional(meta.url),
    published: optional(meta.published),
    paragraphs: doc.paragraphs.map((p) => ({ ...p })),
  });
}

/** An added article as a source of the story; empty optional fields are left out. */
export function addedSource(article: ArticleDraft): Source {
  return withFields<Source>(undefined, {
    id: article.sourceId,
    title: article.title.trim() || article.publisher.trim() || article.sourceId,
    publisher: optional(article.publisher),
    url: optional(article.url),
    published: optional(article.published),
    paragraphs: article.paragraphs.map((p) => ({ ...p })),
  });
}

/** Every source of the story: the first article, the added ones, then those an opened story brought. */
export function storySources(doc: EditorDocument): Source[] {
  return [articleSource(doc), ...doc.articles.map(addedSource), ...doc.otherSources];
}

/** Events under their keys (the problems' check) and under their published ids (Export), kept apart so neither undoes the other. */
const byKey = new WeakMap<Candidate, StoryEventInput>();
const byPublishedId = new WeakMap<Candidate, StoryEventInput>();

/**
 * A candidate as a story event with id `id` (its published id on export; its key where only its
 * problems are checked); an empty summary or note is left out. Made once per candidate and id
 * (candidates are never changed, only replaced), so a story of 10,000 events is rebuilt cheaply.
 */
export function eventOf(candidate: Candidate, id = candidate.id): StoryEventInput {
  const exported = id === candidate.id ? byKey : byPublishedId;
  let event = exported.get(candidate);
  if (event?.id !== id) {
    event = withFields<StoryEventInput>(candidate.kept, {
      id,
      date: candidate.date.trim(),
      title: candidate.title.trim(),
      summary: optional(candidate.summary),
      citations: candidate.citations.map((c) => ({ ...c })),
      dateBasis: candidate.dateBasis,
      dateNote: optional(candidate.dateNote),
      media: candidate.media ? mediaOf(candidate.media, id) : undefined,
    });
    exported.set(candidate, event);
  }
  return event;
}

/** The story's time zone as exported: the one typed, else one kept from the opened story that is not text (the validator names it). */
export const storyTimeZone = (doc: EditorDocument): unknown => optional(doc.meta.timeZone) ?? doc.kept.story.timeZone ?? undefined;

/**
 * The story of the candidates `include` keeps (Export: the accepted ones), under their published
 * ids, with what the editor kept of an opened story (its featured event named by published id too).
 */
export function storyOf(doc: EditorDocument, include: (c: Candidate) => boolean = (c) => c.status === 'accepted'): StoryInput {
  const ids = publishedIds(doc);
  const featured = doc.kept.story.featured;
  return withFields<StoryInput>(doc.kept.story, {
    title: doc.meta.title.trim(),
    timeZone: storyTimeZone(doc),
    sources: storySources(doc),
    events: doc.candidates.filter(include).map((c) => eventOf(c, ids.get(c.id))),
    featured: typeof featured === 'string' ? (ids.get(featured) ?? featured) : featured,
  });
}

/** The exported file's text: the story as indented JSON with a final newline. */
export function storyJson(story: StoryInput): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

/** A file name stem from a title: lower case ASCII words joined by dashes ("russia-recognizes-the-taliban"). */
export function slugOf(title: string): string {
  const slug = asciiWords(title).join('-').slice(0, 60).replace(/-+$/, '');
  return slug || 'story';
}

export const storyFileName = (title: string) => `${slugOf(title)}.story.json`;

/** The embed code for the exported file, hosted next to the page with the element's bundle. */
export function embedSnippet(title: string): string {
  return `<script type="module" src="history-timeline.js"></script>\n<history-timeline src="${storyFileName(title)}"></history-timeline>`;
}
