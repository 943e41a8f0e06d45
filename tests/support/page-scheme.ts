import { commands } from 'vitest/browser';

/**
 * Puts the test page in a colour scheme as a page that supports both would be: it declares
 * `color-scheme: light dark` and paints its own background (the element is transparent and
 * follows the page's scheme), and the browser prefers `scheme`.
 */
export async function usePageScheme(scheme: 'light' | 'dark'): Promise<void> {
  await commands.emulateMedia({ colorScheme: scheme });
  document.documentElement.style.colorScheme = 'light dark';
  document.body.style.background = scheme === 'dark' ? '#15191e' : '#ffffff';
  document.body.style.color = scheme === 'dark' ? '#e6edf3' : '#1b1f24';
}

/** Back to the page as the tests start: no declared scheme, no background, no preference. */
export async function resetPageScheme(): Promise<void> {
  await commands.emulateMedia({ colorScheme: null });
  document.documentElement.style.colorScheme = '';
  document.body.style.background = '';
  document.body.style.color = '';
}
