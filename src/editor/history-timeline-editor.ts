import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../define';
import type { StoryInput } from '../model/types';
import { HistoryTimeline } from '../timeline/history-timeline';
import { EditorInternals } from './internal/editor-internals';
import { renderEditor } from './internal/editor-template';
import { tokens } from '../styles/tokens';
import { editorStyles } from './styles';

export type { EditorChangeDetail } from './events';

/**
 * An editor that turns an article into a sourced story: paste or open the text, draft candidate
 * events, review them against the words they quote, and export the story for `<history-timeline>`.
 *
 * @summary Drafts, reviews and exports a sourced story.
 *
 * @attr database - Name of the IndexedDB database drafts are saved in; default `history-timeline-editor`.
 *
 * @fires editor-change - After every edit (and undo, redo, opening a draft, and once a big story's check in steps is done). `detail: { story, problems }`: the story as Export writes it, and the problems that stop Export.
 *
 * @cssproperty [--history-timeline-background=#ffffff] - Background (dark scheme: #15191e); the other `--history-timeline-*` colour tokens of the viewer apply too.
 */
export class HistoryTimelineEditor extends LitElement {
  static override styles = [tokens, editorStyles];

  /** Name of the IndexedDB database drafts are saved in. */
  @property() database = 'history-timeline-editor';

  /** The document, autosave and text selection, wired to this element. */
  private readonly internals = new EditorInternals(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.internals.warmUp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.internals.disconnected();
  }

  /** The story exactly as Export writes it: the accepted events only. */
  get story(): StoryInput {
    return this.internals.docs.story;
  }

  /** Resolves when every change so far is saved in the browser. */
  saved(): Promise<void> {
    return this.internals.autosave.saved();
  }

  protected override willUpdate(): void {
    this.internals.willUpdate();
  }

  protected override updated(): void {
    this.internals.publishing.updated();
  }

  protected override render(): TemplateResult {
    return renderEditor(this.internals);
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
