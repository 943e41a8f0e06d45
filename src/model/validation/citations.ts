/** A citation: the paragraph of a source that reports an event or an era, and its verbatim quote. */
import { readEdtf } from '../edtf-reader';
import { citationCalendars } from '../citation-calendar';
import { locateQuote } from '../quote';
import type { CalendarDate, Citation, Paragraph } from '../types';
import { NOT_BLANK, isObject, read } from './json-read';
import { Problems, type Said, kind, mustBeString } from './problems';
import { type SourcedItem, itemName } from './sourced';
import type { CitableSources, SourceEntry } from './sources';

// Paths and labels are built only when a problem needs them (most events have none):
// a closure per event costs more than the check itself at 100,000 events.

/** A problem with citation `index` of the item (or with its `field`), named as the item; it carries the item's id. */
function reportCitation(problems: Problems, item: SourcedItem, index: number, field: string, said: Said): void {
  const { collection, index: itemIndex, id } = item;
  problems.add(`${collection}[${itemIndex}].citations[${index}]${field}`, ['named', itemName(item), said], id);
}

/** Why a cited id cannot be looked up (missing, or not a string); undefined when it can. */
function idFault(value: unknown, what: 'source' | 'paragraph'): Said | undefined {
  if (value === undefined || value === '') return ['citationNoId', what];
  if (typeof value !== 'string') return ['citationIdNotString', what, kind(value)];
  return undefined;
}

/**
 * Citation `index` of an event or era: null, with a problem for each fault, unless its source and
 * paragraph exist and its quote stands verbatim in that paragraph.
 */
export function validateCitation(value: unknown, item: SourcedItem, index: number, sources: CitableSources, problems: Problems, timeZone?: string): Citation | null {
  if (!isObject(value)) {
    reportCitation(problems, item, index, '', ['citationNotObject', kind(value)]);
    return null;
  }
  const sourceId = read(value, 'source');
  const paragraphId = read(value, 'paragraph');
  const text = read(value, 'quote');
  let ok = true;
  let entry: SourceEntry | undefined;
  const sourceFault = idFault(sourceId, 'source');
  if (sourceFault) {
    reportCitation(problems, item, index, '.source', sourceFault);
    ok = false;
  } else {
    entry = sources.get(sourceId as string);
    if (!entry) {
      reportCitation(problems, item, index, '.source', ['unknownSource', sourceId as string]);
      ok = false;
    }
  }
  let paragraph: Paragraph | undefined;
  const paragraphFault = idFault(paragraphId, 'paragraph');
  if (paragraphFault) {
    reportCitation(problems, item, index, '.paragraph', paragraphFault);
    ok = false;
  } else if (entry) {
    const cited = entry.paragraphs.get(paragraphId as string);
    if (!cited) {
      reportCitation(problems, item, index, '.paragraph', [entry.tooLong.has(paragraphId as string) ? 'paragraphLeftOut' : 'unknownParagraph', paragraphId as string, entry.source.id]);
      ok = false;
    } else if (cited.role === 'heading') {
      reportCitation(problems, item, index, '.paragraph', ['citesHeading', paragraphId as string, entry.source.id]);
      ok = false;
    } else paragraph = cited;
  }
  if (typeof text !== 'string' || !NOT_BLANK.test(text)) {
    reportCitation(
      problems,
      item,
      index,
      '.quote',
      text === undefined || text === '' ? ['noQuote'] : typeof text === 'string' ? ['blankQuote'] : mustBeString(['citationField', 'quote'], text),
    );
    ok = false;
  } else if (paragraph && entry && !paragraph.text.includes(text)) {
    reportCitation(problems, item, index, '.quote', ['quoteNotFound', text, paragraph.id, entry.source.id]);
    ok = false;
  }
  const prefix = read(value, 'prefix');
  const suffix = read(value, 'suffix');
  if (!contextOk(prefix, suffix, ok && paragraph ? { text: text as string, paragraph, sourceId: sourceId as string } : null, item, index, problems)) ok = false;
  if (!ok) return null;
  const citation: Citation = { source: sourceId as string, paragraph: paragraphId as string, quote: text as string };
  const date = citationDate(read(value, 'date'), item, index, problems, timeZone);
  if (date) {
    citation.date = date.edtf;
    citationCalendars.set(citation, date);
  }
  if (prefix !== undefined) citation.prefix = prefix as string;
  if (suffix !== undefined) citation.suffix = suffix as string;
  return citation;
}

/**
 * True when the prefix and suffix, if any, are strings and (once the quote is found) pick an
 * occurrence of it in the paragraph; else problems.
 */
function contextOk(prefix: unknown, suffix: unknown, found: { text: string; paragraph: Paragraph; sourceId: string } | null, item: SourcedItem, index: number, problems: Problems): boolean {
  // Two checks, not a loop over pairs: no arrays made for each citation of a big story.
  const prefixOk = contextFieldOk('prefix', prefix, item, index, problems);
  const ok = contextFieldOk('suffix', suffix, item, index, problems) && prefixOk;
  if (!ok || !found || (prefix === undefined && suffix === undefined)) return ok;
  if (locateQuote(found.paragraph.text, found.text, { prefix: prefix as string | undefined, suffix: suffix as string | undefined })) return true;
  reportCitation(problems, item, index, prefix !== undefined ? '.prefix' : '.suffix', [
    'quoteNotFoundAround',
    found.text,
    prefix !== undefined ? (prefix as string) : null,
    suffix !== undefined ? (suffix as string) : null,
    found.paragraph.id,
    found.sourceId,
  ]);
  return false;
}

/** True when the prefix or suffix is missing or a string; else a problem. */
function contextFieldOk(field: 'prefix' | 'suffix', value: unknown, item: SourcedItem, index: number, problems: Problems): boolean {
  if (value === undefined || typeof value === 'string') return true;
  reportCitation(problems, item, index, `.${field}`, mustBeString(['citationField', field], value));
  return false;
}

/**
 * The citation's own date when it is EDTF, read in the story's zone; else undefined, with a problem
 * when one was given (the citation is kept without it).
 */
function citationDate(date: unknown, item: SourcedItem, index: number, problems: Problems, timeZone?: string): CalendarDate | undefined {
  if (date === undefined) return undefined;
  if (typeof date !== 'string') {
    reportCitation(problems, item, index, '.date', ['citationDateNotString', kind(date)]);
    return undefined;
  }
  const parsed = readEdtf(date, timeZone);
  if (parsed.ok) return parsed.value;
  reportCitation(problems, item, index, '.date', ['citationDateLeftOut', parsed.error]);
  return undefined;
}
