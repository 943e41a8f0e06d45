import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import { mergeEvents, mergeStory, newestEvent, type LiveMerge } from '../../model/live-merge';
import type { Problem, Story, TimelineEvent } from '../../model/types';
import { readStory } from '../../model/read-story';
import type { Said } from '../../model/validation/problems';
import type { TimelineViewDetail } from '../events';
import { renderLiveBar } from '../views/live-bar';

/** Polling is never more often than this, whatever `live` says. */
export const MIN_POLL_SECONDS = 10;
/** A new event counts as seen once its mark has been in view this long. */
export const SEEN_MS = 3000;
/** The log keeps this many summaries: a screen reader reads the one added. */
const LOG_LENGTH = 5;

/** What the live controller reads from and asks of the element. */
export interface LiveDeps {
  /** The story shown (validated), or null before one is. */
  story(): Story | null;
  /** Shows `story` in place of the one shown, keeping the reader's view. */
  show(story: Story): void;
  report(problems: Problem[]): void;
  /** Words the validator's problems (validation/messages.ts, which come with the later parts). */
  sentence(said: Said | string): string;
  /** Brings an event into view, moving as the reader's motion settings allow. */
  reveal(event: TimelineEvent): void;
  /** Whether the view is moving now (a gesture or an animation). */
  moving(): boolean;
  /** The URL to poll, and every how many seconds (null: not polled). */
  src(): string | undefined;
  seconds(): number | null;
  /** Ids of the events whose marks are drawn in the view now. */
  drawn(): readonly string[];
  messages(): Translation;
  /** Gives focus to the bar's Pause button (after the updates button it replaces goes). */
  focusPause(): void;
  /** The view is the one a story opens on, so follow mode starts on. */
  followsAtFirst(): boolean;
  /** The view shown now, or null before a story is. */
  view(): TimelineViewDetail | null;
}

/** What a call of `addEvents` or `updateEvent` did. */
export interface LiveUpdateResult {
  added: string[];
  updated: string[];
  problems: Problem[];
}

/**
 * A live story: events added by the page or by a newer version of `src`, polled with ETags.
 * In follow mode (until the reader moves the view or focuses an event) the newest event is
 * brought into view; otherwise the updates are counted for the "new updates" button. Paused,
 * updates are held back and counted. New events are marked until their mark has been in view
 * for SEEN_MS; each batch is summed up in one line of a polite log.
 */
