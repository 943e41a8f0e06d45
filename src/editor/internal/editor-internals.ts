import type { ReactiveControllerHost } from 'lit';
import { draftStory } from '../../authoring/draft';
import { requestIdle } from '../../dom';
import { emit } from '../../emit';
import { AutosaveController } from '../controllers/autosave-controller';
import { DocumentController, type ChangeReason } from '../controllers/document-controller';
import { TextSelectionController } from '../controllers/text-selection-controller';
import { emptyDocument, type EditorDocument } from '../document';
import type { EditCommand } from '../edit-commands';
import type { EditorChangeDetail } from '../events';
import { storyFileName, storyJson } from '../export';
import { historyCommandOf } from '../keys';
import { openStory } from '../open-story';
import { idbDraftStore, newDraftId, type DraftStore } from '../storage';
import type { TextSelection } from '../views/article';

/** What the wiring reads from the element. */
export interface EditorHost extends ReactiveControllerHost, HTMLElement {
  /** Name of the IndexedDB database drafts are saved in. */
  database: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the editor says about the last thing done, beside the document itself. */
export interface EditorStatus {
  /** Why "Draft events" could not draft, or why a file could not be opened. */
  draftError: string;
  drafting: boolean;
  /** The last thing done, for the polite live region. */
  announcement: string;
  /** The paragraph chosen to pick words from by keyboard. */
  chosenParagraph: string;
  /** What the last opened story held that could not be read, one sentence each. */
  openNotes: readonly string[];
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The inside of `<history-timeline-editor>`: the document (with its undo history), autosave and
 * the text selection, wired together, and what the editor does with them: draft, open a file, add
 * an event from selected words, export. The element keeps the documented API and the template
 * reads from here. Its controllers have no update hooks, so no update order to keep.
 */
export class EditorInternals {
  status: Readonly<EditorStatus> = { draftError: '', drafting: false, announcement: '', chosenParagraph: '', openNotes: [] };
  /** Candidates whose fields are unfolded: view state, neither saved nor undone. */
  readonly unfolded = new Set<string>();
  private store: DraftStore | null = null;
  readonly docs: DocumentController;
  readonly autosave: AutosaveController;
  readonly textSelection: TextSelectionController;

  constructor(private readonly host: EditorHost) {
    this.docs = new DocumentController(host, emptyDocument(''), (doc, reason) => this.changed(doc, reason));
    this.autosave = new AutosaveController(host, {
      store: () => (this.store ??= idbDraftStore(host.database)),
      doc: () => this.docs.doc,
      open: (doc) => this.docs.open(doc),
      report: (message) => this.show({ announcement: message }),
    });
    this.textSelection = new TextSelectionController(host);
  }

  /** chrono builds its patterns on first use (~100 ms): pay that while the person is still pasting. */
  warmUp(): void {
    requestIdle(() => void draftStory('On 1 January 2000 it began.', { published: '2000-01-02' }), 200);
  }

  /** Changes what the editor says, and draws it. */
  show(change: Partial<EditorStatus>): void {
    this.status = { ...this.status, ...change };
    this.host.requestUpdate();
  }

  /** Applies an edit; false when it changed nothing. */
  run(command: EditCommand): boolean {
    return this.docs.run(command);
  }

  private changed(doc: EditorDocument, reason: ChangeReason): void {
    if (reason !== 'open' && reason !== 'checked') this.autosave.save(doc);
    if (reason === 'undo' || reason === 'redo') this.show({ announcement: reason === 'undo' ? 'Undone.' : 'Redone.' });
    const detail: EditorChangeDetail = { story: this.docs.story, problems: this.docs.problems.blocking };
    void this.host.updateComplete.then(() => emit(this.host, 'editor-change', detail));
  }

  /** Before each render: a candidate with a problem shows the fields it is in; fixing it leaves them where the person is typing. */
  willUpdate(): void {
    for (const id of this.docs.problems.candidates.keys()) this.unfolded.add(id);
  }

