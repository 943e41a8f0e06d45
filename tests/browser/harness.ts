import { commands } from 'vitest/browser';
import { DateTime } from 'luxon';
import '../../src/index';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import articleStory from '../../data/russia-recognizes-taliban.story.json';

export { articleStory };

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits for the frame in which the element redraws after a change, and one more. */
export async function settle(el: HistoryTimeline, frames = 2): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

/** Waits until `check` holds, polling each frame, or fails with `message` (a function: read at the failure). */
export async function until(check: () => boolean, message: string | (() => string), timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out: ${typeof message === 'string' ? message : message()}`);
    await nextFrame();
  }
}

/** Waits until the view has not moved for a few frames: a reveal or an animation is over. */
export async function atRest(el: HistoryTimeline, frames = 4): Promise<void> {
  let last = JSON.stringify(el.view);
  let still = 0;
  await until(() => {
    const now = JSON.stringify(el.view);
    still = now === last ? still + 1 : 0;
    last = now;
    return still >= frames;
  }, 'the view came to rest');
  await el.updateComplete;
}

export interface MountOptions {
  story?: unknown;
  src?: string;
  width?: number;
  attributes?: Record<string, string>;
  /** Called on the element before it is attached. */
  before?: (el: HistoryTimeline) => void;
  /** How long the first drawing may take (a huge story validates for a while). */
  timeoutMs?: number;
}

const mounted: HTMLElement[] = [];

/** Creates a timeline in a container of the given width and waits for its first drawing. */
export async function mount(options: MountOptions = {}): Promise<HistoryTimeline> {
  const container = document.createElement('div');
  container.style.width = `${options.width ?? 1000}px`;
  const el = document.createElement('history-timeline');
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if (options.src) el.src = options.src;
  el.story = options.story ?? (options.src ? undefined : structuredClone(articleStory));
  options.before?.(el);
  container.append(el);
  document.body.append(container);
  mounted.push(container);
  await until(() => el.view !== null && viewport(el).clientWidth > 0 && (el.shadowRoot?.querySelectorAll('.event, .cluster').length ?? 0) > 0, 'the timeline drew its events', options.timeoutMs);
  await settle(el);
  return el;
}

export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

export function shadow(el: HistoryTimeline): ShadowRoot {
  return el.shadowRoot!;
}

export function viewport(el: HistoryTimeline): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
}

export function marks(el: HistoryTimeline): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('.event')];
}

export function mark(el: HistoryTimeline, id: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`.event[data-event-id="${id}"]`);
}

export function visibleEventIds(el: HistoryTimeline): string[] {
  return marks(el).map((m) => m.dataset.eventId!);
}

export function tickLabels(el: HistoryTimeline): { label: string; x: number }[] {
  return [...shadow(el).querySelectorAll<SVGGElement>('.axis g.tick')].map((g) => ({
    label: g.querySelector('text')!.textContent ?? '',
    x: g.getBoundingClientRect().left,
  }));
}

/** The visible window in ms. */
export function windowMs(el: HistoryTimeline): { start: number; end: number } {
  const view = el.view!;
  return { start: DateTime.fromISO(view.start).toMillis(), end: DateTime.fromISO(view.end).toMillis() };
}

/** The time under a client x coordinate, from the visible window. */
export function timeAt(el: HistoryTimeline, clientX: number): number {
  const box = viewport(el).getBoundingClientRect();
  const w = windowMs(el);
  return w.start + ((clientX - box.left) / box.width) * (w.end - w.start);
}

export function centre(el: HistoryTimeline): { x: number; y: number } {
  const box = viewport(el).getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

export const input = commands;

/** Label boxes (the visible text) of all drawn events. */
export function labelBoxes(el: HistoryTimeline): { id: string; box: DOMRect }[] {
  return marks(el).map((m) => ({ id: m.dataset.eventId!, box: m.querySelector('.label')!.getBoundingClientRect() }));
}

export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}
