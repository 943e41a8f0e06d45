/** A story's sources and their paragraphs: what citations point at. */
import { parseEdtf } from '../edtf';
import { safeHref } from '../safe-url';
import type { Paragraph, Source } from '../types';
import { at, isArray, isNonEmptyString, isObject, lengthOf, read } from './json-read';
import { Problems, describe, guard, kind, limited, mustBeString, quote } from './problems';
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
  sourceName: string,
  problems: Problems,
  tooLong: Set<string>,
): Paragraph | null {
  if (!isObject(value)) {
    problems.add(path, `Paragraph ${index} of ${sourceName} is not an object (it is ${kind(value)}).`);
    return null;
  }
  const id = read(value, 'id');
  const text = read(value, 'text');
  const role = read(value, 'role');
  const hasId = isNonEmptyString(id);
  const name = `Paragraph ${hasId ? quote(id) : index} of ${sourceName}`;
  if (!hasId) problems.add(`${path}.id`, `${name} has no id.`);
  if (typeof text !== 'string') {
    problems.add(`${path}.text`, `${name}: ${mustBeString('the text', text)}`);
  }
  if (!hasId || typeof text !== 'string') return null;
  // Cut, it would no longer be the source's words: it is left out, and a citation of it says why.
  if (text.length > MAX_PARAGRAPH) {
    problems.add(`${path}.text`, `${name} is ${text.length} characters long, longer than the ${MAX_PARAGRAPH} allowed for a paragraph; it is left out, so it cannot be cited. Split it where the source starts a new paragraph.`);
    tooLong.add(id);
    return null;
  }
  const paragraph: Paragraph = { id, text };
  if (role === 'heading') paragraph.role = 'heading';
  else if (role !== undefined) problems.add(`${path}.role`, `${name}: role must be "heading" when present, not ${describe(role)}.`);
  return paragraph;
}

function validateSource(value: unknown, index: number, problems: Problems): SourceEntry | null {
  const path = `sources[${index}]`;
  if (!isObject(value)) {
    problems.add(path, `Source ${index} is not an object (it is ${kind(value)}).`);
    return null;
  }
  const id = read(value, 'id');
  const hasId = isNonEmptyString(id);
  const name = hasId ? `Source ${quote(id)}` : `Source ${index}`;
  const sourceName = hasId ? `source ${quote(id)}` : `source ${index}`;
  if (!hasId) {
    problems.add(`${path}.id`, `${name} has no id, so it cannot be cited and is left out.`);
  }
  const title = read(value, 'title');
  if (!isNonEmptyString(title)) {
    problems.add(`${path}.title`, `${name} has no title.`);
  }
  const rawParagraphs = read(value, 'paragraphs');
  const paragraphsOk = isArray(rawParagraphs);
  if (!paragraphsOk) {
    problems.add(
      `${path}.paragraphs`,
      rawParagraphs === undefined
        ? `${name} has no paragraphs array, so it cannot be cited and is left out.`
        : `${name}: paragraphs must be an array, not ${kind(rawParagraphs)}, so the source is left out.`,
    );
  }
  const source: Source = { id: hasId ? id : '', title: isNonEmptyString(title) ? limited(title, MAX_TITLE, `${path}.title`, `${name}: the title`, problems) : '', paragraphs: [] };
  const publisher = read(value, 'publisher');
  if (typeof publisher === 'string') source.publisher = limited(publisher, MAX_TITLE, `${path}.publisher`, `${name}: the publisher`, problems);
  else if (publisher !== undefined) problems.add(`${path}.publisher`, `${name}: ${mustBeString('publisher', publisher)}`);
  const url = read(value, 'url');
  if (typeof url === 'string' && safeHref(url) !== null) source.url = url;
  else if (url !== undefined) {
    problems.add(`${path}.url`, `${name}: the url ${describe(url)} is not an http or https address.`);
  }
  const published = read(value, 'published');
  if (typeof published === 'string') {
    const parsed = parseEdtf(published);
    if (parsed.ok) source.published = published;
    else problems.add(`${path}.published`, `${name}: the published date is invalid: ${parsed.error}`);
  } else if (published !== undefined) {
    problems.add(`${path}.published`, `${name}: the published date must be an EDTF string such as "2021-08-15", not ${kind(published)}.`);
  }

  const paragraphs = new Map<string, Paragraph>();
  const tooLong = new Set<string>();
  if (paragraphsOk) {
    const n = lengthOf(rawParagraphs);
    for (let i = 0; i < n; i++) {
      const p = validateParagraph(at(rawParagraphs, i), `${path}.paragraphs[${i}]`, i, sourceName, problems, tooLong);
      if (!p) continue;
      if (paragraphs.has(p.id)) {
        problems.add(`${path}.paragraphs[${i}].id`, `${name} has two paragraphs with id ${quote(p.id)}; only the first is kept.`);
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
      problems.add(`sources[${i}].id`, `Source ${quote(id)} at sources[${i}] repeats an earlier source id; only the first is kept.`);
      continue;
    }
    sources.set(id, entry);
  }
  return sources;
}
