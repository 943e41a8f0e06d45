import { describe, expect, test } from 'vitest';
import { buildSourceIndex, citingEvents, paragraphKey } from '../../src/model/source-index';
import type { Source, TimelineEvent } from '../../src/model/types';

const source = (id: string, paragraphs: string[]): Source => ({ id, title: id, paragraphs: paragraphs.map((p) => ({ id: p, text: p })) });
const event = (id: string, cites: [string, string][]) =>
  ({ id, citations: cites.map(([s, p]) => ({ source: s, paragraph: p, quote: p })) }) as unknown as TimelineEvent;

describe('buildSourceIndex', () => {
  const sources = [source('article', ['p0', 'p1', 'p2']), source('blog', ['p1', 'intro'])];
  const events = [
    event('a', [['article', 'p1'], ['blog', 'p1']]),
    event('b', [['article', 'p1'], ['article', 'p1'], ['article', 'p2']]),
  ];
  // Built in each test, not when the file is collected, so the run of every test covers it.
  const build = () => buildSourceIndex(sources);

  test('sources are found by id', () => {
    const index = build();
    expect(index.sources.get('blog')).toBe(sources[1]);
    expect([...index.sources.keys()]).toEqual(['article', 'blog']);
  });

  test('paragraphs are numbered from 1 within their own source', () => {
    const index = build();
    expect(index.paragraphNumber.get(paragraphKey('article', 'p0'))).toBe(1);
    expect(index.paragraphNumber.get(paragraphKey('article', 'p2'))).toBe(3);
    expect(index.paragraphNumber.get(paragraphKey('blog', 'p1'))).toBe(1);
    expect(index.paragraphNumber.get(paragraphKey('blog', 'intro'))).toBe(2);
    expect(index.paragraphNumber.size).toBe(5);
  });

  test('each paragraph lists the events citing it once each, in story order', () => {
    const citing = citingEvents(events);
    expect(citing.get(paragraphKey('article', 'p1'))).toEqual(['a', 'b']);
    expect(citing.get(paragraphKey('article', 'p2'))).toEqual(['b']);
    expect(citing.get(paragraphKey('blog', 'p1'))).toEqual(['a']);
    expect(citing.has(paragraphKey('article', 'p0'))).toBe(false);
  });

  test('headings are not numbered: body paragraphs count 1, 2, 3 around them', () => {
    const withHeadings: Source = {
      id: 'a', title: 'A', paragraphs: [{ id: 'h', text: 'Title', role: 'heading' }, { id: 'p1', text: 'x' }, { id: 'h2', text: 'Part', role: 'heading' }, { id: 'p2', text: 'y' }],
    };
    const index = buildSourceIndex([withHeadings]);
    expect([...index.paragraphNumber.entries()]).toEqual([[paragraphKey('a', 'p1'), 1], [paragraphKey('a', 'p2'), 2]]);
  });

  test('keys cannot collide, whatever characters ids hold', () => {
    expect(paragraphKey('a:b', 'c')).not.toBe(paragraphKey('a', 'b:c'));
    expect(paragraphKey('a', 'b')).toBe(paragraphKey('a', 'b'));
  });

  test('no sources and no events give empty maps', () => {
    const empty = buildSourceIndex([]);
    expect([empty.sources.size, empty.paragraphNumber.size, citingEvents([]).size]).toEqual([0, 0, 0]);
  });
});
