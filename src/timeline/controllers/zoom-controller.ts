import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prefersReducedMotion } from '../../dom';
import { revealWindow } from '../../layout/reveal';
import { readsRightToLeft } from '../views/geometry';
import { ZOOM_STEP } from '../navigation-commands';
import {
  clampWindow,
  isSameWindow,
  panWindow,
  transformToWindow,
  windowToTransform,
  xToTime,
  zoomWindowAt,
  type TimeWindow,
} from '../../layout/time-window';
import { WEEK_MS } from '../../model/time-constants';
import type { ZoomTransform } from '../../layout/zoom-transform';
import { ZoomGestures } from './zoom-gestures';

/** What the controller reads from its host, always fresh. */
export interface ZoomSettings {
  /** The element that receives pointer, wheel and touch gestures. */
  target(): HTMLElement | null | undefined;
  width(): number;
  height(): number;
  /** A plain vertical wheel zooms (the `wheel-zoom` attribute); otherwise it scrolls the page. */
  wheelZoom(): boolean;
  /** Called at most once per frame after the visible window changed. */
  onWindowChange(window: TimeWindow): void;
  /** Called when the reader starts a gesture (drag, wheel, pinch): the reader takes over the view. */
  onUserGesture?(): void;
}

const ANIMATION_MS = 280;

/** A wheel event that means "pan sideways": a horizontal wheel, or Shift + a vertical one. */
function isSidewaysWheel(event: WheelEvent): boolean {
  if (event.ctrlKey || event.metaKey) return false;
  return event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
}

function wheelPixels(event: WheelEvent, delta: number): number {
  return delta * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);
}

/**
 * Owns the visible time window. The gestures (./zoom-gestures.ts, d3-zoom's rules without d3, to keep
 * the first frame small) turn wheel, drag and pinch into a transform of one base domain (the story's
 * bounds); the window is derived from it, so bounds hold by construction.
 */
