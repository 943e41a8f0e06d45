import type { ReactiveControllerHost } from 'lit';
import type { ChangeReason, DocumentController } from '../controllers/document-controller';
import { withoutFilePictures } from '../publish';
import type { StoryInput } from '../../model/types';

/** Up to this many accepted events the preview follows every edit; a bigger story's is drawn again when asked. */
const LIVE_PREVIEW_EVENTS = 300;

/**
 * The story the editor's preview shows: a small story's after every edit; a big one's (drawing
 * 10,000 events takes longer than a keystroke may) when it is opened, then when the person asks.
 */
export class StoryPreview {
  story: StoryInput = { title: '', sources: [], events: [] };
  /** The preview shows a big story as it was before the last edits. */
  behind = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly docs: DocumentController,
  ) {}

  /** The document changed: follow it, or say the preview is behind. */
  update(reason: ChangeReason): void {
    clearTimeout(this.timer);
    const story = withoutFilePictures(this.docs.story, this.docs.doc);
    this.behind = false;
    if (story.events.length <= LIVE_PREVIEW_EVENTS) {
      this.story = story;
    } else if (reason === 'open' || this.story.events.length === 0) {
      // Drawn in a task of its own, after the cards.
      this.timer = setTimeout(() => this.redraw(), 50);
    } else {
      this.behind = true;
    }
  }

  /** Draws the preview of the story as it is now. */
  redraw(): void {
    this.story = withoutFilePictures(this.docs.story, this.docs.doc);
    this.behind = false;
    this.host.requestUpdate();
  }
}
