/**
 * What events and eras share: each is a sourced item with a title, an optional summary, a date
 * basis (an inferred date needs a note saying how) and at least one citation, checked alike.
 */
import type { Citation } from '../types';
import { at, isArray, isNonEmptyString, lengthOf } from './json-read';
import { type Collection, type Given, Problems, type Said, describe, kind, limited, mustBeString } from './problems';
import type { Messages } from './messages';
import { validateCitation } from './citations';
import type { CitableSources } from './sources';

/** An event or an era being checked: where it is, and its id when it has a usable one. */
export interface SourcedItem {
  collection: Collection;
  index: number;
  id: string | undefined;
}

/** A message whose first word is the item's name, given the rest. */
export type ItemSaid = { [K in keyof Messages]: Parameters<Messages[K]> extends [string, ...infer Rest] ? readonly [K, ...Given<Rest>] : never }[keyof Messages];

/** How messages name the item: by its id when it has one, else by where it is. */
export const itemName = ({ collection, index, id }: SourcedItem): Said => ['item', id, index, collection];

/**
 * A problem with `field` of the item, in a message that starts with the item's name. An event's
 * problems carry its id; an era's do not.
 */
export function reportField(problems: Problems, item: SourcedItem, field: string, [key, ...rest]: ItemSaid): void {
  const { collection, index, id } = item;
  problems.add(`${collection}[${index}].${field}`, [key, itemName(item), ...rest] as unknown as Said, collection === 'events' ? id : undefined);
}

/** The item's `field` cut to `max` characters, with a problem naming the item, the field and both lengths when it was longer. */
export function limitedField(text: string, max: number, item: SourcedItem, field: string, problems: Problems): string {
  // The path and the item's name are built only for a problem: most fields fit.
  if (text.length <= max) return text;
  const { collection, index, id } = item;
  return limited(text, max, `${collection}[${index}].${field}`, ['the', itemName(item), field], problems, collection === 'events' ? id : undefined);
}

/** True when the title is a string with something in it and the summary, if any, a string; else problems. */
export function titleAndSummaryOk(title: unknown, summary: unknown, item: SourcedItem, problems: Problems): boolean {
  let ok = true;
  if (!isNonEmptyString(title)) {
    reportField(problems, item, 'title', title === undefined || typeof title === 'string' ? ['itemNoField', 'title'] : ['named', mustBeString('the title', title)]);
    ok = false;
  }
  if (summary !== undefined && typeof summary !== 'string') {
    reportField(problems, item, 'summary', ['named', mustBeString('the summary', summary)]);
    ok = false;
  }
  return ok;
}

/** True when the date basis is "stated" or "inferred" and an inferred one has a dateNote saying how; else problems. */
export function dateBasisOk(dateBasis: unknown, dateNote: unknown, item: SourcedItem, problems: Problems): boolean {
  let ok = true;
  if (dateBasis !== 'stated' && dateBasis !== 'inferred') {
    reportField(problems, item, 'dateBasis', dateBasis === undefined ? ['noDateBasis'] : ['badDateBasis', describe(dateBasis)]);
    ok = false;
  }
  if (dateNote !== undefined && typeof dateNote !== 'string') {
    reportField(problems, item, 'dateNote', ['named', mustBeString('the dateNote', dateNote)]);
    ok = false;
  } else if (dateBasis === 'inferred' && !isNonEmptyString(dateNote)) {
    reportField(problems, item, 'dateNote', ['noDateNote']);
    ok = false;
  }
  return ok;
}

/** The item's citations, or null when it has none or any of them is bad (each a problem). */
export function validateCitations(raw: unknown, item: SourcedItem, sources: CitableSources, problems: Problems, timeZone?: string): Citation[] | null {
  const n = isArray(raw) ? lengthOf(raw) : 0;
  if (n === 0) {
    reportField(problems, item, 'citations', isArray(raw) || raw === undefined ? ['noCitations', item.collection] : ['citationsNotArray', kind(raw)]);
    return null;
  }
  const citations: Citation[] = [];
  let ok = true;
  for (let i = 0; i < n; i++) {
    const c = validateCitation(at(raw as unknown[], i), item, i, sources, problems, timeZone);
    if (c) citations.push(c);
    else ok = false;
  }
  return ok ? citations : null;
}
