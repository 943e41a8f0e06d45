import { LINEAR_AXIS, fromAxisWindow, toAxisWindow, type AxisScale, type TimeScaleMode } from '../../layout/axis-scale';
import { timeToX, xToTime, type TimeWindow } from '../../layout/time-window';
import { readTime, toIso } from '../../model/time-input';
import type { TimelineViewDetail } from '../events';
import type { LoadedStory } from '../loaded-story';
import { readsRightToLeft } from '../views/geometry';
import type { ZoomController } from './zoom-controller';

export interface TimeAxisDeps {
  zoom: ZoomController;
  /** The timeline area, whose page position `timeAt` and `xOf` measure from. */
  viewport(): HTMLElement | null | undefined;
}

/**
 * The time axis the zoom works on (axis time: real time, or compressed across the story's gaps;
 * see layout/axis-scale.ts), and every crossing between it and the real time the page speaks:
 * `view`, `zoomTo()`, `timeAt()`, `xOf()`. A window asked for before the story arrives waits here.
 */
export class TimeAxisController {
  axis: AxisScale = LINEAR_AXIS;
  /** A window `zoomTo()` asked for before the story arrived, in real time. */
  private requested: TimeWindow | null = null;

  constructor(private readonly deps: TimeAxisDeps) {}

  /** A new story: its axis in `mode`, its bounds, and the window asked for before it came (or all of it). */
  useStory(story: LoadedStory, mode: TimeScaleMode): void {
    this.axis = story.axis(mode);
    this.deps.zoom.minSpan = story.minSpan;
    this.deps.zoom.setBounds(story.bounds(this.axis));
    if (this.requested && story.index.count) this.deps.zoom.zoomTo(toAxisWindow(this.axis, this.requested), false);
    this.requested = null;
  }

  /** Another time scale: the same real window, on the new axis. */
  setMode(story: LoadedStory, mode: TimeScaleMode): void {
    const w = this.deps.zoom.window;
    const real = w && fromAxisWindow(this.axis, w);
    this.axis = story.axis(mode);
    this.deps.zoom.setBounds(story.bounds(this.axis));
    if (real) this.deps.zoom.zoomTo(toAxisWindow(this.axis, real), false);
  }

  /** An axis window as ISO date-times of real time (UTC). */
  realView(axisWindow: TimeWindow): TimelineViewDetail {
    const w = fromAxisWindow(this.axis, axisWindow);
    return { start: toIso(w.start), end: toIso(w.end) };
  }

  /** Shows a window of real time; before the story has an axis, once it has one. */
  showReal(w: TimeWindow, hasStory: boolean): void {
    if (!hasStory) this.requested = w;
    else this.deps.zoom.zoomTo(toAxisWindow(this.axis, w));
  }

  /** Where a real time (ms) is drawn in a view `width` px wide, px from its left; null when out of view or unknown. */
  xOfTime(time: number | null, width: number): number | null {
    const w = this.deps.zoom.window;
    if (time === null || !w || width <= 0) return null;
    const x = timeToX(this.axis.toAxis(time), w, width);
    return x >= 0 && x <= width ? x : null;
  }

  /** The ISO date-time at a horizontal page position, or null outside the timeline. */
  timeAt(clientX: number): string | null {
    const w = this.deps.zoom.window;
    const box = this.deps.viewport()?.getBoundingClientRect();
    if (!w || !box || box.width <= 0 || clientX < box.left || clientX > box.right) return null;
    // Right to left, time runs from the right edge.
    const x = readsRightToLeft(this.deps.viewport()) ? box.right - clientX : clientX - box.left;
    return toIso(this.axis.fromAxis(xToTime(x, w, box.width)));
  }

  /** The horizontal page position of a date (ISO, or an EDTF date's start), or null when not in view. */
  xOf(date: string): number | null {
    const w = this.deps.zoom.window;
    const box = this.deps.viewport()?.getBoundingClientRect();
    const time = readTime(date, 'start');
    if (!w || !box || box.width <= 0 || time === null) return null;
    const x = timeToX(this.axis.toAxis(time), w, box.width);
    if (x < 0 || x > box.width) return null;
    return readsRightToLeft(this.deps.viewport()) ? box.right - x : box.left + x;
  }
}
