/** The repository's article drafted into an editor document, for the Node tests of the editor's modules. */
import { readFileSync } from 'node:fs';
import { draftStory } from '../../src/authoring/draft';
import { applyCommand, type EditCommand } from '../../src/editor/edit-commands';
import { emptyDocument, type EditorDocument } from '../../src/editor/document';
import { draftNewEvent } from '../../src/editor/drafting/drafting';

export const article = readFileSync(new URL('../../data/russia-recognizes-taliban.article.txt', import.meta.url), 'utf8');

export function run(doc: EditorDocument, ...commands: EditCommand[]): EditorDocument {
  return commands.reduce(applyCommand, doc);
}

export function drafted(): EditorDocument {
  const doc = run(emptyDocument('d1'), { type: 'set-meta', field: 'title', value: 'Russia recognizes the Taliban' }, { type: 'set-meta', field: 'published', value: '2025-07-03' });
  const result = draftStory(article, { published: doc.meta.published, title: doc.meta.title });
  return applyCommand(doc, { type: 'draft', result, text: article });
}

export const candidate = (doc: EditorDocument, date: string) => doc.candidates.find((c) => c.date === date)!;

/** The command "New event from this quote" gives for `quote` of `paragraph`: the event drafted as the editor drafts it. */
export function newEventCommand(doc: EditorDocument, paragraph: string, quote: string): EditCommand {
  const drafted = draftNewEvent({ paragraphs: doc.paragraphs, paragraphId: paragraph, quote, published: doc.meta.published });
  if (!drafted) throw new Error(`"${quote}" is not words of ${paragraph}`);
  return { type: 'new-event', paragraph, quote, drafted };
}
