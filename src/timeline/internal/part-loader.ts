import { adoptStyles, type ReactiveElement } from 'lit';
import type { LiveController, LiveUpdateResult } from '../controllers/live-controller';
import { UNSAID, loadLaterParts, loadLivePart } from '../parts';
import { withLaterStyles } from '../styles';
import type { LaterParts } from './later-parts';
import type { Said } from '../../model/validation/problems';
import type { TimelineHost, TimelineInternals } from './timeline-internals';

/**
 * The parts a timeline loads after its first frame (../parts.ts): the later parts (story mode,
 * search, the list and chronology, the source view, print, the overview's window) and a live
 * story's part; and the first frame held, drawing only its room, until what it needs is there.
 */
export class PartLoader {
  /** The later parts once loaded; null before, and for good when their file could not be loaded. */
  later: LaterParts | null = null;
  state: 'not asked' | 'loading' | 'loaded' | 'failed' = 'not asked';
  private laterPromise: Promise<void> | null = null;
  /** A live story's controller, once `live` or addEvents() asked for it. */
  live: LiveController | null = null;
  private livePromise: Promise<LiveController | null> | null = null;
  /** The validator's words (validation/messages.ts), which come with the later parts. */
  private sentence: ((said: Said | string) => string) | null = null;
  /** What the first drawing waits for, drawing only the room it will take meanwhile. */
  firstFrameHeld: Promise<unknown> | null = null;

  constructor(
    private readonly host: TimelineHost,
    private readonly internals: TimelineInternals,
    /** The later and live parts bring English words of their own: the element's words are made again. */
    private readonly wordsChanged: () => void,
  ) {}

  /** What is loading that the element will draw once it is there: its `updateComplete` waits for it too. */
  get loading(): Promise<unknown> | null {
    return this.firstFrameHeld ?? (this.state === 'loading' ? this.laterPromise : null);
  }

  /** The first update draws the room it will take, empty, until what it needs has loaded; then it draws. */
  holdFirstFrame(waiting: Promise<unknown>): void {
    const held = (this.firstFrameHeld = waiting.then(() => {
      if (this.firstFrameHeld === held) this.firstFrameHeld = null;
      this.host.requestUpdate();
    }));
  }

  /** Loads the later parts (once), and gives them the story already shown. */
  loadLater(): Promise<void> {
    if (this.state !== 'not asked') return this.laterPromise ?? Promise.resolve();
    this.state = 'loading';
    return (this.laterPromise = loadLaterParts().then((module) => {
      if (!module) {
        this.state = 'failed';
        this.sayProblems();
        this.host.requestUpdate();
        return;
      }
      this.state = 'loaded';
      this.sentence = module.sentence;
      this.sayProblems();
      this.wordsChanged();
      const host = this.host;
      if (host.shadowRoot) adoptStyles(host.shadowRoot, withLaterStyles((host.constructor as typeof ReactiveElement).elementStyles, module.laterStyles));
      const later = module.createLaterParts(host, this.internals);
      this.later = later;
      const loaded = this.internals.loaded;
      if (loaded) {
        later.searching.readFromUrl();
        later.searching.prepare(loaded);
      }
      this.host.requestUpdate();
    }));
  }

  /**
   * Words the shown story's problems and reports them (timeline-error), once the later parts have
   * brought the words, or with a plain sentence for each when they could not be loaded.
   */
  sayProblems(): void {
    if (this.state === 'not asked' || this.state === 'loading') {
      void this.loadLater();
      return;
    }
    const loaded = this.internals.loaded;
    if (!loaded?.problemsWaiting) return;
    loaded.sayProblems(this.sentence ?? (() => UNSAID));
    this.internals.report(loaded.problems);
    this.host.requestUpdate();
  }

  /** Loads a live story's part (once) and makes its controller. */
  loadLive(): Promise<LiveController | null> {
    // The later parts bring the validator's words, which the live part's problems are said in.
    return (this.livePromise ??= Promise.all([loadLivePart(), loadLaterParts()]).then(([module, later]) => {
      this.live = module?.createLive(this.host, this.internals, later?.sentence ?? (() => UNSAID)) ?? null;
      this.wordsChanged();
      this.host.requestUpdate();
      return this.live;
    }));
  }

  /** What a live method gives, once the live part is there; nothing done when it could not be loaded (said once in the console). */
  whenLive(act: (live: LiveController) => LiveUpdateResult | Promise<LiveUpdateResult>): Promise<LiveUpdateResult> {
    return this.loadLive().then((live) => (live ? act(live) : { added: [], updated: [], problems: [] }));
  }

  /** An update's completion, after what loads beside it (if anything does) has drawn too. */
  async drawn(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    for (let loading = this.loading; loading; loading = this.loading) {
      await loading;
      complete = await updateComplete();
    }
    return complete;
  }

  /** After an update that drew a story: the later parts load once this frame is painted. */
  afterDraw(): void {
    if (this.state !== 'not asked' || !this.internals.loaded?.index.count) return;
    requestAnimationFrame(() => setTimeout(() => void this.loadLater()));
  }
}
