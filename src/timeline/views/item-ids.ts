/**
 * The ids of an event's entry in the list and in the phone chronology, which the detail gives focus
 * back to when it closes: in the first frame's code, apart from the views that draw them (which load after it).
 */

/** Id of an event's item in the list, to give it focus. */
export function listItemId(eventId: string): string {
  return `list-item-${eventId}`;
}

/** Id of an event's entry in the chronology, to give it focus. */
export function chronologyItemId(eventId: string): string {
  return `chronology-item-${eventId}`;
}
