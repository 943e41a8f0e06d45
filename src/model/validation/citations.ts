/** A citation: the paragraph of a source that reports an event or an era, and its verbatim quote. */
import { parseEdtf } from '../edtf';
import { citationCalendars } from '../citation-calendar';
import { locateQuote } from '../quote';
import type { CalendarDate, Citation, Paragraph } from '../types';
import { NOT_BLANK, isObject, read } from './json-read';
import { Problems, eventLabel, kind, mustBeString, quote } from './problems';
import { MAX_PARAGRAPH } from '../text-limit';
import type { SourcedItem } from './sourced';
import type { CitableSources, SourceEntry } from './sources';

// Paths and labels are built only when a problem needs them (most events have none):
// a closure per event costs more than the check itself at 100,000 events.

/** A problem with citation `index` of the item (or with its `field`), named as the item; it carries the item's id. */
function reportCitation(problems: Problems, item: SourcedItem, index: number, field: string, sentence: string): void {
  const { collection, index: itemIndex, id } = item;
  problems.add(`${collection}[${itemIndex}].citations[${index}]${field}`, `${eventLabel(id, itemIndex, collection)}: ${sentence}`, id);
}

/** Why a cited id cannot be looked up (missing, or not a string); undefined when it can. */
function idFault(value: unknown, what: 'source' | 'paragraph'): string | undefined {
  if (value === undefined || value === '') return `the citation names no ${what}.`;
  if (typeof value !== 'string') return `the citation's ${what} must be a ${what} id string, not ${kind(value)}.`;
  return undefined;
}

/** Names for a problem's sentence, quoted only when there is a problem (most citations have none). */
const paragraphName = (id: string) => `paragraph ${quote(id)}`;
const sourceName = (entry: SourceEntry) => `source ${quote(entry.source.id)}`;

/**
 * Citation `index` of an event or era: null, with a problem for each fault, unless its source and
 * paragraph exist and its quote stands verbatim in that paragraph.
 */
export function validateCitation(value: unknown, item: SourcedItem, index: number, sources: CitableSources, problems: Problems, timeZone?: string): Citation | null {
  if (!isObject(value)) {
    reportCitation(problems, item, index, '', `the citation is not an object (it is ${kind(value)}).`);
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
      reportCitation(problems, item, index, '.source', `the citation cites unknown source ${quote(sourceId as string)}.`);
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
      const name = paragraphName(paragraphId as string);
      const of = sourceName(entry);
      reportCitation(
        problems,
        item,
        index,
        '.paragraph',
        entry.tooLong.has(paragraphId as string)
          ? `the citation cites ${name} of ${of}, which is left out for being longer than ${MAX_PARAGRAPH} characters.`
          : `the citation cites ${name}, which ${of} does not have.`,
      );
      ok = false;
    } else if (cited.role === 'heading') {
      reportCitation(problems, item, index, '.paragraph', `the citation cites ${paragraphName(paragraphId as string)} of ${sourceName(entry)}, which is a heading; headings cannot be cited, so cite the paragraph that reports it.`);
      ok = false;
    } else paragraph = cited;
  }
  if (typeof text !== 'string' || !NOT_BLANK.test(text)) {
    reportCitation(
      problems,
      item,
      index,
      '.quote',
      text === undefined || text === ''
        ? 'the citation has no quote.'
        : typeof text === 'string'
          ? "the citation's quote is blank."
          : mustBeString("the citation's quote", text),
    );
    ok = false;
  } else if (paragraph && entry && !paragraph.text.includes(text)) {
    reportCitation(problems, item, index, '.quote', `the quote ${quote(text)} is not found verbatim in paragraph ${quote(paragraph.id)} of source ${quote(entry.source.id)}.`);
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
  const around = [prefix !== undefined ? `after the prefix ${quote(prefix as string)}` : '', suffix !== undefined ? `before the suffix ${quote(suffix as string)}` : ''].filter(Boolean).join(' and ');
  reportCitation(problems, item, index, prefix !== undefined ? '.prefix' : '.suffix', `the quote ${quote(found.text)} is not found ${around} in paragraph ${quote(found.paragraph.id)} of source ${quote(found.sourceId)}.`);
  return false;
}

/** True when the prefix or suffix is missing or a string; else a problem. */
function contextFieldOk(field: 'prefix' | 'suffix', value: unknown, item: SourcedItem, index: number, problems: Problems): boolean {
  if (value === undefined || typeof value === 'string') return true;
  reportCitation(problems, item, index, `.${field}`, mustBeString(`the citation's ${field}`, value));
  return false;
}

/**
 * The citation's own date when it is EDTF, read in the story's zone; else undefined, with a problem
 * when one was given (the citation is kept without it).
 */
function citationDate(date: unknown, item: SourcedItem, index: number, problems: Problems, timeZone?: string): CalendarDate | undefined {
  if (date === undefined) return undefined;
  if (typeof date !== 'string') {
    reportCitation(problems, item, index, '.date', `the citation's date must be an EDTF string such as "1994-07-15", not ${kind(date)}; it is left out.`);
    return undefined;
  }
  const parsed = parseEdtf(date, timeZone);
  if (parsed.ok) return parsed.value;
  reportCitation(problems, item, index, '.date', `the citation's date is left out: ${parsed.error}`);
  return undefined;
}
