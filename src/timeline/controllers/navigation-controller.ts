import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LINEAR_AXIS, type AxisScale } from '../../layout/axis-scale';
import { clusterAction } from '../../layout/reveal';
import type { TimelineEvent } from '../../model/types';
import { PAN_STEP, ZOOM_STEP, commandForKey, type NavigationCommand } from '../navigation-commands';
import { keyInReadingOrder, readsRightToLeft } from '../views/geometry';
import type { FocusController } from './focus-controller';
import type { RevealController } from './reveal-controller';
import type { ZoomController } from './zoom-controller';

export interface NavigationDeps {
  zoom: ZoomController;
  reveal: RevealController;
  focus: FocusController;
  /** The valid events in time order, and an event's position among them. */
  events(): readonly TimelineEvent[];
  positionOf(id: string): number | undefined;
  select(id: string | null): void;
  /** The timeline area, which holds focus for an event the view is bringing in. */
  viewport(): HTMLElement | null | undefined;
  /** The id of the event whose mark `node` is or is inside. */
  eventIdOf(node: EventTarget | null): string | undefined;
  /** The time axis the zoom's window is on; linear when absent. */
  axis?(): AxisScale;
}

/**
 * Runs the timeline's commands, from keys (through the command table), toolbar buttons and
 * clusters: view commands zoom and pan, taking the view over from a reveal under way; event
 * commands move the roving focus from event to event in time order, bringing each into view.
 */
export class NavigationController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly deps: NavigationDeps,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.deps.reveal.cancel();
  }

  /** keydown on the timeline area or a mark. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target;
    // The viewport holds focus for a mark that a moving view has hidden for a moment: keys still act on the events there.
    const heldFor = target === this.deps.viewport() ? this.deps.focus.heldFor : null;
    const onMark = this.deps.eventIdOf(target);
    const context = { onEvent: onMark !== undefined || heldFor !== null, holdingEvent: heldFor !== null };
    // Right to left, ArrowLeft goes to what is on the left: later in time.
    const key = keyInReadingOrder(event.key, readsRightToLeft(event.currentTarget as Element | null));
    const command = commandForKey(key, context, event);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    this.run(command, heldFor ?? onMark);
  };

  /** Runs `command`; event commands step from `from` (the focused mark), else from the tab stop. */
  run(command: NavigationCommand, from?: string | null): void {
    const { zoom, reveal, focus } = this.deps;
    const events = this.deps.events();
    const first = events[0];
    const last = events[events.length - 1];
    switch (command) {
      case 'zoom-in':
      case 'zoom-out':
        reveal.cancel();
        return zoom.zoomBy(command === 'zoom-in' ? ZOOM_STEP : 1 / ZOOM_STEP);
      case 'fit':
        reveal.cancel();
        return zoom.fit();
      case 'pan-back':
      case 'pan-forward':
        reveal.cancel();
        return zoom.panBy(command === 'pan-back' ? -PAN_STEP : PAN_STEP);
      case 'previous-event':
      case 'next-event': {
        const at = this.deps.positionOf(from ?? focus.active ?? '');
        if (at === undefined) return;
        const step = command === 'next-event' ? 1 : -1;
        return this.focusEvent(events[Math.max(0, Math.min(events.length - 1, at + step))]);
      }
      case 'first-event':
        return this.focusEvent(first);
      case 'last-event':
        return this.focusEvent(last);
      case 'show-first-event':
      case 'show-last-event': {
        reveal.cancel();
        const event = command === 'show-first-event' ? first : last;
        const axis = this.deps.axis?.() ?? LINEAR_AXIS;
        if (event) zoom.reveal(axis.toAxis(event.calendar.startMs), axis.toAxis(event.calendar.endMs));
        return;
      }
      case 'open-held-event':
        if (focus.heldFor !== null) this.deps.select(focus.heldFor);
    }
  }

  /**
   * A cluster was activated: zoom in on its events (from `start` to `end`, real time), or at the
   * finest zoom open the first of them.
   */
  activateCluster(start: number, end: number, firstEvent: number): void {
    const { zoom, reveal } = this.deps;
    reveal.cancel();
    const w = zoom.window;
    if (!w) return;
    const axis = this.deps.axis?.() ?? LINEAR_AXIS;
    const action = clusterAction(w, axis.toAxis(start), axis.toAxis(end), zoom.minSpan, ZOOM_STEP);
    if (action.kind === 'open-first') {
      const event = this.deps.events()[firstEvent];
      if (event) this.deps.select(event.id);
    } else if (action.kind === 'zoom-by') zoom.zoomBy(action.factor, action.anchor);
    else zoom.zoomTo(action.window);
  }

  /** Brings an event into view and gives it the tab stop and focus. */
  private focusEvent(event: TimelineEvent | undefined): void {
    if (!event) return;
    this.deps.focus.headFor(event.id);
    this.deps.reveal.start(event, true);
  }
}
