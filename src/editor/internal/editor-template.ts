import { html, nothing, type TemplateResult } from 'lit';
import { textChangedSinceDraft, type ArticleDraft, type SourceMeta } from '../document';
import type { EditCommand } from '../edit-commands';
import { cardSources } from '../card-sources';
import { embedSnippet } from '../export';
import { exportFiles } from '../publish';
import { keptNote, keptOfEvent } from '../open-story';
import { publishedId } from '../event-ids';
import { renderArticle } from '../views/article';
import { articleTabName, renderAddedArticle, renderArticleTabs } from '../views/article-tabs';
import { citersOf, highlightsOf } from '../highlights';
import { renderCandidate } from '../views/candidate';
import { renderDrafts } from '../views/drafts';
import { renderExport } from '../views/export';
import { renderEvents } from '../views/events';
import { renderSource } from '../views/source';
import type { EditorInternals } from './editor-internals';

const NONE = new Map<never, never>();

/** An added article's tab: its form, and its drafted text with the quotes from it highlighted. */
function renderAddedPanel(internals: EditorInternals, article: ArticleDraft, shown: number): TemplateResult {
  const { docs, status } = internals;
  const seen = { ...docs.doc, sourceId: article.sourceId, paragraphs: article.paragraphs };
  return html`${renderAddedArticle({
      article,
      index: shown,
      drafting: status.drafting,
      onField: (field, value) => internals.run({ type: 'set-article', index: shown - 1, field, value }),
      onRemove: () => internals.articles.removeArticle(shown),
      onDraft: () => void internals.draft(),
    })}
    <div role="alert">${status.draftError ? html`<p class="problem">${status.draftError}</p>` : nothing}</div>
    ${renderArticle({
      paragraphs: article.paragraphs,
      drawn: article.paragraphs.length,
      highlights: highlightsOf(seen),
      citers: citersOf(seen),
      selection: internals.textSelection.selection,
      chosen: status.chosenParagraph,
      onChoose: (id) => internals.show({ chosenParagraph: id }),
      onNewEvent: (s) => void internals.newEvent(s, article.sourceId),
    })}`;
}

