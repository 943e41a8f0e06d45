import { parse, type VerbPhrase } from './nlp';

/**
 * Text inside an article's paragraphs that carries dates but tells no event: wire datelines
 * ("LISBON (Newswire) - ", "VALLETTA May 2 "), photo captions and credits ("… April 25, 2018.
 * REUTERS/Jane Doe"), embedded posts ("— Port Authority (@PortAuthority) May 31, 2020") and timestamps
 * ("July 10, 2018 / 6:26 AM"). The drafter reads no event from them; the paragraphs stay in the
 * story (they are not page furniture, so paragraph numbers do not move).
 */

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';

// "MAPUTO (Radio Kellan / Wire - 08th July, 2022) ", "LISBON (Newswire) - ", "VALLETTA May 2 ",
// "PORT KELLAN -- ", "NEW HARTON, Del. (Wire) – ", "LONDON, June 5 (Newswire) - ".
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+)*)(,\\s*(?!${MONTH}\\s+\\d)\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?(,?\\s+${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?(\\s*\\([^()]{1,100}\\))?(\\s*(?:[-–—]{1,2}|:)\\s+)?`,
  'u',
);
// "(WIRE- The Harbour Times) ", "(TV9) — ".
const SOURCE_TAG = /^\([^()]{1,60}\)\s*(?:[-–—]{1,2}\s+)?/;
// A source and the report's day, as syndicated pages open: "Xinhua, January 7, 2015 ", "Newswire, 7 January 2015 — ".
const SOURCE_AND_DAY = new RegExp(`^\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,2},\\s+(?:${MONTH}\\s+\\d{1,2},?|\\d{1,2}\\s+${MONTH})\\s+\\d{4}\\b(?:\\s*(?:[-–—]{1,2}|:))?\\s*`, 'u');

/** Length of the wire dateline that opens a paragraph (its dates are the report's, not an event's); 0 when none. */
export function datelineLength(paragraph: string): number {
  const tag = SOURCE_TAG.exec(paragraph) ?? SOURCE_AND_DAY.exec(paragraph);
  if (tag) return tag[0].length;
  const m = DATELINE.exec(paragraph);
  if (!m) return 0;
  const [, city, , date, source, dash] = m;
  if (city.replace(/[^\p{Lu}]/gu, '').length < 2) return 0;
  if (!source && !dash && !date) return 0;
  let end = m[0].length;
  while (end < paragraph.length && /\s/.test(paragraph[end])) end++;
  return end;
}

// A photo credit at the end: "REUTERS/Jane Doe", "(AP Photo/Jane Doe)", "Getty Images", "Courtesy City Archive/Handout via REUTERS/File Photo".
const CREDIT_END = /(?:\b(?:REUTERS|AFP|AP|EPA|EPA-EFE|Reuters|Xinhua|Anadolu)\/[\p{L} .'’/-]+|\((?:AP|AFP|Reuters) Photo[^)]*\)|\b(?:Getty Images|Shutterstock|AP Photo|File Photo|via REUTERS)|\b(?:Photo(?:graph)?|Credit|Image):? [\p{L} .'’/-]+)\.?\s*$/u;
// A video or picture credit after the caption's last sentence, with no stop of its own: "… help survivors. Newslook".
const TRAILING_CREDIT = /[.!?]["”’]?\s+\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)?\s*$/u;
const CAPTION_START = /^(?:photo|photos|image|picture|photograph|file photo|caption|credit|pictured|above|top|video)\s*[:|—–-]/i;
// A caption that says what a picture shows, as wires write them: "An undated photo provided by the
// museum shows …", "In an April 2, 2019 photo provided by …", "This image released by … shows".
const PICTURE = '(?:photo(?:graph)?|image|picture|still|frame grab|handout)';
const PICTURE_SHOWS = new RegExp(
  `^(?:(?:an?|this)\\s+(?:undated\\s+|recent\\s+)?(?:file\\s+|handout\\s+|satellite\\s+)?${PICTURE}\\b[^.]{0,120}?\\b(?:shows?|showing|provided|released|taken|made available|obtained)\\b|in\\s+(?:an?|this)\\s+[^.]{0,40}?\\b${PICTURE}\\s+(?:provided|released|taken|made available|obtained|from|by)\\b)`,
  'i',
);
// A credit naming who passed a picture on: "(Jane Roe/City Museum via AP)".
const VIA_CREDIT = /\([^()]{1,100}\bvia (?:AP|AFP|Reuters|REUTERS|Getty Images)\)\s*$/;
// An embedded post: a link to a picture or a "— Name (@handle) Month Day, Year" signature.
const EMBED = /pic\.twitter\.com\/|\s[—–-]\s[^—–]{1,60}\(@\w{1,30}\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}/u;

/** Whether a paragraph is a caption, a credit or an embedded post rather than the report's own text. */
export function isCaption(paragraph: string): boolean {
  const text = paragraph.trim();
  return CAPTION_START.test(text) || PICTURE_SHOWS.test(text) || VIA_CREDIT.test(text) || CREDIT_END.test(text) || TRAILING_CREDIT.test(text) || EMBED.test(text);
}

/**
 * Whether a paragraph is a teaser cut short: it stops mid-sentence in "..." or "…" ("… who found
 * an u..."), as pages print the first line of a caption or of another story. What it would tell is
 * not all there; a quotation that trails off ("… I don't know...\"") is not cut.
 */
export function isCutShort(paragraph: string): boolean {
  return /[\p{L}\d,;]\s?(?:\.\.\.|…)$/u.test(paragraph.trim());
}

/** Whether the date phrase at [index, index + length) of a text is a timestamp ("July 10, 2018 / 6:26 AM", "Published July 8, 2022 | 12:30"). */
export function isTimestamp(text: string, index: number, length: number): boolean {
  const after = text.slice(index + length, index + length + 16);
  const before = text.slice(Math.max(0, index - 16), index);
  // "Published 8 March 2024", "Updated: …" (capitalised, as pages print them), not "was published in March".
  return /^\s*(?:[/|·•]|[-–—]\s*\d{1,2}:\d{2}|\d{1,2}:\d{2})/.test(after) || /\b(?:Published|Updated|Posted|Last updated|Modified)\s*:?\s*(?:on\s+)?$/.test(before) || /[|/]\s*$/.test(before);
}

const PAST_WORDS = new Set(['was', 'were', 'had', 'did', "'d"]);

/** Whether a verb phrase tells the past: a past or perfect form, or a past auxiliary ("was founded"). */
function pastVerb(v: VerbPhrase, words: string[]): boolean {
  return /past|perfect/.test(v.form) || words.some((w) => PAST_WORDS.has(w));
}

/**
 * Whether a sentence describes a scene, as a caption does, rather than narrating: its verbs are all
 * in the present ("Firefighters battle the blaze near Ostby on Aug. 8, 2018", "A woman walks past
 * a ruined house in March 2021") and the date, which comes after the verb, is long past. News tells
 * what happened in the past tense; the present with a past date is a picture's description. A
 * sentence that opens with its date ("In 1976, she leaves the band") is the historical present of a
 * narrative and is read as told.
 */
export function describesAScene(sentence: string, dateAt: number, datePast: boolean): boolean {
  if (!datePast) return false;
  const { terms, verbs } = parse(sentence);
  const finite = verbs.filter((v) => v.form !== 'infinitive' && v.form !== 'gerund-phrase' && !/^(?:to)$/i.test(terms[v.first - 1]?.normal ?? ''));
  if (finite.length === 0) return false;
  if (finite.some((v) => pastVerb(v, terms.slice(v.first, v.last + 1).map((t) => t.normal)))) return false;
  const firstVerbAt = terms[finite[0].first]?.start ?? 0;
  return firstVerbAt < dateAt && finite.some((v) => /present|progressive/.test(v.form));
}
