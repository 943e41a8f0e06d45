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

/** A change is written this long after the last one (so typing is not a write per keystroke), or at the latest after MAX_WAIT_MS. */
const SAVE_DELAY_MS = 300;
const MAX_WAIT_MS = 2_000;

/**
 * Keeps drafts in the browser: reopens the draft open last, saves the document after every change
 * (in order, so the last change is the one kept; a burst of changes as one write), and lists,
 * switches and deletes saved drafts. A change not yet written is written at once when the page is
 * hidden or left, when another draft is opened, and when `saved()` is asked.
 */
export class AutosaveController implements ReactiveController {
  drafts: DraftListing[] = [];
  /** False until the last draft is restored: edits before that would be overwritten. */
  ready = false;
  private queue: Promise<unknown> = Promise.resolve();
  /** The last change not written yet, and since when it waits. */
  private pending: { doc: EditorDocument; since: number } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: AutosaveSettings,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.ready) void this.enqueue(() => this.restore());
    addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
  }

  hostDisconnected(): void {
    this.flush();
    removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
  }

  /** Resolves when every change so far is written. */
  saved(): Promise<void> {
    this.flush();
    return this.queue.then(() => undefined);
  }

  save(doc: EditorDocument): void {
    const since = this.pending?.since ?? Date.now();
    this.pending = { doc, since };
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, Math.max(0, Math.min(SAVE_DELAY_MS, since + MAX_WAIT_MS - Date.now())));
  }

  /** Writes the change waiting, if any. */
  private readonly flush = (): void => {
    clearTimeout(this.timer);
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    void this.enqueue(async () => {
      const store = this.settings.store();
      await store.save({ doc: pending.doc, updated: Date.now() });
      await store.setCurrent(pending.doc.id);
      await this.refresh();
    });
  };

  newDraft(): void {
    this.flush();
    this.settings.open(emptyDocument(newDraftId()));
  }

  /** Opens `doc` (an opened file) as a draft of its own beside the others, saved at once so the list shows it. */
  openNew(doc: EditorDocument): Promise<void> {
    this.flush();
    return this.enqueue(async () => {
      this.settings.open(doc);
      // Drawn first, saved in the tasks after.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const store = this.settings.store();
      await store.save({ doc, updated: Date.now() });
      await store.setCurrent(doc.id);
      await this.refresh();
    });
  }

  switchTo(id: string): void {
    this.flush();
    void this.enqueue(async () => {
      const saved = await this.settings.store().load(id);
      if (!saved) return this.refresh();
      await this.settings.store().setCurrent(id);
      this.settings.open(saved.doc);
    });
  }

  remove(id: string): void {
    this.flush();
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
