/**
 * The time zones suggested in the story's Time zone field: every IANA name the browser knows,
 * with today's name beside the old one where the browser still lists a zone by the name it had
 * before a country renamed a city (Chromium lists Asia/Calcutta, not Asia/Kolkata).
 */

/** Old IANA names that browsers still list, and the names the IANA database gives those zones now. */
const RENAMED: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** `supported` (Intl.supportedValuesOf('timeZone')) with today's names added, sorted, each once. */
export function timeZoneSuggestions(supported: readonly string[]): string[] {
  const names = new Set(supported);
  for (const zone of supported) if (RENAMED[zone]) names.add(RENAMED[zone]);
  return [...names].sort();
}
