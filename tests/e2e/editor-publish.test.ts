/**
 * What "Export web page", its iframe snippet and "Export folder (.zip)" give a journalist, tried as
 * a reader would: the page opened from the disk (file://) in a fresh browser with JavaScript off
 * (every event's title, date and quote are there) and on (the timeline draws, and nothing is
 * requested: no story file, no script), in an iframe on another page (its height fits), and the
 * folder served by a static host; each passes axe and works at 360 px.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser';
import type { StoryInput } from '../../src/model/types';
import { validateStory } from '../../src/model/validate';
import { webPage } from '../../src/editor/publish';
import { buildIntoTemp, removeBuild } from './build';
import { serve, type StaticServer } from './static-server';

const root = fileURLToPath(new URL('../../', import.meta.url));
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SLUG = 'russia-recognizes-the-taliban-government';

let outDir: string;
let work: string;
let site: StaticServer;
let browser: Browser;
let story: StoryInput;
let pagePath: string;
let iframeSnippet: string;

/** Runs axe in `page` and returns its violations, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Polls `read` until `ok` holds of its value (expect.poll is for tests only; this runs in beforeAll too). */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whatever in the page is wider than the viewport: nothing should be at 360 px. */
const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);

beforeAll(async () => {
  outDir = buildIntoTemp('history-timeline-editor-publish-', 'editor');
  work = mkdtempSync(join(tmpdir(), 'history-timeline-publish-'));
  const editorPage = readFileSync(join(root, 'editor.html'), 'utf8').replace('/src/editor/history-timeline-editor.ts', '/history-timeline-editor.js');
  site = await serve({
    root: work,
    routes: {
      '/history-timeline-editor.js': { file: join(outDir, 'history-timeline-editor.js') },
      '/editor.html': { body: editorPage },
      '/favicon.ico': { body: '' },
    },
  });
  browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });

  // A journalist: paste, draft, accept, export the web page, the folder, and copy the iframe snippet.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const tab = await context.newPage();
  await tab.goto(`${site.origin}/editor.html`);
  await tab.getByLabel('Article text').fill(readFileSync(join(root, 'data/russia-recognizes-taliban.article.txt'), 'utf8'));
  await tab.getByLabel('Title', { exact: true }).fill('Russia recognizes the Taliban government');
  await tab.getByLabel('Publication date').fill('2025-07-03');
  await tab.getByRole('button', { name: 'Draft events' }).click();
  const cards = tab.locator('history-timeline-editor [data-candidate]');
  await eventually(() => cards.count(), (n) => n === 8, 'the drafted events');
  for (let i = 0; i < 8; i++) await cards.nth(i).getByRole('button', { name: 'Accept' }).click();
  story = await tab.evaluate(() => document.querySelector('history-timeline-editor')!.story);
  await eventually(() => tab.locator('history-timeline-editor .preview > history-timeline :is([part~="event"], [part~="cluster"])').count(), (n) => n > 0, 'the preview');

  const pageDownload = tab.waitForEvent('download');
  await tab.getByRole('button', { name: 'Export web page' }).click();
  pagePath = join(work, `${SLUG}.html`);
  await (await pageDownload).saveAs(pagePath);

  const zipDownload = tab.waitForEvent('download');
  await tab.getByRole('button', { name: 'Export folder (.zip)' }).click();
  const zipPath = join(work, `${SLUG}.zip`);
  await (await zipDownload).saveAs(zipPath);
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    const path = join(work, 'folder', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }

  await tab.getByRole('button', { name: 'Copy iframe snippet' }).click();
  iframeSnippet = await tab.evaluate(() => navigator.clipboard.readText());
  await context.close();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  removeBuild(outDir);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the exported web page, opened from the disk', () => {
  test('with JavaScript off, every event reads: its title, its date and its quote', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(pagePath).href);
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    for (const event of story.events) {
      expect(text).toContain(event.title);
      expect(await page.locator(`time[datetime="${event.date}"]`).count(), event.date).toBeGreaterThan(0);
      for (const citation of event.citations) expect(text).toContain(citation.quote.replace(/\s+/g, ' '));
    }
    expect(await page.title()).toBe('Russia recognizes the Taliban government');
    await context.close();
  });

  test('with JavaScript on, the timeline draws from the page alone: nothing else is requested', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(pagePath).href);
    const marks = page.locator('history-timeline :is([part~="event"], [part~="cluster"])');
    await expect.poll(() => marks.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => (document.querySelector('history-timeline') as unknown as { events: unknown[] }).events.length)).toBe(story.events.length);
    expect(requests).toEqual([pathToFileURL(pagePath).href]);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('at 360 px it fits the screen, with JavaScript on and off', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(pathToFileURL(pagePath).href);
      if (javaScriptEnabled) await expect.poll(() => page.locator('history-timeline :is([part~="event"], [part~="cluster"], [part~="chronology"], li)').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await overflow(page), `overflow with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) {
        // The phone's chronology, under the page's h1: its year headings must not skip a level.
        await expect.poll(() => page.locator('history-timeline [part~="chronology"] [role="heading"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
        expect(await axeViolations(page), 'axe with JavaScript on').toEqual([]);
      }
      await context.close();
    }
    // axe needs JavaScript: the page without JavaScript is the page without its viewer.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.setContent(readFileSync(pagePath, 'utf8').replace(/<script type="module">[\s\S]*?<\/script>/, ''));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('hostile text', () => {
  test('a page of the hostile story, from the disk, shows every word as text and runs nothing', async () => {
    const hostile = validateStory(JSON.parse(readFileSync(join(root, 'tests/fixtures/hostile-story.json'), 'utf8'))).story!;
    const path = join(work, 'hostile.html');
    writeFileSync(path, webPage(hostile, { lang: 'en', viewer: { inline: readFileSync(join(work, 'folder', 'history-timeline.js'), 'utf8') } }));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(path).href);
    await expect.poll(() => page.locator('history-timeline :is([part~="event"], [part~="cluster"])').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe(hostile.title);
    await context.close();
  });
});

describe('the iframe snippet', () => {
  /** The snippet on an article page `width` px wide; the frame's page drawn. */
  async function framedAt(width: number, snippet: string) {
    const name = `article-${width}-${snippet.includes('<script>') ? 'script' : 'bare'}.html`;
    writeFileSync(join(work, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title></head><body><main><h1>An article</h1><p>Text before.</p>${snippet}<p>Text after.</p></main></body></html>`);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${name}`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('history-timeline :is([part~="event"], [part~="cluster"], [part~="chronology"])').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    /** How far the page inside scrolls (0: it fits), and how much of the frame it leaves empty. */
    const fit = () => frame.locator('body').evaluate((body) => ({ scroll: document.scrollingElement!.scrollHeight - innerHeight, empty: innerHeight - Math.ceil(body.getBoundingClientRect().height) }));
    return { context, page, frame, fit };
  }

  test('on another page, the web page draws in it and fits the frame, with no scroll inside, at 1280 and at 360 px', async () => {
    expect(iframeSnippet).toMatch(new RegExp(`^<iframe src="${SLUG}\\.html" title="Timeline: Russia recognizes the Taliban government" width="100%" height="\\d+"`));
    for (const width of [1280, 360]) {
      const { context, page, fit } = await framedAt(width, iframeSnippet);
      // The page says its height once drawn; the snippet's script fits the frame to it.
      const fitted = await eventually(fit, (f) => f.scroll === 0 && f.empty >= 0 && f.empty <= 1, `the frame at ${width} px fits its page`);
      expect(fitted.scroll).toBe(0);
  
      if (width === 1280) expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  test("where a CMS strips the snippet's script, its height still holds the page at 1280 px", async () => {
    const bare = iframeSnippet.replace(/<script>[\s\S]*<\/script>/, '');
    expect(bare).not.toContain('script');
    const { context, frame, fit } = await framedAt(1280, bare);
    await frame.locator('history-timeline').evaluate((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
    expect((await fit()).scroll, 'the page inside does not scroll').toBe(0);
    await context.close();
  });

  test("the snippet's script heeds only its own frame's page, and only a number", async () => {
    const { context, page, frame } = await framedAt(1280, iframeSnippet);
    await eventually(() => page.locator('iframe').evaluate((f) => f.style.height), (h) => h !== '', 'the frame is fitted');
    const before = await page.locator('iframe').evaluate((f) => f.style.height);
    // The article page itself, and the framed page with words where a number goes, ask for other heights.
    await page.evaluate(() => postMessage({ 'history-timeline-page-height': 5 }, '*'));
    await frame.locator('body').evaluate(() => parent.postMessage({ 'history-timeline-page-height': '9999px' }, '*'));
    await page.waitForTimeout(300);
    expect(await page.locator('iframe').evaluate((f) => f.style.height)).toBe(before);
    await context.close();
  });
});

describe('the folder for developers', () => {
  test('holds index.html, history-timeline.js and the story; served by a static host, it draws with no request for the story', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/folder/index.html`);
    await expect.poll(() => page.locator('history-timeline :is([part~="event"], [part~="cluster"])').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(requests.filter((r) => r !== '/favicon.ico')).toEqual(['/folder/index.html', '/folder/history-timeline.js']);
    expect(JSON.parse(readFileSync(join(work, 'folder', `${SLUG}.story.json`), 'utf8'))).toEqual(story);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
