/** A story's sources and their paragraphs: what citations point at. */
import { readEdtf } from '../edtf-reader';
import { safeHref } from '../safe-url';
import type { Paragraph, Source } from '../types';
import { at, isArray, isNonEmptyString, isObject, lengthOf, read } from './json-read';
import { Problems, type Said, describe, guard, kind, limited, mustBeString } from './problems';
import { MAX_PARAGRAPH, MAX_TITLE } from '../text-limit';

/** A usable source plus its paragraphs by id, built once so citations are checked in O(1). */
export interface SourceEntry {
  source: Source;
  paragraphs: Map<string, Paragraph>;
  /** Ids of the paragraphs left out for being longer than MAX_PARAGRAPH, so a citation of one can say why. */
  tooLong: Set<string>;
}

/** The usable sources by id, in story order. */
export type CitableSources = Map<string, SourceEntry>;

function validateParagraph(
  value: unknown,
  path: string,
  index: number,
  source: number,
  sourceId: string | null,
  problems: Problems,
  tooLong: Set<string>,
): Paragraph | null {
  if (!isObject(value)) {
    problems.add(path, ['paragraphNotObject', index, source, sourceId, kind(value)]);
    return null;
  }
  const id = read(value, 'id');
  const text = read(value, 'text');
  const role = read(value, 'role');
  const hasId = isNonEmptyString(id);
  const name: Said = ['paragraph', index, hasId ? id : null, source, sourceId];
  if (!hasId) problems.add(`${path}.id`, ['noId', name]);
  if (typeof text !== 'string') {
    problems.add(`${path}.text`, ['named', name, mustBeString('the text', text)]);
  }
  if (!hasId || typeof text !== 'string') return null;
  // Cut, it would no longer be the source's words: it is left out, and a citation of it says why.
  if (text.length > MAX_PARAGRAPH) {
    problems.add(`${path}.text`, ['paragraphTooLong', name, text.length]);
    tooLong.add(id);
    return null;
  }
  const paragraph: Paragraph = { id, text };
  if (role === 'heading') paragraph.role = 'heading';
  else if (role !== undefined) problems.add(`${path}.role`, ['badRole', name, describe(role)]);
  return paragraph;
}

function validateSource(value: unknown, index: number, problems: Problems): SourceEntry | null {
  const path = `sources[${index}]`;
  if (!isObject(value)) {
    problems.add(path, ['sourceNotObject', index, kind(value)]);
    return null;
  }
  const id = read(value, 'id');
  const hasId = isNonEmptyString(id);
  const name: Said = ['source', index, hasId ? id : null];
  if (!hasId) {
    problems.add(`${path}.id`, ['sourceNoId', name]);
  }
  const title = read(value, 'title');
  if (!isNonEmptyString(title)) {
    problems.add(`${path}.title`, ['noTitle', name]);
  }
  const rawParagraphs = read(value, 'paragraphs');
  const paragraphsOk = isArray(rawParagraphs);
  if (!paragraphsOk) {
    problems.add(
      `${path}.paragraphs`,
      rawParagraphs === undefined ? ['sourceNoParagraphs', name] : ['sourceParagraphsNotArray', name, kind(rawParagraphs)],
    );
  }
  const source: Source = { id: hasId ? id : '', title: isNonEmptyString(title) ? limited(title, MAX_TITLE, `${path}.title`, ['the', name, 'title'], problems) : '', paragraphs: [] };
  const publisher = read(value, 'publisher');
  if (typeof publisher === 'string') source.publisher = limited(publisher, MAX_TITLE, `${path}.publisher`, ['the', name, 'publisher'], problems);
  else if (publisher !== undefined) problems.add(`${path}.publisher`, ['named', name, mustBeString('publisher', publisher)]);
  const url = read(value, 'url');
  if (typeof url === 'string' && safeHref(url) !== null) source.url = url;
  else if (url !== undefined) {
    problems.add(`${path}.url`, ['badUrl', name, describe(url)]);
  }
  const published = read(value, 'published');
  if (typeof published === 'string') {
    const parsed = readEdtf(published);
    if (parsed.ok) source.published = published;
    else problems.add(`${path}.published`, ['badPublished', name, parsed.error]);
  } else if (published !== undefined) {
    problems.add(`${path}.published`, ['publishedNotString', name, kind(published)]);
  }

  const paragraphs = new Map<string, Paragraph>();
  const tooLong = new Set<string>();
  if (paragraphsOk) {
    const n = lengthOf(rawParagraphs);
    for (let i = 0; i < n; i++) {
      const p = validateParagraph(at(rawParagraphs, i), `${path}.paragraphs[${i}]`, i, index, hasId ? id : null, problems, tooLong);
      if (!p) continue;
      if (paragraphs.has(p.id)) {
        problems.add(`${path}.paragraphs[${i}].id`, ['paragraphTwice', name, p.id]);
        continue;
      }
      paragraphs.set(p.id, p);
      source.paragraphs.push(p);
    }
  }
  if (!hasId || !paragraphsOk) return null;
  return { source, paragraphs, tooLong };
}

/** The story's `sources`: each usable one by id; a source left out has a problem that says why. */
export function validateSources(raw: unknown[], problems: Problems): CitableSources {
  const sources: CitableSources = new Map();
  const n = lengthOf(raw);
  for (let i = 0; i < n; i++) {
    const entry = guard(() => validateSource(at(raw, i), i, problems), `sources[${i}]`, problems);
    if (!entry) continue;
    const id = entry.source.id;
    if (sources.has(id)) {
      problems.add(`sources[${i}].id`, ['sourceTwice', id, i]);
      continue;
    }
    sources.set(id, entry);
  }
  return sources;
}
