/**
 * A story's citations as W3C Web Annotations (JSON-LD), and back. Each citation is one annotation:
 * its target is the source (its URL, else `#<source id>`) with a TextQuoteSelector (the quote as
 * `exact`, with its `prefix` and `suffix` when it has them); its body is the event or era it
 * supports (its title as text, and the whole item under `ht:event` or `ht:era`). What the annotation model has no words for (the
 * paragraph, the date the source gives, the sources' paragraphs, groups and eras) travels in the
 * `ht:` vocabulary, so a round trip loses nothing. Pure and DOM-free.
 */
import type { Citation, EraInput, StoryEventInput, StoryInput } from '../model/types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The vocabulary for what Web Annotation does not name; not meant to be dereferenced. */
export const HT_VOCABULARY = 'https://history-timeline.invalid/ns#';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface CitationTarget {
  type: 'SpecificResource';
  /** The source's URL, else `#<source id>`. */
  source: string;
  selector: TextQuoteSelector;
  'ht:source': string;
  'ht:paragraph': string;
  /** The date this source gives for the event (Citation.date). */
  'ht:date'?: string;
}

export interface EventBody {
  type: 'TextualBody';
  purpose: 'describing';
  format: 'text/plain';
  /** The event's or era's title, for tools that know only Web Annotation. */
  value: string;
  /** The event without its citations (they are the annotations). */
  'ht:event'?: Omit<StoryEventInput, 'citations'>;
  /** Or the era without its citations. */
  'ht:era'?: Omit<EraInput, 'citations'>;
}

/** Where an annotated item lives in the story. */
type Kind = 'event' | 'era';
type Cited = StoryEventInput | EraInput;

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: EventBody;
  target: CitationTarget;
}

export interface AnnotationCollection {
  '@context': [typeof ANNOTATION_CONTEXT, { ht: typeof HT_VOCABULARY }];
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** The story without its events and eras: title, sources with their paragraphs, groups, featured. */
  'ht:story': Omit<StoryInput, 'events' | 'eras'>;
  /** Events and eras with no citation, which no annotation can carry, each with its place among its kind. */
  'ht:uncited'?: Array<{ kind: Kind; at: number; item: Cited }>;
  first: { type: 'AnnotationPage'; items: WebAnnotation[] };
}

/** Every citation of the story as an annotation: the events' in order, then the eras'. */
export function storyToAnnotations(story: StoryInput): AnnotationCollection {
  const { events, eras, ...rest } = story;
  const urlOf = new Map(story.sources.map((s) => [s.id, s.url]));
  const items: WebAnnotation[] = [];
  const uncited: Array<{ kind: Kind; at: number; item: Cited }> = [];
  const annotate = (kind: Kind, item: Cited, at: number) => {
    const { citations, ...bare } = item;
    if (citations.length === 0) uncited.push({ kind, at, item });
    citations.forEach((citation, index) => {
      const selector: TextQuoteSelector = { type: 'TextQuoteSelector', exact: citation.quote };
      if (citation.prefix !== undefined) selector.prefix = citation.prefix;
      if (citation.suffix !== undefined) selector.suffix = citation.suffix;
      const target: CitationTarget = { type: 'SpecificResource', source: urlOf.get(citation.source) ?? `#${citation.source}`, selector, 'ht:source': citation.source, 'ht:paragraph': citation.paragraph };
      if (citation.date !== undefined) target['ht:date'] = citation.date;
      const body: EventBody = { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: item.title, [`ht:${kind}`]: bare };
      items.push({ id: `#${kind === 'era' ? 'era-' : ''}${item.id}/${index + 1}`, type: 'Annotation', motivation: 'describing', body, target });
    });
  };
  events.forEach((event, at) => annotate('event', event, at));
  (eras ?? []).forEach((era, at) => annotate('era', era, at));
  const collection: AnnotationCollection = {
    '@context': [ANNOTATION_CONTEXT, { ht: HT_VOCABULARY }],
    type: 'AnnotationCollection',
    label: story.title,
    total: items.length,
    'ht:story': rest,
    first: { type: 'AnnotationPage', items },
  };
  if (uncited.length > 0) collection['ht:uncited'] = uncited;
  return collection;
}

