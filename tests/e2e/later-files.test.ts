/**
 * The files history-timeline.js loads after its first frame (story mode, search, the list, other
 * languages, Luxon, the big-story reader), served as a host would serve them: found beside it
 * from any folder; missing (404), with the timeline still drawing, zooming and opening details in
 * English and one message in the console; and from file://, where the browser runs no module.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser';
import { renderStaticHtml } from '../../src/render/static-html';
import { validateStory } from '../../src/model/validate';
import { UNSAID } from '../../src/timeline/parts';
import { buildIntoTemp, removeBuild } from './build';
import { serve, type StaticServer } from './static-server';

const root = fileURLToPath(new URL('../../', import.meta.url));
const story = join(root, 'data/russia-recognizes-taliban.story.json');
/** The story with one event that cites a paragraph its source does not have: drawn without it, with one problem. */
const badStory = () => {
  const json = JSON.parse(readFileSync(story, 'utf8'));
  json.events[0].citations[0].paragraph = 'no-such-paragraph';
  return JSON.stringify(json);
};

/** The README's snippet, with the script at `script` and the story at `src`. */
const page = (script: string, src: string, attributes = '') => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Later files</title></head>
<body>
<script>addEventListener('timeline-error', (e) => (window.reported ??= []).push(...e.detail.problems));</script>
<script type="module" src="${script}"></script>

