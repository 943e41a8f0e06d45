/** Work for when the page is idle: its own module, so the first frame, which schedules none, does not carry it. */

/**
 * Runs `work` when the page is idle, by `timeout` ms at the latest when given. Safari has no
 * requestIdleCallback: a timer of `fallbackMs` stands in.
 */
export function requestIdle(work: (deadline?: IdleDeadline) => void, fallbackMs: number, timeout?: number): number {
  return typeof requestIdleCallback === 'function'
    ? requestIdleCallback(work, timeout === undefined ? undefined : { timeout })
    : (setTimeout(work, fallbackMs) as unknown as number);
}

export function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}
