/**
 * The words of the validator's messages, by key. The checks (validation/*.ts) say which message
 * and with what (a `Said`); `sentence` writes it. The element's first frame reads a story without
 * this module and words its problems once the later parts bring it (docs/architecture.md, "Bundle
 * size"); `validateStory` words each problem as it is found.
 */
import { type Collection, type Said, quote } from './problems';
import { MAX_PARAGRAPH } from '../text-limit';
import { MAX_MEDIA_PX, MAX_MEDIA_TEXT } from '../media';
import { yearLabel } from '../edtf-reader';

/** How messages name an event (or an era): by its id when it has one, else by where it is. */
export function eventLabel(eventId: string | undefined, index: number, collection: Collection): string {
  const noun = collection === 'eras' ? 'Era' : 'Event';
  return eventId !== undefined ? `${noun} ${quote(eventId)}` : `${noun} at ${collection}[${index}]`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const EXPECTED =
  'expected YYYY, YYYY-MM or YYYY-MM-DD (a leading "-" for years BCE), optionally followed by ' +
  '"?", "~" or "%", or an interval "A/B" where one end may be ".."; a time as in "2023-08-23T18:04Z"';

/** A huge input is clipped so an error stays one readable line. */
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

const edtfExample = (example: string, kind: string) => `must be an EDTF string such as "${example}", not ${kind}`;

/** Each message's words; a string argument may itself be a message (a `Said`), written first. */
export const MESSAGES = {
  // Any part of the story.
  unreadable: () => 'The story could not be read.',
  unreadableAt: (path: string) => `The value at ${path} could not be read.`,
  mustBeString: (what: string, kind: string) => `${what} must be a string, not ${kind}.`,
  cut: (subject: string, length: number, max: number) => `${subject} is ${length} characters long, longer than the ${max} allowed; it is cut to ${max}.`,
  the: (name: string, field: string) => `${name}: the ${field}`,
  named: (name: string, rest: string) => `${name}: ${rest}`,
  // A date (edtf-reader.ts): `text` is the date as written.
  edtfNotString: () => `The date must be a string: ${EXPECTED}.`,
  edtfEmpty: () => `The date is empty: ${EXPECTED}.`,
  edtfUnsupported: (text: string) => `"${clip(text)}" is not a supported EDTF date: ${EXPECTED}.`,
  edtfWhitespace: (text: string) => `"${clip(text)}" contains whitespace: write the date with no spaces, as in "1994-07-15" or "1992/1996".`,
  edtfOpenAlone: () => '".." alone is not a date: an open end belongs in an interval such as "../1994".',
  edtfEmptyEnd: (text: string) => `"${clip(text)}" has an empty end: write ".." for an open end, as in "../1994" or "1994/..".`,
  edtfBothOpen: () => '"../.." leaves both ends open: at least one end must be a date.',
  edtfBackwards: (text: string, right: string, left: string) => `"${text}" ends before it starts: ${right} is earlier than ${left}.`,
  edtfYearZero: (text: string) => `"${text}" is not a valid year: year zero (1 BCE) is written "0000", without a minus sign.`,
  edtfNoMonth: (text: string, month: string) => `"${text}" has no month ${month}: months run from 01 to 12.`,
  edtfDayZero: (text: string) => `"${text}" is not a real day: days are numbered from 01.`,
  // "February 1 has 28 days" would read as a day: a year under 1000 is named as one.
  edtfDayPast: (text: string, month: number, year: number, length: number) =>
    `"${text}" is not a real day: ${MONTH_NAMES[month - 1]} ${year > 0 && year < 1000 ? `of the year ${year}` : yearLabel(year)} has ${length} days.`,
  edtfNotTime: (text: string) => `"${text}" is not a real time of day: hours run from 00 to 23, minutes and seconds to 59.`,
  edtfNoOffset: (text: string) => `"${text}" has a time of day but no offset: add one ("Z", "+05:30") or set the story's timeZone (an IANA name such as "Asia/Kolkata").`,
  edtfSkipped: (text: string, zone: string) => `"${text}" did not happen in ${zone}: the clocks skipped it.`,
  // The story as a whole.
  storyNotObject: (kind: string) => `The story is not a JSON object (it is ${kind}).`,
  storyListNotArray: (key: string, kind: string) => `The story's ${key} must be an array, not ${kind}.`,
  storyNoList: (key: string) => `The story has no ${key} array.`,
  storyNoTitle: () => 'The story has no title.',
  storyTitle: () => 'The story title',
  storyField: (field: string) => `The story's ${field}`,
  notTimeZone: (zone: string | null, kind: string) =>
    `The story's timeZone ${zone !== null ? quote(zone) : `(${kind})`} is not a time zone: write an IANA name such as "Asia/Kolkata".`,
  featuredUnknown: (id: string) => `The featured event ${quote(id)} is not one of the story's valid events; the default is used.`,
  featuredNotString: (kind: string) => `The featured event must be an event id string, not ${kind}.`,
  // Sources and their paragraphs.
  source: (index: number, id: string | null) => (id !== null ? `Source ${quote(id)}` : `Source ${index}`),
  paragraph: (index: number, id: string | null, source: number, sourceId: string | null) =>
    `Paragraph ${id !== null ? quote(id) : index} of ${sourceId !== null ? `source ${quote(sourceId)}` : `source ${source}`}`,
  paragraphNotObject: (index: number, source: number, sourceId: string | null, kind: string) =>
    `Paragraph ${index} of ${sourceId !== null ? `source ${quote(sourceId)}` : `source ${source}`} is not an object (it is ${kind}).`,
  paragraphTooLong: (name: string, length: number) =>
    `${name} is ${length} characters long, longer than the ${MAX_PARAGRAPH} allowed for a paragraph; it is left out, so it cannot be cited. Split it where the source starts a new paragraph.`,
  badRole: (name: string, value: string) => `${name}: role must be "heading" when present, not ${value}.`,
  sourceNotObject: (index: number, kind: string) => `Source ${index} is not an object (it is ${kind}).`,
  sourceNoId: (name: string) => `${name} has no id, so it cannot be cited and is left out.`,
  noTitle: (name: string) => `${name} has no title.`,
  noId: (name: string) => `${name} has no id.`,
  sourceNoParagraphs: (name: string) => `${name} has no paragraphs array, so it cannot be cited and is left out.`,
  sourceParagraphsNotArray: (name: string, kind: string) => `${name}: paragraphs must be an array, not ${kind}, so the source is left out.`,
  badUrl: (name: string, value: string) => `${name}: the url ${value} is not an http or https address.`,
  badPublished: (name: string, error: string) => `${name}: the published date is invalid: ${error}`,
  publishedNotString: (name: string, kind: string) => `${name}: the published date ${edtfExample('2021-08-15', kind)}.`,
  paragraphTwice: (name: string, id: string) => `${name} has two paragraphs with id ${quote(id)}; only the first is kept.`,
  sourceTwice: (id: string, index: number) => `Source ${quote(id)} at sources[${index}] repeats an earlier source id; only the first is kept.`,
  // Groups.
  group: (path: string, id: string | null) => (id !== null ? `Group ${quote(id)}` : `Group at ${path}`),
  groupNotObject: (path: string, kind: string) => `Group at ${path} is not an object (it is ${kind}).`,
  groupTwice: (name: string, path: string) => `${name} at ${path} repeats an earlier group id; only the first is kept.`,
  colorNotString: (name: string, kind: string) => `${name}: the colour must be a string, not ${kind}. The palette's colour is used.`,
  notColor: (name: string, color: string) =>
    `${name}: ${quote(color)} is not a CSS colour; write a hex colour, rgb(), hsl(), oklch() or lab() with plain numbers, or a colour name such as "teal". The palette's colour is used.`,
  faintColor: (name: string, color: string) =>
    `${name}: the colour ${quote(color)} has less than 3:1 contrast against a white background, so its marks would be hard to see; the element uses its palette's colour there instead.`,
  // Events and eras: `item` is an event's or an era's label (eventLabel).
  item: (id: string | undefined, index: number, collection: Collection) => eventLabel(id, index, collection),
  itemNotObject: (index: number, collection: Collection, kind: string) => `${collection === 'eras' ? 'Era' : 'Event'} at ${collection}[${index}] is not an object (it is ${kind}).`,
  itemNoField: (item: string, field: string) => `${item} has no ${field}.`,
  idNotUrlSafe: (item: string) => `${item}: the id is not URL-safe; use letters, digits, ".", "_", "~" and "-", starting with a letter or digit.`,
  idTwice: (item: string, index: number, first: number) => `${item} at events[${index}] repeats the id of events[${first}]; only the first is kept.`,
  eraIdTwice: (item: string, index: number) => `${item} at eras[${index}] repeats an earlier era id; only the first is kept.`,
  dateNotString: (item: string, example: string, kind: string) => `${item}: the date ${edtfExample(example, kind)}.`,
  eraNoDate: (item: string) => `${item} has no date; an era needs a span, such as "1996-09/2001-11".`,
  eraSingleDate: (item: string, date: string, unit: string) =>
    `${item}: ${quote(date)} is a single ${unit}; an era needs a span: an interval ("1996-09-27/2001-11"), a year or a month.`,
  noGroup: (item: string, group: string) => `${item}: the story has no group ${quote(group)}; it is shown without a group.`,
  groupNotString: (item: string, kind: string) => `${item}: the group must be a string, not ${kind}. It is shown without a group.`,
  pinnedNotBoolean: (item: string, kind: string) => `${item}: pinned must be true or false, not ${kind}.`,
  noDateBasis: (item: string) => `${item} has no dateBasis; it must be "stated" or "inferred".`,
  badDateBasis: (item: string, value: string) => `${item}: dateBasis must be "stated" or "inferred", not ${value}.`,
  noDateNote: (item: string) => `${item}: the date is inferred, so a dateNote must say how it was inferred.`,
  noCitations: (item: string, collection: Collection) => `${item} has no citations; every ${collection === 'eras' ? 'era' : 'event'} must cite at least one paragraph.`,
  citationsNotArray: (item: string, kind: string) => `${item}: citations must be an array, not ${kind}.`,
  // An event's picture: `name` is "Event "kabul": the media".
  mediaNotObject: (name: string, kind: string) => `${name} must be an object such as {"src": "map.png", "alt": "…"}, not ${kind}; it is left out.`,
  mediaNoSrc: (name: string) => `${name} has no src; it needs the picture's URL and is left out.`,
  mediaBadSrc: (name: string, value: string) => `${name}'s src ${value} is not an http(s) or relative URL; the media is left out.`,
  mediaBadDecorative: (name: string, value: string) => `${name}'s decorative must be true or false, not ${value}; it is read as false.`,
  mediaAltNotString: (name: string, kind: string) => `${name}'s alt must be a string, not ${kind}; the media is left out.`,
  mediaNoAlt: (name: string) => `${name} has no alt text; say what the picture shows, or set "decorative": true if it adds nothing to the words. The media is left out.`,
  mediaLongAlt: (name: string, length: number) =>
    `${name}'s alt is ${length} characters long; keep it under ${MAX_MEDIA_TEXT} (put the rest in the caption). The media is left out.`,
  mediaTextNotString: (name: string, key: string, kind: string) => `${name}'s ${key} must be a string, not ${kind}; it is left out.`,
  mediaLongText: (name: string, key: string, length: number) => `${name}'s ${key} is ${length} characters long; keep it under ${MAX_MEDIA_TEXT}. It is left out.`,
  mediaBadSize: (name: string, key: string, value: string) => `${name}'s ${key} must be a whole number of pixels from 1 to ${MAX_MEDIA_PX}, not ${value}; it is left out.`,
  mediaHalfSize: (name: string, given: string, missing: string) => `${name} gives its ${given} without its ${missing}; give both or neither. The size is left out.`,
  mediaBadLink: (name: string, value: string) => `${name}'s link ${value} is not an http(s) or relative URL; it is left out.`,
  // A citation: each sentence goes on from the item's label.
  citationNotObject: (kind: string) => `the citation is not an object (it is ${kind}).`,
  citationNoId: (what: string) => `the citation names no ${what}.`,
  citationIdNotString: (what: string, kind: string) => `the citation's ${what} must be a ${what} id string, not ${kind}.`,
  unknownSource: (id: string) => `the citation cites unknown source ${quote(id)}.`,
  paragraphLeftOut: (id: string, source: string) =>
    `the citation cites paragraph ${quote(id)} of source ${quote(source)}, which is left out for being longer than ${MAX_PARAGRAPH} characters.`,
  unknownParagraph: (id: string, source: string) => `the citation cites paragraph ${quote(id)}, which source ${quote(source)} does not have.`,
  citesHeading: (id: string, source: string) =>
    `the citation cites paragraph ${quote(id)} of source ${quote(source)}, which is a heading; headings cannot be cited, so cite the paragraph that reports it.`,
  noQuote: () => 'the citation has no quote.',
  blankQuote: () => "the citation's quote is blank.",
  citationField: (field: string) => `the citation's ${field}`,
  quoteNotFound: (text: string, paragraph: string, source: string) => `the quote ${quote(text)} is not found verbatim in paragraph ${quote(paragraph)} of source ${quote(source)}.`,
  quoteNotFoundAround: (text: string, prefix: string | null, suffix: string | null, paragraph: string, source: string) =>
    `the quote ${quote(text)} is not found ${[prefix !== null ? `after the prefix ${quote(prefix)}` : '', suffix !== null ? `before the suffix ${quote(suffix)}` : '']
      .filter(Boolean)
      .join(' and ')} in paragraph ${quote(paragraph)} of source ${quote(source)}.`,
  citationDateNotString: (kind: string) => `the citation's date ${edtfExample('1994-07-15', kind)}; it is left out.`,
  citationDateLeftOut: (error: string) => `the citation's date is left out: ${error}`,
  datesContradict: (id: string, source: string, date: string, eventDate: string) =>
    `Event ${quote(id)}: source ${quote(source)} gives ${quote(date)}, which contradicts the event's date ${quote(eventDate)}, and the dateNote does not say why; name the source in the dateNote and say why its date is not kept, or correct one of the dates.`,
};

export type Messages = typeof MESSAGES;

/** The sentence a check said: its message's words, filled with what it gave (a plain string is already one). */
export function sentence(said: Said | string): string {
  if (typeof said === 'string') return said;
  const [key, ...args] = said;
  return (MESSAGES[key] as (...words: unknown[]) => string)(...args.map((arg: unknown) => (typeof arg === 'object' && arg !== null ? sentence(arg as Said) : arg)));
}
