import { afterEach, beforeEach } from 'vitest';

/**
 * Collects what is thrown out of the element's code during each test of the file that calls it
 * (at its top level): window 'error' and 'unhandledrejection' (Lit runs updates in microtasks).
 * The tests assert on the list; a rejection recorded here does not also fail the whole file.
 */
export function watchUncaught(): string[] {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    uncaught.push(`unhandledrejection: ${(e.reason as Error)?.message ?? String(e.reason)}`);
    e.preventDefault();
  };
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return uncaught;
}
