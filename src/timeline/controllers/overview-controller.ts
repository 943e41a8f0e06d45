import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { stripToWindow, windowToStrip } from '../../layout/overview';
import type { TimeWindow } from '../../layout/time-window';
import { readsRightToLeft } from '../views/geometry';
import type { ZoomController } from './zoom-controller';

export interface OverviewDeps {
  zoom: ZoomController;
  /** The strip's brush group; D3 owns its children. */
  group(): SVGGElement | null | undefined;
  width(): number;
  height(): number;
  /** The reader took the view over: stop any reveal under way. */
  onUserMove(): void;
  /** What the window covers, in words ("August 2021 – September 2021"). */
  describe(w: TimeWindow): string;
  /** The window's name for screen readers, in the element's language. */
  label?(): string;
}

/** Share of the window one arrow key moves it. */
const KEY_STEP = 0.1;

/**
 * The overview strip's window, with d3-brush: dragging it pans the main view, dragging its edges
 * zooms, clicking the strip elsewhere moves it there; the main view moving moves it. The window is
 * focusable (a slider): arrows move it, Shift + arrows resize it, Home / End go to the ends.
 */
export class OverviewController implements ReactiveController {
  private brush?: BrushBehavior<unknown>;
  private attachedTo?: SVGGElement;
  private size = { width: 0, height: 0 };
  /** The strip window last drawn, to skip moves that change nothing (and their echo). */
  private shown: [number, number] | null = null;
  /** The view window the slider's `aria-valuetext` last described. */
  private described: TimeWindow | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly deps: OverviewDeps,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Draws the strip's window where the main view is; the element calls it after each update, after a reveal moved the view. */
  draw(): void {
    const group = this.deps.group();
    const width = this.deps.width();
    const height = this.deps.height();
    const bounds = this.deps.zoom.bounds;
    if (!group || width <= 0 || height <= 0 || !bounds) {
      if (!group) this.detach();
      return;
    }
    if (group !== this.attachedTo) this.attach(group);
    if (width !== this.size.width || height !== this.size.height) {
      this.size = { width, height };
      this.brush!.extent([[0, 0], [width, height]]);
      select(group).call(this.brush!);
      this.decorate(group);
      this.shown = null;
    }
    this.follow(group, bounds, width);
  }

  /** Moves the strip's window to the main view's, without sending it back. */
  private follow(group: SVGGElement, bounds: TimeWindow, width: number): void {
    const w = this.deps.zoom.window;
    if (!w) return;
    const [x0, x1] = windowToStrip(w, bounds, width).map((x) => Math.max(0, Math.min(width, x))) as [number, number];
    const selection = group.querySelector('.selection');
    // A month of view can be under half a pixel of the whole story's strip: the window may stay put
    // while the view moves, but what the slider says must still follow the view.
    if (!this.shown || Math.abs(this.shown[0] - x0) >= 0.5 || Math.abs(this.shown[1] - x1) >= 0.5) {
      this.shown = [x0, x1];
      this.brush!.move(select(group), [x0, Math.max(x1, x0 + 1)]);
      selection?.setAttribute('aria-label', this.deps.label?.() ?? 'Part of the story in view');
      selection?.setAttribute('aria-valuenow', String(Math.round(((x0 + x1) / 2 / width) * 100)));
      this.described = null;
    }
    if (!this.described || this.described.start !== w.start || this.described.end !== w.end) {
      this.described = { start: w.start, end: w.end };
      selection?.setAttribute('aria-valuetext', this.deps.describe(w));
    }
  }

  private attach(group: SVGGElement): void {
    this.detach();
    this.attachedTo = group;
    this.size = { width: 0, height: 0 };
    this.brush = brushX<unknown>()
      .on('brush', (event: D3BrushEvent<unknown>) => this.onBrush(event))
      .on('end', (event: D3BrushEvent<unknown>) => this.onEnd(event));
    select(group).on('keydown.overview', (event: KeyboardEvent) => this.onKeyDown(event));
  }

  private detach(): void {
    if (this.attachedTo) {
      select(this.attachedTo).on('.brush', null).on('keydown.overview', null);
      this.attachedTo.replaceChildren();
    }
    this.attachedTo = undefined;
    this.brush = undefined;
    this.shown = null;
  }

  /** The window is a slider for keyboards and screen readers, and the part a host styles. */
  private decorate(group: SVGGElement): void {
    const selection = group.querySelector('.selection');
    if (!selection) return;
    selection.setAttribute('part', 'overview-window');
    selection.setAttribute('tabindex', '0');
    selection.setAttribute('role', 'slider');
    selection.setAttribute('aria-label', this.deps.label?.() ?? 'Part of the story in view');
    selection.setAttribute('aria-valuemin', '0');
    selection.setAttribute('aria-valuemax', '100');
    selection.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End');
  }

  private onBrush(event: D3BrushEvent<unknown>): void {
    // Moves this controller makes (following the main view) come without a source event.
    if (!event.sourceEvent || !event.selection) return;
    this.apply(event.selection as [number, number]);
  }

  private onEnd(event: D3BrushEvent<unknown>): void {
    if (!event.sourceEvent) return;
    const group = this.attachedTo;
    const bounds = this.deps.zoom.bounds;
    const w = this.deps.zoom.window;
    if (event.selection || !group || !bounds || !w) {
      if (event.selection) this.apply(event.selection as [number, number]);
      return;
    }
    // A click outside the window (d3-brush clears the selection): move the window there.
    const box = group.getBoundingClientRect();
    const x = (event.sourceEvent as MouseEvent).clientX - box.left;
    const [x0, x1] = windowToStrip(w, bounds, this.size.width);
    const half = (x1 - x0) / 2;
    this.shown = null;
    this.apply([x - half, x + half]);
  }

  private apply(strip: readonly [number, number]): void {
    const bounds = this.deps.zoom.bounds;
    if (!bounds || this.size.width <= 0) return;
    this.deps.onUserMove();
    this.shown = [strip[0], strip[1]];
    this.deps.zoom.zoomTo(stripToWindow(strip, bounds, this.size.width), false);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!(event.target instanceof Element) || !event.target.classList.contains('selection')) return;
    const zoom = this.deps.zoom;
    const w = zoom.window;
    const bounds = zoom.bounds;
    if (!w || !bounds || event.altKey || event.ctrlKey || event.metaKey) return;
    const span = w.end - w.start;
    let target: TimeWindow | null = null;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      // Right to left, the strip is mirrored: ArrowLeft moves the window left, to later times.
      const sign = (event.key === 'ArrowLeft') !== readsRightToLeft(event.target) ? -1 : 1;
      // Shift resizes: the end moves, the start stays.
      target = event.shiftKey
        ? { start: w.start, end: Math.max(w.start + zoom.minSpan, w.end + sign * span * KEY_STEP * 2) }
        : { start: w.start + sign * span * KEY_STEP, end: w.end + sign * span * KEY_STEP };
    } else if (event.key === 'Home') target = { start: bounds.start, end: bounds.start + span };
    else if (event.key === 'End') target = { start: bounds.end - span, end: bounds.end };
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    this.deps.onUserMove();
    zoom.zoomTo(target, false);
  }
}
