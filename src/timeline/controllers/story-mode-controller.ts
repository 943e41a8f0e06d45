import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { isPageFocusLost, prefersReducedMotion } from '../../dom';
import { ENGLISH, type Translation } from '../../i18n';
import type { Citation, TimelineEvent } from '../../model/types';
import type { LoadedStory } from '../loaded-story';
import { TITLE_CARD, cardAfter, startCard, storyCommandForKey, swipeCommand, type StoryCommand } from '../story-mode-commands';
import { STORY_CARD_TITLE_ID, renderStoryCard, type StoryLayout } from '../views/story-card';
import { keyInReadingOrder, readsRightToLeft } from '../views/geometry';
import type { FocusController } from './focus-controller';

export interface StoryModeHost extends ReactiveControllerHost, HTMLElement {
  /** The selection is the card: an event's id, or null for the title card. */
  selected: string | null;
  viewMode: string;
  headingLevel: number;
  readonly shadowRoot: ShadowRoot | null;
}

export interface StoryModeDeps {
  story(): LoadedStory | null;
  /** The `start-at` attribute: `title`, `first`, `last` or an event id. */
  startAt(): string | null | undefined;
  /** Seconds per card from the `autoplay` attribute; null or 0: no autoplay. */
  autoplay(): number | null | undefined;
  select(id: string | null): void;
  focus: FocusController;
  showInArticle(citation: Citation): void;
}

interface TouchStart {
  id: number;
  x: number;
  y: number;
  time: number;
}

/**
 * Story mode (`view-mode="story"`): one card at a time, the current card being the selected event
 * (none: the title card), so `select()`, `timeline-select` and `sync-url` work as in every view.
 * Moves come from buttons, keys on the card, a sideways swipe and autoplay; a move the reader makes
 * takes focus to the new card's heading, and focus on a card that is replaced is never lost.
 * Autoplay never runs under reduced motion, pauses on hover and on a hidden tab, and stops for good
 * when focus enters the card (until Play).
 */
export class StoryModeController implements ReactiveController {
  private direction: 'forward' | 'back' = 'forward';
  private shownPosition = TITLE_CARD;
  /** The story start-at was last applied to. */
  private startedStory: LoadedStory | null = null;
  private touch: TouchStart | null = null;
  /** Autoplay: on until the reader pauses it or focus enters the card; hover and a hidden tab hold it. */
  private playing = true;
  private hovered = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerFor: string | null | undefined = undefined;
  private focusWasInStory = false;
  private readonly onVisibility = () => this.schedule();

  constructor(
    private readonly host: StoryModeHost,
    private readonly deps: StoryModeDeps,
  ) {
    host.addController(this);
  }

  /** Story mode is on. */
  get active(): boolean {
    return this.host.viewMode === 'story';
  }

  /** The card shown: TITLE_CARD, or the selected event's position. */
  get position(): number {
    const id = this.host.selected;
    return (id === null ? undefined : this.deps.story()?.positionOf(id)) ?? TITLE_CARD;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.clearTimer();
  }

  /**
   * In the host's willUpdate, before the selection settles: a story newly shown in story mode, or
   * story mode newly entered, opens on the `start-at` card unless something is selected already
   * (the `selected` attribute, or the URL with `sync-url`).
   */
  settle(enteredStoryMode: boolean): void {
    const loaded = this.deps.story();
    const fresh = loaded !== this.startedStory;
    if (!this.active || !loaded?.story) return;
    this.startedStory = loaded;
    if (!(fresh || enteredStoryMode) || this.host.selected !== null) return;
    const target = startCard(this.deps.startAt(), loaded.events.length, (id) => loaded.positionOf(id));
    if (target !== TITLE_CARD) this.deps.select(loaded.events[target].id);
  }

  /** Runs a story command: a reader's move, so focus goes to the new card's heading. */
  run(command: StoryCommand): void {
    const total = this.deps.story()?.events.length ?? 0;
    this.go(cardAfter(command, this.position, total), true);
  }

  /** Shows card `target`; the reader's moves (`moveFocus`) take focus to its heading. */
  private go(target: number, moveFocus: boolean): void {
    const events = this.deps.story()?.events ?? [];
    if (target !== this.position) this.deps.select(target === TITLE_CARD ? null : (events[target]?.id ?? null));
    if (moveFocus) this.deps.focus.focusAfterRender(() => this.focusHeading());
  }