export type AnnotationImport = { ok: true; story: StoryInput } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/** The citation an annotation holds, or the reason it holds none (naming the field). */
function citationOf(item: unknown, path: string): { citation: Citation; kind: Kind; cited: Record<string, unknown> } | string {
  if (!isObject(item) || item.type !== 'Annotation') return `${path} is not an Annotation`;
  const { target, body } = item;
  const kind: Kind = isObject(body) && body['ht:era'] !== undefined ? 'era' : 'event';
  const cited = isObject(body) ? body[`ht:${kind}`] : undefined;
  if (!isObject(cited) || typeof cited.id !== 'string') return `${path}.body needs "ht:event" (or "ht:era") with an "id"`;
  if (!isObject(target)) return `${path}.target is missing`;
  const selector = target.selector;
  if (!isObject(selector) || selector.type !== 'TextQuoteSelector' || typeof selector.exact !== 'string') return `${path}.target.selector needs to be a TextQuoteSelector with an "exact" string`;
  if (!optionalString(selector.prefix) || !optionalString(selector.suffix)) return `${path}.target.selector: "prefix" and "suffix" must be strings`;
  if (typeof target['ht:source'] !== 'string' || typeof target['ht:paragraph'] !== 'string') return `${path}.target needs "ht:source" and "ht:paragraph" strings`;
  if (!optionalString(target['ht:date'])) return `${path}.target: "ht:date" must be a string`;
  const citation: Citation = { source: target['ht:source'], paragraph: target['ht:paragraph'], quote: selector.exact };
  if (target['ht:date'] !== undefined) citation.date = target['ht:date'] as string;
  if (selector.prefix !== undefined) citation.prefix = selector.prefix as string;
  if (selector.suffix !== undefined) citation.suffix = selector.suffix as string;
  return { citation, kind, cited };
}

/**
 * The story an annotation collection (from `storyToAnnotations`) holds: events in the order of
 * their first annotation, citations in annotation order. Problems name the item and field.
 */
export function annotationsToStory(input: unknown): AnnotationImport {
  if (!isObject(input) || input.type !== 'AnnotationCollection') return { ok: false, problems: ['the file is not an AnnotationCollection'] };
  const story = input['ht:story'];
  if (!isObject(story) || typeof story.title !== 'string' || !Array.isArray(story.sources)) return { ok: false, problems: ['"ht:story" needs a "title" and "sources": the collection was not written by history-timeline'] };
  const page = input.first;
  const items = isObject(page) && Array.isArray(page.items) ? page.items : null;
  if (!items) return { ok: false, problems: ['"first.items" needs to be the array of annotations'] };
  const problems: string[] = [];
  const byKind: Record<Kind, Map<string, Cited>> = { event: new Map(), era: new Map() };
  items.forEach((item, i) => {
    const read = citationOf(item, `first.items[${i}]`);
    if (typeof read === 'string') {
      problems.push(read);
      return;
    }
    const id = read.cited.id as string;
    const cited = byKind[read.kind].get(id) ?? ({ ...read.cited, citations: [] } as unknown as Cited);
    cited.citations.push(read.citation);
    byKind[read.kind].set(id, cited);
  });
  const uncited = input['ht:uncited'] ?? [];
  const places = Array.isArray(uncited) ? uncited : [null];
  places.forEach((u, i) => {
    if (!isObject(u) || (u.kind !== 'event' && u.kind !== 'era') || !Number.isInteger(u.at) || !isObject(u.item)) problems.push(`"ht:uncited"[${i}] needs "kind" ("event" or "era"), "at" (a whole number) and "item"`);
  });
  if (problems.length > 0) return { ok: false, problems };
  const lists: Record<Kind, Cited[]> = { event: [...byKind.event.values()], era: [...byKind.era.values()] };
  for (const { kind, at, item } of places as Array<{ kind: Kind; at: number; item: Cited }>) lists[kind].splice(at, 0, item);
  const out: StoryInput = { ...(story as unknown as Omit<StoryInput, 'events' | 'eras'>), events: lists.event as StoryEventInput[] };
  if (lists.era.length > 0) out.eras = lists.era as EraInput[];
  return { ok: true, story: out };
}
