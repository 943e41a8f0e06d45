import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StoryInput } from '../../model/types';
import type { EditCommand } from '../edit-commands';
import type { EditorDocument } from '../document';
import { storyOf } from '../export';
import { citersOf, highlightsOf } from '../highlights';
import { canRedo, canUndo, execute, redo, startHistory, undo, type EditHistory } from '../history';
import { placeProblems, type PlacedProblems } from '../problems';

export type ChangeReason = 'edit' | 'undo' | 'redo' | 'open';

/**
 * Holds the document and its undo history; every change goes through `run`, `undo`, `redo` or
 * `open`, and is reported once to `onChange` (autosave, the `editor-change` event). Values derived
 * from the document are computed once per document.
 */
export class DocumentController implements ReactiveController {
  private history: EditHistory;
  private derivedFor: EditorDocument | null = null;
  private derived!: { story: StoryInput; problems: PlacedProblems; highlights: ReturnType<typeof highlightsOf>; citers: ReturnType<typeof citersOf> };

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
    if (this.derivedFor !== doc) {
      this.derived = { story: storyOf(doc), problems: placeProblems(doc), highlights: highlightsOf(doc), citers: citersOf(doc) };
      this.derivedFor = doc;
    }
    return this.derived;
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
