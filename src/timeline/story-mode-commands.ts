/**
 * Story mode's moves, pure: which card a key, a button or a swipe leads to. Cards are numbered
 * -1 for the title card, then 0 … n-1 for the events in time order.
 */

export type StoryCommand = 'previous-card' | 'next-card' | 'title-card' | 'last-card';

/** The title card's position. */
export const TITLE_CARD = -1;

/** A swipe moves at least this far sideways (px)… */
export const SWIPE_MIN_PX = 48;
/** …mostly sideways (horizontal over vertical distance)… */
const SWIPE_SLOPE = 1.5;
/** …and quickly: a slow drag is the reader reading, or selecting text. */
const SWIPE_MAX_MS = 1000;

/** The command a key on the card means, or null: ← → step, Home goes to the title card, End to the last. Modified keys are never ours. */
export function storyCommandForKey(key: string, modifiers: { altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}): StoryCommand | null {
  if (modifiers.altKey || modifiers.ctrlKey || modifiers.metaKey || modifiers.shiftKey) return null;
  switch (key) {
    case 'ArrowLeft':
      return 'previous-card';
    case 'ArrowRight':
      return 'next-card';
    case 'Home':
      return 'title-card';
    case 'End':
      return 'last-card';
    default:
      return null;
  }
}

/** A touch that moved `dx`, `dy` px in `ms`: a swipe to the left shows the next card, to the right the previous one. */
export function swipeCommand(dx: number, dy: number, ms: number): StoryCommand | null {
  if (ms > SWIPE_MAX_MS || Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * SWIPE_SLOPE) return null;
  return dx < 0 ? 'next-card' : 'previous-card';
}

/** The card a command leads to from `position` among `total` events; the same position at either end. */
export function cardAfter(command: StoryCommand, position: number, total: number): number {
  if (total <= 0) return TITLE_CARD;
  switch (command) {
    case 'previous-card':
      return Math.max(TITLE_CARD, position - 1);
    case 'next-card':
      return Math.min(total - 1, position + 1);
    case 'title-card':
      return TITLE_CARD;
    case 'last-card':
      return total - 1;
  }
}

/**
 * The card `start-at` opens on among `total` events: `title` (and anything unknown) the title
 * card, `first` and `last` the ends, or an event's id (found by `positionOf`) its card.
 */
export function startCard(startAt: string | null | undefined, total: number, positionOf: (id: string) => number | undefined): number {
  if (total <= 0) return TITLE_CARD;
  if (startAt === 'first') return 0;
  if (startAt === 'last') return total - 1;
  const at = startAt && startAt !== 'title' ? positionOf(startAt) : undefined;
  return at !== undefined && at >= 0 && at < total ? at : TITLE_CARD;
}
