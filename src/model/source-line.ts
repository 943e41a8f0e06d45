import { readEdtf } from './edtf-reader';
import type { CalendarDate, Source } from './types';

/** When a source was published, in the language of `messages`; null when it does not say. Pure. */
export function publishedPhrase(source: Source, messages: { date(date: CalendarDate): string }): string | null {
  const published = source.published ? readEdtf(source.published) : null;
  return published?.ok ? messages.date(published.value) : null;
}

/** "Title · Publisher · 3 July 2025": what a source is, in one line, its date in the language of `messages`. Pure. */
export function sourceLine(source: Source, messages: { date(date: CalendarDate): string }): string {
  return [source.title, source.publisher, publishedPhrase(source, messages)]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}
