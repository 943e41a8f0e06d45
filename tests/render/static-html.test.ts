import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateStory } from '../../src/model/validate';
import type { Story, StoryInput } from '../../src/model/types';
import { escapeHtml, renderStaticHtml, scriptSafeJson, storyInputOf } from '../../src/render/static-html';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const validated = (input: unknown): Story => validateStory(input).story!;
const article = validated(readJson('data/russia-recognizes-taliban.story.json'));
const hostile = validated(readJson('tests/fixtures/hostile-story.json'));

/** The text of the one `<script type="application/json">`, as the HTML parser would end it: at the first `</script`. */
function scriptText(html: string): string {
  const open = '<script type="application/json">';
  expect(html.startsWith(open)).toBe(true);
  return html.slice(open.length, html.search(/<\/script/i));
}

/** The HTML after the script: the part a reader sees. */
const visible = (html: string) => html.slice(html.search(/<\/script>/i) + '</script>'.length);

/** Every tag name opened in `html`, and every attribute name written on one. */
function tagsAndAttributes(html: string) {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const [, name, rest] of html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)) {
    tags.add(name.toLowerCase());
    for (const [, attribute] of rest.matchAll(/\s([^\s=]+)="[^"]*"/g)) attributes.add(attribute.toLowerCase());
  }
  return { tags, attributes };
}

const SAFE_TAGS = ['section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'li', 'p', 'time', 'bdi', 'strong', 'figure', 'blockquote', 'figcaption', 'a'];
const SAFE_ATTRIBUTES = ['class', 'lang', 'dir', 'aria-label', 'data-era-id', 'data-event-id', 'datetime', 'cite', 'href'];

/** A one-event story around one hostile text, in the place `edit` puts it. */
function storyWith(edit: (story: StoryInput) => void): Story {
  const input: StoryInput = {
    title: 'A story',
    sources: [{ id: 's', title: 'The source', url: 'https://example.org/source', paragraphs: [{ id: 'p1', text: 'It happened in 1994.' }] }],
    events: [{ id: 'e', date: '1994', title: 'It happened', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'It happened in 1994.' }] }],
  };
  edit(input);
  const result = validateStory(input);
  expect(result.problems).toEqual([]);
  return result.story!;
}

