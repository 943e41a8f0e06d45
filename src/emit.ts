/**
 * Sends one of an element's typed events. Every event of ours bubbles and is composed, so it
 * reaches listeners outside the shadow root; `detail` is typed by the event map the element
 * declares in `GlobalEventHandlersEventMap`.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
