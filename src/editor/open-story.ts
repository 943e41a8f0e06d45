import type { Citation, Paragraph, Source } from '../model/types';
import { emptyDocument, textOfParagraphs, type Candidate, type EditorDocument, type KeptStory } from './document';
import { pictureOf } from './picture';
import { count, listed } from './words';

/**
 * An existing story opened to continue it, read from its JSON as written (not as the validator
 * keeps it, which drops what it does not know): its first source is the article, its events are
 * accepted candidates (they were published, so they were checked), and everything the editor has
 * no field for is kept in its place, so Export writes it back unchanged.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The fields of `object` with `edited` ones holding their places as null: what Export fills back in. */
export function keptFields(object: Json, edited: readonly string[]): Json {
  const kept: Json = {};
  for (const key of Object.keys(object)) kept[key] = edited.includes(key) ? null : object[key];
  return kept;
}

/** The fields of an event the editor edits; an event's other fields are kept. */
export const EVENT_FIELDS = ['id', 'date', 'title', 'summary', 'citations', 'dateBasis', 'dateNote', 'media'] as const;
const SOURCE_FIELDS = ['id', 'title', 'publisher', 'url', 'published', 'paragraphs'];
const STORY_FIELDS = ['title', 'sources', 'events'];

export interface OpenedStory {
  doc: EditorDocument;
  /** What could not be read and was left out, one sentence each. */
  notes: string[];
}

function candidateOf(event: Json, id: string): Candidate {
  const citations = Array.isArray(event.citations) ? event.citations.filter(isObject).map((c) => ({ ...c }) as unknown as Citation) : [];
  const candidate: Candidate = {
    id,
    status: 'accepted',
    title: text(event.title),
    summary: text(event.summary),
    date: text(event.date),
    dateBasis: event.dateBasis === 'inferred' ? 'inferred' : 'stated',
    dateNote: text(event.dateNote),
    citations,
    phrases: citations.map(() => ''),
    kept: keptFields(event, EVENT_FIELDS),
  };
  const media = isObject(event.media) ? pictureOf(event.media) : undefined;
  if (media) candidate.media = media;
  return candidate;
}

/** A unique id for an event whose id is missing or repeated: its own with a number, or `event-N`. */
function freeId(wanted: string, index: number, taken: Set<string>): string {
  const base = wanted || `event-${index + 1}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The story's JSON as a new document `id`, or why it is not a story the editor can open. */
export function openStory(id: string, json: unknown): OpenedStory | { error: string } {
  if (!isObject(json)) return { error: 'it is not a story (a JSON object with a title, sources and events).' };
  const sources = Array.isArray(json.sources) ? json.sources : [];
  const first = sources[0];
  if (!isObject(first) || !Array.isArray(first.paragraphs)) return { error: 'its first source, the article, has no paragraphs to cite.' };
  const notes: string[] = [];
  const paragraphs = first.paragraphs.filter((p): p is Paragraph => isObject(p) && typeof p.id === 'string' && typeof p.text === 'string').map((p) => ({ ...p }));
  const unreadParagraphs = first.paragraphs.length - paragraphs.length;
  if (unreadParagraphs) notes.push(`${unreadParagraphs} of the article's paragraphs have no id or text and are left out.`);

  const events = Array.isArray(json.events) ? json.events : [];
  const taken = new Set<string>();
  const candidates: Candidate[] = [];
  let renamed = 0;
  // A story file's ids may be published already: each stays as it is. One the editor had to replace (none, or used before) was never a link, so it follows its title.
  const published: Record<string, string> = {};
  events.forEach((event, index) => {
    if (!isObject(event)) return;
    const eventId = freeId(text(event.id), index, taken);
    if (eventId !== event.id) renamed++;
    else published[eventId] = eventId;
    taken.add(eventId);
    candidates.push(candidateOf(event, eventId));
  });
  const unread = events.length - candidates.length;
  if (unread) notes.push(`${unread} ${unread === 1 ? 'event is' : 'events are'} not an object and ${unread === 1 ? 'is' : 'are'} left out.`);
  if (renamed) notes.push(`${renamed} ${renamed === 1 ? 'event had' : 'events had'} no id or one used before, and got a new one.`);

  const title = text(json.title);
  const sourceTitle = text(first.title);
  // A time zone that is text has a field; anything else is kept as it is, and the validator names it.
  const timeZone = typeof json.timeZone === 'string' ? json.timeZone : '';
  const kept: KeptStory = { story: keptFields(json, typeof json.timeZone === 'string' ? [...STORY_FIELDS, 'timeZone'] : STORY_FIELDS), source: keptFields(first, SOURCE_FIELDS) };
  const doc: EditorDocument = {
    ...emptyDocument(id),
    meta: { title, articleTitle: sourceTitle === title ? '' : sourceTitle, publisher: text(first.publisher), url: text(first.url), published: text(first.published), timeZone },
    text: textOfParagraphs(paragraphs),
    draftedText: textOfParagraphs(paragraphs),
    sourceId: text(first.id) || 'article',
    paragraphs,
    otherSources: sources.slice(1) as Source[],
    candidates,
    published,
    kept,
  };
  return { doc, notes };
}

