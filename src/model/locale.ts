/**
 * The locale a timeline speaks: the first of its candidates (the `lang` attribute, the document's
 * language, the browser's) that Intl can read. A malformed tag (`en_US`, `not a locale`) is mended
 * or skipped, never thrown.
 */
export function canonicalLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

export function resolveLocale(candidates: readonly (string | null | undefined)[], fallback = 'en'): string {
  for (const candidate of candidates) {
    const locale = canonicalLocale(candidate);
    if (locale) return locale;
  }
  return fallback;
}
