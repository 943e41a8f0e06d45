import { beforeAll, describe, expect, test } from 'vitest';
import { Translation, loadCatalog } from '../../src/i18n';
import { corroborate } from '../../src/model/corroboration';
import { sourceName, sourceNamer, sourcesDifferPhrase } from '../../src/model/corroboration-phrase';
import type { Citation, Source } from '../../src/model/types';

// Languages other than English load on first use, as in a page.
beforeAll(() => loadCatalog('fr'));

const cite = (source: string, date?: string): Citation => ({ source, paragraph: 'p1', quote: 'q', ...(date ? { date } : {}) });
const sources: Source[] = [
  { id: 'a', title: 'Report A', publisher: 'Outlet A', paragraphs: [] },
  { id: 'b', title: 'Report B', publisher: 'Outlet B', paragraphs: [] },
  { id: 'c', title: 'Report C', publisher: 'Outlet C', paragraphs: [] },
  { id: 'd', title: 'Untitled blog', paragraphs: [] },
];
const disagreeing = corroborate({ date: '2023-03-14', citations: [cite('a'), cite('b', '2023-03-13'), cite('c', '2023-03-13')] });

describe('sourcesDifferPhrase', () => {
  test('says each date and who gives it, joined by a middle dot, the names as a list of the language', () => {
    expect(sourcesDifferPhrase(disagreeing, sourceNamer(sources), new Translation('en'))).toBe(
      'Sources differ: 14 March 2023 (Outlet A) · 13 March 2023 (Outlet B and Outlet C)',
    );
  });

  test('speaks the reader\'s language: French messages, dates and list', () => {
    expect(sourcesDifferPhrase(disagreeing, sourceNamer(sources), new Translation('fr'))).toBe(
      'Les sources divergent : 14 mars 2023 (Outlet A) · 13 mars 2023 (Outlet B et Outlet C)',
    );
  });

  test('is null when the sources agree', () => {
    const agreeing = corroborate({ date: '2023-03', citations: [cite('a'), cite('b', '2023-03-13')] });
    expect(sourcesDifferPhrase(agreeing, sourceNamer(sources), new Translation('en'))).toBeNull();
  });

  test('names a source without a publisher by its title, an unknown one by its id, and one named twice once', () => {
    const c = corroborate({ date: '1931', citations: [cite('d'), cite('x', '1941'), cite('x', '1941')] });
    expect(sourcesDifferPhrase(c, sourceNamer(sources), new Translation('en'))).toBe('Sources differ: 1931 (Untitled blog) · 1941 (x)');
  });

  test('two sources of one publisher are named once in a reading', () => {
    const sameOutlet: Source[] = [
      { id: 'a1', title: 'Morning report', publisher: 'Outlet A', paragraphs: [] },
      { id: 'a2', title: 'Evening report', publisher: 'Outlet A', paragraphs: [] },
    ];
    const c = corroborate({ date: '1931', citations: [cite('a1'), cite('a2'), cite('b', '1941')] });
    expect(sourcesDifferPhrase(c, sourceNamer([...sameOutlet, ...sources]), new Translation('en'))).toBe('Sources differ: 1931 (Outlet A) · 1941 (Outlet B)');
  });

  test('text from the story stays as written: the phrase is plain text for the caller to render as text', () => {
    const hostile: Source[] = [{ id: 'h', title: 't', publisher: '<img src=x onerror=alert(1)>', paragraphs: [] }, sources[1]];
    const c = corroborate({ date: '1931', citations: [cite('h'), cite('b', '1941')] });
    expect(sourcesDifferPhrase(c, sourceNamer(hostile), new Translation('en'))).toBe('Sources differ: 1931 (<img src=x onerror=alert(1)>) · 1941 (Outlet B)');
  });
});

describe('sourceName', () => {
  test('is the publisher, trimmed, else the title', () => {
    expect(sourceName({ id: 'a', title: 'T', publisher: '  Outlet  ', paragraphs: [] })).toBe('Outlet');
    expect(sourceName({ id: 'a', title: 'T', publisher: '   ', paragraphs: [] })).toBe('T');
    expect(sourceName({ id: 'a', title: 'T', paragraphs: [] })).toBe('T');
  });
});
