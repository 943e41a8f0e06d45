import { loadCatalog, type Messages } from '../i18n';

/**
 * The parts of `<history-timeline>` its first frame does without, each a file beside
 * history-timeline.js that it imports (relative to itself) after that frame, or as soon as a view
 * needs it: story mode, search, the list and chronology, the source view, print, the overview's
 * window, Luxon (internal/later-parts.ts); a language's words (src/i18n); the big-story reader
 * (loading/big-story.ts). Each file is asked for once a page, whatever the number of timelines.
 */

let warned = false;

/**
 * A part that could not be loaded, said once a page in the console: the timeline still draws,
 * zooms and opens details, in English. Returns undefined, for `.catch(reportMissingPart)`.
 */
export function reportMissingPart(error: unknown): undefined {
  if (warned) return undefined;
  warned = true;
  const reason = error instanceof Error ? error.message : String(error);
  console.warn(
    `history-timeline: a file it loads after the first frame could not be loaded (${reason}). ` +
      'The timeline draws, zooms and opens details without it, in English; story mode, search, the list, the source view, ' +
      "print, the overview's window, other languages and big stories' worker need the history-timeline-*.js files beside history-timeline.js.",
  );
  return undefined;
}

/** A problem's sentence when the validator's words (which come with the later parts) could not be loaded. */
export const UNSAID = 'This value is not valid; the file with the words that say why could not be loaded.';

type LaterModule = typeof import('./internal/later-parts');
let later: Promise<LaterModule | undefined> | null = null;

/** The later parts' module, or undefined when it cannot be loaded (said once). */
export function loadLaterParts(): Promise<LaterModule | undefined> {
  return (later ??= import('./internal/later-parts').catch(reportMissingPart));
}

/** A language's words, or undefined when they cannot be loaded (the language then reads English; said once). */
export function loadWords(language: string): Promise<Messages | undefined> {
  return loadCatalog(language).catch(reportMissingPart);
}

type LiveModule = typeof import('./internal/live-part');
let live: Promise<LiveModule | undefined> | null = null;

/** A live story's part (addEvents, updateEvent, `live`), or undefined when it cannot be loaded (said once). */
export function loadLivePart(): Promise<LiveModule | undefined> {
  return (live ??= import('./internal/live-part').catch(reportMissingPart));
}
