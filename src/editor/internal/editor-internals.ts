import type { ReactiveControllerHost } from 'lit';
import { requestIdle } from '../../idle';
import { emit } from '../../emit';
import { AutosaveController } from '../controllers/autosave-controller';
import { DocumentController, type ChangeReason } from '../controllers/document-controller';
import { TextSelectionController } from '../controllers/text-selection-controller';
import { timeOrder, type CardOrder } from '../card-order';
import { CardWindowController } from '../controllers/card-window-controller';
import { readDateInput, type DateReading } from '../date-input';
import { emptyDocument, type Candidate, type EditorDocument, type SourceMeta } from '../document';
import { Drafter } from '../drafting/drafter';
import type { NewEventDraft, NewEventRequest } from '../drafting/drafting';
import type { InPlaceEdit } from '../views/candidate';
import type { EditCommand } from '../edit-commands';
import type { DraftResult } from '../../authoring/draft';
import type { EditorChangeDetail } from '../events';
import type { Paragraph, StoryInput } from '../../model/types';
import { storyOf } from '../export';
import { isTimeZone } from '../../model/time-zone';
import { joinBrokenLines } from '../broken-lines';
import type { Confirmation, ExportKind } from '../views/export';
import { count, numeral } from '../words';
import { historyCommandOf } from '../keys';
import { openStory } from '../open-story';
import { idbDraftStore, newDraftId, type DraftStore } from '../storage';
import type { TextSelection } from '../views/article';
import { Publishing } from './publishing';
import { Articles } from './articles';
import { pictureFromFile } from './pictures';
import { ShownProblems } from './shown-problems';
import { HeadlineChecks } from './headline-checks';
import { readinessOf, readinessSentence, type Need, type Readiness } from '../readiness';
import { notReadyReasons, readyToAccept } from '../ready-to-accept';
import { StoryPreview } from './story-preview';

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
  /** An export being written. */
  busy: ExportKind | null;
  /** What the last opened story held that could not be read, one sentence each. */
  openNotes: readonly string[];
  /** The article whose tab is shown: 0 the first, 1 the first added. */
  article: number;
  /** What stands between the draft and a publishable page, said when an edit changed it (a polite live region of its own). */
  readinessSaid: string;
}

/** The ids of the source form's fields. */
const META_FIELD_IDS: Record<keyof SourceMeta, string> = { title: 'title', articleTitle: 'article-title', publisher: 'publisher', url: 'url', published: 'published', timeZone: 'time-zone' };

/** The drafted text is drawn this many paragraphs at a time. */
const ARTICLE_PART = 20;

/** A story opened with more events than this has its source pane drawn after its cards. */
const SOURCE_LATER_EVENTS = 1_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Runs `then` in a task after the next frame is drawn. */
const afterNextFrame = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));

/**
 * The inside of `<history-timeline-editor>`: the document (with its undo history), autosave and
 * the text selection, wired together, and what the editor does with them: draft, open a file, add
 * an event from selected words, export. The element keeps the documented API and the template
 * reads from here. Its controllers have no update hooks, so no update order to keep.
 */
export class EditorInternals {
  status: Readonly<EditorStatus> = { draftError: '', drafting: false, announcement: '', chosenParagraph: '', openNotes: [], confirmation: null, busy: null, article: 0, readinessSaid: '' };
  // View state, neither saved nor undone.
  /** Candidates whose fields are unfolded. */
  readonly unfolded = new Set<string>();
  /** The title or date being edited in place, with the words typed so far. */
  editing: InPlaceEdit | null = null;
  /** A merge asked for and not yet confirmed. */
  merging: { into: string; from: string } | null = null;
  /** The last "Accept all ready", while the document is still the one it made: its Undo is offered beside it. */
  bulkAccepted: { doc: EditorDocument; count: number } | null = null;
  /** The problems shown: those of fields the person has reached. */
  readonly problemsShown: ShownProblems;
  private order: CardOrder | undefined;
  private store: DraftStore | null = null;
  private readonly drafter = new Drafter();
  readonly docs: DocumentController;
  readonly autosave: AutosaveController;
  readonly textSelection: TextSelectionController;
  readonly cards: CardWindowController;

