/** A citation: the paragraph of a source that reports an event or an era, and its verbatim quote. */
import type { Citation, Paragraph } from '../types';
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

/**
 * Citation `index` of an event or era: null, with a problem for each fault, unless its source and
 * paragraph exist and its quote stands verbatim in that paragraph.
 */
export function validateCitation(value: unknown, item: SourcedItem, index: number, sources: CitableSources, problems: Problems): Citation | null {
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
    const name = `paragraph ${quote(paragraphId as string)}`;
    const of = `source ${quote(entry.source.id)}`;
    if (!cited) {
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
      reportCitation(problems, item, index, '.paragraph', `the citation cites ${name} of ${of}, which is a heading; headings cannot be cited, so cite the paragraph that reports it.`);
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
  if (!ok) return null;
  return { source: sourceId as string, paragraph: paragraphId as string, quote: text as string };
}
