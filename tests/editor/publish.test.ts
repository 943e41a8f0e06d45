import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { validateStory } from '../../src/model/validate';
import type { Story } from '../../src/model/types';
import { storyOf } from '../../src/editor/export';
import { openStory, type OpenedStory } from '../../src/editor/open-story';
import { exportFiles, folderZip, iframeSnippet, inlineScript, pageDescription, webPage, webPageExported } from '../../src/editor/publish';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const valid = (json: unknown): Story => validateStory(json).story!;
const russia = valid(read('data/russia-recognizes-taliban.story.json'));

describe('the web page', () => {
  const page = webPage(russia, { lang: 'en', viewer: { inline: 'customElements.define("x-y", class extends HTMLElement {}); // "</script><script>alert(1)</script>" <!-- x' } });

  test('has what a page needs on a phone and in a search result: viewport, title, description, language', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<title>Russia recognizes the Taliban government</title>');
    expect(page).toContain(`<meta name="description" content="${pageDescription(russia)}">`);
    expect(pageDescription(russia)).toMatch(/^A timeline of 16 events, .+ to .+, each with the words of Russia Recognizes Taliban Govt\.$/);
  });

  test('holds the viewer and the story inline, and every event as static HTML inside the element', () => {
    expect(page).toContain('<script type="module">customElements.define');
    expect(page).not.toMatch(/<script[^>]* src=/);
    const element = page.slice(page.indexOf('<history-timeline heading-level="2">'), page.indexOf('</history-timeline>'));
    expect(element).toContain('<script type="application/json">');
    for (const event of russia.events) {
      expect(element).toContain(`data-event-id="${event.id}"`);
      expect(element).toContain(`<time datetime="${event.calendar.edtf}">`);
    }
  });

  test('the inline code cannot end its script element', () => {
    expect(inlineScript('a = "</script><script>x</SCRIPT>"; b = "<!--"')).toBe('a = "<\\/script><script>x<\\/SCRIPT>"; b = "<\\!--"');
    // Three elements end: the viewer's module, the story's JSON and the frame's height; nothing in the code ends one early.
    expect(page.match(/<\/script>/gi)).toHaveLength(3);
  });

  test('hostile text in every field stays text', () => {
    const hostile = validateStory(read('tests/fixtures/hostile-story.json')).story!;
    const html = webPage(hostile, { lang: 'en', viewer: { src: 'history-timeline.js' } });
    expect(html).not.toMatch(/<(img|svg)\b/i);
    expect(html).not.toMatch(/<script>window/);
    expect(html).toContain('<title>Hostile story &lt;img src=x onerror=&quot;window.__pwned=&#39;story-title&#39;&quot;&gt;</title>');
    expect(html).not.toMatch(/(href|cite|src)="javascript:/i);
    // The viewer's element, the story's JSON and the frame's height: no "</script>" in the story ends one early.
    expect(html.match(/<\/script>/gi)).toHaveLength(3);
    expect(JSON.stringify(hostile)).toContain('</script>');
  });

  test('the iframe snippet names the page, says what it shows, and has a height', () => {
    const [frame, script] = iframeSnippet('the-vote.html', 'The "vote"', 612.4).split('\n');
    expect(frame).toBe('<iframe src="the-vote.html" title="Timeline: The &quot;vote&quot;" width="100%" height="612" style="border:0;max-width:100%" loading="lazy"></iframe>');
    expect(script).toMatch(/^<script>addEventListener\('message',.*<\/script>$/);
    expect(exportFiles('The vote')).toEqual({ page: 'the-vote.html', zip: 'the-vote.zip', json: 'the-vote.story.json' });
  });
});

describe('what Export web page says it did', () => {
  test('the file, and by title the pictures from files it leaves out, with where they are', () => {
    expect(webPageExported('quakes.html', [])).toBe('Exported quakes.html.');
    expect(webPageExported('quakes.html', ['Tower falls'])).toBe(
      'Exported quakes.html, without the picture from a file of “Tower falls”: Export folder (.zip) has it; a picture with a web address goes in the page.',
    );
    expect(webPageExported('quakes.html', ['A', 'B'])).toContain('without the pictures from files of “A” and “B”: Export folder (.zip) has them;');
    expect(webPageExported('quakes.html', ['A', 'B', 'C', 'D', 'E'])).toContain('of “A”, “B”, “C” and 2 more:');
  });
});

describe('the folder for developers', () => {
  test('holds index.html with the viewer beside it, history-timeline.js, the story and its pictures', () => {
    const { doc } = openStory('d', read('tests/fixtures/kept-fields.story.json')) as OpenedStory;
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const withPicture = { ...doc, candidates: doc.candidates.map((c) => (c.id === 'proposed' ? { ...c, media: { src: '', alt: 'A map', caption: '', credit: '', file: { name: 'map.png', type: 'image/png', dataUrl: `data:image/png;base64,${png}` } } } : c)) };
    const input = storyOf(withPicture);
    const files = unzipSync(folderZip(withPicture, valid(structuredClone(input)), input, 'export const viewer = 1;', 'en'));
    expect(Object.keys(files).sort()).toEqual(['a-bridge-for-the-town.story.json', 'history-timeline.js', 'index.html', 'pictures/proposed.png']);
    expect(strFromU8(files['index.html'])).toContain('<script type="module" src="history-timeline.js"></script>');
    expect(strFromU8(files['history-timeline.js'])).toBe('export const viewer = 1;');
    const story = JSON.parse(strFromU8(files['a-bridge-for-the-town.story.json']));
    expect(story.events.find((e: { id: string }) => e.id === 'proposed').media).toEqual({ src: 'pictures/proposed.png', alt: 'A map' });
    expect(Buffer.from(files['pictures/proposed.png']).toString('base64')).toBe(png);
  });
});