  readonly publishing: Publishing;
  /** The articles of a draft from several: their tabs, adding and removing them, drafting across them. */
  readonly articles: Articles;
  readonly preview: StoryPreview;
  /** Whether the titles of the cards to review read as headlines, for "Accept all ready". */
  readonly headlines: HeadlineChecks;

  constructor(readonly host: EditorHost) {
    this.docs = new DocumentController(host, emptyDocument(''), (doc, reason) => this.changed(doc, reason));
    this.autosave = new AutosaveController(host, {
      store: () => (this.store ??= idbDraftStore(host.database)),
      doc: () => this.docs.doc,
      open: (doc) => this.docs.open(doc),
      report: (message) => this.show({ announcement: message }),
    });
    this.textSelection = new TextSelectionController(host, (selection) => this.draftAhead(selection));
    this.cards = new CardWindowController(host);
    this.publishing = new Publishing(this);
    this.articles = new Articles(this, this.drafter);
    this.preview = new StoryPreview(host, this.docs);
    this.problemsShown = new ShownProblems(host);
    this.headlines = new HeadlineChecks(host, this.drafter);
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

  /** How many paragraphs of the drafted text are drawn: a long article a part at a time, each in a task of its own. */
  articleDrawn = 0;
  private articleFor: readonly Paragraph[] | null = null;
  /** A big story just opened: its source pane (the text, then the paragraphs) is drawn after the frame that draws its cards. */
  sourceLater = false;

  private drawArticleInParts(paragraphs: readonly Paragraph[], later: boolean): void {
    this.articleFor = paragraphs;
    this.articleDrawn = later ? 0 : Math.min(paragraphs.length, ARTICLE_PART);
    this.sourceLater = later;
    const more = () => {
      if (this.articleFor !== paragraphs || this.articleDrawn >= paragraphs.length) return;
      this.articleDrawn = Math.min(paragraphs.length, this.articleDrawn + ARTICLE_PART);
      this.host.requestUpdate();
      setTimeout(more, 0);
    };
    if (!later) {
      setTimeout(more, 0);
      return;
    }
    // Laying out a long text in its field takes a frame of its own (60-100 ms for 114 KB): the cards' frame, then the text's, then the paragraphs.
    afterNextFrame(() => {
      if (this.articleFor !== paragraphs) return;
      this.sourceLater = false;
      this.host.requestUpdate();
      afterNextFrame(more);
    });
  }

  private changed(doc: EditorDocument, reason: ChangeReason): void {
    if (reason === 'open') this.forgetViewState();
    if (doc.paragraphs !== this.articleFor) this.drawArticleInParts(doc.paragraphs, reason === 'open' && doc.candidates.length > SOURCE_LATER_EVENTS);
    if (reason !== 'checked' && reason !== 'frozen') this.preview.update(reason);
    if (reason !== 'open' && reason !== 'checked') this.autosave.save(doc);
    if (reason === 'checked') this.problemsShown.checked(this.docs.problems);
    if (reason === 'undo' || reason === 'redo') this.show({ announcement: reason === 'undo' ? 'Undone.' : 'Redone.' });
    this.readinessChanged(reason);
    this.headlines.want(doc.candidates.filter((c) => c.status === 'pending').map((c) => c.title));
    const detail = this.changeDetail(doc);
    void this.host.updateComplete.then(() => emit(this.host, 'editor-change', detail));
  }

  private readinessFor: { doc: EditorDocument; problems: object; value: Readiness } | null = null;
  private saidReadiness = '';

  /** What stands between the draft and a publishable page, worked out once per document and check. */
  readiness(): Readiness {
    const { doc, problems } = this.docs;
    if (this.readinessFor?.doc !== doc || this.readinessFor.problems !== problems) this.readinessFor = { doc, problems, value: readinessOf(doc, problems) };
    return this.readinessFor.value;
  }

  /** The readiness line is said again when an edit changed it; opening a draft or finishing its check only sets what was said. */
  private readinessChanged(reason: ChangeReason): void {
    const sentence = readinessSentence(this.readiness());
    if (sentence === this.saidReadiness) return;
    this.saidReadiness = sentence;
    if (reason === 'edit' || reason === 'undo' || reason === 'redo') this.show({ readinessSaid: sentence });
  }

  /** Goes to what event `id` needs (its date or title edited in place, or the field under Edit this event), showing its problem there. */
  goToNeed(id: string, need: Need): void {
    const c = this.docs.doc.candidates.find((candidate) => candidate.id === id);
    if (!c) return;
    if (need === 'date' || need === 'readable-date' || need === 'title') {
      const field = need === 'title' ? 'title' : 'date';
      this.touch(`${id}:${field}`);
      this.edit({ id, field, value: c[field] });
      return;
    }
    const fields: Record<typeof need, string[]> = {
      'date-note': ['dateNote'],
      picture: ['media'],
      quote: c.citations.map((_, i) => `quote:${i}`),
      other: Object.keys(this.docs.problems.candidates.get(id) ?? {}),
    };
    for (const field of fields[need]) this.touch(`${id}:${field}`);
    this.unfold(id, true);
    const prefix = `#c-${CSS.escape(id)}`;
    const selector = { 'date-note': `${prefix}-note`, picture: `${prefix}-picture-${c.media?.alt.trim() ? 'src' : 'alt'}`, quote: `${prefix}-picker-0`, other: 'h3 button' }[need];
    void this.focusInCard(id, selector);
  }

  /** Goes to the source form's `field`, showing its problem there. */
  async goToSource(field: keyof SourceMeta): Promise<void> {
    this.articles.selectArticle(0);
    this.touch(`meta:${field}`);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#${META_FIELD_IDS[field]}`)?.focus();
  }

  /** Why each card to review is not ready to accept as it is ([] when it is, null while not known), once every card is checked. */
  notReady(c: Candidate): string[] | null {
    const problems = this.docs.problems;
    if (c.status !== 'pending' || problems.unchecked) return null;
    return notReadyReasons(c, problems.candidates.get(c.id), this.headlines.of(c.title), this.publishedOf(c));
  }

  /** The publication date of the article `c` first quotes, as typed. */
  private publishedOf(c: Candidate): string | undefined {
    const doc = this.docs.doc;
    const source = c.citations[0]?.source;
    return source === doc.sourceId ? doc.meta.published : doc.articles.find((a) => a.sourceId === source)?.published;
  }

  private readyFor: { doc: EditorDocument; problems: object; answers: number; ids: string[] } | null = null;

  /** The cards to review that are ready to accept as they are: a date, a headline title, no problem; worked out once per document, check and headline answer. */
  readyToAccept(): string[] {
    const { doc, problems } = this.docs;
    if (problems.unchecked) return [];
    const answers = this.headlines.answers;
    const last = this.readyFor;
    if (last?.doc === doc && last.problems === problems && last.answers === answers) return last.ids;
    const ids = readyToAccept(doc.candidates, (id) => problems.candidates.get(id), (title) => this.headlines.of(title), (c) => this.publishedOf(c));
    this.readyFor = { doc, problems, answers, ids };
    return ids;
  }

  /** Accepts every card ready as it is, as one edit; its Undo takes the focus. */
  acceptAllReady(): void {
    const ids = this.readyToAccept();
    if (!ids.length || !this.run({ type: 'set-statuses', ids, status: 'accepted' })) return;
    this.bulkAccepted = { doc: this.docs.doc, count: ids.length };
    const left = this.docs.doc.candidates.filter((c) => c.status === 'pending').length;
    this.show({ announcement: `Accepted ${count(ids.length, 'ready event', 'ready events')}${left ? `; ${numeral(left)} still to review, each saying why` : ''}. Undo beside the button takes it back.` });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#undo-accept-ready')?.focus());
  }

  /** Gives the cards "Accept all ready" accepted their states before it, while nothing was edited since. */
  undoAcceptAllReady(): void {
    const bulk = this.bulkAccepted;
    if (!bulk || bulk.doc !== this.docs.doc || !this.docs.undo()) return;
    this.bulkAccepted = null;
    this.show({ announcement: `Undone: ${count(bulk.count, 'event is', 'events are')} to review again.` });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#accept-ready')?.focus());
  }

  /** The story of `doc` is made when a listener reads it: a big story's is not gathered at each keystroke for nobody. */
  private changeDetail(doc: EditorDocument): EditorChangeDetail {
    const docs = this.docs;
    let story: StoryInput | undefined;
    return {
      get story() {
        return (story ??= doc === docs.doc ? docs.story : storyOf(doc));
      },
      problems: this.docs.problems.blocking,
    };
  }

  /** Another draft is shown: what was unfolded, touched or being edited belonged to the one before. */
  private forgetViewState(): void {
    this.unfolded.clear();
    this.problemsShown.forget();
    this.editing = null;
    this.merging = null;
    this.bulkAccepted = null;
    this.status = { ...this.status, article: 0 };
  }

  /** Before each render: a candidate with a problem shown in its folded fields unfolds them; fixing it leaves them where the person is typing. */
  willUpdate(): void {
    for (const [id, fields] of this.problemsShown.of(this.docs.problems).candidates) {
      if (Object.keys(fields).some((field) => field !== 'title' && field !== 'date')) this.unfolded.add(id);
    }
  }

  /** A field was changed or left: its problems show from now on. */
  touch(field: string): void {
    this.problemsShown.touch(field);
  }

  /** Draft, Export or Open was pressed: every problem there is now shows. */
  revealProblems(): void {
    this.problemsShown.revealAll(this.docs.problems);
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

  /**
   * Saves the edit in place: the title as typed, the date once it reads as a date (until then the
   * field stays, saying why). `left`: the edit of a field the focus left, saved only if it is still
   * the one open (Enter in a title can open the date, and the title field's blur must not save that).
   */
  saveEdit(left?: InPlaceEdit): void {
    const edit = this.editing;
    if (!edit || (left && (left.id !== edit.id || left.field !== edit.field))) return;
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
    const undated = !this.docs.doc.candidates.find((c) => c.id === edit.id)?.date.trim();
    // A title saved by Enter on an event with no date goes on to its date, opened just below it: the
    // shortest way from a new event to a dated one. The card is not brought whole into view (its
    // bottom, grown by the field, would scroll the page), so Accept and Reject stay under the pointer.
    if (wasFocused && edit.field === 'title' && undated) {
      this.editing = { id: edit.id, field: 'date', value: '' };
      void this.focusDrawnField(`#c-${CSS.escape(edit.id)}-date`);
    }
    // Saved by Enter: the focus stays on the card, wherever the new date puts it. Left by Tab or a click: the focus went where it was sent.
    else if (wasFocused) void this.focusInCard(edit.id, edit.field === 'title' ? 'h3 button' : '.meta-line button');
  }

  /** A picture file chosen or dropped for event `id` (pictures.ts). */
  pictureFile(id: string, file: File): Promise<void> {
    return pictureFromFile(this, id, file);
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
  /** Focuses a field of a card drawn now, scrolling only if the field itself is out of view. */
  private async focusDrawnField(selector: string): Promise<void> {
    await this.host.updateComplete;
    const field = this.host.renderRoot.querySelector<HTMLInputElement>(selector);
    if (!field) return;
    field.focus({ preventScroll: true });
    const box = field.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) field.scrollIntoView({ block: 'nearest' });
  }

  async focusInCard(id: string, selector: string, select = false): Promise<void> {
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
    const zone = this.docs.doc.meta.timeZone.trim();
    if (zone && !isTimeZone(zone)) {
      // Drafting would keep only the day of every time: the zone is fixed first.
      this.revealProblems();
      this.show({ draftError: `The time zone “${zone}” is not one we know: choose one of the suggestions, a name such as Asia/Kolkata, or leave it empty, before drafting.` });
      this.host.renderRoot.querySelector<HTMLInputElement>('#time-zone')?.focus();
      return;
    }
    if (this.docs.doc.articles.length) return this.articles.draftAll();
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
      result = await this.drafter.article(text, { published: published || undefined, title: meta.title, publisher: meta.publisher, url: meta.url, sourceId: this.docs.doc.sourceId, timeZone: meta.timeZone.trim() || undefined });
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

  private brokenFor: { text: string; joined: ReturnType<typeof joinBrokenLines> } | null = null;

  /** The article's text with its lines broken mid-sentence joined, worked out once per text. */
  brokenLines(): ReturnType<typeof joinBrokenLines> {
    const { text } = this.docs.doc;
    if (this.brokenFor?.text !== text) this.brokenFor = { text, joined: joinBrokenLines(text) };
    return this.brokenFor.joined;
  }

  /** Joins the article's lines broken mid-sentence, as one edit Undo takes back. */
  joinBrokenLines(): void {
    const { text, joined } = this.brokenLines();
    if (!joined || !this.run({ type: 'set-text', text, own: true })) return;
    this.show({ announcement: `${count(joined, 'line', 'lines')} joined to the sentence before ${joined === 1 ? 'it' : 'them'} (Undo brings the breaks back).` });
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

  /** The new event drafted for the last words selected, while the person reaches for the button. */
  private draftedAhead: { request: NewEventRequest; drafted: Promise<NewEventDraft | null> } | null = null;

  /** What drafting needs for a new event from words selected in article `source`. */
  private newEventRequest(selection: TextSelection, source: string): NewEventRequest {
    const doc = this.docs.doc;
    const added = doc.articles.find((a) => a.sourceId === source);
    const paragraphs = added ? added.paragraphs : doc.paragraphs;
    const published = (added ? added.published : doc.meta.published).trim();
    return { paragraphs, paragraphId: selection.paragraph, quote: selection.quote, published };
  }

  /** Words selected in the shown article are drafted as a new event at once: "New event from this quote" then finds it drafted (the first in a long or new script takes the worker 50-600 ms). */
  private draftAhead(selection: TextSelection): void {
    const doc = this.docs.doc;
    const shown = this.status.article === 0 ? doc.sourceId : doc.articles[this.status.article - 1]?.sourceId;
    if (shown === undefined) return;
    const request = this.newEventRequest(selection, shown);
    const drafted = this.drafter.newEvent(request);
    // Asked for nobody yet: a failure is reported when the button asks for it.
    drafted.catch(() => {});
    this.draftedAhead = { request, drafted };
  }

  /** A new event from words selected in article `source` (by default the first). */
  async newEvent(selection: TextSelection, source = this.docs.doc.sourceId): Promise<void> {
    const doc = this.docs.doc;
    const request = this.newEventRequest(selection, source);
    const ahead = this.draftedAhead;
    const same = ahead && (Object.keys(request) as (keyof NewEventRequest)[]).every((key) => ahead.request[key] === request[key]);
    const drafted = await (same ? ahead.drafted : this.drafter.newEvent(request));
    // The article was drafted again meanwhile: the words chosen belong to paragraphs no longer there.
    if (!drafted || this.docs.doc.paragraphs !== doc.paragraphs || this.docs.doc.articles !== doc.articles) return;
    const before = new Set(this.docs.doc.candidates.map((c) => c.id));
    if (this.run({ type: 'new-event', paragraph: selection.paragraph, quote: selection.quote, drafted, source })) {
      // It takes its place in the article's order, not the end.
      const added = this.docs.doc.candidates.find((c) => !before.has(c.id))!;
      this.show({
        announcement: `New event “${added.title}” from ${selection.paragraph}, ${added.status === 'accepted' ? 'accepted: type its title.' : 'to review until it has a date: type its title, then Enter for its date.'}`,
      });
      this.edit({ id: added.id, field: 'title', value: added.title });
    }
  }

  /**
   * A date typed in the editor, read in the page's language, against the article's publication
   * date, in the story's time zone; a time typed alone goes on the day of the card being edited.
   */
  readDate(text: string): DateReading {
    const doc = this.docs.doc;
    const editing = this.editing?.field === 'date' ? this.editing.id : undefined;
    const cardDate = editing === undefined ? undefined : doc.candidates.find((c) => c.id === editing)?.date;
    return readDateInput(text, this.lang(), doc.meta.published, { timeZone: doc.meta.timeZone.trim() || undefined, cardDate });
  }

  /** The page's language, for dates typed (their day/month order) and the exported page: the editor's, the document's, or English. */
  lang(): string {
    return this.host.closest('[lang]')?.getAttribute('lang') || 'en';
  }
}
