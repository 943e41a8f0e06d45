import { parseEdtf } from './edtf';
import type { CalendarDate, Source } from './types';

/** "Title · Publisher · 3 July 2025": what a source is, in one line, its date in the language of `messages`. Pure. */
export function sourceLine(source: Source, messages: { date(date: CalendarDate): string }): string {
  const published = source.published ? parseEdtf(source.published) : null;
  return [source.title, source.publisher, published?.ok ? messages.date(published.value) : null]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}