export class ZoomController implements ReactiveController {
  /** Zoom-out and pan limit. */
  bounds: TimeWindow | null = null;
  /** Narrowest window. */
  minSpan = WEEK_MS;
  private current: TimeWindow | null = null;
  private requested: TimeWindow | null = null;
  private gesturing = false;
  private pending: TimeWindow | null = null;
  private gestures?: ZoomGestures;
  private attachedTo?: HTMLElement;
  private appliedWidth = 0;
  private appliedHeight = 0;
  /** Right to left: the gestures' transform is on screen, time runs the other way (see mirrored). */
  private appliedRtl = false;
  private frame = 0;
  private animation = 0;
  private lastReported: TimeWindow | null = null;
  /** The window the host last laid out, from markDrawn. */
  private drawn: TimeWindow | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settings: ZoomSettings,
  ) {
    host.addController(this);
  }

  /** The visible window, or null before the story has a size to be drawn at. */
  get window(): TimeWindow | null {
    return this.current ?? this.pending;
  }

  /** Whether a gesture or an animation is moving the window right now. */
  get moving(): boolean {
    return this.animation !== 0 || this.gesturing;
  }

  /** The host laid out `window`: a frame that finds it unchanged need not update again. */
  markDrawn(window: TimeWindow | null): void {
    this.drawn = window;
  }

  /** A new story: new limits; the view fits it, or shows what zoomTo asked for before it arrived. */
  setBounds(bounds: TimeWindow | null): void {
    // A move under way belongs to the old story: its next frames would carry the old window's edges
    // into the new one (found by the fuzz test: fit(), then a new story, kept one old edge).
    this.stopAnimation();
    this.bounds = bounds;
    this.current = null;
    this.pending = bounds ? (this.requested ? this.clamp(this.requested) : bounds) : null;
    this.requested = null;
    this.appliedWidth = 0;
    this.sync();
    this.scheduleFrame();
  }

  fit(animate = true): void {
    this.requested = null;
    if (this.bounds) this.zoomTo(this.bounds, animate);
  }

  zoomTo(target: TimeWindow, animate = true): void {
    if (!this.bounds) {
      // No story yet: show this window once one arrives.
      this.requested = target;
      return;
    }
    const to = this.clamp(target);
    const from = this.window;
    if (!this.gestures || !from || !animate || prefersReducedMotion()) {
      this.stopAnimation();
      this.apply(to);
      return;
    }
    this.animate(from, to);
  }

  /** factor > 1 zooms in, around `anchor` (a time) or the centre. */
  zoomBy(factor: number, anchor?: number, animate = true): void {
    const w = this.window;
    if (!w) return;
    this.zoomTo(zoomWindowAt(w, 1 / factor, anchor ?? (w.start + w.end) / 2), animate);
  }

  /** Pans by a fraction of the visible span (negative: towards the past). */
  panBy(fraction: number, animate = true): void {
    const w = this.window;
    if (!w) return;
    this.zoomTo(panWindow(w, (w.end - w.start) * fraction), animate);
  }

  /** Pans the least amount that shows [start, end) with a margin, zooming out only if it cannot fit. */
  reveal(start: number, end: number, animate = true): void {
    const w = this.window;
    const target = w && revealWindow(w, start, end);
    if (target) this.zoomTo(target, animate);
  }

  hostConnected(): void {
    this.attachedTo = undefined;
    // Re-attach to the viewport after a removal or a move: that happens in hostUpdated.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stopAnimation();
    // A gesture cut short by the removal never sends its end.
    this.gesturing = false;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.detach();
    if (this.current) this.pending = this.current;
    this.current = null;
    this.appliedWidth = 0;
  }

  private clamp(w: TimeWindow): TimeWindow {
    return this.bounds ? clampWindow(w, this.bounds, Math.min(this.minSpan, this.bounds.end - this.bounds.start)) : w;
  }

  /** Attaches the gestures to the target and keeps their extents in step with the size. */
  private sync(): void {
    const target = this.settings.target();
    if (target !== this.attachedTo) {
      this.detach();
      if (target) this.attach(target);
    }
    const width = this.settings.width();
    const height = Math.max(1, this.settings.height());
    if (!this.gestures || !this.bounds || width <= 0) return;
    const rtl = readsRightToLeft(this.attachedTo);
    if (width === this.appliedWidth && height === this.appliedHeight && rtl === this.appliedRtl && !this.pending) return;
    const keep = this.pending ?? this.current ?? this.bounds;
    this.appliedRtl = rtl;
    const span = this.bounds.end - this.bounds.start;
    this.appliedWidth = width;
    this.appliedHeight = height;
    this.gestures.width = width;
    this.gestures.scaleExtent = [1, Math.max(1, span / Math.min(this.minSpan, span))];
    this.pending = null;
    this.apply(keep);
  }

  private attach(target: HTMLElement): void {
    this.attachedTo = target;
    this.gestures = new ZoomGestures(target, {
      accepts: (event) => this.accepts(event),
      start: () => {
        this.gesturing = true;
        this.stopAnimation();
        this.settings.onUserGesture?.();
      },
      end: () => {
        this.gesturing = false;
        // Work that waited for the gesture to end (a reveal) runs in the next update.
        this.host.requestUpdate();
      },
      zoom: (transform) => this.onZoom(transform),
    });
    target.addEventListener('wheel', this.onSidewaysWheel, { passive: false });
    target.addEventListener('dblclick', this.onDoubleClick);
  }

  private detach(): void {
    this.gestures?.detach();
    this.attachedTo?.removeEventListener('wheel', this.onSidewaysWheel);
    this.attachedTo?.removeEventListener('dblclick', this.onDoubleClick);
    this.gestures = undefined;
    this.attachedTo = undefined;
  }

  private accepts(event: Event): boolean {
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      if (isSidewaysWheel(wheel)) return false;
      return wheel.ctrlKey || wheel.metaKey || this.settings.wheelZoom();
    }
    const mouse = event as MouseEvent;
    return !mouse.ctrlKey && !mouse.button;
  }

  /** Double click zooms in around the pointer; Shift + double click zooms out. */
  private readonly onDoubleClick = (event: MouseEvent): void => {
    const w = this.window;
    if (!w || !this.attachedTo || event.button) return;
    const box = this.attachedTo.getBoundingClientRect();
    const anchor = xToTime(this.appliedRtl ? box.right - event.clientX : event.clientX - box.left, w, Math.max(1, box.width));
    event.preventDefault();
    this.zoomBy(event.shiftKey ? 1 / ZOOM_STEP : ZOOM_STEP, anchor);
  };

  private readonly onSidewaysWheel = (event: WheelEvent): void => {
    if (!isSidewaysWheel(event) || !this.gestures) return;
    const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
    event.preventDefault();
    this.stopAnimation();
    this.settings.onUserGesture?.();
    this.gestures.panBy(-wheelPixels(event, delta));
  };

  private onZoom(transform: ZoomTransform): void {
    if (!this.bounds || this.appliedWidth <= 0) return;
    this.current = transformToWindow(this.mirrored(transform), this.bounds, this.appliedWidth);
    this.scheduleFrame();
  }

  /** Moves the gestures' transform to show `w`; they report it back through onZoom. */
  private apply(w: TimeWindow): void {
    if (!this.gestures || !this.bounds || this.appliedWidth <= 0) {
      this.pending = w;
      this.scheduleFrame();
      return;
    }
    const t = this.mirrored(windowToTransform(w, this.bounds, this.appliedWidth));
    this.gestures.moveTo(t);
  }

  /**
   * Right to left, the screen is time mirrored: x on screen is width − x in time order. The gestures
   * work on the screen (pointer, drag, pinch), the window in time order; this maps a transform
   * between the two (it is its own inverse). Left to right it is the transform itself.
   */
  private mirrored<T extends { k: number; x: number }>(t: T): { k: number; x: number } {
    return this.appliedRtl ? { k: t.k, x: this.appliedWidth * (1 - t.k) - t.x } : t;
  }

  private animate(from: TimeWindow, to: TimeWindow): void {
    this.stopAnimation();
    const started = performance.now();
    const c0 = (from.start + from.end) / 2;
    const c1 = (to.start + to.end) / 2;
    const s0 = Math.log(from.end - from.start);
    const s1 = Math.log(to.end - to.start);
    const step = (now: number) => {
      const p = Math.min(1, (now - started) / ANIMATION_MS);
      const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
      const half = Math.exp(s0 + (s1 - s0) * e) / 2;
      const centre = c0 + (c1 - c0) * e;
      this.apply(p < 1 ? { start: centre - half, end: centre + half } : to);
      this.animation = p < 1 ? requestAnimationFrame(step) : 0;
      // Work that waited for the move to end (a reveal, a focus) runs in the next update, even
      // when the last step changed the window too little to need one.
      if (p >= 1) this.host.requestUpdate();
    };
    this.animation = requestAnimationFrame(step);
  }

  private stopAnimation(): void {
    if (this.animation) cancelAnimationFrame(this.animation);
    this.animation = 0;
  }

  /** One host update and one change report per frame, however many gesture events arrive. */
  private scheduleFrame(): void {
    if (this.frame || !this.host.isConnected) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const w = this.window;
      // The host drew this window already (the first frame of a story draws the pending one).
      if (!w || !this.drawn || !isSameWindow(w, this.drawn)) this.host.requestUpdate();
      if (w && (!this.lastReported || !isSameWindow(w, this.lastReported, 0))) {
        this.lastReported = w;
        this.settings.onWindowChange(w);
      }
    });
  }
}