  /** Unfolds or folds a candidate's fields. */
  unfold(id: string, open: boolean): void {
    if (open === this.unfolded.has(id)) return;
    if (open) this.unfolded.add(id);
    else this.unfolded.delete(id);
    this.host.requestUpdate();
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const command = historyCommandOf(event);
    if (!command) return;
    // Our history holds every keystroke, so it replaces the fields' own undo.
    event.preventDefault();
    if (command === 'undo') this.docs.undo();
    else this.docs.redo();
  };

  async draft(): Promise<void> {
    const { text, meta } = this.docs.doc;
    if (!/\S/.test(text)) {
      this.show({ draftError: 'Paste the article text, or open a file, before drafting.' });
      return;
    }
    this.show({ drafting: true });
    // Let "Drafting…" show before the main thread is busy drafting.
    await nextTask();
    const published = meta.published.trim();
    const result = draftStory(text, { published: published || undefined, title: meta.title, publisher: meta.publisher, url: meta.url, sourceId: this.docs.doc.sourceId });
    this.show({ drafting: false });
    const dateProblem = result.problems.find((p) => p.path === 'published');
    if (dateProblem || (result.unresolved.length && !published)) {
      const phrases = result.unresolved.slice(0, 3).map((u) => `“${u.phrase}” in ${u.paragraph}`).join(', ');
      this.show({
        draftError: dateProblem
          ? `${dateProblem.message} Write the publication date as YYYY-MM-DD to draft.`
          : `The text has relative dates (${phrases}${result.unresolved.length > 3 ? ', …' : ''}): give the publication date, YYYY-MM-DD, to draft them.`,
      });
      this.host.renderRoot.querySelector<HTMLInputElement>('#published')?.focus();
      return;
    }
    this.show({ draftError: '' });
    // Drafting and drawing its cards are separate tasks, so neither holds the page for long.
    await nextTask();
    const replaced = this.docs.doc.candidates.length;
    this.run({ type: 'draft', result, text });
    this.show({ announcement: `${result.story.events.length} events proposed; review them under Events.${replaced ? ' Undo brings back the events drafted before.' : ''}` });
  }

  /** Opens a file as a new draft beside the current one, which stays saved as it is. */
  async openFile(file: File): Promise<void> {
    const text = await file.text();
    const id = newDraftId();
    const from = this.docs.doc.meta.title.trim() || 'the untitled draft';
    if (!/\.json$/i.test(file.name)) {
      await this.autosave.openNew({ ...emptyDocument(id), text });
      this.show({ draftError: '', openNotes: [], announcement: `Opened ${file.name} as a new draft (${from} is kept under Saved drafts): fill in the source fields, then Draft events.` });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      this.show({ draftError: `${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    const opened = openStory(id, json);
    if ('error' in opened) {
      this.show({ draftError: `${file.name} cannot be opened: ${opened.error}` });
      return;
    }
    await this.autosave.openNew(opened.doc);
    const events = opened.doc.candidates.length;
    this.show({
      draftError: '',
      openNotes: opened.notes,
      announcement: `Opened ${file.name} as a new draft with ${events} ${events === 1 ? 'event' : 'events'} (${from} is kept under Saved drafts).`,
    });
  }

  newEvent(selection: TextSelection): void {
    if (this.run({ type: 'new-event', paragraph: selection.paragraph, quote: selection.quote })) {
      const added = this.docs.doc.candidates[this.docs.doc.candidates.length - 1];
      this.show({ announcement: `New event “${added.title}” from ${selection.paragraph}, accepted; check its date.` });
      this.unfolded.add(added.id);
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>(`#c-${CSS.escape(added.id)}-title`)?.focus());
    }
  }

  download(): void {
    const story = this.docs.story;
    const url = URL.createObjectURL(new Blob([storyJson(story)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = storyFileName(story.title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.show({ announcement: `Exported ${link.download}.` });
  }

  async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.show({ announcement: `${what} copied.` });
    } catch {
      this.show({ announcement: `${what} could not be copied here; select it and copy it yourself.` });
    }
  }
}
