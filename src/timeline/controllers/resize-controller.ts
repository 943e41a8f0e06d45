import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ContentSize {
  width: number;
  height: number;
}

/**
 * Tracks the content box of one element of the host's shadow root. A host laid out while
 * hidden reports 0 × 0 until it is shown; the observer then reports the real size.
 */
export class ResizeController implements ReactiveController {
  size: ContentSize = { width: 0, height: 0 };
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => Element | null | undefined,
    private readonly onResize?: (size: ContentSize) => void,
    /** 'width': only a change of width asks for an update (the height is kept, but the host draws nothing from it). */
    private readonly follows: 'size' | 'width' = 'size',
  ) {
    host.addController(this);
  }

  /**
   * The host laid out at `size`, the size its update is about to give the box (a viewport that
   * grows with its rows): taken now, so the box reaching it asks for no second update. The box is
   * observed again, so a size that turns out otherwise is still reported.
   */
  expect(size: ContentSize): void {
    this.size = size;
    if (this.observed && this.observer) {
      this.observer.unobserve(this.observed);
      this.observer.observe(this.observed);
    }
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((entries) => {
      if (!this.resized(entries[entries.length - 1].contentRect)) return;
      // In the next frame, not in this observation: the update may change the box's height (it
      // follows its rows), and a change inside the observer's delivery is a "ResizeObserver loop".
      if (!this.frame) {
        this.frame = requestAnimationFrame(() => {
          this.frame = 0;
          this.host.requestUpdate();
        });
      }
    });
    this.observed = undefined;
    // Observe again after a removal or a move: that happens in hostUpdated.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const el = this.target();
    if (!el || el === this.observed || !this.observer) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(el);
    this.observed = el;
    // The first size is read now, not a frame later from the observer, so the first frame painted
    // is drawn at it (no frame at width 0 that the next one moves: a layout shift); the update it
    // needs comes after this one, still before the paint.
    if (!this.size.width && this.resized(contentBox(el))) queueMicrotask(() => this.host.requestUpdate());
  }

  /** Takes a new size; false when it is the one already known (following the width: when the width is). */
  private resized(box: { width: number; height: number }): boolean {
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width === this.size.width && height === this.size.height) return false;
    const widthChanged = width !== this.size.width;
    this.size = { width, height };
    if (this.follows === 'width' && !widthChanged) return false;
    this.onResize?.(this.size);
    return true;
  }

  hostDisconnected(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}

/** An element's content box as a ResizeObserver reports it: its box without borders and padding. */
function contentBox(el: Element): { width: number; height: number } {
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const px = (...values: string[]) => values.reduce((sum, value) => sum + (parseFloat(value) || 0), 0);
  return {
    width: box.width - px(style.borderLeftWidth, style.paddingLeft, style.paddingRight, style.borderRightWidth),
    height: box.height - px(style.borderTopWidth, style.paddingTop, style.paddingBottom, style.borderBottomWidth),
  };
}
