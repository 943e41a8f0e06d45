import type { ReactiveControllerHost } from 'lit';
import { requestIdle } from '../../dom';
import { emit } from '../../emit';
import { AutosaveController } from '../controllers/autosave-controller';
import { DocumentController, type ChangeReason } from '../controllers/document-controller';
import { TextSelectionController } from '../controllers/text-selection-controller';
import { timeOrder, type CardOrder } from '../card-order';
import { CardWindowController } from '../controllers/card-window-controller';
import { readDateInput, type DateReading } from '../date-input';
import { emptyDocument, type Candidate, type EditorDocument } from '../document';
import { Drafter } from '../drafting/drafter';
import type { PlacedProblems, ProblemsByField } from '../problems';
import type { InPlaceEdit } from '../views/candidate';
import { MAX_PICTURE_BYTES, PICTURE_TYPES, type Picture } from '../picture';
import type { EditCommand } from '../edit-commands';
import type { DraftResult } from '../../authoring/draft';
import type { EditorChangeDetail } from '../events';
import type { Paragraph, StoryInput } from '../../model/types';
import viewerCode from 'virtual:history-timeline-bundle';
import { validateStory } from '../../model/validate';
import { embedSnippet, storyJson } from '../export';
import { exportFiles, folderZip, iframeSnippet, webPage, withoutFilePictures } from '../publish';
import type { Confirmation, CopyKind, ExportKind } from '../views/export';
import { count } from '../words';
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
  /** The last export or copy, said next to its button. */
  confirmation: Confirmation | null;
  /** Export was pressed with problems: they are listed under Export. */
  listProblems: boolean;
  /** An export being written. */
  busy: ExportKind | null;
  /** What the last opened story held that could not be read, one sentence each. */
  openNotes: readonly string[];
}

/** The drafted text is drawn this many paragraphs at a time. */
const ARTICLE_PART = 20;

/** Up to this many accepted events the preview follows every edit; a bigger story's is drawn again when asked. */
const LIVE_PREVIEW_EVENTS = 300;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The inside of `<history-timeline-editor>`: the document (with its undo history), autosave and
 * the text selection, wired together, and what the editor does with them: draft, open a file, add
 * an event from selected words, export. The element keeps the documented API and the template
 * reads from here. Its controllers have no update hooks, so no update order to keep.
 */
export class EditorInternals {
  status: Readonly<EditorStatus> = { draftError: '', drafting: false, announcement: '', chosenParagraph: '', openNotes: [], confirmation: null, listProblems: false, busy: null };
  // View state, neither saved nor undone.
  /** Candidates whose fields are unfolded. */
  readonly unfolded = new Set<string>();
  /** The title or date being edited in place, with the words typed so far. */
  editing: InPlaceEdit | null = null;
  /** A merge asked for and not yet confirmed. */
  merging: { into: string; from: string } | null = null;
  /** Fields the person has changed or left (`meta:title`, `<id>:date`): their problems show. */
  private readonly touched = new Set<string>();
  /** Problems are to be shown once the story being checked in steps is checked (Open of a big story). */
  private revealWhenChecked = false;
  private order: CardOrder | undefined;
  private store: DraftStore | null = null;
  private readonly drafter = new Drafter();
  readonly docs: DocumentController;
  readonly autosave: AutosaveController;
  readonly textSelection: TextSelectionController;
  readonly cards: CardWindowController;

  constructor(private readonly host: EditorHost) {
    this.docs = new DocumentController(host, emptyDocument(''), (doc, reason) => this.changed(doc, reason));
    this.autosave = new AutosaveController(host, {
      store: () => (this.store ??= idbDraftStore(host.database)),
      doc: () => this.docs.doc,
      open: (doc) => this.docs.open(doc),
      report: (message) => this.show({ announcement: message }),
    });
    this.textSelection = new TextSelectionController(host);
    this.cards = new CardWindowController(host);
  }

  /** The drafting libraries set themselves up on first use: let that happen while the person is still pasting. */
  warmUp(): void {
    requestIdle(() => this.drafter.warmUp(), 200);
  }

