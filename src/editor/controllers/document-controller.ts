import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Source, StoryInput } from '../../model/types';
import type { EditCommand } from '../edit-commands';
import type { Candidate, EditorDocument } from '../document';
import { storyOf, storySources } from '../export';
import { citersOf, citersReplacing, highlightsOf, replacedKeepingQuotes, type Highlight } from '../highlights';
import { canRedo, canUndo, changeEvery, execute, redo, startHistory, undo, type EditHistory } from '../history';
import { idsToFreeze, withFrozenIds } from '../event-ids';
import { ProblemChecker, type PlacedProblems } from '../problems';
import { yieldToPage } from '../../timeline/loading/yield';

interface Derived {
  story: StoryInput;
  sources: Source[];
  problems: PlacedProblems;
  highlights: Map<string, Highlight[]>;
  citers: Map<string, Candidate[]>;
}

/** The story's sources are made of these only: an edit of an event leaves them as they were. */
const sameSources = (doc: EditorDocument, before: EditorDocument) =>
  before.meta === doc.meta && before.sourceId === doc.sourceId && before.paragraphs === doc.paragraphs && before.articles === doc.articles && before.otherSources === doc.otherSources && before.kept.source === doc.kept.source;

/**
 * The candidates `doc` replaced in `before` with the same quotes (typing a title or a summary, a
 * decision), or null when the quotes may have changed: with the paragraphs, the source, or what
 * any candidate quotes. The source form typed in replaces none.
 */
function quotesKept(doc: EditorDocument, before: EditorDocument): [Candidate, Candidate][] | null {
  if (before.paragraphs !== doc.paragraphs || before.sourceId !== doc.sourceId) return null;
  return before.candidates === doc.candidates ? [] : replacedKeepingQuotes(before.candidates, doc.candidates);
}

/** `frozen`: an export froze the events' ids (nothing the preview shows changed). */
export type ChangeReason = 'edit' | 'undo' | 'redo' | 'open' | 'checked' | 'frozen';

/** Up to this many unchecked candidates are checked at once; more (a big story opened or drafted) in steps. */
const CHECK_AT_ONCE = 200;
/** A check in steps takes this many candidates at a time, so the events it validates are gathered in short tasks too. */
const CHECK_PART = 1_000;
/** A step of a check in steps holds the page at most about this long. */
const STEP_MS = 8;


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

  /**
   * Records that the story was exported: the ids its events went out with stay theirs in every
   * document of the history, so neither a retitle nor an undo changes a published link. Not a step
   * of undo; autosave keeps it.
   */
  freezeIds(): void {
    const frozen = idsToFreeze(this.doc);
    if (Object.keys(frozen).length) this.replace(changeEvery(this.history, (doc) => withFrozenIds(doc, frozen)), 'frozen');
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
        // The draw that asked for the check comes first; then each part of the events is gathered in a step of its own.
        await yieldToPage();
        const doc = this.doc;
        const unchecked = this.checker.unchecked(doc).slice(0, CHECK_PART);
        if (unchecked.length === 0) break;
        let started = performance.now();
        for (const _ of this.checker.check(doc, unchecked)) {
          if (performance.now() - started < STEP_MS) continue;
          await yieldToPage();
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

  /** The story's sources as Export writes them; the same list until one of them changes. */
  get sources(): Source[] {
    return this.derive('sources', (doc, before, beforeDoc) => (before && sameSources(doc, beforeDoc!) ? before : storySources(doc)));
  }

  get problems(): PlacedProblems {
    return this.derive('problems', (doc) => this.problemsOf(doc));
  }

  /** Found again only when what is quoted changed: typing in a story of 10,000 events searches no quote. */
  get highlights(): Derived['highlights'] {
    return this.derive('highlights', (doc, before, beforeDoc) => (before && quotesKept(doc, beforeDoc!) ? before : highlightsOf(doc, before)));
  }

  /** With the same quotes, only the lists naming a replaced candidate are new (they show its title). */
  get citers(): Derived['citers'] {
    return this.derive('citers', (doc, before, beforeDoc) => {
      const replaced = before ? quotesKept(doc, beforeDoc!) : null;
      return replaced ? citersReplacing(before!, replaced, doc.sourceId) : citersOf(doc, before);
    });
  }

  hostConnected(): void {}
}
