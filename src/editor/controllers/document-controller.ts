import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StoryInput } from '../../model/types';
import type { EditCommand } from '../edit-commands';
import type { Candidate, EditorDocument } from '../document';
import { storyOf } from '../export';
import { citersOf, highlightsOf, type Highlight } from '../highlights';
import { canRedo, canUndo, execute, redo, startHistory, undo, type EditHistory } from '../history';
import { ProblemChecker, type PlacedProblems } from '../problems';

interface Derived {
  story: StoryInput;
  problems: PlacedProblems;
  highlights: Map<string, Highlight[]>;
  citers: Map<string, Candidate[]>;
}

/** The quotes and their citers change only with the paragraphs or the candidates: not while the source form is typed in. */
const sameQuotes = (doc: EditorDocument, before: EditorDocument) =>
  before.paragraphs === doc.paragraphs && before.candidates === doc.candidates && before.sourceId === doc.sourceId;

export type ChangeReason = 'edit' | 'undo' | 'redo' | 'open' | 'checked';

/** Up to this many unchecked candidates are checked at once; more (a big story opened or drafted) in steps. */
const CHECK_AT_ONCE = 200;
/** A step of a check in steps holds the page at most about this long. */
const STEP_MS = 8;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Holds the document and its undo history; every change goes through `run`, `undo`, `redo` or
 * `open`, and is reported once to `onChange` (autosave, the `editor-change` event). Values derived
 * from the document are computed once per document.
 */
export class DocumentController implements ReactiveController {
  private history: EditHistory;
  private derived: { [K in keyof Derived]?: { doc: EditorDocument; value: Derived[K] } } = {};
  private readonly checker = new ProblemChecker();
  /** The check in steps under way, if any. */
  private checking: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    initial: EditorDocument,
    private readonly onChange: (doc: EditorDocument, reason: ChangeReason) => void,
  ) {
    this.history = startHistory(initial);
    host.addController(this);
  }

  get doc(): EditorDocument {
    return this.history.present;
  }

  get canUndo(): boolean {
    return canUndo(this.history);
  }

  get canRedo(): boolean {
    return canRedo(this.history);
  }

  /** Applies an edit; false when it changed nothing. */
  run(command: EditCommand): boolean {
    return this.replace(execute(this.history, command, Date.now()), 'edit');
  }

  undo(): boolean {
    return this.replace(undo(this.history), 'undo');
  }

  redo(): boolean {
    return this.replace(redo(this.history), 'redo');
  }

  /** Starts over on another document (a restored or new draft), with an empty history. */
  open(doc: EditorDocument, report = true): void {
    this.history = startHistory(doc);
    this.host.requestUpdate();
    if (report) this.onChange(doc, 'open');
  }

  private replace(next: EditHistory, reason: ChangeReason): boolean {
    if (next === this.history) return false;
    this.history = next;
    this.host.requestUpdate();
    this.onChange(next.present, reason);
    return true;
  }

  /** A value derived from the document, made once per document and only when asked for (a big story's first draw needs no story). */
  private derive<K extends keyof Derived>(key: K, make: (doc: EditorDocument, before: Derived[K] | undefined, beforeDoc: EditorDocument | undefined) => Derived[K]): Derived[K] {
    const doc = this.doc;
    const entry = this.derived[key];
    if (entry?.doc === doc) return entry.value as Derived[K];
    const value = make(doc, entry?.value as Derived[K] | undefined, entry?.doc);
    (this.derived as Record<K, { doc: EditorDocument; value: Derived[K] }>)[key] = { doc, value };
    return value;
  }

  /** The problems of `doc`: a few changed candidates are checked now, many in steps that leave the page free between them. */
  private problemsOf(doc: EditorDocument): PlacedProblems {
    const unchecked = this.checker.unchecked(doc);
    if (unchecked.length <= CHECK_AT_ONCE) for (const _ of this.checker.check(doc, unchecked));
    else this.checking ??= this.checkInSteps();
    return this.checker.place(doc);
  }

  private async checkInSteps(): Promise<void> {
    try {
      for (;;) {
        const doc = this.doc;
        const unchecked = this.checker.unchecked(doc);
        if (unchecked.length === 0) break;
        let started = performance.now();
        for (const _ of this.checker.check(doc, unchecked)) {
          if (performance.now() - started < STEP_MS) continue;
          await nextTask();
          started = performance.now();
        }
      }
    } finally {
      this.checking = null;
    }
    if (this.derived.problems?.doc === this.doc) this.derived.problems = { doc: this.doc, value: this.checker.place(this.doc) };
    this.host.requestUpdate();
    this.onChange(this.doc, 'checked');
  }

  /** Resolves when every candidate of the document is checked. */
  async checked(): Promise<void> {
    while (this.checking) await this.checking;
  }

  /** What Export writes; the same object until the document changes. */
  get story(): StoryInput {
    return this.derive('story', (doc) => storyOf(doc));
  }

  get problems(): PlacedProblems {
    return this.derive('problems', (doc) => this.problemsOf(doc));
  }

  get highlights(): Derived['highlights'] {
    return this.derive('highlights', (doc, before, beforeDoc) => (before && sameQuotes(doc, beforeDoc!) ? before : highlightsOf(doc, before)));
  }

  get citers(): Derived['citers'] {
    return this.derive('citers', (doc, before, beforeDoc) => (before && sameQuotes(doc, beforeDoc!) ? before : citersOf(doc, before)));
  }

  hostConnected(): void {}
}