/** `<history-timeline-editor>`'s shadow DOM: the drafts bar, then the source, events and preview panes. */
export function renderEditor(internals: EditorInternals): TemplateResult {
  if (!internals.autosave.ready) return html`<p class="hint" role="status">Opening your last draft…</p>`;
  const { docs, autosave, textSelection, status } = internals;
  const doc = docs.doc;
  const placed = docs.problems;
  const shownProblems = internals.problemsShown.of(placed);
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const ordered = internals.ordered();
  const accepted = doc.candidates.filter((c) => c.status === 'accepted').length;
  const run = (command: EditCommand) => internals.run(command);
  const shownArticle = Math.min(status.article, doc.articles.length);
  const added = doc.articles[shownArticle - 1];
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
        <h2 id="source-heading">Source</h2>
        ${renderArticleTabs({
          names: [articleTabName(0, doc.meta.publisher, doc.meta.articleTitle || doc.meta.title), ...doc.articles.map((a, i) => articleTabName(i + 1, a.publisher, a.title))],
          active: shownArticle,
          onSelect: (i) => internals.articles.selectArticle(i),
          onAdd: () => internals.articles.addArticle(),
          onAddFile: (file) => void internals.articles.addArticleFile(file),
        })}
        <div id="article-panel" role=${doc.articles.length ? 'tabpanel' : nothing} aria-labelledby=${doc.articles.length ? `article-tab-${shownArticle}` : nothing}>
          ${added ? renderAddedPanel(internals, added, shownArticle) : html`${renderSource({
          meta: doc.meta,
          text: internals.sourceLater ? '' : doc.text,
          textLater: internals.sourceLater,
          problems: shownProblems.meta,
          draftError: status.draftError,
          changedSinceDraft: textChangedSinceDraft(doc),
          drafting: status.drafting,
          report: doc.report,
          openNotes: status.openNotes,
          brokenLines: internals.brokenLines().joined,
          onJoinLines: () => internals.joinBrokenLines(),
          onMeta: (field: keyof SourceMeta, value: string) => {
            internals.touch(`meta:${field}`);
            run({ type: 'set-meta', field, value });
          },
          onTouch: (field: keyof SourceMeta) => internals.touch(`meta:${field}`),
          onText: (text) => run({ type: 'set-text', text }),
          onFile: (file) => void internals.openFile(file),
          onDraft: () => void internals.draft(),
        })}
        ${renderArticle({
          paragraphs: doc.paragraphs,
          drawn: internals.articleDrawn,
          // Before a paragraph is drawn, no quote need be found.
          highlights: internals.articleDrawn ? docs.highlights : NONE,
          citers: internals.articleDrawn ? docs.citers : NONE,
          selection: textSelection.selection,
          chosen: status.chosenParagraph,
          onChoose: (id) => internals.show({ chosenParagraph: id }),
          onNewEvent: (s) => void internals.newEvent(s),
        })}`}
        </div>
      </section>
      <section class="pane events" aria-labelledby="events-heading">
        ${renderEvents({
          ordered,
          window: internals.cards.windowOf(ordered),
          kept: keptNote(doc),
          other: placed.other,
          ready: internals.readyToAccept().length,
          acceptedReady: internals.bulkAccepted?.doc === doc ? internals.bulkAccepted.count : 0,
          onAcceptReady: () => internals.acceptAllReady(),
          onUndoAcceptReady: () => internals.undoAcceptAllReady(),
          renderCard: (c) =>
            renderCandidate({
              candidate: c,
              problems: shownProblems.candidates.get(c.id) ?? {},
              paragraphs,
              sourceId: doc.sourceId,
              sources: cardSources(c, docs.sources),
              mergeChoices: internals.unfolded.has(c.id) ? internals.mergeChoices(c, ordered) : [],
              merging: internals.merging?.into === c.id ? (doc.candidates.find((o) => o.id === internals.merging!.from) ?? null) : null,
              link: () => {
                const id = publishedId(doc, c.id);
                return { id, frozen: id === doc.published[c.id] };
              },
              kept: keptOfEvent(c, doc),
              notReady: internals.notReady(c),
              editing: internals.editing?.id === c.id ? internals.editing : null,
              unfolded: internals.unfolded.has(c.id),
              readDate: (text) => internals.readDate(text),
              onToggle: (open) => internals.unfold(c.id, open),
              run,
              onNewEvent: (s) => void internals.newEvent(s),
              onEdit: (edit) => internals.edit(edit),
              onSaveEdit: (left) => internals.saveEdit(left),
              onMergeAsk: (from) => internals.askMerge(c.id, from),
              onPictureFile: (file) => void internals.pictureFile(c.id, file),
              onMergeAnswer: (merge) => internals.answerMerge(merge),
              onTouch: (field) => internals.touch(`${c.id}:${field}`),
            }),
        })}
      </section>
      <section class="pane preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        <div class="actions">
          <button type="button" ?disabled=${accepted === 0} aria-describedby="full-preview-hint" @click=${() => internals.publishing.openFullPreview()}>Open full preview</button>
          <span class="hint" id="full-preview-hint">The page exactly as Export web page writes it, in a new tab.</span>
        </div>
        ${internals.preview.behind
          ? html`<p class="hint">
              The preview of a story this big is drawn when you ask: it shows the story before your last edits.
              <button type="button" @click=${() => internals.preview.redraw()}>Draw the preview again</button>
            </p>`
          : nothing}
        ${accepted && internals.preview.story.events.length
          ? html`<history-timeline heading-level="3" narrow-view="timeline" .story=${internals.preview.story}></history-timeline>`
          : html`<p class="hint">Accepted events appear here as the timeline will show them.</p>`}
        ${renderExport({
          files: exportFiles(doc.meta.title),
          readiness: internals.readiness(),
          onEvent: (id, need) => internals.goToNeed(id, need),
          onSource: (field) => void internals.goToSource(field),
          busy: status.busy,
          confirmation: status.confirmation,
          embed: embedSnippet(doc.meta.title),
          iframe: internals.publishing.iframe(),
          onExport: (kind) => void internals.publishing.exportAs(kind),
          onCopy: (kind) => void internals.publishing.copyAs(kind),
        })}
      </section>
    </div>
    <div class="visually-hidden" role="status" aria-live="polite">${status.announcement}</div>
    <div class="visually-hidden" aria-live="polite" id="readiness-said">${status.readinessSaid}</div>
  </div>`;
}