export class LiveController implements ReactiveController {
  follow = true;
  paused = false;
  /** Updates that came while the reader was away from the latest: the button's count. */
  unseen = 0;
  /** The summaries announced, newest last. */
  readonly log: string[] = [];
  /** The story with the updates held back while paused; null when none are. */
  private held: Story | null = null;
  private readonly heldIds = new Set<string>();
  /** New events by id: when their mark came into view (0: not in view yet). */
  private readonly fresh = new Map<string, number>();
  /** The marks drawn at the last ageing: the only fresh ones that can be in view since. */
  private drawnLast: ReadonlySet<string> = new Set();
  /** The view the controller last put or found at rest; another at rest was the reader's. */
  private restingView: TimelineViewDetail | null = null;
  /** The controller moved the view: the next view at rest is its own. */
  private ownMove = false;
  private etag: string | null = null;
  private polled: { src: string; seconds: number } | null = null;
  private pollTimer?: ReturnType<typeof setTimeout>;
  private seenTimer?: ReturnType<typeof setTimeout>;
  private connected = false;
  /** The problems of the polled file reported so far, so an unchanged bad event is reported once. */
  private reported = new Set<string>();
  private failing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly deps: LiveDeps,
  ) {
    host.addController(this);
    this.follow = deps.followsAtFirst();
    this.restingView = deps.view();
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    if (this.connected) return;
    this.connected = true;
    // On the shadow root: a move of focus inside it never reaches the host as focusin.
    this.host.shadowRoot?.addEventListener('focusin', this.onFocusIn as EventListener);
    this.polled = null;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.host.shadowRoot?.removeEventListener('focusin', this.onFocusIn as EventListener);
    clearTimeout(this.pollTimer);
    clearTimeout(this.seenTimer);
    this.polled = null;
  }

  /** Ages the new marks this update lays out, before it renders them: a mark seen now is drawn as seen without a second update. */
  hostUpdate(): void {
    this.ageFresh();
  }

  /** Starts, restarts or stops polling when `src` or `live` changed. */
  hostUpdated(): void {
    const src = this.deps.src();
    const seconds = this.deps.seconds();
    const wanted = src && seconds !== null && this.connected ? { src, seconds: Math.max(MIN_POLL_SECONDS, seconds) } : null;
    if (wanted?.src !== this.polled?.src || wanted?.seconds !== this.polled?.seconds) {
      clearTimeout(this.pollTimer);
      if (wanted?.src !== this.polled?.src) this.etag = null;
      this.polled = wanted;
      if (wanted) this.schedulePoll();
    }
  }

  /** A new story replaced the one shown: what was live about the old one is gone. */
  reset(): void {
    this.follow = true;
    this.unseen = 0;
    this.held = null;
    this.heldIds.clear();
    this.fresh.clear();
    this.restingView = null;
    this.reported.clear();
    this.etag = null;
  }

  /** The event is new and not seen yet. */
  isNew(id: string): boolean {
    return this.fresh.has(id);
  }

  /** How many updates wait while paused. */
  get queued(): number {
    return this.heldIds.size;
  }

  /** `addEvents()`: new events, validated; a bad one is reported and left out. */
  addEvents(events: unknown): LiveUpdateResult {
    return this.applyEvents(events, 'add', 'addEvents');
  }

  /** `updateEvent()`: an event of the story, changed. */
  updateEvent(event: unknown): LiveUpdateResult {
    return this.applyEvents([event], 'update', 'updateEvent');
  }

  private applyEvents(events: unknown, mode: 'add' | 'update', label: string): LiveUpdateResult {
    const base = this.held ?? this.deps.story();
    if (!base) {
      const problems = [{ path: label, message: `${label}(): there is no story yet to change; set src or story first.` }];
      this.deps.report(problems);
      return { added: [], updated: [], problems };
    }
    if (!Array.isArray(events)) {
      const problems = [{ path: label, message: `${label}() takes an array of events, not ${events === null ? 'null' : typeof events}.` }];
      this.deps.report(problems);
      return { added: [], updated: [], problems };
    }
    const merge = mergeEvents(base, events, mode, label, this.deps.sentence);
    if (merge.problems.length) this.deps.report(merge.problems);
    this.apply(merge);
    return { added: merge.added, updated: merge.updated, problems: merge.problems };
  }

  /** A batch merged: shown (and followed) now, or held back while paused. */
  private apply(merge: Omit<LiveMerge, 'problems'>): void {
    const changed = [...merge.added, ...merge.updated];
    if (!changed.length) return;
    for (const id of merge.added) this.fresh.set(id, 0);
    this.announce(merge);
    if (this.paused) {
      this.held = merge.story;
      for (const id of changed) this.heldIds.add(id);
      this.host.requestUpdate();
      return;
    }
    this.showStory(merge.story, changed.length);
  }

  private showStory(story: Story, changes: number): void {
    this.deps.show(story);
    this.ownMove = true;
    if (this.follow) this.showLatest();
    else this.unseen += changes;
    this.host.requestUpdate();
  }

  private showLatest(): void {
    const newest = newestEvent(this.deps.story()?.events ?? []);
    if (!newest) return;
    this.ownMove = true;
    this.deps.reveal(newest);
  }

  /** One line for the log: "2 new events: A and B", and what was updated. */
  private announce(merge: Omit<LiveMerge, 'problems'>): void {
    const t = this.deps.messages();
    const titles = (ids: string[]) => t.list(ids.map((id) => merge.story.events.find((e) => e.id === id)?.title ?? id));
    const parts: string[] = [];
    if (merge.added.length) parts.push(t.plural('liveAdded', merge.added.length, { titles: titles(merge.added) }));
    if (merge.updated.length) parts.push(t.plural('liveChanged', merge.updated.length, { titles: titles(merge.updated) }));
    this.log.push(parts.join('. '));
    if (this.log.length > LOG_LENGTH) this.log.shift();
  }

  /** The Pause / Resume button: held updates are shown on resume. */
  togglePause(): void {
    this.paused = !this.paused;
    if (!this.paused && this.held) {
      const held = this.held;
      const count = this.heldIds.size;
      this.held = null;
      this.heldIds.clear();
      this.showStory(held, count);
    }
    this.host.requestUpdate();
  }

  /** The "new updates" button: show the latest, and follow again. */
  jumpToLatest(): void {
    this.follow = true;
    this.unseen = 0;
    this.showLatest();
    this.host.requestUpdate();
    // The button goes with the count: focus stays in the bar.
    void this.host.updateComplete?.then(() => this.deps.focusPause());
  }

  /** The reader panned or zoomed (a gesture, which may interrupt the controller's own move). */
  readerMoved(): void {
    this.ownMove = false;
    this.stopFollowing();
  }

  /**
   * The view changed (at most once a frame). At rest, a view other than the one the controller
   * last put or found is the reader's (or the page's) doing, and ends follow mode.
   */
  viewChanged(view: TimelineViewDetail): void {
    if (this.deps.moving()) return;
    const own = this.ownMove || this.restingView === null;
    this.ownMove = false;
    const before = this.restingView;
    this.restingView = view;
    if (!own && before && (before.start !== view.start || before.end !== view.end)) this.stopFollowing();
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    // Focus on an event (a mark, a list item) is the reader reading it.
    const target = event.target;
    if (target instanceof Element && target.closest('[data-event-id]')) this.stopFollowing();
  };

  private stopFollowing(): void {
    if (!this.follow) return;
    this.follow = false;
    this.host.requestUpdate();
  }

  /** New events whose marks have been in view for SEEN_MS are seen; a check is set for the next. */
  private ageFresh(): void {
    if (!this.fresh.size) return;
    const now = performance.now();
    const drawn = new Set(this.deps.drawn());
    let next = Infinity;
    // Out of view it waits to be seen again: only those drawn last time can have left (most of a live story is out of view, and not walked).
    for (const id of this.drawnLast) if (!drawn.has(id) && this.fresh.get(id)) this.fresh.set(id, 0);
    this.drawnLast = drawn;
    for (const id of drawn) {
      const since = this.fresh.get(id);
      if (since === undefined) continue;
      if (!since) {
        this.fresh.set(id, now);
        next = Math.min(next, SEEN_MS);
      } else if (now - since >= SEEN_MS) {
        this.fresh.delete(id);
      } else next = Math.min(next, SEEN_MS - (now - since));
    }
    clearTimeout(this.seenTimer);
    // While the view moves, each of its frames' updates ages them: an update of the timer's own would render that frame twice.
    if (next < Infinity) this.seenTimer = setTimeout(() => this.deps.moving() || this.host.requestUpdate(), next + 16);
  }

  private schedulePoll(): void {
    const polled = this.polled;
    if (!polled) return;
    this.pollTimer = setTimeout(() => void this.poll(polled).finally(() => this.polled === polled && this.schedulePoll()), polled.seconds * 1000);
  }

  /** Asks for `src` again: an unchanged file (304) costs nothing; a changed one is merged in. */
  async poll(polled = this.polled): Promise<void> {
    if (!polled) return;
    const { src } = polled;
    try {
      const response = await fetch(src, { cache: 'no-store', headers: this.etag ? { 'If-None-Match': this.etag } : {} });
      this.failing = false;
      if (response.status === 304 || this.polled !== polled) return;
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      const etag = response.headers.get('ETag');
      const { result, problems: said } = readStory(await response.json());
      said.sayAll(this.deps.sentence);
      if (this.polled !== polled) return;
      this.etag = etag;
      const problems = result.problems.filter((p) => !this.reported.has(p.path + p.message));
      for (const p of problems) this.reported.add(p.path + p.message);
      if (problems.length) this.deps.report(problems);
      const shown = this.held ?? this.deps.story();
      if (result.story && shown) this.apply(mergeStory(shown, result.story));
    } catch (error) {
      // Said once per run of failures; the next poll tries again.
      if (this.failing) return;
      this.failing = true;
      this.deps.report([{ path: 'src', message: `Could not check ${src} for updates: ${(error as Error).message || 'network error'}. Trying again in ${polled.seconds} s.` }]);
    }
  }

  /** The bar above the timeline: Pause, the updates button, the log. */
  render(messages: Translation): TemplateResult {
    return renderLiveBar({
      follow: this.follow,
      paused: this.paused,
      unseen: this.unseen,
      queued: this.queued,
      log: this.log,
      togglePause: () => this.togglePause(),
      jumpToLatest: () => this.jumpToLatest(),
      messages,
    });
  }
}
