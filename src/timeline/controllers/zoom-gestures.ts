import { clampScale, constrainTransform, invertX, pinchTransform, wheelScaleExponent, zoomAround, type TouchAnchor, type ZoomTransform } from '../../layout/zoom-transform';

/** What the gestures report to their owner (the zoom controller). */
export interface ZoomGestureHandlers {
  /** Whether a wheel, mouse button or touch starts a gesture. */
  accepts(event: WheelEvent | MouseEvent | TouchEvent): boolean;
  /** The reader began a gesture (several at once count as one). */
  start(): void;
  zoom(transform: ZoomTransform): void;
  /** The reader's last gesture ended. */
  end(): void;
}

/** A wheel gesture ends when no wheel event came for this long (d3-zoom's delay). */
const WHEEL_IDLE_MS = 150;
/** Mouse events that follow a touch are the browser's emulation of it, not a drag (d3-zoom's delay). */
const TOUCH_MOUSE_MS = 500;

/** A pointer on the screen, and the base view's x it holds under it. */
interface PointerAnchor {
  x: number;
  y: number;
  baseX: number;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Turns wheel, mouse drags and touches on one element into a zoom transform of its x axis, as
 * d3-zoom did with the same rules (src/layout/zoom-transform.ts), in a tenth of its size with
 * d3-selection, d3-drag and d3-dispatch, which the first frame no longer loads.
 */
export class ZoomGestures {
  transform: ZoomTransform = { k: 1, x: 0 };
  /** The view's width, px: pans and zooms keep the view inside the base view, as wide. */
  width = 0;
  scaleExtent: [number, number] = [1, 1];
  private active = 0;
  private mouse: PointerAnchor | null = null;
  private touches: (TouchAnchor & { id: number })[] = [];
  private wheelTimer = 0;
  private touchEndedAt = -Infinity;
  /** Undoes what a mouse drag set up on the window. */
  private endDrag: (() => void) | null = null;

  constructor(
    private readonly target: HTMLElement,
    private readonly handlers: ZoomGestureHandlers,
  ) {
    target.addEventListener('wheel', this.onWheel, { passive: false });
    target.addEventListener('mousedown', this.onMouseDown);
    target.addEventListener('touchstart', this.onTouchStart);
    target.addEventListener('touchmove', this.onTouchMove);
    target.addEventListener('touchend', this.onTouchEnd);
    target.addEventListener('touchcancel', this.onTouchEnd);
    target.style.setProperty('-webkit-tap-highlight-color', 'rgba(0,0,0,0)');
  }

  /** Shows `transform` (a button, a key, an animation); fingers or a pointer mid-gesture now hold what is under them. */
  moveTo(transform: ZoomTransform): void {
    this.set(transform);
  }

  /** Pans by `px` on screen, within the base view. */
  panBy(px: number): void {
    this.set(constrainTransform({ k: this.transform.k, x: this.transform.x + px }, this.width));
  }

  detach(): void {
    const { target } = this;
    target.removeEventListener('wheel', this.onWheel);
    target.removeEventListener('mousedown', this.onMouseDown);
    target.removeEventListener('touchstart', this.onTouchStart);
    target.removeEventListener('touchmove', this.onTouchMove);
    target.removeEventListener('touchend', this.onTouchEnd);
    target.removeEventListener('touchcancel', this.onTouchEnd);
    clearTimeout(this.wheelTimer);
    this.endDrag?.();
    this.wheelTimer = this.active = 0;
    this.mouse = this.endDrag = null;
    this.touches = [];
  }

  /** Sets the transform; the anchors of the gestures that did not move it follow it. */
  private set(transform: ZoomTransform, by?: 'mouse' | 'touch'): void {
    this.transform = transform;
    if (this.mouse && by !== 'mouse') this.mouse.baseX = invertX(transform, this.mouse.x);
    if (by !== 'touch') for (const touch of this.touches) this.anchorTouch(touch);
    this.handlers.zoom(transform);
  }

  private begin(): void {
    if (++this.active === 1) this.handlers.start();
  }

  private finish(): void {
    if (this.active > 0 && --this.active === 0) this.handlers.end();
  }

  /** Where a pointer is in the target, px from its padding box's top left corner. */
  private point(at: { clientX: number; clientY: number }): { x: number; y: number } {
    const box = this.target.getBoundingClientRect();
    return { x: at.clientX - box.left - this.target.clientLeft, y: at.clientY - box.top - this.target.clientTop };
  }

  private anchorTouch(touch: TouchAnchor): void {
    touch.baseX = invertX(this.transform, touch.x);
    touch.baseY = touch.y / this.transform.k;
  }

