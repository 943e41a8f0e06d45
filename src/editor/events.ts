import type { Problem, StoryInput } from '../model/types';

/** `detail` of `editor-change`: the story as Export writes it, and what stops the export. */
export interface EditorChangeDetail {
  story: StoryInput;
  /** Problems of the source and the accepted events; Export waits until there are none. */
  problems: Problem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'editor-change': CustomEvent<EditorChangeDetail>;
  }
}
