import { describe, expect, test } from 'vitest';
import { validateStory } from '../../../src/model/validate';
import { coupStory as story, onlyProblem, problemsOf, governmentsSource as source, governmentsStory } from '../../support/validation-stories';

describe('sources', () => {
  test('a source that is not an object is left out', () => {
    const s = story();
    s.sources.push('article');
    expect(problemsOf(s)).toEqual([{ path: 'sources[1]', message: 'Source 1 is not an object (it is a string).' }]);
  });

  test('a source without an id is left out and citing events fail as unknown source', () => {
    const s = story();
    delete s.sources[0].id;
    const problems = problemsOf(s);
    expect(problems[0]).toEqual({
      path: 'sources[0].id',
      message: 'Source 0 has no id, so it cannot be cited and is left out.',
    });
    expect(problems[1]).toEqual({
      path: 'events[0].citations[0].source',
      eventId: 'protests',
      message: 'Event "protests": the citation cites unknown source "article".',
    });
    expect(validateStory(s).story!.events).toEqual([]);
  });

  test('a source without a title is reported but kept', () => {
    const result = validateStory((() => { const s = story(); delete s.sources[0].title; return s; })());
    expect(result.problems).toEqual([{ path: 'sources[0].title', message: 'Source "article" has no title.' }]);
    expect(result.story!.sources[0].title).toBe('');
    expect(result.story!.events).toHaveLength(2);
  });

  test('a source without paragraphs is left out', () => {
    const s = story();
    delete s.sources[0].paragraphs;
    expect(problemsOf(s)[0]).toEqual({
      path: 'sources[0].paragraphs',
      message: 'Source "article" has no paragraphs array, so it cannot be cited and is left out.',
    });
  });

  test('paragraphs that are not an array leave the source out', () => {
    const s = story();
    s.sources[0].paragraphs = { p1: 'text' };
    expect(problemsOf(s)[0].message).toBe(
      'Source "article": paragraphs must be an array, not an object, so the source is left out.',
    );
  });

  test('a duplicate source id keeps the first source', () => {
    const s = story();
    s.sources.push({ id: 'article', title: 'Another', paragraphs: [] });
    const result = validateStory(s);
    expect(result.problems).toEqual([
      {
        path: 'sources[1].id',
        message: 'Source "article" at sources[1] repeats an earlier source id; only the first is kept.',
      },
    ]);
    expect(result.story!.sources).toHaveLength(1);
    expect(result.story!.sources[0].title).toBe('An article');
  });

  test('a duplicate paragraph id within a source keeps the first paragraph', () => {
    const s = story();
    s.sources[0].paragraphs.push({ id: 'p1', text: 'Something else.' });
    const result = validateStory(s);
    expect(result.problems).toEqual([
      {
        path: 'sources[0].paragraphs[3].id',
        message: 'Source "article" has two paragraphs with id "p1"; only the first is kept.',
      },
    ]);
    expect(result.story!.sources[0].paragraphs).toHaveLength(3);
  });

  test('the same paragraph id in two sources is fine', () => {
    const s = story();
    s.sources.push({ id: 'book', title: 'A book', paragraphs: [{ id: 'p1', text: 'x' }] });
    expect(problemsOf(s)).toEqual([]);
  });

  test('a paragraph whose text is not a string is left out', () => {
    const s = story();
    s.sources[0].paragraphs[1].text = ['On 15 August'];
    const problems = problemsOf(s);
    expect(problems[0]).toEqual({
      path: 'sources[0].paragraphs[1].text',
      message: 'Paragraph "p1" of source "article": the text must be a string, not an array.',
    });
    expect(problems[1]).toMatchObject({
      path: 'events[1].citations[0].paragraph',
      message: 'Event "seize-power": the citation cites paragraph "p1", which source "article" does not have.',
    });
  });

  test('a paragraph without an id or not an object is reported', () => {
    const s = story();
    s.sources[0].paragraphs.push({ text: 'No id.' }, 5);
    expect(problemsOf(s)).toEqual([
      { path: 'sources[0].paragraphs[3].id', message: 'Paragraph 3 of source "article" has no id.' },
      { path: 'sources[0].paragraphs[4]', message: 'Paragraph 4 of source "article" is not an object (it is a number).' },
    ]);
  });

  test('a paragraph role other than "heading" is reported and dropped', () => {
    const s = story();
    s.sources[0].paragraphs[1].role = 'quote';
    const result = validateStory(s);
    expect(result.problems).toEqual([
      {
        path: 'sources[0].paragraphs[1].role',
        message: 'Paragraph "p1" of source "article": role must be "heading" when present, not "quote".',
      },
    ]);
    expect(result.story!.sources[0].paragraphs[1]).not.toHaveProperty('role');
  });

  test('only http and https source urls are accepted', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/a', 'file:///etc/passwd', 'example.org', 'data:text/html,x']) {
      const s = story();
      s.sources[0].url = url;
      const result = validateStory(s);
      expect(result.problems).toEqual([
        { path: 'sources[0].url', message: `Source "article": the url ${JSON.stringify(url)} is not an http or https address.` },
      ]);
      expect(result.story!.sources[0]).not.toHaveProperty('url');
    }
    const s = story();
    s.sources[0].url = 'http://example.org/a?b=c';
    expect(problemsOf(s)).toEqual([]);
  });

  test('a url that is not a string is reported', () => {
    expect(onlyProblem((s) => (s.sources[0].url = 3)).message).toBe(
      'Source "article": the url a number is not an http or https address.',
    );
  });

  test('an invalid published date is reported and dropped', () => {
    expect(onlyProblem((s) => (s.sources[0].published = '2021-02-30'))).toEqual({
      path: 'sources[0].published',
      message: 'Source "article": the published date is invalid: "2021-02-30" is not a real day: February 2021 has 28 days.',
    });
    expect(onlyProblem((s) => (s.sources[0].published = 2021)).message).toBe(
      'Source "article": the published date must be an EDTF string such as "2021-08-15", not a number.',
    );
  });

  test('a publisher that is not a string is reported', () => {
    expect(onlyProblem((s) => (s.sources[0].publisher = {})).message).toBe(
      'Source "article": publisher must be a string, not an object.',
    );
  });
});

