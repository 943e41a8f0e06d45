import type { ReactiveControllerHost } from 'lit';
import { LINEAR_AXIS, type AxisScale } from '../../layout/axis-scale';
import { nextRevealStep } from '../../layout/reveal';
import type { TimelineEvent } from '../../model/types';
import type { ZoomController } from './zoom-controller';

export interface RevealDeps {
  zoom: ZoomController;
  eventById(id: string): TimelineEvent | undefined | null;
  /** The event has its own mark in the rendered view. */
  isDrawn(id: string): boolean;
  /** The timeline is shown and has a size (not hidden, not list-only). */
  canShow(): boolean;
  /** The time axis the zoom's window is on; linear when absent. */
  axis?(): AxisScale;
}

/**
 * Brings one event into view after each update until it has its own mark: pans to it, then zooms
 * in on it while it sits in a cluster. A view command from the reader or the page cancels it.
 * Not a host controller: the element calls `step()` in its `updated()`, after the outbox.
 */
export class RevealController {
  private revealing: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: RevealDeps,
  ) {}

  /** An event is being brought into view. */
  get active(): boolean {
    return this.revealing !== null;
  }

  /** Starts bringing `event` into view: the first pan now, the rest after each update. */
  start(event: TimelineEvent, panNow = false): void {
    this.revealing = event.id;
    if (panNow) {
      const { start, end } = this.extentOf(event);
      this.deps.zoom.reveal(start, end);
    }
    this.host.requestUpdate();
  }

  cancel(): void {
    this.revealing = null;
  }

  /** One step towards the event, with the update drawn: pan, zoom in, or stop once it has its mark. */
  step(): void {
    const id = this.revealing;
    if (!id) return;
    const event = this.deps.eventById(id);
    if (!event) {
      this.revealing = null;
      return;
    }
    const zoom = this.deps.zoom;
    const w = zoom.window;
    if (!w || zoom.moving || !this.deps.canShow()) return;
    const { start, end } = this.extentOf(event);
    const step = nextRevealStep(w, start, end, this.deps.isDrawn(id), zoom.minSpan);
    if (step.kind === 'done' || step.kind === 'give-up') this.revealing = null;
    else if (step.kind === 'pan') zoom.reveal(start, end);
    else zoom.zoomTo(step.window);
  }

  /** The event's extent in axis time, where the zoom's window is. */
  private extentOf(event: TimelineEvent): { start: number; end: number } {
    const axis = this.deps.axis?.() ?? LINEAR_AXIS;
    return { start: axis.toAxis(event.calendar.startMs), end: axis.toAxis(event.calendar.endMs) };
  }
}
