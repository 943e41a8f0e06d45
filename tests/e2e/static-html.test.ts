/**
 * The story's static HTML (`npm run render`) inside `<history-timeline>`, on a page with an article
 * around it, served with the built bundle: readable with JavaScript off; with it on, the element
 * upgrades from the inline story without requesting the story file and without moving the page
 * (cumulative layout shift measured with the Layout Instability API); under a strict Content
 * Security Policy, with no violation; and hostile text stays text.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser';
import { main as render } from '../../scripts/render';
import { datePhrase } from '../../src/model/date-phrase';
import { validateStory } from '../../src/model/validate';
import { STRICT_POLICY } from './csp-policy';
import { buildIntoTemp, removeBuild } from './build';
import { serve, type StaticServer } from './static-server';

const root = fileURLToPath(new URL('../../', import.meta.url));
const STORY_PATH = '/russia-recognizes-taliban.story.json';
const storyFile = join(root, 'data/russia-recognizes-taliban.story.json');
const hostileFile = join(root, 'tests/fixtures/hostile-story.json');
const article = validateStory(JSON.parse(readFileSync(storyFile, 'utf8'))).story!;
const hostile = validateStory(JSON.parse(readFileSync(hostileFile, 'utf8'))).story!;

/** What `npm run render -- <file> --heading-level 3` prints. */
function rendered(file: string): string {
  let html = '';
  render([file, '--heading-level', '3'], (text) => void (html += text), () => undefined);
  return html;
}

const paragraphs = (n: number, what: string) =>
  Array.from({ length: n }, (_, i) => `<p>${what} paragraph ${i + 1}: the article goes on, with enough words to fill a line or two of the page at any width, as an article does.</p>`).join('\n');

/** An article page: a heading and an introduction, the element with the static HTML, then the rest of the article below it. */
const page = (inside: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static HTML</title>
<script type="module" src="/history-timeline.js"></script>
</head>
<body>
<h1>Russia recognizes the Taliban government</h1>
${paragraphs(1, 'Introduction')}
<h2>Timeline</h2>
<history-timeline src="${STORY_PATH}" heading-level="3">
${inside}
</history-timeline>
<h2>What comes next</h2>
${paragraphs(12, 'Below the timeline')}
</body>
</html>`;

let outDir: string;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outDir = buildIntoTemp('history-timeline-static-');
  const csp = { 'content-security-policy': STRICT_POLICY };
  const articleHtml = rendered(storyFile);
  site = await serve({
    // history-timeline.js and the files it loads after the first frame, beside it.
    root: outDir,
    routes: {
      [STORY_PATH]: { file: storyFile },
      '/article.html': { body: page(articleHtml) },
      '/article-csp.html': { body: page(articleHtml), headers: csp },
      '/hostile-csp.html': { body: page(rendered(hostileFile)), headers: csp },
    },
  });
  browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  removeBuild(outDir);
});

const frames = (tab: Page, n: number) =>
  tab.evaluate((count) => new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  }), n);

describe('with JavaScript off', () => {
  test('the page shows every event: its title, its date (with the EDTF value) and every quote, in time order', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/article.html`);
    const items = tab.locator('history-timeline li[data-event-id]');
    await expect.poll(() => items.count()).toBe(article.events.length);
    for (const [i, event] of article.events.entries()) {
      const item = items.nth(i);
      expect(await item.getAttribute('data-event-id')).toBe(event.id);
      const title = item.locator('h4');
      expect(await title.isVisible(), event.title).toBe(true);
      expect(await title.innerText()).toBe(event.title);
      const date = item.locator('time');
      expect(await date.isVisible()).toBe(true);
      expect(await date.innerText()).toBe(datePhrase(event.calendar));
      expect(await date.getAttribute('datetime')).toBe(event.date);
      const quotes = item.locator('blockquote');
      expect(await quotes.count()).toBe(event.citations.length);
      for (const [k, citation] of event.citations.entries()) {
        expect(await quotes.nth(k).isVisible()).toBe(true);
        expect(await quotes.nth(k).innerText()).toBe(citation.quote);
      }
    }
    // The eras head the events they hold, at the page's level.
    expect(await tab.locator('history-timeline h3').allInnerTexts()).toEqual([
      'Other events',
      'The first Taliban government (27 September 1996 – November 2001)',
      'The Taliban back in power (From August 2021)',
    ]);
    await context.close();
  });

  test('hostile text is shown as text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/hostile-csp.html`);
    for (const event of hostile.events) expect(await tab.getByRole('heading', { name: event.title, exact: true }).isVisible(), event.title).toBe(true);
    expect(await tab.locator('history-timeline img, history-timeline svg').count()).toBe(0);
    await context.close();
  });
});

