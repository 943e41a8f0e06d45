/**
 * Corroboration in words, for the reader: "Sources differ: 14 March 2023 (Outlet A) · 13 March
 * 2023 (Outlet B and Outlet C)". The words come from the element's message catalog and Intl (a
 * `Translation` fits `CorroborationWords`); source names are plain text, to be rendered as text.
 */
import type { Corroboration } from './corroboration';
import type { CalendarDate, Source } from './types';

/** What the phrase needs from a language: two messages, its list format and its date phrases. */
export interface CorroborationWords {
  t(key: 'sourcesDiffer' | 'sourceReading', values: Readonly<Record<string, string>>): string;
  list(items: readonly string[]): string;
  date(date: CalendarDate): string;
}

/** How a reader knows a source: its publisher, else its title. */
export function sourceName(source: Source): string {
  return source.publisher && /\S/.test(source.publisher) ? source.publisher.trim() : source.title;
}

/**
 * "Sources differ: …" with each date the sources give and who gives it, in the readings' order;
 * null when they agree. `nameOf` names a source id (publisher, else title, else the id).
 */
export function sourcesDifferPhrase(corroboration: Corroboration, nameOf: (sourceId: string) => string, words: CorroborationWords): string | null {
  if (corroboration.agree) return null;
  const readings = corroboration.readings.map((reading) => {
    const names = [...new Set(reading.sources.map(nameOf))];
    return words.t('sourceReading', { date: words.date(reading.calendar), sources: words.list(names) });
  });
  return words.t('sourcesDiffer', { readings: readings.join(' · ') });
}

/** A `nameOf` for `sourcesDifferPhrase` over a story's sources: publisher, else title, else the id. */
export function sourceNamer(sources: readonly Source[]): (sourceId: string) => string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => {
    const source = byId.get(id);
    return source ? sourceName(source) : id;
  };
}
