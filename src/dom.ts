/** What both elements ask the page: the reader's preferences, where focus is, the writing direction. */

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
