import { asciiWords } from '../authoring/titles';
import type { Source, StoryEventInput, StoryInput } from '../model/types';
import type { Candidate, EditorDocument } from './document';

/**
 * What Export writes: the story of the accepted events, in the story format and nothing else
 * (no editor state, no draft-only fields), so it loads in `<history-timeline>` unchanged.
 */

/** The article as a source of the story; empty optional fields are left out. */
export function articleSource(doc: EditorDocument): Source {
  const source: Source = { id: doc.sourceId, title: doc.meta.title.trim(), paragraphs: doc.paragraphs.map((p) => ({ ...p })) };
  if (doc.meta.publisher.trim()) source.publisher = doc.meta.publisher.trim();
  if (doc.meta.url.trim()) source.url = doc.meta.url.trim();
  if (doc.meta.published.trim()) source.published = doc.meta.published.trim();
  return source;
}

/** A candidate as a story event; an empty summary or note is left out. */
export function eventOf(candidate: Candidate): StoryEventInput {
  const event: StoryEventInput = {
    id: candidate.id,
    date: candidate.date.trim(),
    title: candidate.title.trim(),
    citations: candidate.citations.map((c) => ({ ...c })),
    dateBasis: candidate.dateBasis,
  };
  if (candidate.summary.trim()) event.summary = candidate.summary.trim();
  if (candidate.dateNote.trim()) event.dateNote = candidate.dateNote.trim();
  return event;
}

/** The story of the candidates `include` keeps (Export: the accepted ones). */
export function storyOf(doc: EditorDocument, include: (c: Candidate) => boolean = (c) => c.status === 'accepted'): StoryInput {
  return {
    title: doc.meta.title.trim(),
    sources: [articleSource(doc), ...doc.otherSources],
    events: doc.candidates.filter(include).map(eventOf),
  };
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
