import type { ReactiveControllerHost } from 'lit';
import { isPageFocusLost } from '../../dom';

export interface FocusHost extends ReactiveControllerHost, HTMLElement {
  readonly shadowRoot: ShadowRoot | null;
}

export interface FocusDeps {
  /** The timeline area: focus waits there while the mark it is heading for is not drawn. */
  viewport(): HTMLElement | null | undefined;
  /** The rendered mark of an event, if it has one. */
  markFor(id: string): HTMLElement | null;
  /** The id of the event whose mark `node` is or is inside. */
  eventIdOf(node: EventTarget | null): string | undefined;
  /** Nothing is moving the view: no gesture, no animation, no reveal under way. */
  atRest(): boolean;
}

/**
 * Keyboard focus among the marks, in one place: the one tab stop (roving tabindex), the event the
 * keyboard is heading for while the view brings it in, and focus that a render moved or removed.
 * Focus never falls out of the element because a zoom removed the focused mark: it waits on the
 * timeline area, and goes to the mark it is heading for once that is drawn. Moving focus yourself
 * (Tab, a click) cancels the wait. Not a host controller: the element calls `beforeRender()` last in
 * its willUpdate and `afterRender()` in its `updated()`, after the outbox and the reveal.
 */
export class FocusController {
  /** The event that holds the tab stop among the marks. */
  active: string | null = null;
  /** The drawn mark that holds the tab stop this render, and the cluster that does when no mark is drawn. */
  tabStop: string | null = null;
  clusterTabStop: number | null = null;
  /** An event whose mark takes focus once drawn: where the keyboard is heading. */
  private heading: string | null = null;
  private focusedBeforeRender: HTMLElement | null = null;
  private wasInViewport = false;
  /** The last render removed the element that had focus. */
  private lostInRender = false;
  /** Focus is being moved by this controller, not by the reader. */
  private moving = false;
  /** One-shot focus moves waiting for the render that draws their target. */
  private pendingMoves: (() => void)[] = [];

  constructor(
    private readonly host: FocusHost,
    private readonly deps: FocusDeps,
  ) {}

  /** The event the timeline area holds focus for while its mark is not drawn, if any. */
  get heldFor(): string | null {
    return this.heading;
  }

  /** Gives `id` the tab stop and sends focus to its mark once it is drawn. */
  headFor(id: string): void {
    this.active = id;
    this.heading = id;
    this.host.requestUpdate();
  }

  /** The reader took over the view (a gesture), or the story changed: stop heading for a mark. */
  stopHeading(): void {
    this.heading = null;
  }

  /** A new story: keep the tab stop on the same event if it has one, else its first event. */
  resetForStory(has: (id: string) => boolean, first: string | null): void {
    this.heading = null;
    if (this.active === null || !has(this.active)) this.active = first;
  }

  /**
   * Chooses the tab stop among the drawn marks (in time order): the active event if drawn; else
   * the focused mark, so Shift+Tab from it leaves the events rather than landing on another one;
   * else the first. With only clusters drawn, the first cluster.
   */
  chooseTabStops(drawn: readonly string[], firstCluster: number | null): void {
    const focused = this.deps.eventIdOf(this.host.shadowRoot?.activeElement ?? null);
    const isDrawn = (id: string | null | undefined): id is string => Boolean(id) && drawn.includes(id!);
    this.tabStop = [this.active, focused].find(isDrawn) ?? drawn[0] ?? null;
    this.clusterTabStop = this.tabStop === null ? firstCluster : null;
  }

  /** Moves focus to `target` as this element's own move (not the reader's). */
  focusOwn(target: HTMLElement | null | undefined): void {
    this.moving = true;
    try {
      target?.focus({ preventScroll: true });
    } finally {
      this.moving = false;
    }
  }

  /** Runs a focus move after the next render, once its target is drawn. */
  focusAfterRender(move: () => void): void {
    this.pendingMoves.push(move);
    this.host.requestUpdate();
  }

  /** Focus goes back to an event: its mark, or the timeline area while the view brings it in (`reveal`). */
  returnTo(id: string, reveal: () => void): void {
    this.active = id;
    const mark = this.deps.markFor(id);
    if (mark) {
      this.focusOwn(mark);
      return;
    }
    this.focusOwn(this.deps.viewport());
    this.heading = id;
    reveal();
  }

  /** focusin on the element: the reader moved focus (Tab, a click), unless this controller did. */
  readonly onFocusIn = (event: FocusEvent): void => {
    if (!this.moving) this.heading = null;
    // The roving tab stop follows focus, however a mark got it (a screen reader's cursor, a script).
    const id = this.deps.eventIdOf(event.target);
    if (id && !this.heading) this.active = id;
  };

  /** Notes what has focus before a render may move or remove it. */
  beforeRender(): void {
    const focused = (this.host.shadowRoot?.activeElement ?? null) as HTMLElement | null;
    const viewport = this.deps.viewport();
    this.focusedBeforeRender = focused;
    this.wasInViewport = focused !== null && focused !== viewport && Boolean(viewport?.contains(focused));
  }

  /** Gives back focus the render moved, keeps it in the element, and runs the moves waiting for this render. */
  afterRender(): void {
    this.restoreMovedFocus();
    this.keepFocus();
    for (const move of this.pendingMoves.splice(0)) move();
  }

  /** A keyed repeat reorders the DOM by moving nodes, and a moved node loses focus: give it back. */
  private restoreMovedFocus(): void {
    const focused = this.focusedBeforeRender;
    this.focusedBeforeRender = null;
    this.lostInRender = false;
    if (!focused || this.host.shadowRoot?.activeElement !== null || !isPageFocusLost()) return;
    if (focused.isConnected) this.focusOwn(focused);
    // A mark or cluster that a zoom removed: focus waits on the viewport (keepFocus).
    else this.lostInRender = this.wasInViewport;
  }

  private keepFocus(): void {
    const active = this.host.shadowRoot?.activeElement ?? null;
    // Still lost: a listener of the events just sent may have moved focus on purpose.
    const lost = this.lostInRender && active === null && isPageFocusLost();
    this.lostInRender = false;
    const viewport = this.deps.viewport();
    if (this.heading) {
      const mark = this.deps.markFor(this.heading);
      const onTimeline = active === viewport || this.deps.eventIdOf(active) !== undefined;
      if (mark && (onTimeline || lost) && active !== mark) this.focusOwn(mark);
      // A moving view may gather the mark into a cluster again: hold on until the view is at rest.
      if (this.deps.atRest()) this.heading = null;
      if (mark) return;
    }
    if (lost) this.focusOwn(viewport);
  }
}