  private readonly onWheel = (event: WheelEvent): void => {
    if (!this.handlers.accepts(event)) return;
    const t = this.transform;
    const k = clampScale(t.k * 2 ** wheelScaleExponent(event), this.scaleExtent);
    const { x, y } = this.point(event);
    if (this.wheelTimer) {
      if (this.mouse?.x !== x || this.mouse.y !== y) this.mouse = { x, y, baseX: invertX(t, x) };
      clearTimeout(this.wheelTimer);
    } else if (t.k === k) {
      // At the scale's limit the wheel is left to the page.
      return;
    } else {
      this.mouse = { x, y, baseX: invertX(t, x) };
      this.begin();
    }
    stop(event);
    this.wheelTimer = window.setTimeout(() => {
      this.wheelTimer = 0;
      this.finish();
    }, WHEEL_IDLE_MS);
    this.set(constrainTransform(zoomAround(k, this.mouse!.x, this.mouse!.baseX, this.scaleExtent), this.width), 'mouse');
  };

  private readonly onMouseDown = (event: MouseEvent): void => {
    if (performance.now() - this.touchEndedAt < TOUCH_MOUSE_MS || !this.handlers.accepts(event)) return;
    const view = event.view ?? window;
    const { clientX, clientY } = event;
    let moved = false;
    const move = (e: MouseEvent) => {
      stop(e);
      moved ||= e.clientX !== clientX || e.clientY !== clientY;
      const at = this.point(e);
      const mouse = (this.mouse = { ...at, baseX: this.mouse?.baseX ?? 0 });
      this.set(constrainTransform({ k: this.transform.k, x: mouse.x - mouse.baseX * this.transform.k }, this.width), 'mouse');
    };
    const up = (e: MouseEvent) => {
      this.endDrag?.();
      this.endDrag = null;
      // The click that ends a drag is not a click on what lies under it.
      if (moved) {
        view.addEventListener('click', stop, true);
        setTimeout(() => view.removeEventListener('click', stop, true));
      }
      stop(e);
      this.finish();
    };
    this.endDrag?.();
    view.addEventListener('mousemove', move, true);
    view.addEventListener('mouseup', up, true);
    // No native drag of an image or link, no text selection, while the view is dragged.
    view.addEventListener('dragstart', stop, true);
    view.addEventListener('selectstart', stop, true);
    this.endDrag = () => {
      view.removeEventListener('mousemove', move, true);
      view.removeEventListener('mouseup', up, true);
      view.removeEventListener('dragstart', stop, true);
      view.removeEventListener('selectstart', stop, true);
    };
    event.stopImmediatePropagation();
    const at = this.point(event);
    this.mouse = { ...at, baseX: invertX(this.transform, at.x) };
    this.begin();
  };

  private readonly onTouchStart = (event: TouchEvent): void => {
    if (!this.handlers.accepts(event)) return;
    event.stopImmediatePropagation();
    const touching = this.touches.length > 0;
    // Every finger new: a new gesture, whatever an earlier one left behind.
    if (event.changedTouches.length === event.touches.length) this.touches = [];
    for (const touch of event.touches) {
      if (this.touches.length < 2 && !this.touches.some((t) => t.id === touch.identifier)) {
        const anchor = { ...this.point(touch), baseX: 0, baseY: 0, id: touch.identifier };
        this.anchorTouch(anchor);
        this.touches.push(anchor);
      }
    }
    if (!touching && this.touches.length) this.begin();
  };

  private readonly onTouchMove = (event: TouchEvent): void => {
    if (!this.touches.length) return;
    stop(event);
    for (const touch of event.changedTouches) {
      const anchor = this.touches.find((t) => t.id === touch.identifier);
      if (anchor) Object.assign(anchor, this.point(touch));
    }
    const [a, b] = this.touches;
    const t = this.transform;
    this.set(constrainTransform(b ? pinchTransform(t, a, b, this.scaleExtent) : { k: t.k, x: a.x - a.baseX * t.k }, this.width), 'touch');
  };

  private readonly onTouchEnd = (event: TouchEvent): void => {
    if (!this.touches.length) return;
    event.stopImmediatePropagation();
    this.touchEndedAt = performance.now();
    const ended = new Set([...event.changedTouches].map((touch) => touch.identifier));
    this.touches = this.touches.filter((t) => !ended.has(t.id));
    // The finger left on the screen now holds what is under it.
    if (this.touches.length) this.anchorTouch(this.touches[0]);
    else this.finish();
  };
}