describe('renderStaticHtml: structure', () => {
  test('the story JSON comes first, then one section in the language used, labelled with the story title', () => {
    const html = renderStaticHtml(article);
    expect(html).toMatch(/^<script type="application\/json">\{.*\}<\/script>\n<section class="history-timeline-static" lang="en" aria-label="All events in time order: Russia recognizes the Taliban government">\n/s);
    expect(html.trimEnd().endsWith('</section>')).toBe(true);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  test('every valid event is an item, in time order, once', () => {
    const html = renderStaticHtml(article);
    const ids = [...html.matchAll(/<li data-event-id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(article.events.map((e) => e.id));
  });

  test('eras are headings at the heading level, around the events they hold, in time order; events outside every era under "Other events"; titles one level below', () => {
    const html = visible(renderStaticHtml(article, { headingLevel: 3 }));
    const headings = [...html.matchAll(/<h(\d)( data-era-id="([^"]+)")?>([^<]*)<\/h\1>/g)];
    const eraHeadings = headings.filter(([, level]) => level === '3').map(([, , , era, text]) => [era ?? null, text]);
    expect(eraHeadings).toEqual([
      [null, 'Other events'],
      ['first-taliban-government', 'The first Taliban government (27 September 1996 – November 2001)'],
      ['taliban-back-in-power', 'The Taliban back in power (From August 2021)'],
    ]);
    expect(headings.filter(([, level]) => level === '4').map(([, , , , text]) => text)).toEqual(article.events.map((e) => escapeHtml(e.title)));
    expect(headings.every(([, level]) => level === '3' || level === '4')).toBe(true);
    // Each era's events follow its heading: the 1992 collapse before the first era, the 2021 return after the second's heading.
    expect(html.indexOf('soviet-backed-government-collapses')).toBeLessThan(html.indexOf('data-era-id="first-taliban-government"'));
    expect(html.indexOf('data-era-id="taliban-back-in-power"')).toBeLessThan(html.indexOf('data-event-id="taliban-seize-power"'));
    expect(html.indexOf('data-event-id="taliban-capture-kabul"')).toBeLessThan(html.indexOf('data-era-id="taliban-back-in-power"'));
  });

  test('without eras, one list with no era heading, the titles at the heading level; the level is kept within 1–6', () => {
    const plain = storyWith(() => undefined);
    expect(visible(renderStaticHtml(plain, { headingLevel: 3 }))).toContain('<ol>\n<li data-event-id="e">\n<p><time datetime="1994">1994</time></p>\n<h3>It happened</h3>');
    expect(visible(renderStaticHtml(plain))).toContain('<h2>It happened</h2>');
    expect(visible(renderStaticHtml(plain, { headingLevel: 9 }))).toContain('<h6>It happened</h6>');
    expect(visible(renderStaticHtml(article, { headingLevel: 6 }))).not.toMatch(/<h7/);
  });

  test('a date is a <time> whose datetime is the EDTF value and whose text is the phrase the element shows, honest about precision and doubt', () => {
    const html = renderStaticHtml(article);
    expect(html).toContain('<time datetime="1992">1992</time>');
    expect(html).toContain('<time datetime="../1994">By 1994</time>');
    expect(html).toContain('<time datetime="1996-09-27/1997-10">27 September 1996 – October 1997</time>');
    expect(html).toContain('<time datetime="2021-08~">about August 2021</time>');
    expect(html).toContain('<time datetime="2025-07-03?">possibly 3 July 2025</time>');
  });

  test('in another language the dates and words are that language\'s, and right-to-left languages say so', () => {
    const french = renderStaticHtml(article, { lang: 'fr' });
    expect(french).toContain('lang="fr"');
    expect(french).toContain('<time datetime="2021-08~">vers août 2021</time>');
    expect(french).toContain('Autres événements');
    expect(renderStaticHtml(article, { lang: 'fa' })).toMatch(/<section class="history-timeline-static" lang="fa" dir="rtl"/);
  });

  test('an event has its group, title, summary, how an inferred date was found, and each quote as a blockquote citing its source', () => {
    const html = renderStaticHtml(article);
    const start = html.indexOf('<li data-event-id="taliban-capture-kabul">');
    const item = html.slice(start, html.indexOf('</li>', start));
    expect(item).toContain('<p><time datetime="1996-09-27">27 September 1996</time> · <bdi>The Taliban&#39;s rise and rule</bdi></p>');
    expect(item).toContain('<h3>Taliban capture Kabul</h3>');
    expect(item).toContain('<p>The Taliban took the capital, Kabul.</p>');
    expect(item).toContain('<p><strong>The source does not state this date.</strong> The article gives no date');
    // The article has no URL: the quote has no cite and no link, but its source and paragraph number.
    expect(item).toContain('<figure>\n<blockquote><p>The Taliban went on to capture Kabul</p></blockquote>\n<figcaption>Russia Recognizes Taliban Govt · 3 July 2025 · paragraph 10</figcaption>\n</figure>');
  });

  test('a source with an http(s) URL gives the quote its cite and a link to the source', () => {
    const html = renderStaticHtml(storyWith(() => undefined));
    expect(html).toContain('<blockquote cite="https://example.org/source"><p>It happened in 1994.</p></blockquote>');
    expect(html).toContain('<figcaption>The source · paragraph 1 · <a href="https://example.org/source">Open the source</a></figcaption>');
  });
});

describe('renderStaticHtml: text from the story is text', () => {
  test('the hostile fixture: only the expected tags and attributes, every field escaped, no script but the JSON', () => {
    const html = renderStaticHtml(hostile);
    const { tags, attributes } = tagsAndAttributes(visible(html));
    expect([...tags].filter((t) => !SAFE_TAGS.includes(t))).toEqual([]);
    expect([...attributes].filter((a) => !SAFE_ATTRIBUTES.includes(a))).toEqual([]);
    expect(visible(html)).not.toMatch(/<(img|svg|script)/i);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    for (const event of hostile.events) {
      expect(html).toContain(escapeHtml(event.title));
      if (event.summary) expect(html).toContain(escapeHtml(event.summary));
      for (const c of event.citations) expect(html).toContain(escapeHtml(c.quote));
    }
    expect(html).toContain(escapeHtml(hostile.title));
  });

  test.each([
    ['</script> in a title', (s: StoryInput) => (s.events[0].title = 'Ends </script><script>window.__pwned=1</script> here')],
    ['</SCRIPT > in a summary', (s: StoryInput) => (s.events[0].summary = 'Ends </SCRIPT ><script>window.__pwned=1</script>')],
    ['<!-- in a summary', (s: StoryInput) => (s.events[0].summary = '<!--<script>window.__pwned=1</script>')],
    ['<img onerror> in a group title', (s: StoryInput) => {
      s.groups = [{ id: 'g', title: '<img src=x onerror="window.__pwned=1">' }];
      s.events[0].group = 'g';
    }],
    ['a quote with markup and quotes', (s: StoryInput) => {
      s.sources[0].paragraphs[0].text = '"><svg onload=alert(1)> it happened';
      s.events[0].citations[0].quote = '"><svg onload=alert(1)>';
    }],
    ['U+2028 and U+2029 in a note', (s: StoryInput) => (s.events[0].dateNote = 'line\u2028separator\u2029paragraph')],
    ['a terminal escape in a publisher', (s: StoryInput) => (s.sources[0].publisher = '\u001b]0;owned\u0007\u001b[2J\u009b31m')],
  ])('%s: escaped in the list, and the script ends only where it should', (_, edit) => {
    const story = storyWith(edit);
    const html = renderStaticHtml(story);
    const json = scriptText(html);
    expect(json).not.toMatch(/[<>&\u2028\u2029\u0000-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json)).toEqual(storyInputOf(story));
    const shown = visible(html);
    expect(shown).not.toMatch(/<(script|img|svg)|<!--/i);
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    const { tags } = tagsAndAttributes(shown);
    expect([...tags].filter((t) => !SAFE_TAGS.includes(t))).toEqual([]);
  });

  test('a URL that is not http(s) is neither a cite nor a link, even in a story that did not come through the validator', () => {
    const story = storyWith(() => undefined);
    for (const url of ['javascript:window.__pwned=1', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'not a url']) {
      const shown = visible(renderStaticHtml({ ...story, sources: [{ ...story.sources[0], url }] }));
      expect(shown).not.toMatch(/cite=|href=/);
      expect(shown).not.toMatch(/javascript|data:|vbscript/i);
    }
  });

  test('an attribute value cannot be closed from the data: quotes become references', () => {
    const story = storyWith(() => undefined);
    const shown = visible(renderStaticHtml({ ...story, sources: [{ ...story.sources[0], url: 'https://example.org/a"onmouseover="alert(1)' }] }));
    expect(shown).toContain('cite="https://example.org/a%22onmouseover=%22alert(1)"');
    expect(tagsAndAttributes(shown).attributes.has('onmouseover')).toBe(false);
  });
});

/** Three outlets report one opening; one of them a day early. `publisherB` names the second outlet. */
function threeSourceStory(publisherB = 'Outlet B'): Story {
  const source = (id: string, publisher: string, text: string) => ({ id, title: `Report ${id}`, publisher, url: `https://example.org/${id}`, paragraphs: [{ id: 'p1', text }] });
  return validated({
    title: 'The bridge',
    sources: [
      source('a', 'Outlet A', 'The bridge opened on 14 March 2023.'),
      source('b', publisherB, 'It opened on Monday, 13 March 2023.'),
      source('c', 'Outlet C', 'The opening, on 13 March, drew crowds.'),
    ],
    events: [
      {
        id: 'opening',
        date: '2023-03-14',
        title: 'The bridge opens',
        dateBasis: 'stated',
        dateNote: 'Outlet B and Outlet C give the 13th; the operator gives the 14th.',
        citations: [
          { source: 'a', paragraph: 'p1', quote: 'The bridge opened on 14 March 2023.' },
          { source: 'b', paragraph: 'p1', quote: 'It opened on Monday, 13 March 2023.', date: '2023-03-13' },
          { source: 'c', paragraph: 'p1', quote: 'The opening, on 13 March, drew crowds.', date: '2023-03-13' },
          { source: 'a', paragraph: 'p1', quote: 'The bridge opened' },
        ],
      },
    ],
  });
}

describe('renderStaticHtml: several sources', () => {
  test('an event reported by several sources says how many, and their disagreement in words', () => {
    const item = visible(renderStaticHtml(threeSourceStory()));
    expect(item).toContain('<p>Reported by 3 sources</p>\n<p><strong>Sources differ: 14 March 2023 (Outlet A) · 13 March 2023 (Outlet B and Outlet C)</strong></p>');
  });

  test('its quotes are grouped by source, in the order each source is first cited', () => {
    const shown = visible(renderStaticHtml(threeSourceStory()));
    const quotes = [...shown.matchAll(/<blockquote[^>]*><p>(.*?)<\/p>/g)].map((m) => m[1]);
    expect(quotes).toEqual(['The bridge opened on 14 March 2023.', 'The bridge opened', 'It opened on Monday, 13 March 2023.', 'The opening, on 13 March, drew crowds.']);
  });

  test('one source, however many of its paragraphs are cited, says nothing of sources', () => {
    expect(visible(renderStaticHtml(storyWith(() => undefined)))).not.toMatch(/Reported by|Sources differ/);
  });

  test('sources that agree are counted, with no disagreement', () => {
    const story = threeSourceStory();
    for (const c of story.events[0].citations) delete c.date;
    const shown = visible(renderStaticHtml(story));
    expect(shown).toContain('<p>Reported by 3 sources</p>');
    expect(shown).not.toContain('Sources differ');
  });

  test('in another language, the count and the disagreement are in that language', () => {
    expect(visible(renderStaticHtml(threeSourceStory(), { lang: 'fr' }))).toContain('Les sources divergent : 14 mars 2023 (Outlet A) · 13 mars 2023 (Outlet B et Outlet C)');
  });

  test('a hostile publisher name is text in the disagreement, escaped, and adds no tag', () => {
    const hostileName = '<img src=x onerror="window.__pwned=1">\u001b[2J';
    const shown = visible(renderStaticHtml(threeSourceStory(hostileName)));
    expect(shown).toContain(`13 March 2023 (${escapeHtml(hostileName)} and Outlet C)`);
    expect(shown).not.toMatch(/<img|\u001b/);
    const { tags, attributes } = tagsAndAttributes(shown);
    expect([...tags].filter((t) => !SAFE_TAGS.includes(t))).toEqual([]);
    expect([...attributes].filter((a) => !SAFE_ATTRIBUTES.includes(a))).toEqual([]);
  });
});

describe('the story JSON', () => {
  test('round-trips: what the element reads validates to the same story', () => {
    for (const story of [article, hostile]) {
      const json = JSON.parse(scriptText(renderStaticHtml(story)));
      expect(json).toEqual(storyInputOf(story));
      expect(validateStory(json)).toEqual({ story, problems: [] });
    }
  });

  test('holds the story as written: no parsed dates, only the valid events', () => {
    const input = storyInputOf(hostile);
    expect(JSON.stringify(input)).not.toContain('calendar');
    expect(input.events.map((e) => e.id)).toEqual(hostile.events.map((e) => e.id));
  });

  test('scriptSafeJson: no character that can end or bend a script, and JSON.parse gives back the value', () => {
    const value = { text: '</script><!-- <script> & \u2028\u2029 \u007f\u0085 "quoted" \\ ' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029\u007f-\u009f]/);
    expect(json).toContain('\\u003c/script\\u003e\\u003c!-- \\u003cscript\\u003e \\u0026 \\u2028\\u2029 \\u007f\\u0085');
    expect(JSON.parse(json)).toEqual(value);
  });

  test('escapeHtml: markup, both quotes and control characters as references; tabs and line breaks kept', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('\u001b[2J\u0007\u007f\u009b')).toBe('&#x1b;[2J&#x7;&#x7f;&#x9b;');
    expect(escapeHtml('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
  });
});
