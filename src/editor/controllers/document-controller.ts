import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StoryInput } from '../../model/types';
import type { EditCommand } from '../edit-commands';
import type { EditorDocument } from '../document';
import { storyOf } from '../export';
import { citersOf, highlightsOf } from '../highlights';
import { canRedo, canUndo, execute, redo, startHistory, undo, type EditHistory } from '../history';
import { ProblemChecker, type PlacedProblems } from '../problems';

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
  private derivedFor: EditorDocument | null = null;
  private derived!: { story: StoryInput; problems: PlacedProblems; highlights: ReturnType<typeof highlightsOf>; citers: ReturnType<typeof citersOf> };
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

  private get values() {
    const doc = this.doc;
    const before = this.derivedFor;
    if (before !== doc) {
      // The quotes and their citers change only with the paragraphs or the candidates: not while the source form is typed in.
      const sameQuotes = before !== null && before.paragraphs === doc.paragraphs && before.candidates === doc.candidates && before.sourceId === doc.sourceId;
      const previous = before === null ? undefined : this.derived;
      this.derived = {
        story: storyOf(doc),
        problems: this.problemsOf(doc),
        highlights: sameQuotes ? previous!.highlights : highlightsOf(doc, previous?.highlights),
        citers: sameQuotes ? previous!.citers : citersOf(doc, previous?.citers),
      };
      this.derivedFor = doc;
    }
    return this.derived;
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
    if (this.derivedFor === this.doc) this.derived = { ...this.derived, problems: this.checker.place(this.doc) };
    this.host.requestUpdate();
    this.onChange(this.doc, 'checked');
  }

  /** Resolves when every candidate of the document is checked. */
  async checked(): Promise<void> {
    while (this.checking) await this.checking;
  }

  /** What Export writes; the same object until the document changes. */
  get story(): StoryInput {
    return this.values.story;
  }

  get problems(): PlacedProblems {
    return this.values.problems;
  }

  get highlights() {
    return this.values.highlights;
  }

  get citers() {
    return this.values.citers;
  }

  hostConnected(): void {}
}
