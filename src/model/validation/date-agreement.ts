/**
 * The warning for sources that differ silently: an event's date that cannot be true alongside a
 * date one of its citations gives (see corroboration.ts), when the event's dateNote does not say
 * why. A note says why when it names that citation's source: its publisher, title or id.
 */
import { datesAgree } from '../corroboration';
import { citationCalendar } from '../citation-calendar';
import type { Source, TimelineEvent } from '../types';
import type { Problems } from './problems';
import type { SourcedItem } from './sourced';
import type { CitableSources } from './sources';

/** Whether the note names the source (case-insensitive). */
export function noteNamesSource(note: string | undefined, source: Source): boolean {
  if (!note) return false;
  const text = note.toLowerCase();
  return [source.publisher, source.title, source.id].some((name) => name !== undefined && /\S/.test(name) && text.includes(name.trim().toLowerCase()));
}

/** A warning for each citation whose date contradicts the event's, unless the dateNote names its source. */
export function warnDateConflicts(event: TimelineEvent, item: SourcedItem, sources: CitableSources, problems: Problems): void {
  // A loop, not forEach: no closure per event for the 100,000-event stories with no citation dates.
  const { citations } = event;
  for (let index = 0; index < citations.length; index++) {
    const citation = citations[index];
    if (citation.date === undefined) continue;
    const calendar = citationCalendar(citation);
    if (!calendar || datesAgree(calendar, event.calendar)) continue;
    const source = sources.get(citation.source)?.source;
    if (!source || noteNamesSource(event.dateNote, source)) continue;
    problems.warn(
      `${item.collection}[${item.index}].citations[${index}].date`,
      ['datesContradict', event.id, source.id, citation.date, event.date],
      event.id,
    );
  }
}
