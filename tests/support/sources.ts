/** The source view's tabs and the detail's sources, found by role and part. */
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { shadow } from './harness';

/** The source view's tabs, in order (none with one source). */
export const sourceTabs = (el: HistoryTimeline) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="source-view"] [role="tab"]')];

/** The heading line of each source in a detail or a card, as read: "Publisher · 15 March 2024". */
export const sourceHeadings = (root: Element) => [...root.querySelectorAll('[part~="cited-source"] [role="heading"]')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