  private focusHeading(): void {
    this.deps.focus.focusOwn(this.host.shadowRoot?.getElementById(STORY_CARD_TITLE_ID));
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const command = storyCommandForKey(keyInReadingOrder(event.key, readsRightToLeft(event.currentTarget as Element | null)), event);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    this.run(command);
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    this.touch = event.pointerType === 'mouse' ? null : { id: event.pointerId, x: event.clientX, y: event.clientY, time: event.timeStamp };
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const touch = this.touch;
    this.touch = null;
    if (!touch || touch.id !== event.pointerId) return;
    // Right to left, the next card comes from the left: a swipe to the right.
    const dx = event.clientX - touch.x;
    const command = swipeCommand(readsRightToLeft(event.currentTarget as Element | null) ? -dx : dx, event.clientY - touch.y, event.timeStamp - touch.time);
    if (command) this.run(command);
  };

  private readonly onPointerEnter = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    this.hovered = true;
    this.schedule();
  };

  private readonly onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    this.hovered = false;
    this.schedule();
  };

  /** Focus inside the card stops autoplay until Play, except on the Pause / Play button itself. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.target as HTMLElement | null;
    if (!this.playing || target?.hasAttribute('data-autoplay')) return;
    this.playing = false;
    this.schedule();
    this.host.requestUpdate();
  };

  private readonly toggleAutoplay = (): void => {
    this.playing = !this.playing;
    this.schedule();
    this.host.requestUpdate();
  };

  /** Autoplay is asked for and may run at all (never under reduced motion). */
  private get autoplaySeconds(): number {
    const seconds = this.deps.autoplay() ?? 0;
    return this.active && Number.isFinite(seconds) && seconds > 0 && !prefersReducedMotion() ? seconds : 0;
  }

  /** Starts, keeps or stops the timer for the card shown. */
  private schedule(): void {
    const seconds = this.autoplaySeconds;
    const total = this.deps.story()?.events.length ?? 0;
    const run = seconds > 0 && this.playing && !this.hovered && !document.hidden && this.host.isConnected && this.position < total - 1;
    if (!run) return this.clearTimer();
    if (this.timer !== null && this.timerFor === this.host.selected) return;
    this.clearTimer();
    this.timerFor = this.host.selected;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.go(this.position + 1, false);
    }, seconds * 1000);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.timerFor = undefined;
  }

  hostUpdate(): void {
    const position = this.position;
    if (position !== this.shownPosition) this.direction = position > this.shownPosition ? 'forward' : 'back';
    this.shownPosition = position;
    const story = this.host.shadowRoot?.querySelector('.story');
    this.focusWasInStory = Boolean(story?.contains(this.host.shadowRoot?.activeElement ?? null));
  }

  /**
   * After each update, once FocusController gave back the focus a render moved: a card that had
   * focus and was replaced gives it to the new card's heading; autoplay's timer follows the card.
   */
  afterRender(): void {
    // The card that had focus was replaced by the next one (a click on the strip, select(), autoplay): focus its heading.
    if (this.focusWasInStory && this.active && (this.host.shadowRoot?.activeElement ?? null) === null && isPageFocusLost()) this.focusHeading();
    this.focusWasInStory = false;
    this.schedule();
  }

  /** The story section: the card and its controls, or nothing outside story mode. */
  render({ locale, messages = ENGLISH, color, layout = 'column' }: { locale: string; messages?: Translation; color?(event: TimelineEvent): string | undefined; layout?: StoryLayout }): unknown {
    const loaded = this.deps.story();
    const story = loaded?.story;
    if (!this.active || !loaded || !story) return nothing;
    const autoplay = this.autoplaySeconds > 0 ? { playing: this.playing, toggle: this.toggleAutoplay } : null;
    const { headingLevel } = this.host;
    return guard([loaded, this.shownPosition, this.direction, locale, messages, headingLevel, autoplay?.playing, layout], () =>
      renderStoryCard({
        storyTitle: story.title,
        description: story.description,
        layout,
        sources: story.sources,
        events: loaded.events,
        position: this.shownPosition,
        direction: this.direction,
        sourceIndex: loaded.sourceIndex,
        locale,
        messages,
        headingLevel,
        color,
        autoplay,
        run: (command) => this.run(command),
        start: () => this.go(0, true),
        showInArticle: (citation) => this.deps.showInArticle(citation),
        onKeyDown: this.onKeyDown,
        onPointerDown: this.onPointerDown,
        onPointerUp: this.onPointerUp,
        onPointerEnter: this.onPointerEnter,
        onPointerLeave: this.onPointerLeave,
        onFocusIn: this.onFocusIn,
      }),
    );
  }
}
