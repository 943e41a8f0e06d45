import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EVENT_ID_PATTERN, validateStory } from '../../src/model/validate';
import { parseEdtf } from '../../src/model/edtf';
import good from '../fixtures/rain.story.json';

describe('data/story.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(process.cwd(), 'data/story.schema.json'), 'utf8'));
  const defs = schema.$defs;

  test('is draft 2020-12 JSON Schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.description).toMatch(/verbatim/);
  });

  test('requires the fields the validator requires', () => {
    expect(schema.required).toEqual(['title', 'sources', 'events']);
    expect(defs.source.required).toEqual(['id', 'title', 'paragraphs']);
    expect(defs.paragraph.required).toEqual(['id', 'text']);
    expect(defs.citation.required).toEqual(['source', 'paragraph', 'quote']);
    expect(defs.event.required).toEqual(['id', 'date', 'title', 'citations', 'dateBasis']);
  });

  test('a story missing any required field is flagged by the validator at that field', () => {
    const cases: Array<[string[], (s: any) => Record<string, unknown>]> = [
      [schema.required, (s) => s],
      [defs.source.required, (s) => s.sources[0]],
      [defs.paragraph.required, (s) => s.sources[0].paragraphs[0]],
      [defs.citation.required, (s) => s.events[0].citations[0]],
      [defs.event.required, (s) => s.events[0]],
    ];
    for (const [required, target] of cases) {
      for (const field of required) {
        const s = structuredClone(good);
        delete target(s)[field];
        const paths = validateStory(s).problems.map((p) => p.path);
        expect(paths.some((path) => path === field || path.endsWith(`.${field}`)), `${field}: ${paths.join(', ')}`).toBe(true);
      }
    }
  });

  test('an inferred dateBasis requires a dateNote in both', () => {
    expect(defs.event.then.required).toEqual(['dateNote']);
    const s = structuredClone(good);
    (s.events[0] as Record<string, unknown>).dateBasis = 'inferred';
    expect(validateStory(s).problems.map((p) => p.path)).toEqual(['events[0].dateNote']);
  });

  test('the event id pattern and dateBasis values are the validator\'s', () => {
    expect(defs.event.properties.id.pattern).toBe(EVENT_ID_PATTERN.source);
    expect(defs.event.properties.dateBasis.enum).toEqual(['stated', 'inferred']);
    expect(defs.source.properties.url.pattern).toBe('^https?://');
  });

  test('a time without an offset matches the pattern and parses in the story\'s timeZone', () => {
    expect(new RegExp(defs.edtf.pattern).test('2023-08-23T17:45/2023-08-23T18:04')).toBe(true);
    expect(parseEdtf('2023-08-23T17:45/2023-08-23T18:04', 'Asia/Kolkata').ok).toBe(true);
    expect(schema.properties.timeZone.type).toBe('string');
  });

  test('the date pattern accepts every form the parser accepts and rejects malformed ones', () => {
    const pattern = new RegExp(defs.edtf.pattern);
    const accepted = [
      '1994', '2021-08', '2021-08-15', '-0043-03-15', '0000', '0800', '1996?', '1996-09~', '1996-09-01%',
      '1992/1996', '1994?/1996~', '../1994', '../1994-01%', '2025-04/..', '2023-08-23T18:04-05:00~', '2023-08-23T18:04+0530',
      ...defs.edtf.examples.filter((example: string) => example !== '2023-08-23T17:45/2023-08-23T18:04'),
    ];
    for (const text of accepted) {
      expect(parseEdtf(text).ok, text).toBe(true);
      expect(pattern.test(text), text).toBe(true);
    }
    for (const text of ['', ' 1994', '94', '12345', '1994-13', '1994-00', '1994-01-00', '1994-01-32', '../..', '..', '1994/', '/1994', '1990/1992/1994', '1994?~', 'July 1994', '2023-08-23T24:00Z', '2023-08-23T18Z', '2023-08T18:04Z', '2023-08-23T18:04+15:00']) {
      expect(parseEdtf(text).ok, text).toBe(false);
      expect(pattern.test(text), text).toBe(false);
    }
  });
});

describe('data/story.schema.json: a citation\'s date, prefix and suffix', () => {
  const schema = JSON.parse(readFileSync(join(process.cwd(), 'data/story.schema.json'), 'utf8'));
  const citation = schema.$defs.citation.properties;

  test('a citation may state its own EDTF date and a TextQuoteSelector prefix and suffix, none required', () => {
    expect(citation.date.$ref).toBe('#/$defs/edtf');
    expect(citation.prefix.type).toBe('string');
    expect(citation.suffix.type).toBe('string');
    expect(schema.$defs.citation.required).toEqual(['source', 'paragraph', 'quote']);
  });

  test('the validator keeps exactly the fields the schema names for a citation', () => {
    const s = structuredClone(good) as any;
    s.sources[0].paragraphs[0].text += ` ${s.events[0].citations[0].quote}`;
    s.events[0].citations[0] = { ...s.events[0].citations[0], date: s.events[0].date, prefix: '', suffix: '', extra: 1 };
    const result = validateStory(s);
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.story!.events.find((e) => e.id === s.events[0].id)!.citations[0]).sort()).toEqual(Object.keys(citation).sort());
  });
});
