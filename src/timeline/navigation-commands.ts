/**
 * The timeline's navigation commands (zoom, pan, and moves from event to event): one table from
 * keys and toolbar buttons to what they do, so the keyboard and the buttons cannot drift apart.
 * Pure: NavigationController runs the command it gets back.
 */

export type NavigationCommand =
  | 'zoom-in'
  | 'zoom-out'
  | 'fit'
  | 'pan-back'
  | 'pan-forward'
  | 'previous-event'
  | 'next-event'
  | 'first-event'
  | 'last-event'
  | 'show-first-event'
  | 'show-last-event'
  /** Enter / Space on the timeline while it holds focus for an event being brought into view. */
  | 'open-held-event';

/** Zoom factor of one keyboard or button step. */
export const ZOOM_STEP = 2;
/** Share of the visible span one pan key moves. */
export const PAN_STEP = 0.2;

/** The toolbar's zoom buttons: label for screen readers, visible text, and the key in the tooltip. */
export const TOOLBAR_COMMANDS: readonly { command: NavigationCommand; text: string; label: string; title: string }[] = [
  { command: 'zoom-in', text: '+', label: 'Zoom in', title: 'Zoom in (+)' },
  { command: 'zoom-out', text: '−', label: 'Zoom out', title: 'Zoom out (−)' },
  { command: 'fit', text: 'Fit', label: 'Fit all events', title: 'Fit all (0)' },
];

/** Where the key was pressed. */
export interface KeyContext {
  /** On an event's mark, or on the timeline while it holds focus for an event (see FocusController). */
  onEvent: boolean;
  /** The timeline holds focus for an event that is not drawn yet. */
  holdingEvent: boolean;
}

/**
 * The command a key press means, or null when the key is not ours (it then does what it does by
 * default: Enter and Space on a mark are the button's own). Keys are read by `event.key`, so any
 * keyboard layout works; modified keys (Alt, Ctrl, ⌘) are never ours.
 */
export function commandForKey(
  key: string,
  context: KeyContext,
  modifiers: { altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {},
): NavigationCommand | null {
  if (modifiers.altKey || modifiers.ctrlKey || modifiers.metaKey) return null;
  switch (key) {
    case 'Enter':
    case ' ':
      return context.holdingEvent ? 'open-held-event' : null;
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'fit';
    case 'ArrowLeft':
      return context.onEvent ? 'previous-event' : 'pan-back';
    case 'ArrowRight':
      return context.onEvent ? 'next-event' : 'pan-forward';
    case 'Home':
      return context.onEvent ? 'first-event' : 'show-first-event';
    case 'End':
      return context.onEvent ? 'last-event' : 'show-last-event';
    default:
      return null;
  }
}