  /** The element left the page: its draft worker stops. */
  disconnected(): void {
    this.drafter.stop();
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

  /**
   * The story the preview shows: a small story's after every edit; a big one's (drawing 10,000
   * events takes longer than a keystroke may) when it is opened, then when the person asks.
   */
  previewStory: StoryInput = { title: '', sources: [], events: [] };
  /** The preview shows a big story as it was before the last edits. */
  previewBehind = false;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  private updatePreview(reason: ChangeReason): void {
    clearTimeout(this.previewTimer);
    const story = withoutFilePictures(this.docs.story, this.docs.doc);
    this.previewBehind = false;
    if (story.events.length <= LIVE_PREVIEW_EVENTS) {
      this.previewStory = story;
    } else if (reason === 'open' || this.previewStory.events.length === 0) {
      // Drawn in a task of its own, after the cards.
      this.previewTimer = setTimeout(() => this.redrawPreview(), 50);
    } else {
      this.previewBehind = true;
    }
  }

  /** How many paragraphs of the drafted text are drawn: a long article a part at a time, each in a task of its own. */
  articleDrawn = 0;
  private articleFor: readonly Paragraph[] | null = null;

  private drawArticleInParts(paragraphs: readonly Paragraph[]): void {
    this.articleFor = paragraphs;
    this.articleDrawn = Math.min(paragraphs.length, ARTICLE_PART);
    const more = () => {
      if (this.articleFor !== paragraphs || this.articleDrawn >= paragraphs.length) return;
      this.articleDrawn = Math.min(paragraphs.length, this.articleDrawn + ARTICLE_PART);
      this.host.requestUpdate();
      setTimeout(more, 0);
    };
    setTimeout(more, 0);
  }

  /** Draws the preview of the story as it is now. */
  redrawPreview(): void {
    this.previewStory = withoutFilePictures(this.docs.story, this.docs.doc);
    this.previewBehind = false;
    this.host.requestUpdate();
  }

  private changed(doc: EditorDocument, reason: ChangeReason): void {
    if (reason === 'open') this.forgetViewState();
    if (doc.paragraphs !== this.articleFor) this.drawArticleInParts(doc.paragraphs);
    if (reason !== 'checked') this.updatePreview(reason);
    if (reason !== 'open' && reason !== 'checked') this.autosave.save(doc);
    if (reason === 'checked' && this.revealWhenChecked) this.revealProblems();
    if (reason === 'undo' || reason === 'redo') this.show({ announcement: reason === 'undo' ? 'Undone.' : 'Redone.' });
    const detail: EditorChangeDetail = { story: this.docs.story, problems: this.docs.problems.blocking };
    void this.host.updateComplete.then(() => emit(this.host, 'editor-change', detail));
  }

  /** Another draft is shown: what was unfolded, touched or being edited belonged to the one before. */
  private forgetViewState(): void {
    this.unfolded.clear();
    this.touched.clear();
    this.revealWhenChecked = false;
    this.editing = null;
    this.merging = null;
  }

  /** Before each render: a candidate with a problem shown in its folded fields unfolds them; fixing it leaves them where the person is typing. */
  willUpdate(): void {
    for (const [id, fields] of this.shownProblems(this.docs.problems).candidates) {
      if (Object.keys(fields).some((field) => field !== 'title' && field !== 'date')) this.unfolded.add(id);
    }
  }

  /** A field was changed or left: its problems show from now on. */
  touch(field: string): void {
    if (this.touched.has(field)) return;
    this.touched.add(field);
    this.host.requestUpdate();
  }

  /** Draft, Export or Open was pressed: every problem there is now shows, as if its field had been touched. */
  revealProblems(): void {
    const placed = this.docs.problems;
    for (const field of Object.keys(placed.meta)) this.touched.add(`meta:${field}`);
    for (const [id, fields] of placed.candidates) for (const field of Object.keys(fields)) this.touched.add(`${id}:${field}`);
    this.revealWhenChecked = placed.unchecked > 0;
    this.host.requestUpdate();
  }

  /** The problems to show: those of touched fields (and of every field that had one when Draft, Export or Open was pressed). */
  shownProblems(placed: PlacedProblems): { meta: ProblemsByField; candidates: Map<string, ProblemsByField> } {
    const pick = (fields: ProblemsByField, key: (field: string) => string) =>
      Object.fromEntries(Object.entries(fields).filter(([field]) => this.touched.has(key(field))));
    const candidates = new Map<string, ProblemsByField>();
    for (const [id, fields] of placed.candidates) {
      const shown = pick(fields, (field) => `${id}:${field}`);
      if (Object.keys(shown).length) candidates.set(id, shown);
    }
    return { meta: pick(placed.meta, (field) => `meta:${field}`), candidates };
  }

  /** The candidates in time order. */
  ordered(): Candidate[] {
    const { candidates } = this.docs.doc;
    const order = timeOrder(candidates, this.order);
    if (order !== this.order || this.orderedFor !== candidates) {
      this.order = order;
      this.orderedFor = candidates;
      this.orderedList = order.order.map((i) => candidates[i]);
    }
    return this.orderedList;
  }

  private orderedFor: readonly Candidate[] | null = null;
  private orderedList: Candidate[] = [];

  /** The events `candidate` can be merged with: up to ten before and after it in time, not rejected. */
  mergeChoices(candidate: Candidate, ordered: readonly Candidate[]): Candidate[] {
    const at = ordered.indexOf(candidate);
    return ordered.slice(Math.max(0, at - 10), at + 11).filter((c) => c !== candidate && c.status !== 'rejected');
  }

  /** Starts, changes or (null) cancels an edit in place; a new one takes the focus with its words selected. */
  edit(edit: InPlaceEdit | null): void {
    const before = this.editing;
    this.editing = edit;
    // A title typed is in its field already; a date typed is drawn again for what it reads as.
    const typing = edit !== null && before?.id === edit.id && before.field === edit.field;
    if (typing && edit.field === 'title') return;
    this.host.requestUpdate();
    if (edit && (before?.id !== edit.id || before.field !== edit.field)) void this.focusInCard(edit.id, `#c-${CSS.escape(edit.id)}-${edit.field}`, true);
    else if (!edit && before) void this.focusInCard(before.id, before.field === 'title' ? 'h3 button' : '.meta-line button');
  }

  /** Saves the edit in place: the title as typed, the date once it reads as a date (until then the field stays, saying why). */
  saveEdit(): void {
    const edit = this.editing;
    if (!edit) return;
    const wasFocused = this.host.shadowRoot?.activeElement?.id === `c-${edit.id}-${edit.field}`;
    let value = edit.value;
    if (edit.field === 'date') {
      const reading = this.readDate(edit.value);
      if (!reading.ok) return;
      value = reading.edtf;
    }
    this.editing = null;
    this.touch(`${edit.id}:${edit.field}`);
    this.run({ type: 'set-field', id: edit.id, field: edit.field, value });
    this.host.requestUpdate();
    // Saved by Enter: the focus stays on the card, wherever the new date puts it. Left by Tab or a click: the focus went where it was sent.
    if (wasFocused) void this.focusInCard(edit.id, edit.field === 'title' ? 'h3 button' : '.meta-line button');
  }

  /** A picture file chosen or dropped for event `id`: kept in the draft as a data: URL, once it is a picture the viewer draws and not too big. */
  async pictureFile(id: string, file: File): Promise<void> {
    const candidate = this.docs.doc.candidates.find((c) => c.id === id);
    if (!candidate) return;
    const name = candidate.title || 'the untitled event';
    if (!PICTURE_TYPES[file.type]) {
      this.show({ announcement: `${file.name} is not a picture the timeline can show: choose a JPEG, PNG, WebP, AVIF or SVG file.` });
      return;
    }
    if (file.size > MAX_PICTURE_BYTES) {
      this.show({ announcement: `${file.name} is ${(file.size / 2 ** 20).toFixed(1)} MB: choose a picture of 5 MB or less.` });
      return;
    }
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    const before = candidate.media;
    const picture: Picture = { src: '', alt: before?.alt ?? '', caption: before?.caption ?? '', credit: before?.credit ?? '', file: { name: file.name, type: file.type, dataUrl } };
    if (before?.kept) picture.kept = before.kept;
    this.run({ type: 'set-picture', id, picture });
    this.unfold(id, true);
    this.show({ announcement: `${file.name} is the picture of “${name}”; give it alt text.` });
    void this.focusInCard(id, `#c-${CSS.escape(id)}-picture-alt`);
  }

  /** Asks, on the card, whether to merge `from` into `into`. */
  askMerge(into: string, from: string): void {
    this.merging = { into, from };
    this.host.requestUpdate();
    void this.focusInCard(into, `#c-${CSS.escape(into)}-merge-question`);
  }

  answerMerge(merge: boolean): void {
    const asked = this.merging;
    if (!asked) return;
    this.merging = null;
    const titleOf = (id: string) => this.docs.doc.candidates.find((c) => c.id === id)?.title || 'the untitled event';
    const [into, from] = [titleOf(asked.into), titleOf(asked.from)];
    if (merge && this.run({ type: 'merge', into: asked.into, from: asked.from })) this.show({ announcement: `Merged “${from}” into “${into}”.` });
    this.host.requestUpdate();
    void this.focusInCard(asked.into, 'h3 button');
  }

  /** Draws the card of `id`, brings it into view and moves the focus to `selector` in it. */
  private async focusInCard(id: string, selector: string, select = false): Promise<void> {
    await this.host.updateComplete;
    const card = await this.cards.reveal(id);
    const target = card?.querySelector<HTMLElement>(selector);
    target?.focus();
    if (select && target instanceof HTMLInputElement) target.select();
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
    // A title or date edited in place is not saved yet: undo there is the field's own.
    if (!command || (event.composedPath()[0] as Element).classList?.contains('inline-field')) return;
    // Our history holds every keystroke, so it replaces the fields' own undo.
    event.preventDefault();
    if (command === 'undo') this.docs.undo();
    else this.docs.redo();
  };

  async draft(): Promise<void> {
    const { text, meta } = this.docs.doc;
    this.revealProblems();
    if (!/\S/.test(text)) {
      this.show({ draftError: 'Paste the article text, or open a file, before drafting.' });
      return;
    }
    this.show({ drafting: true });
    const published = meta.published.trim();
    let result: DraftResult;
    try {
      result = await this.drafter.article(text, { published: published || undefined, title: meta.title, publisher: meta.publisher, url: meta.url, sourceId: this.docs.doc.sourceId });
    } catch (error) {
      this.show({ drafting: false, draftError: `The article could not be drafted: ${error instanceof Error ? error.message : String(error)}` });
      return;
    } finally {
      this.show({ drafting: false });
    }
    const dateProblem = result.problems.find((p) => p.path === 'published');
    if (dateProblem || (result.unresolved.length && !published)) {
      const phrases = result.unresolved.slice(0, 3).map((u) => `“${u.phrase}” in ${u.paragraph}`).join(', ');
      this.show({
        draftError: dateProblem
          ? `${dateProblem.message} Choose the day the article was published to draft.`
          : `The text has relative dates (${phrases}${result.unresolved.length > 3 ? ', …' : ''}): give the publication date to draft them.`,
      });
      this.host.renderRoot.querySelector<HTMLInputElement>('#published')?.focus();
      return;
    }
    this.show({ draftError: '' });
    // Drafting and drawing its cards are separate tasks, so neither holds the page for long.
    await nextTask();
    const replaced = this.docs.doc.candidates.length;
    this.run({ type: 'draft', result, text });
    this.revealProblems();
    this.show({ announcement: `${count(result.story.events.length, 'event', 'events')} proposed, to review under Events${replaced ? ' (Undo brings back the ones drafted before)' : ''}.` });
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
    // Parsing, reading and drawing a big story are tasks of their own, so none holds the page long.
    await nextTask();
    try {
      json = JSON.parse(text);
    } catch (error) {
      this.show({ draftError: `${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    await nextTask();
    const opened = openStory(id, json);
    await nextTask();
    if ('error' in opened) {
      this.show({ draftError: `${file.name} cannot be opened: ${opened.error}` });
      return;
    }
    await this.autosave.openNew(opened.doc);
    const events = opened.doc.candidates.length;
    this.revealProblems();
    this.show({
      draftError: '',
      openNotes: opened.notes,
      announcement: `Opened ${file.name} as a new draft with ${count(events, 'event', 'events')} (${from} is kept under Saved drafts).`,
    });
  }

  async newEvent(selection: TextSelection): Promise<void> {
    const { paragraphs, meta } = this.docs.doc;
    const drafted = await this.drafter.newEvent({ paragraphs, paragraphId: selection.paragraph, quote: selection.quote, published: meta.published.trim() });
    // The article was drafted again meanwhile: the words chosen belong to paragraphs no longer there.
    if (!drafted || this.docs.doc.paragraphs !== paragraphs) return;
    if (this.run({ type: 'new-event', paragraph: selection.paragraph, quote: selection.quote, drafted })) {
      const added = this.docs.doc.candidates[this.docs.doc.candidates.length - 1];
      this.show({
        announcement: `New event “${added.title}” from ${selection.paragraph}, ${added.status === 'accepted' ? 'accepted' : 'to review until it has a date'}: type its title.`,
      });
      this.edit({ id: added.id, field: 'title', value: added.title });
    }
  }

  /** Writes what `kind` asks for (the web page, the folder, the story file); with problems, lists them instead. */
  async exportAs(kind: ExportKind): Promise<void> {
    if (!this.readyToExport()) return;
    const input = this.docs.story;
    const files = exportFiles(input.title);
    if (kind === 'json') {
      saveFile(new Blob([storyJson(input)], { type: 'application/json' }), files.json);
    } else {
      const story = validateStory(structuredClone(kind === 'page' ? withoutFilePictures(input, this.docs.doc) : input)).story!;
      if (kind === 'page') {
        saveFile(new Blob([webPage(story, { lang: this.lang(), viewer: { inline: viewerCode } })], { type: 'text/html' }), files.page);
      } else {
        this.show({ busy: 'zip' });
        // Let "Export folder" show it is busy before the main thread zips.
        await nextTask();
        const zip = folderZip(this.docs.doc, story, input, viewerCode, this.lang());
        this.show({ busy: null });
        saveFile(new Blob([zip as BlobPart], { type: 'application/zip' }), files.zip);
      }
    }
    this.confirm(kind, `Exported ${files[kind]}.`);
  }

  /** Opens the web page exactly as Export writes it, in a new tab. */
  openFullPreview(): void {
    if (!this.readyToExport()) return;
    const story = validateStory(structuredClone(withoutFilePictures(this.docs.story, this.docs.doc))).story!;
    const url = URL.createObjectURL(new Blob([webPage(story, { lang: this.lang(), viewer: { inline: viewerCode } })], { type: 'text/html' }));
    window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.show({ announcement: 'The full preview opened in a new tab.' });
  }

  async copyAs(kind: CopyKind): Promise<void> {
    if (kind === 'json' && !this.readyToExport()) return;
    const what = { json: 'The story JSON', embed: 'The embed snippet', iframe: 'The iframe snippet' }[kind];
    try {
      await navigator.clipboard.writeText(kind === 'json' ? storyJson(this.docs.story) : kind === 'embed' ? embedSnippet(this.docs.story.title) : this.iframe());
      this.confirm(`copy-${kind}`, 'Copied.', `${what} is copied.`);
    } catch {
      this.confirm(`copy-${kind}`, 'Not copied: select it and copy it yourself.', `${what} could not be copied here; select it and copy it yourself.`);
    }
  }

  /** The iframe snippet, as tall as the preview's timeline and the page's title above it. */
  iframe(): string {
    return iframeSnippet(exportFiles(this.docs.doc.meta.title).page, this.docs.doc.meta.title.trim(), this.previewHeight + PAGE_HEADER_PX);
  }

  /** The preview's height, for the iframe snippet; kept up to date by a ResizeObserver. */
  private previewHeight = 480;
  private readonly previewSize = typeof ResizeObserver === 'function'
    ? new ResizeObserver(([entry]) => {
        const height = Math.ceil(entry.borderBoxSize[0].blockSize);
        if (height > 0 && Math.abs(height - this.previewHeight) > 8) {
          this.previewHeight = height;
          this.host.requestUpdate();
        }
      })
    : null;
  private observedPreview: Element | null = null;

  /** After each render: the preview drawn now is the one measured. */
  updated(): void {
    const preview = this.host.renderRoot.querySelector('.preview history-timeline');
    if (preview === this.observedPreview) return;
    if (this.observedPreview) this.previewSize?.unobserve(this.observedPreview);
    if (preview) this.previewSize?.observe(preview);
    this.observedPreview = preview;
  }

  /** Export may go ahead: events checked and no problem; else the problems are shown and listed, and said. */
  private readyToExport(): boolean {
    const problems = this.docs.problems;
    if (problems.unchecked || this.docs.story.events.length === 0) return false;
    if (!problems.blocking.length) {
      if (this.status.listProblems) this.show({ listProblems: false });
      return true;
    }
    this.revealProblems();
    const n = problems.blocking.length;
    this.show({ listProblems: true, confirmation: null, announcement: `${count(n, 'problem stops', 'problems stop')} the export; ${n === 1 ? 'it is' : 'they are'} listed under Export.` });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#export-state')?.focus());
    return false;
  }

  /** Says what an export or copy did, next to its button and in the polite live region. */
  private confirm(action: Confirmation['action'], text: string, announcement = text): void {
    this.show({ confirmation: { action, text }, announcement });
  }

  /** A date typed in the editor, read in the page's language and against the article's publication date. */
  readDate(text: string): DateReading {
    return readDateInput(text, this.lang(), this.docs.doc.meta.published);
  }

  /** The page's language, for dates typed (their day/month order) and the exported page: the editor's, the document's, or English. */
  private lang(): string {
    return this.host.closest('[lang]')?.getAttribute('lang') || 'en';
  }
}

/** What the exported page puts above the timeline: its title, the source line and the page's margins (px). */
const PAGE_HEADER_PX = 140;

/** Saves `blob` as a file named `name` (a download). */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
