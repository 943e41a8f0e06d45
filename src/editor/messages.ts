/**
 * The validator's messages in the editor's words: an event is named by its title (never its id,
 * which the journalist never chose), the article by what its field is called in the form, and the
 * story format's field names by plain words.
 */

const MAX_SHOWN = 60;

/** How the validator quotes a value in a message (see src/model/validate.ts): JSON, clipped. */
const quoted = (text: string) => JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** Field names of the story format, as a person says them. */
const PLAIN_WORDS: readonly [RegExp, string][] = [
  [/, so a dateNote must say how it was inferred\./, ', so its date note must say how it was worked out.'],
  [/\bthe dateNote\b/g, 'the date note'],
  [/ has no alt text; say what the picture shows, or set "decorative": true if it adds nothing to the words\. The media is left out\./, ' has no alt text: say what it shows, for readers who cannot see it.'],
  [/\bthe media\b/g, 'the picture'],
  [/^The story's timeZone (.*) is not a time zone: write an IANA name such as "Asia\/Kolkata"\.$/, 'The time zone $1 is not one we know: choose one of the suggestions, a name such as Asia/Kolkata or America/New_York.'],
];

function plain(message: string): string {
  return PLAIN_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), message);
}

/** An event's problem named by the event's title: `Event "e12" has no date.` → `“Mayor marries” has no date.` */
export function eventMessage(message: string, eventId: string | undefined, title: string): string {
  const name = title.trim() ? `“${title.trim()}”` : 'The untitled event';
  const prefix = eventId === undefined ? null : `Event ${quoted(eventId)}`;
  const named = prefix && message.startsWith(prefix) ? name + message.slice(prefix.length) : message.replace(/^Event at events\[\d+\]/, name);
  return plain(named);
}

/** The article's problem in the words of its form: `Source "article": the url "x" is …` → `The URL "x" is …`. */
export function sourceMessage(message: string, sourceId: string): string {
  const prefix = `Source ${quoted(sourceId)}`;
  if (!message.startsWith(prefix)) return plain(message);
  const rest = message.slice(prefix.length);
  if (rest === ' has no title.') return "The article's title is empty.";
  const field = /^: the (url|published date) (.*)$/.exec(rest);
  if (field) return `The ${field[1] === 'url' ? 'URL' : 'publication date'} ${field[2]}`;
  return `The article${rest.startsWith(':') ? rest : `${rest}`}`;
}
