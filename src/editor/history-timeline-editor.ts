import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { draftStory } from '../authoring/draft';
import { defineElement } from '../define';
import { emit } from '../emit';
import { validateStory } from '../model/validate';
import type { StoryInput } from '../model/types';
import { HistoryTimeline } from '../timeline/history-timeline';
import type { Command } from './commands';
import { AutosaveController } from './controllers/autosave-controller';
import { DocumentController, type ChangeReason } from './controllers/document-controller';
import { TextSelectionController } from './controllers/text-selection-controller';
import { emptyDocument, textChangedSinceDraft, type EditorDocument, type SourceMeta } from './document';
import type { EditorChangeDetail } from './events';
import { embedSnippet, storyFileName, storyJson } from './export';
import { editCommandOf } from './keys';
import { idbDraftStore, type DraftStore } from './storage';
import { tokens } from '../styles/tokens';
import { editorStyles } from './styles';
import { renderArticle, type TextSelection } from './views/article';
import { renderCandidate } from './views/candidate';
import { renderDrafts } from './views/drafts';
import { renderExport } from './views/export';
import { renderSource } from './views/source';

export type { EditorChangeDetail } from './events';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An editor that turns an article into a sourced story: paste or open the text, draft candidate
 * events, review them against the words they quote, and export the story for `<history-timeline>`.
 *
 * @summary Drafts, reviews and exports a sourced story.
 *
 * @attr database - Name of the IndexedDB database drafts are saved in; default `history-timeline-editor`.
 *
 * @fires editor-change - After every edit (and undo, redo, opening a draft). `detail: { story, problems }`: the story as Export writes it, and the problems that stop Export.
 *
 * @cssproperty [--history-timeline-background=#ffffff] - Background (dark scheme: #15191e); the other `--history-timeline-*` colour tokens of the viewer apply too.
 */
export class HistoryTimelineEditor extends LitElement {
  static override styles = [tokens, editorStyles];

  /** Name of the IndexedDB database drafts are saved in. */
  @property() database = 'history-timeline-editor';

  /** Why "Draft events" could not draft, or why a file could not be opened. */
  @state() private draftError = '';
  @state() private drafting = false;
  /** The last thing done, for the polite live region. */
  @state() private announcement = '';
  /** The paragraph chosen to pick words from by keyboard. */
  @state() private chosenParagraph = '';
  /** Candidates whose fields are unfolded: view state, neither saved nor undone. */
  private readonly unfolded = new Set<string>();

  private store: DraftStore | null = null;
  private readonly docs = new DocumentController(this, emptyDocument(''), (doc, reason) => this.changed(doc, reason));
  private readonly autosave = new AutosaveController(this, {
    store: () => (this.store ??= idbDraftStore(this.database)),
    doc: () => this.docs.doc,
    open: (doc) => this.docs.open(doc),
    report: (message) => (this.announcement = message),
  });
  private readonly textSelection = new TextSelectionController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // chrono builds its patterns on first use (~100 ms): pay that while the person is still pasting.
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => void draftStory('On 1 January 2000 it began.', { published: '2000-01-02' }));
  }

  /** The story exactly as Export writes it: the accepted events only. */
  get story(): StoryInput {
    return this.docs.story;
  }

  /** Resolves when every change so far is saved in the browser. */
  saved(): Promise<void> {
    return this.autosave.saved();
  }

  /** Applies an edit; false when it changed nothing. */
  private run(command: Command): boolean {
    return this.docs.run(command);
  }

  private changed(doc: EditorDocument, reason: ChangeReason): void {
    if (reason !== 'open') this.autosave.save(doc);
    if (reason === 'undo' || reason === 'redo') this.announcement = reason === 'undo' ? 'Undone.' : 'Redone.';
    const detail: EditorChangeDetail = { story: this.docs.story, problems: this.docs.problems.blocking };
    void this.updateComplete.then(() => emit(this, 'editor-change', detail));
  }

  protected override willUpdate(): void {
    // A candidate with a problem shows the fields it is in; fixing it leaves them where the person is typing.
    for (const id of this.docs.problems.candidates.keys()) this.unfolded.add(id);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const command = editCommandOf(event);
    if (!command) return;
    // Our history holds every keystroke, so it replaces the fields' own undo.
    event.preventDefault();
    if (command === 'undo') this.docs.undo();
    else this.docs.redo();
  }

  private async draft(): Promise<void> {
    const { text, meta } = this.docs.doc;
    if (!/\S/.test(text)) {
      this.draftError = 'Paste the article text, or open a file, before drafting.';
      return;
    }
    this.drafting = true;
    // Let "Drafting…" show before the main thread is busy drafting.
    await nextTask();
    const published = meta.published.trim();
    const result = draftStory(text, { published: published || undefined, title: meta.title, publisher: meta.publisher, url: meta.url, sourceId: this.docs.doc.sourceId });
    this.drafting = false;
    const dateProblem = result.problems.find((p) => p.path === 'published');
    if (dateProblem || (result.unresolved.length && !published)) {
      const phrases = result.unresolved.slice(0, 3).map((u) => `“${u.phrase}” in ${u.paragraph}`).join(', ');
      this.draftError = dateProblem
        ? `${dateProblem.message} Write the publication date as YYYY-MM-DD to draft.`
        : `The text has relative dates (${phrases}${result.unresolved.length > 3 ? ', …' : ''}): give the publication date, YYYY-MM-DD, to draft them.`;
      this.renderRoot.querySelector<HTMLInputElement>('#published')?.focus();
      return;
    }
    this.draftError = '';
    // Drafting and drawing its cards are separate tasks, so neither holds the page for long.
    await nextTask();
    const replaced = this.docs.doc.candidates.length;
    this.run({ type: 'draft', result, text });
    this.announcement = `${result.story.events.length} events proposed; review them under Events.${replaced ? ' Undo brings back the events drafted before.' : ''}`;
  }

  private async openFile(file: File): Promise<void> {
    const text = await file.text();
    if (!/\.json$/i.test(file.name)) {
      this.run({ type: 'set-text', text });
      this.draftError = '';
      this.announcement = `Opened ${file.name}. Fill in the source fields, then Draft events.`;
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      this.draftError = `${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
    const { story, problems } = validateStory(json);
    if (!story || story.sources.length === 0) {
      this.draftError = `${file.name} is not a story: ${problems[0]?.message ?? 'it has no source.'}`;
      return;
    }
    const events = story.events.map(({ calendar: _calendar, ...event }) => event);
    this.run({ type: 'load-story', story: { title: story.title, sources: story.sources, events } });
    this.draftError = '';
    this.announcement = `Opened ${file.name}: ${events.length} events.${problems.length ? ` ${problems.length} problems: ${problems.map((p) => p.message).join(' ')}` : ''}`;
  }

  private newEvent(selection: TextSelection): void {
    if (this.run({ type: 'new-event', paragraph: selection.paragraph, quote: selection.quote })) {
      const added = this.docs.doc.candidates[this.docs.doc.candidates.length - 1];
      this.announcement = `New event “${added.title}” from ${selection.paragraph}, accepted; check its date.`;
      this.unfolded.add(added.id);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#c-${CSS.escape(added.id)}-title`)?.focus());
    }
  }

  private download(): void {
    const story = this.story;
    const url = URL.createObjectURL(new Blob([storyJson(story)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = storyFileName(story.title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.announcement = `Exported ${link.download}.`;
  }

  private async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = `${what} copied.`;
    } catch {
      this.announcement = `${what} could not be copied here; select it and copy it yourself.`;
    }
  }

  protected override render() {
    if (!this.autosave.ready) return html`<p class="hint" role="status">Opening your last draft…</p>`;
    const doc = this.docs.doc;
    const placed = this.docs.problems;
    const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
    const shown = doc.candidates.filter((c) => c.status !== 'rejected');
    const accepted = doc.candidates.filter((c) => c.status === 'accepted').length;
    const run = (command: Command) => this.run(command);
    return html`<div class="base" @keydown=${this.onKeyDown}>
      ${renderDrafts({
        drafts: this.autosave.drafts,
        currentId: doc.id,
        canUndo: this.docs.canUndo,
        canRedo: this.docs.canRedo,
        onUndo: () => this.docs.undo(),
        onRedo: () => this.docs.redo(),
        onNew: () => this.autosave.newDraft(),
        onOpen: (id) => this.autosave.switchTo(id),
        onDelete: (id) => this.autosave.remove(id),
      })}
      <div class="layout">
        <section class="pane source" aria-labelledby="source-heading">
          ${renderSource({
            meta: doc.meta,
            text: doc.text,
            problems: placed.meta,
            draftError: this.draftError,
            changedSinceDraft: textChangedSinceDraft(doc),
            drafting: this.drafting,
            report: doc.report,
            onMeta: (field: keyof SourceMeta, value: string) => run({ type: 'set-meta', field, value }),
            onText: (text) => run({ type: 'set-text', text }),
            onFile: (file) => void this.openFile(file),
            onDraft: () => void this.draft(),
          })}
          ${renderArticle({
            paragraphs: doc.paragraphs,
            highlights: this.docs.highlights,
            citers: this.docs.citers,
            selection: this.textSelection.selection,
            chosen: this.chosenParagraph,
            onChoose: (id) => (this.chosenParagraph = id),
            onNewEvent: (s) => this.newEvent(s),
          })}
        </section>
        <section class="pane events" aria-labelledby="events-heading">
          <h2 id="events-heading">Events</h2>
          <p class="hint">
            ${doc.candidates.length
              ? `${accepted} accepted, ${doc.candidates.filter((c) => c.status === 'pending').length} to review, ${doc.candidates.length - shown.length} rejected.`
              : 'Draft events from the text to review them here.'}
          </p>
          ${placed.other.length ? html`<ul class="plain">${placed.other.map((p) => html`<li class="problem">${p.message}</li>`)}</ul>` : nothing}
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
                unfolded: this.unfolded.has(c.id),
                onToggle: (open) => {
                  if (open === this.unfolded.has(c.id)) return;
                  if (open) this.unfolded.add(c.id);
                  else this.unfolded.delete(c.id);
                  this.requestUpdate();
                },
                run,
                onNewEvent: (s) => this.newEvent(s),
              }),
          )}
        </section>
        <section class="pane preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          ${accepted
            ? html`<history-timeline heading-level="3" narrow-view="timeline" .story=${this.story}></history-timeline>`
            : html`<p class="hint">Accepted events appear here as the timeline will show them.</p>`}
          ${renderExport({
            fileName: storyFileName(doc.meta.title),
            snippet: embedSnippet(doc.meta.title),
            accepted,
            blocking: placed.blocking,
            onDownload: () => this.download(),
            onCopyJson: () => void this.copy(storyJson(this.story), 'The story JSON'),
            onCopySnippet: () => void this.copy(embedSnippet(doc.meta.title), 'The embed snippet'),
          })}
        </section>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

// The preview's element. Defined here, not by a bare import: the package marks src/ free of side effects.
defineElement('history-timeline', HistoryTimeline);
defineElement('history-timeline-editor', HistoryTimelineEditor);

declare global {
  interface HTMLElementTagNameMap {
    'history-timeline-editor': HistoryTimelineEditor;
  }
}
