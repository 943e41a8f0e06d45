import type { ReactiveControllerHost } from 'lit';
import type { ChangeReason, DocumentController } from '../controllers/document-controller';
import { withoutFilePictures } from '../publish';
import type { StoryInput } from '../../model/types';
import type { LoadedStory } from '../../timeline/loaded-story';
import { validateInSlices } from '../../timeline/loading/sliced-parse';
import { Problems } from '../../model/validation/problems';
import { sentence } from '../../model/validation/messages';
import { ValidatedStory } from '../../timeline/loading/validated-story';
import { yieldToPage } from '../../timeline/loading/yield';

/** Up to this many accepted events the preview follows every edit; a bigger story's is drawn again when asked. */
const LIVE_PREVIEW_EVENTS = 300;

const acceptedIn = (docs: DocumentController) => docs.doc.candidates.reduce((n, c) => (c.status === 'accepted' ? n + 1 : n), 0);

/**
 * The story the editor's preview shows: a small story's after every edit; a big one's (drawing
 * 10,000 events takes longer than a keystroke may) when it is opened, then when the person asks,
 * validated here a slice at a time so that the preview's own task only draws it.
 */
export class StoryPreview {
  story: StoryInput | LoadedStory = { title: '', sources: [], events: [] };
  /** The preview shows a big story as it was before the last edits. */
  behind = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The big story being validated for the preview, if any. */
  private validating: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly docs: DocumentController,
  ) {}

  /** The document changed: follow it, or say the preview is behind. */
  update(reason: ChangeReason): void {
    this.cancel();
    this.behind = false;
    // Counted, not built: a big story's events are not gathered at each keystroke.
    if (acceptedIn(this.docs) <= LIVE_PREVIEW_EVENTS) {
      this.story = withoutFilePictures(this.docs.story, this.docs.doc);
    } else if (reason === 'open' || this.story.events.length === 0) {
      // Drawn in a task of its own, after the cards.
      this.timer = setTimeout(() => void this.redraw(), 50);
    } else {
      this.behind = true;
    }
  }

  /** Draws the preview of the story as it is now: a big one once it is validated, in slices. */
  async redraw(): Promise<void> {
    this.cancel();
    const story = withoutFilePictures(this.docs.story, this.docs.doc);
    if (story.events.length <= LIVE_PREVIEW_EVENTS) return this.show(story);
    const validating = (this.validating = new AbortController());
    try {
      await yieldToPage();
      const validated = new ValidatedStory(await validateInSlices(story, validating.signal, () => undefined, new Problems(sentence)));
      // Indexed in one task, drawn in the next.
      await yieldToPage();
      validating.signal.throwIfAborted();
      this.validating = null;
      this.show(validated);
    } catch (error) {
      if (!validating.signal.aborted) throw error;
    }
  }

  private show(story: StoryInput | LoadedStory): void {
    this.story = story;
    this.behind = false;
    this.host.requestUpdate();
  }

  /** A later change or redraw replaces what is waiting to be drawn. */
  private cancel(): void {
    clearTimeout(this.timer);
    this.validating?.abort();
    this.validating = null;
  }
}
