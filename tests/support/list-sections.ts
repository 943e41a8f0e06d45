/** The chronological list and the print list, read as sections: each list under its era's heading. */
import { expect } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { input, part, until } from './harness';

/** The list built for printing (only while printing). */
export const printList = (el: HistoryTimeline) => part(el, 'print-list');

export interface Section {
  /** The heading's text, or null for a list with none. */
  heading: string | null;
  level: string | null;
  /** What identifies each item: its event id (list view) or its text (print). */
  items: string[];
}

/** The lists inside `root`, each with the heading right before it (a real heading: role and level). */
function sectionsOf(root: HTMLElement, itemKey: (li: HTMLLIElement) => string): Section[] {
  return [...root.querySelectorAll<HTMLOListElement>('ol')].map((ol) => {
    const before = ol.previousElementSibling;
    const heading = before?.getAttribute('role') === 'heading' ? before : null;
    // List semantics kept: every child of the list is an item.
    expect([...ol.children].every((c) => c.tagName === 'LI'), 'an <ol> holds only <li>').toBe(true);
    return { heading: heading?.textContent ?? null, level: heading?.getAttribute('aria-level') ?? null, items: [...ol.children].map((li) => itemKey(li as HTMLLIElement)) };
  });
}

export const listSections = (el: HistoryTimeline) => sectionsOf(part(el, 'list')!, (li) => li.querySelector<HTMLElement>('[data-event-id]')!.dataset.eventId!);

/** Print items carry no id: each is known by its title, which ends its first line. */
export function printSections(el: HistoryTimeline): Section[] {
  const byTitle = new Map(el.events.map((e) => [e.title, e.id]));
  return sectionsOf(printList(el)!, (li) => {
    const first = li.querySelector('strong')!.textContent!;
    return [...byTitle].find(([title]) => first.endsWith(`: ${title}`))?.[1] ?? `? ${first}`;
  });
}

/** Emulates print media and waits for the print list. */
export async function printed(el: HistoryTimeline): Promise<HTMLElement> {
  await input.emulateMedia({ media: 'print' });
  await until(() => printList(el) !== null, 'printing built the print list');
  await el.updateComplete;
  return printList(el)!;
}
