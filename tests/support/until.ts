/** Waiting on state, never on the clock: the one `until` every browser test uses. */

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until `check` holds, polling each frame, or fails with `message` (a function is read only
 * at the failure, so it can describe the state then). Pass `timeoutMs` where a test has more to wait for.
 */
export async function until(check: () => boolean, message: string | (() => string), timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out: ${typeof message === 'string' ? message : message()}`);
    await nextFrame();
  }
}
