/** What both elements ask the page: the reader's preferences, where focus is, when the page is idle. */

/** The reader asked for reduced motion: no animated zoom, scrolling or autoplay. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The element shows its dark colours: its colour scheme allows dark, and dark is preferred (or the only one). */
export function isDarkScheme(element: Element): boolean {
  const scheme = getComputedStyle(element).colorScheme;
  if (!scheme.includes('dark')) return false;
  return !scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Nothing on the page has focus: what had it was removed, moved or hidden. */
export function isPageFocusLost(): boolean {
  return document.activeElement === document.body || document.activeElement === null;
}

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

/** The element with this id in a shadow root, or null. */
export function elementById(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
}

/**
 * Right to left or left to right for an element: its `dir`; else, when it has its own `lang`,
 * `ofLanguage`; else the `dir` around it (through shadow roots); else `ofLanguage`.
 */
export function writingDirection(element: Element, ofLanguage: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const own = element.getAttribute('dir')?.toLowerCase();
  if (own === 'rtl' || own === 'ltr') return own;
  if (element.getAttribute('lang')) return ofLanguage;
  let node: Element | null = element;
  while ((node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null)) {
    const dir = node.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return ofLanguage;
}
