import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyDocument, type EditorDocument } from '../document';
import { newDraftId, type DraftListing, type DraftStore } from '../storage';

export interface AutosaveSettings {
  store(): DraftStore;
  doc(): EditorDocument;
  /** Shows a restored or new document. */
  open(doc: EditorDocument): void;
  /** Says what went wrong with saving, in a sentence. */
  report(message: string): void;
}

/**
 * Keeps drafts in the browser: reopens the draft open last, saves the document on every change
 * (in order, so the last change is the one kept), and lists, switches and deletes saved drafts.
 */
export class AutosaveController implements ReactiveController {
  drafts: DraftListing[] = [];
  /** False until the last draft is restored: edits before that would be overwritten. */
  ready = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: AutosaveSettings,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.ready) void this.enqueue(() => this.restore());
  }

  /** Resolves when every save asked for so far is written. */
  saved(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  save(doc: EditorDocument): void {
    void this.enqueue(async () => {
      const store = this.settings.store();
      await store.save({ doc, updated: Date.now() });
      await store.setCurrent(doc.id);
      await this.refresh();
    });
  }

  newDraft(): void {
    this.settings.open(emptyDocument(newDraftId()));
  }

  /** Opens `doc` (an opened file) as a draft of its own beside the others, saved at once so the list shows it. */
  openNew(doc: EditorDocument): Promise<void> {
    return this.enqueue(async () => {
      this.settings.open(doc);
      const store = this.settings.store();
      await store.save({ doc, updated: Date.now() });
      await store.setCurrent(doc.id);
      await this.refresh();
    });
  }

  switchTo(id: string): void {
    void this.enqueue(async () => {
      const saved = await this.settings.store().load(id);
      if (!saved) return this.refresh();
      await this.settings.store().setCurrent(id);
      this.settings.open(saved.doc);
    });
  }

  remove(id: string): void {
    void this.enqueue(async () => {
      const store = this.settings.store();
      await store.remove(id);
      await this.refresh();
      if (id !== this.settings.doc().id) return;
      const next = this.drafts[0] && (await store.load(this.drafts[0].id));
      if (next) await store.setCurrent(next.doc.id);
      this.settings.open(next ? next.doc : emptyDocument(newDraftId()));
    });
  }

  private async restore(): Promise<void> {
    const store = this.settings.store();
    const id = await store.current();
    const saved = id ? await store.load(id) : undefined;
    this.settings.open(saved ? saved.doc : emptyDocument(newDraftId()));
    this.ready = true;
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    this.drafts = await this.settings.store().list();
    this.host.requestUpdate();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task).catch((error: unknown) => {
      this.settings.report(`Drafts could not be saved in this browser: ${error instanceof Error ? error.message : String(error)}`);
      this.ready = true;
      this.host.requestUpdate();
    });
    this.queue = run;
    return run;
  }
}