describe('sources: what results hold exactly', () => {
  test('a source left out for want of an id is not in the story\'s sources, and its paragraphs are named by position', () => {
    const s = story();
    s.sources.push({ title: 'No id', paragraphs: [{ text: 'x' }] });
    const result = validateStory(s);
    expect(result.story!.sources.map((source) => source.id)).toEqual(['article']);
    expect(result.problems.map((p) => p.message)).toEqual(['Source 1 has no id, so it cannot be cited and is left out.', 'Paragraph 0 of source 1 has no id.']);
  });

  test('a source with paragraphs that are not an array is left out, and nothing in them is read', () => {
    const s = story();
    s.sources.push({ id: 'text', title: 'Text', paragraphs: 'abc' });
    const result = validateStory(s);
    expect(result.story!.sources.map((source) => source.id)).toEqual(['article']);
    expect(result.problems).toEqual([
      { path: 'sources[1].paragraphs', message: 'Source "text": paragraphs must be an array, not a string, so the source is left out.' },
    ]);
  });

  test('a url that is not http(s) is not kept on the source', () => {
    const s = story();
    s.sources[0].url = 'javascript:alert(1)';
    expect(validateStory(s).story!.sources[0]).not.toHaveProperty('url');
  });
});

describe("a source's url: word for word", () => {
  test('a source url that is not http(s) is reported and left out', () => {
    const result = validateStory(governmentsStory({ sources: [{ ...source, url: 'javascript:alert(1)' }] }));
    expect(result.problems).toEqual([{ path: 'sources[0].url', message: 'Source "s": the url "javascript:alert(1)" is not an http or https address.' }]);
    expect(Object.keys(result.story!.sources[0])).not.toContain('url');
    // An array holding a URL reads as that URL to the URL parser, but it is not a string.
    const listed = validateStory(governmentsStory({ sources: [{ ...source, url: ['https://example.org/a'] }] }));
    expect(listed.problems).toEqual([{ path: 'sources[0].url', message: 'Source "s": the url an array is not an http or https address.' }]);
    expect(Object.keys(listed.story!.sources[0])).not.toContain('url');
  });

  test('a title or publisher over 300 characters is cut with a problem; the source is kept', () => {
    const s = story();
    s.sources[0].title = 'T'.repeat(500);
    s.sources[0].publisher = 'P'.repeat(301);
    const result = validateStory(s);
    expect(result.problems).toEqual([
      { path: 'sources[0].title', message: 'Source "article": the title is 500 characters long, longer than the 300 allowed; it is cut to 300.' },
      { path: 'sources[0].publisher', message: 'Source "article": the publisher is 301 characters long, longer than the 300 allowed; it is cut to 300.' },
    ]);
    expect(result.story!.sources[0]).toMatchObject({ title: `${'T'.repeat(299)}…`, publisher: `${'P'.repeat(299)}…` });
  });

  test('a paragraph of 100,000 characters is kept whole and can be cited', () => {
    const s = story();
    const text = 'On 15 August 2021 the army seized power.';
    s.sources[0].paragraphs[1].text = `${'a'.repeat(100_000 - text.length)}${text}`;
    const result = validateStory(s);
    expect(result.problems).toEqual([]);
    expect(result.story!.sources[0].paragraphs[1].text).toHaveLength(100_000);
  });

  test('a paragraph over 100,000 characters is refused by name, and a citation of it says why it fails', () => {
    const s = story();
    s.sources[0].paragraphs[1].text = `On 15 August 2021 the army seized power. ${'a'.repeat(5_000_000)}`;
    const result = validateStory(s);
    expect(result.problems).toEqual([
      {
        path: 'sources[0].paragraphs[1].text',
        message: 'Paragraph "p1" of source "article" is 5000041 characters long, longer than the 100000 allowed for a paragraph; it is left out, so it cannot be cited. Split it where the source starts a new paragraph.',
      },
      {
        path: 'events[1].citations[0].paragraph',
        eventId: 'seize-power',
        message: 'Event "seize-power": the citation cites paragraph "p1" of source "article", which is left out for being longer than 100000 characters.',
      },
    ]);
    expect(result.story!.sources[0].paragraphs.map((p) => p.id)).toEqual(['p0', 'p2']);
    expect(result.story!.events.map((e) => e.id)).toEqual(['protests']);
  });
});
