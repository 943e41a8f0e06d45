import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textChangedSinceDraft, type SourceMeta } from '../document';
import type { EditCommand } from '../edit-commands';
import { embedSnippet, storyFileName, storyJson } from '../export';
import { keptNote, keptOfEvent } from '../open-story';
import { renderArticle } from '../views/article';
import { renderCandidate } from '../views/candidate';
import { renderDrafts } from '../views/drafts';
import { renderExport } from '../views/export';
import { problemsList } from '../views/fields';
import { renderSource } from '../views/source';
import type { EditorInternals } from './editor-internals';

/** `<history-timeline-editor>`'s shadow DOM: the drafts bar, then the source, events and preview panes. */
export function renderEditor(internals: EditorInternals): TemplateResult {
  if (!internals.autosave.ready) return html`<p class="hint" role="status">Opening your last draft…</p>`;
  const { docs, autosave, textSelection, status } = internals;
  const doc = docs.doc;
  const placed = docs.problems;
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const shown = doc.candidates.filter((c) => c.status !== 'rejected');
  const accepted = doc.candidates.filter((c) => c.status === 'accepted').length;
  const run = (command: EditCommand) => internals.run(command);
  const kept = keptNote(doc);
  return html`<div class="base" @keydown=${internals.onKeyDown}>
    ${renderDrafts({
      drafts: autosave.drafts,
      currentId: doc.id,
      canUndo: docs.canUndo,
      canRedo: docs.canRedo,
      onUndo: () => docs.undo(),
      onRedo: () => docs.redo(),
      onNew: () => autosave.newDraft(),
      onOpen: (id) => autosave.switchTo(id),
      onDelete: (id) => autosave.remove(id),
    })}
    <div class="layout">
      <section class="pane source" aria-labelledby="source-heading">
        ${renderSource({
          meta: doc.meta,
          text: doc.text,
          problems: placed.meta,
          draftError: status.draftError,
          changedSinceDraft: textChangedSinceDraft(doc),
          drafting: status.drafting,
          report: doc.report,
          openNotes: status.openNotes,
          onMeta: (field: keyof SourceMeta, value: string) => run({ type: 'set-meta', field, value }),
          onText: (text) => run({ type: 'set-text', text }),
          onFile: (file) => void internals.openFile(file),
          onDraft: () => void internals.draft(),
        })}
        ${renderArticle({
          paragraphs: doc.paragraphs,
          highlights: docs.highlights,
          citers: docs.citers,
          selection: textSelection.selection,
          chosen: status.chosenParagraph,
          onChoose: (id) => internals.show({ chosenParagraph: id }),
          onNewEvent: (s) => internals.newEvent(s),
        })}
      </section>
      <section class="pane events" aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        <p class="hint">
          ${doc.candidates.length
            ? `${accepted} accepted, ${doc.candidates.filter((c) => c.status === 'pending').length} to review, ${doc.candidates.length - shown.length} rejected.`
            : 'Draft events from the text to review them here.'}
        </p>
        ${kept ? html`<p class="hint">${kept}</p>` : nothing}
        ${problemsList('other-problems', placed.other)}
        ${repeat(
          doc.candidates,
          (c) => c.id,
          (c) =>
            renderCandidate({
              candidate: c,
              problems: placed.candidates.get(c.id) ?? {},
              paragraphs,
              others: shown.filter((o) => o !== c),
              locale: 'en',
              kept: keptOfEvent(c, doc),
              unfolded: internals.unfolded.has(c.id),
              onToggle: (open) => internals.unfold(c.id, open),
              run,
              onNewEvent: (s) => internals.newEvent(s),
            }),
        )}
      </section>
      <section class="pane preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        ${accepted
          ? html`<history-timeline heading-level="3" narrow-view="timeline" .story=${docs.story}></history-timeline>`
          : html`<p class="hint">Accepted events appear here as the timeline will show them.</p>`}
        ${renderExport({
          fileName: storyFileName(doc.meta.title),
          snippet: embedSnippet(doc.meta.title),
          accepted,
          blocking: placed.blocking,
          onDownload: () => internals.download(),
          onCopyJson: () => void internals.copy(storyJson(docs.story), 'The story JSON'),
          onCopySnippet: () => void internals.copy(embedSnippet(doc.meta.title), 'The embed snippet'),
        })}
      </section>
    </div>
    <div class="visually-hidden" role="status" aria-live="polite">${status.announcement}</div>
  </div>`;
}