interface Upgraded {
  context: BrowserContext;
  tab: Page;
  /** Every request's path. */
  requests: string[];
  /** Violations, console errors and page errors. */
  problems: string[];
}

/**
 * Opens `path` with the bundle held back until the static HTML has been painted, then lets it load
 * and waits until the element has drawn the story and a few more frames have passed.
 */
async function openUpgraded(path: string, viewport: { width: number; height: number }): Promise<Upgraded> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const tab = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  tab.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await tab.exposeFunction('__violation', (text: string) => problems.push(`violation: ${text}`));
  await tab.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; hadRecentInput: boolean }[]; __violation(text: string): void };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) w.__shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (e) => w.__violation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`));
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await tab.route('**/history-timeline.js', async (route) => {
    await held;
    await route.continue();
  });
  await tab.goto(`${site.origin}${path}`, { waitUntil: 'commit' });
  // The static HTML is on screen, painted, before the element's code arrives.
  await tab.locator('history-timeline section.history-timeline-static li').first().waitFor({ state: 'visible', timeout: 30_000 });
  await frames(tab, 3);
  expect(await tab.evaluate(() => customElements.get('history-timeline'))).toBeUndefined();
  release();
  await tab.waitForFunction(() => (document.querySelector('history-timeline') as unknown as { view: unknown } | null)?.view != null, undefined, { timeout: 30_000 });
  await tab.locator('history-timeline [part~="event"], history-timeline [part~="chronology"]').first().waitFor({ state: 'visible', timeout: 30_000 });
  // Time for any late move: fonts, the observers' first reports, a second layout.
  await frames(tab, 30);
  return { context, tab, requests, problems };
}

/** Cumulative layout shift so far: the sum of every shift not caused by the reader's input. */
const cumulativeShift = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { __shifts: { value: number; hadRecentInput: boolean }[] }).__shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0));

describe('with JavaScript on', () => {
  test.each([
    ['a laptop', { width: 1280, height: 800 }],
    ['a tall screen, taller than the timeline', { width: 1280, height: 1600 }],
    ['a phone (the chronology)', { width: 390, height: 844 }],
  ])('on %s: the element upgrades from the inline story, with no request for it, draws it, and the page does not move (CLS ≤ 0.02)', async (_, viewport) => {
    const { context, tab, requests, problems } = await openUpgraded('/article.html', viewport);
    expect(requests.filter((path) => path.endsWith('.json'))).toEqual([]);
    if (viewport.width >= 480) {
      const drawn = await tab.locator('history-timeline [part~="event"]').evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.eventId).sort());
      expect(drawn).toEqual(article.events.map((e) => e.id).sort());
    } else {
      const chronology = tab.locator('history-timeline [part~="chronology"]');
      // Each event by its title (an uncertain one's label says so after it).
      for (const event of article.events) expect(await chronology.getByText(event.title).count(), event.title).toBeGreaterThan(0);
    }
    expect(await tab.locator('history-timeline section.history-timeline-static').isVisible()).toBe(false);
    const cls = await cumulativeShift(tab);
    console.log(`cumulative layout shift at ${viewport.width} × ${viewport.height}: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThanOrEqual(0.02);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('under a strict Content Security Policy: the same upgrade, no request for the story, no violation', async () => {
    const { context, tab, requests, problems } = await openUpgraded('/article-csp.html', { width: 1280, height: 800 });
    expect(requests.filter((path) => path.endsWith('.json'))).toEqual([]);
    expect(await tab.locator('history-timeline [part~="event"]').count()).toBe(article.events.length);
    expect(await cumulativeShift(tab)).toBeLessThanOrEqual(0.02);
    expect(problems).toEqual([]);
    // The policy is enforced on this page: a style attribute set by a script is blocked, and reported.
    await tab.evaluate(() => document.body.setAttribute('style', 'color: rgb(255, 0, 0)'));
    await expect.poll(() => problems.some((p) => p.startsWith('violation: style-src'))).toBe(true);
    expect(await tab.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(255, 0, 0)');
    await context.close();
  });

  test('hostile text, upgraded under the strict policy: drawn as text, nothing runs', async () => {
    const { context, tab, requests, problems } = await openUpgraded('/hostile-csp.html', { width: 1280, height: 800 });
    expect(requests.filter((path) => path.endsWith('.json'))).toEqual([]);
    const titles = await tab.locator('history-timeline [part~="event"]').evaluateAll((marks) => marks.map((m) => (m as HTMLElement).innerText));
    expect(titles.some((t) => t.includes("<img src=x onerror=\"window.__pwned='title'\">"))).toBe(true);
    expect(await tab.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  });
});