const KNOWN_STORY_FIELDS = [...STORY_FIELDS, 'timeZone', 'groups', 'eras', 'featured'];

/** One sentence naming what the document keeps with no field in the editor (exported as it is), or ''. */
export function keptNote(doc: EditorDocument): string {
  const story = doc.kept.story;
  const parts: string[] = [];
  const groups = Array.isArray(story.groups) ? story.groups.length : 0;
  const eras = Array.isArray(story.eras) ? story.eras.length : 0;
  if (groups) parts.push(`${count(groups, 'group', 'groups')} (each event's group is shown on its card)`);
  if (eras) parts.push(count(eras, 'era', 'eras'));
  if (story.featured !== undefined) {
    const featured = doc.candidates.find((c) => c.id === story.featured);
    parts.push(`the featured event${featured ? ` (“${featured.title}”)` : ''}`);
  }
  if (doc.otherSources.length) parts.push(`${count(doc.otherSources.length, 'other source', 'other sources')} and the quotes from ${doc.otherSources.length === 1 ? 'it' : 'them'}`);
  const unknown = [
    ...Object.keys(story).filter((k) => !KNOWN_STORY_FIELDS.includes(k)).map((k) => `“${k}”`),
    ...Object.keys(doc.kept.source).filter((k) => !SOURCE_FIELDS.includes(k)).map((k) => `the article's “${k}”`),
  ];
  if (unknown.length) parts.push(`the ${unknown.length === 1 ? 'field' : 'fields'} ${listed(unknown)}`);
  return parts.length ? `Kept as they are and exported, with no field here: ${listed(parts)}.` : '';
}

/** What a card says about its event's kept fields: its group by title, and any other field by name; '' when none. */
export function keptOfEvent(candidate: Candidate, doc: EditorDocument): string {
  const kept = candidate.kept ?? {};
  const parts: string[] = [];
  if (typeof kept.group === 'string') {
    const groups = Array.isArray(doc.kept.story.groups) ? doc.kept.story.groups : [];
    const group = groups.find((g): g is Json => isObject(g) && g.id === kept.group);
    parts.push(`Group: ${typeof group?.title === 'string' ? group.title : kept.group}.`);
  }
  if (doc.kept.story.featured === candidate.id) parts.push('The featured event.');
  const others = Object.keys(kept).filter((k) => k !== 'group' && !(EVENT_FIELDS as readonly string[]).includes(k));
  if (others.length) parts.push(`Also kept: ${listed(others.map((k) => `“${k}”`))}.`);
  const foreign = candidate.citations.filter((c) => c.source !== doc.sourceId).length;
  if (foreign) parts.push(`${count(foreign, 'quote', 'quotes')} from another source, kept as ${foreign === 1 ? 'it is' : 'they are'}.`);
  return parts.join(' ');
}
