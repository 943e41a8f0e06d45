/**
 * A timeline's state in the page's URL hash: `#event=<id>` (the selection), `q=<text>` (the
 * search), for a lone timeline; `#<element id>:event=<id>` when several share a page; entries are
 * joined with `&`.
 */

function entries(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The event id the hash selects for a timeline with the given scope (element id), or null.
 * Its scoped entry comes first; an unscoped `event=` entry counts only with `acceptUnscoped`.
 */
export function readSelection(hash: string, scope: string | null, acceptUnscoped = true): string | null {
  return readHashValue(hash, scope, 'event', acceptUnscoped);
}

/** The value of `key` (`event`, `q`, …) for a timeline with the given scope, as readSelection reads `event`. */
export function readHashValue(hash: string, scope: string | null, key: string, acceptUnscoped = true): string | null {
  let unscoped: string | null = null;
  const pattern = new RegExp(`^(?:(.+):)?${key}=(.*)$`);
  for (const entry of entries(hash)) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const [, entryScope, id] = match;
    if (entryScope !== undefined) {
      if (scope && decode(entryScope) === scope) return decode(id) || null;
    } else unscoped = decode(id) || null;
  }
  return acceptUnscoped ? unscoped : null;
}

/**
 * The hash with this timeline's selection replaced (or removed when `id` is null), keeping
 * other timelines' entries. With `scope` null the unscoped form is written.
 */
export function writeSelection(hash: string, scope: string | null, id: string | null): string {
  return writeHashValue(hash, scope, 'event', id);
}

/** The hash with this timeline's `key` entry replaced (removed when `value` is null or empty), as writeSelection writes `event`. */
export function writeHashValue(hash: string, scope: string | null, key: string, value: string | null): string {
  const prefix = scope ? `${encodeURIComponent(scope)}:${key}=` : `${key}=`;
  const kept = entries(hash).filter((entry) => {
    if (entry.startsWith(prefix)) return false;
    // Writing the scoped form replaces an unscoped entry this timeline may have been opened with.
    return !(scope && entry.startsWith(`${key}=`));
  });
  if (value) kept.push(prefix + encodeURIComponent(value));
  return kept.length ? `#${kept.join('&')}` : '';
}