<history-timeline src="${src}" ${attributes}></history-timeline>
</body>
</html>`;

let outDir: string;
let site: StaticServer;
let missing: StaticServer;
let browser: Browser;
let fileDir: string;
let nested: string;

beforeAll(async () => {
  outDir = buildIntoTemp('history-timeline-later-files-');
  // The folder the page's script names, under a prefix: every file of the build beside history-timeline.js.
  nested = mkdtempSync(join(tmpdir(), 'history-timeline-nested-'));
  cpSync(outDir, join(nested, 'assets/js/v2'), { recursive: true });
  site = await serve({
    root: nested,
    routes: {
      '/pages/nested.html': { body: page('../assets/js/v2/history-timeline.js', '../data/story.json', 'view-mode="story"') },
      '/data/story.json': { file: story },
      '/pages/bad.html': { body: page('../assets/js/v2/history-timeline.js', '../data/bad.json') },
      '/data/bad.json': { body: badStory() },
      '/favicon.ico': { body: '' },
    },
  });
  // Only history-timeline.js: every file it loads after the first frame answers 404.
  missing = await serve({
    routes: {
      '/history-timeline.js': { file: join(outDir, 'history-timeline.js') },
      '/story.json': { file: story },
      '/en.html': { body: page('/history-timeline.js', '/story.json') },
      '/fr.html': { body: page('/history-timeline.js', '/story.json', 'lang="fr"') },
      '/story-mode.html': { body: page('/history-timeline.js', '/story.json', 'view-mode="story"') },
      '/bad.html': { body: page('/history-timeline.js', '/bad.json') },
      '/bad.json': { body: badStory() },
    },
  });
  fileDir = mkdtempSync(join(tmpdir(), 'history-timeline-file-'));
  cpSync(outDir, fileDir, { recursive: true });
  const { story: validated } = validateStory(JSON.parse(readFileSync(story, 'utf8')));
  writeFileSync(join(fileDir, 'page.html'), page('./history-timeline.js', '').replace('<history-timeline src="" >', `<history-timeline>${renderStaticHtml(validated!)}`));
  browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await missing?.close();
  removeBuild(outDir);
  for (const dir of [fileDir, nested]) if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  tab: Page;
  /** Console messages by type, and page errors. */
  messages: { type: string; text: string }[];
  scripts: string[];
}

async function open(url: string): Promise<Opened> {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const messages: { type: string; text: string }[] = [];
  const scripts: string[] = [];
  tab.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  tab.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }));
  tab.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(`${response.status()} ${response.url()}`));
  await tab.goto(url);
  return { tab, messages, scripts };
}

const drawn = (tab: Page) => tab.locator('history-timeline [part~="event"]').first().waitFor({ state: 'visible', timeout: 30_000 });
const ours = (messages: Opened['messages']) => messages.filter((m) => m.text.startsWith('history-timeline:'));

describe('the files loaded after the first frame', () => {
  test('are found beside history-timeline.js, whatever folder it is in and whatever page includes it', { timeout: 90_000 }, async () => {
    const { tab, messages, scripts } = await open(`${site.origin}/pages/nested.html`);
    // Story mode is a later part: its card shows, loaded from beside the script.
    await tab.locator('history-timeline [part~="story-card"]').first().waitFor({ state: 'visible', timeout: 30_000 });
    expect(scripts).toContainEqual(expect.stringMatching(new RegExp(`^200 ${site.origin}/assets/js/v2/history-timeline-later-parts-[\\w-]+\\.js$`)));
    expect(scripts.every((s) => s.startsWith('200 '))).toBe(true);
    expect(messages.filter((m) => m.type === 'error' || m.type === 'pageerror' || m.type === 'warning')).toEqual([]);
    await tab.close();
  });

  test('when they cannot be loaded, the timeline draws, zooms and opens details in English, and says so once', { timeout: 120_000 }, async () => {
    for (const path of ['/en.html', '/fr.html', '/story-mode.html']) {
      const { tab, messages } = await open(`${missing.origin}${path}`);
      await drawn(tab);
      const spanOf = () => tab.evaluate(() => {
        const view = (document.querySelector('history-timeline') as unknown as { view: { start: string; end: string } }).view;
        return Date.parse(view.end) - Date.parse(view.start);
      });
      // The later files were asked for after the first frame and failed; the timeline goes on without them.
      await expect.poll(() => ours(messages).length, { timeout: 15_000 }).toBe(1);
      const before = await spanOf();
      const box = (await tab.locator('history-timeline [part~="viewport"]').boundingBox())!;
      await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await tab.keyboard.down('Control');
      for (let i = 0; i < 5; i++) await tab.mouse.wheel(0, -200);
      await tab.keyboard.up('Control');
      await expect.poll(spanOf, { timeout: 10_000 }).toBeLessThan(before * 0.9);
      await tab.locator('history-timeline [part~="event"]').first().click();
      const detail = tab.locator('history-timeline [part~="detail"]');
      await detail.locator('mark[part~="quote"]').first().waitFor({ timeout: 10_000 });
      // English words, whatever the page asked for.
      expect(await detail.getByRole('button', { name: 'Close details' }).count()).toBe(1);
      // The key's title is drawn; its entries come with the later files, so it unfolds on nothing.
      const key = tab.locator('history-timeline [part~="key"]');
      expect(await key.locator('summary').textContent()).toBe('How to read the marks');
      expect(await key.locator('li').count()).toBe(0);
      expect(ours(messages)).toHaveLength(1);
      expect(ours(messages)[0].type).toBe('warning');
      expect(ours(messages)[0].text).toMatch(/^history-timeline: a file it loads after the first frame could not be loaded \(.+\)\. The timeline draws, zooms and opens details without it, in English;/);
      expect(messages.filter((m) => m.type === 'pageerror')).toEqual([]);
      await tab.close();
    }
  });

  test("a story's problems are said in the validator's words once the later files come, and plainly when they cannot be loaded", { timeout: 90_000 }, async () => {
    const reported = (tab: Page) => tab.evaluate(() => (window as unknown as { reported?: { path: string; message: string }[] }).reported ?? []);
    const { tab, messages } = await open(`${site.origin}/pages/bad.html`);
    await drawn(tab);
    await expect.poll(() => reported(tab).then((r) => r.length), { timeout: 15_000 }).toBe(1);
    expect((await reported(tab))[0]).toMatchObject({ path: 'events[0].citations[0].paragraph', message: expect.stringMatching(/the citation cites paragraph "no-such-paragraph", which source ".+" does not have\.$/) });
    const notice = tab.locator('history-timeline [part~="notice"]');
    await notice.locator('summary').click();
    await expect.poll(() => notice.locator('li').first().textContent()).toMatch(/does not have\.$/);
    expect(messages.filter((m) => m.type === 'error' || m.type === 'pageerror' || m.type === 'warning')).toEqual([]);
    await tab.close();

    const without = await open(`${missing.origin}/bad.html`);
    await drawn(without.tab);
    await expect.poll(() => reported(without.tab).then((r) => r.length), { timeout: 15_000 }).toBe(1);
    expect((await reported(without.tab))[0]).toMatchObject({ path: 'events[0].citations[0].paragraph', message: UNSAID });
    const plainNotice = without.tab.locator('history-timeline [part~="notice"]');
    await plainNotice.locator('summary').click();
    expect(await plainNotice.locator('li').first().textContent()).toBe(`events[0].citations[0].paragraph: ${UNSAID}`);
    expect(ours(without.messages)).toHaveLength(1);
    await without.tab.close();
  });

  test('from file://, Chromium runs no module script: the static HTML stays, and the element never upgrades', { timeout: 60_000 }, async () => {
    const { tab, messages } = await open(pathToFileURL(join(fileDir, 'page.html')).href);
    await tab.locator('history-timeline section.history-timeline-static li').first().waitFor({ state: 'visible', timeout: 15_000 });
    await expect.poll(() => messages.some((m) => m.type === 'error' && /CORS|file:|blocked/i.test(m.text)), { timeout: 10_000 }).toBe(true);
    expect(await tab.evaluate(() => customElements.get('history-timeline') === undefined)).toBe(true);
    await tab.close();
  });
});
