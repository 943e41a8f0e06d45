/** A story's eras: named periods, sourced like events, drawn as bands behind them. */
import { readEdtf } from '../edtf-reader';
import type { DateBasis, Era } from '../types';
import { at, isNonEmptyString, isObject, lengthOf, read } from './json-read';
import { Problems, guard, kind } from './problems';
import { type SourcedItem, dateBasisOk, limitedField, reportField, titleAndSummaryOk, validateCitations } from './sourced';
import { MAX_SUMMARY, MAX_TITLE } from '../text-limit';
import type { CitableSources } from './sources';

/**
 * An era: a period of the story, sourced like an event (title, an EDTF date that spans a period —
 * an interval, a year or a month, not a single day — citations with verbatim quotes, dateBasis
 * and dateNote).
 */
function validateEra(value: unknown, index: number, sources: CitableSources, seen: Set<string>, problems: Problems, timeZone?: string): Era | null {
  const path = `eras[${index}]`;
  if (!isObject(value)) {
    problems.add(path, ['itemNotObject', index, 'eras', kind(value)]);
    return null;
  }
  const id = read(value, 'id');
  const eraId = isNonEmptyString(id) ? id : undefined;
  const item: SourcedItem = { collection: 'eras', index, id: eraId };
  let ok = true;
  if (!eraId) {
    reportField(problems, item, 'id', ['itemNoField', 'id']);
    ok = false;
  } else if (seen.has(eraId)) {
    reportField(problems, item, 'id', ['eraIdTwice', index]);
    ok = false;
  } else seen.add(eraId);
  const title = read(value, 'title');
  const summary = read(value, 'summary');
  if (!titleAndSummaryOk(title, summary, item, problems)) ok = false;
  const date = read(value, 'date');
  let calendar = null;
  if (typeof date !== 'string' || date === '') {
    reportField(problems, item, 'date', date === undefined || date === '' ? ['eraNoDate'] : ['dateNotString', '1996-09/2001-11', kind(date)]);
  } else {
    const parsed = readEdtf(date, timeZone);
    if (!parsed.ok) reportField(problems, item, 'date', ['named', parsed.error]);
    else if (parsed.value.form === 'point' && parsed.value.precision !== 'year' && parsed.value.precision !== 'month') {
      reportField(problems, item, 'date', ['eraSingleDate', date, parsed.value.precision === 'day' ? 'day' : 'moment']);
    } else calendar = parsed.value;
  }
  const dateBasis = read(value, 'dateBasis');
  const dateNote = read(value, 'dateNote');
  if (!dateBasisOk(dateBasis, dateNote, item, problems)) ok = false;
  const citations = validateCitations(read(value, 'citations'), item, sources, problems, timeZone);
  // A date that cannot be read leaves no calendar, which leaves the era out.
  if (!ok || !calendar || !citations) return null;
  const era: Era = { id: eraId!, title: limitedField(title as string, MAX_TITLE, item, 'title', problems), date: date as string, citations, dateBasis: dateBasis as DateBasis, calendar };
  if (summary !== undefined) era.summary = limitedField(summary as string, MAX_SUMMARY, item, 'summary', problems);
  if (dateNote !== undefined) era.dateNote = limitedField(dateNote as string, MAX_SUMMARY, item, 'dateNote', problems);
  return era;
}

/** The story's `eras` in time order (by start, then end); an era left out has its problems. */
export function validateEras(raw: unknown[], sources: CitableSources, problems: Problems, timeZone?: string): Era[] {
  const eras: Era[] = [];
  const seenEras = new Set<string>();
  const m = lengthOf(raw);
  for (let i = 0; i < m; i++) {
    const era = guard(() => validateEra(at(raw, i), i, sources, seenEras, problems, timeZone), `eras[${i}]`, problems);
    if (era) eras.push(era);
  }
  return eras.sort((a, b) => a.calendar.startMs - b.calendar.startMs || a.calendar.endMs - b.calendar.endMs);
}
