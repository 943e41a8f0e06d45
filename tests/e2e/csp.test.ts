/**
 * The embed snippet from README.md and docs/embedding.md, unchanged, on a page served with a strict Content Security
 * Policy that requires Trusted Types: the built bundle must draw the same timeline as on a page
 * without one, work by mouse and keyboard, and cause no violation.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser';
import { syntheticStory } from '../../scripts/synthetic-story';
import { STRICT_POLICY } from './csp-policy';
import { buildIntoTemp, removeBuild } from './build';
import { serve, type StaticServer } from './static-server';

const root = fileURLToPath(new URL('../../', import.meta.url));


const page = (src: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Embed</title></head>
<body>
<script type="module" src="/history-timeline.js"></script>

<history-timeline src="${src}"></history-timeline>
</body>
</html>`;

let outDir: string;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outDir = buildIntoTemp('history-timeline-csp-');
  const csp = { 'content-security-policy': STRICT_POLICY };
  site = await serve({
    // history-timeline.js and the files it loads after the first frame, beside it.
    root: outDir,
    routes: {
      '/russia-recognizes-taliban.story.json': { file: join(root, 'data/russia-recognizes-taliban.story.json') },
      '/big.story.json': { body: JSON.stringify(syntheticStory(100_000)) },
      '/article-csp.html': { body: page('russia-recognizes-taliban.story.json'), headers: csp },
      '/article-plain.html': { body: page('russia-recognizes-taliban.story.json') },
      '/big-csp.html': { body: page('big.story.json'), headers: csp },
      '/big-plain.html': { body: page('big.story.json') },
    },
  });
  browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  removeBuild(outDir);
});

interface Loaded {
  page: Page;
  /** Violations, Trusted Types errors and any other console error or page error. */
  problems: string[];
  /** The scripts the page loaded, with their status: history-timeline.js and the files it loads after the first frame. */
  scripts: string[];
}

/** Opens `path` and waits until the timeline has drawn its first marks or clusters and come to rest. */
async function open(path: string): Promise<Loaded> {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const problems: string[] = [];
  const scripts: string[] = [];
  tab.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(`${response.status()} ${response.url()}`));
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await tab.exposeFunction('__violation', (text: string) => problems.push(`violation: ${text}`));
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violation(text: string): void }).__violation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
    });
  });
  await tab.goto(`${site.origin}${path}`);
  await tab.locator('history-timeline [part~="event"], history-timeline [part~="cluster"]').first().waitFor({ state: 'visible', timeout: 30_000 });
  return { page: tab, problems, scripts };
}

/** Each drawn mark's or cluster's left edge and width, by id (or cluster position). */
function geometryOf(tab: Page) {
  return tab.evaluate(() => {
    const root = document.querySelector('history-timeline')!.shadowRoot!;
    const boxes: Record<string, [number, number]> = {};
    root.querySelectorAll<HTMLElement>('[part~="event"]').forEach((el) => {
      const box = el.getBoundingClientRect();
      boxes[`event:${el.dataset.eventId}`] = [box.left, box.width];
    });
    root.querySelectorAll<HTMLElement>('[part~="cluster"]').forEach((el, i) => {
      const box = el.getBoundingClientRect();
      boxes[`cluster:${i}:${el.dataset.count}`] = [box.left, box.width];
    });
    return boxes;
  });
}

function expectSameGeometry(strict: Record<string, [number, number]>, plain: Record<string, [number, number]>) {
  expect(Object.keys(strict).sort()).toEqual(Object.keys(plain).sort());
  for (const key of Object.keys(plain)) {
    expect(Math.abs(strict[key][0] - plain[key][0]), `${key} left`).toBeLessThanOrEqual(1);
    expect(Math.abs(strict[key][1] - plain[key][1]), `${key} width`).toBeLessThanOrEqual(1);
  }
  const lefts = new Set(Object.values(strict).map(([left]) => Math.round(left)));
  expect(lefts.size, 'marks spread across the width, not stacked at one x').toBeGreaterThan(Math.min(3, Object.keys(strict).length - 1));
}

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  test('the policy is really enforced on the strict page: a style attribute and an HTML string are blocked', { timeout: 60_000 }, async () => {
    const { page: tab, problems } = await open('/article-csp.html');
    const probe = await tab.evaluate(() => {
      const p = document.createElement('p');
      p.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(p);
      let trustedTypesEnforced = false;
      try {
        p.innerHTML = '<b>html</b>';
      } catch {
        trustedTypesEnforced = true;
      }
      return { color: getComputedStyle(p).color, trustedTypesEnforced };
    });
    expect(probe.color).not.toBe('rgb(255, 0, 0)');
    expect(probe.trustedTypesEnforced).toBe(true);
    await expect.poll(() => problems.some((p) => p.startsWith('violation: style-src')), { timeout: 5_000 }).toBe(true);
    await tab.close();
  });

  test('the article: same marks in the same places as without the policy; detail, zoom and keys work; no violation', { timeout: 90_000 }, async () => {
    const plain = await open('/article-plain.html');
    const strict = await open('/article-csp.html');
    const settle = (tab: Page) => tab.waitForFunction(() => (document.querySelector('history-timeline') as unknown as { view: unknown }).view !== null);
    await settle(plain.page);
    await settle(strict.page);
    expectSameGeometry(await geometryOf(strict.page), await geometryOf(plain.page));

    const tab = strict.page;
    // The detail opens on a click, with the quoted words marked in their paragraph.
    await tab.locator('history-timeline [part~="event"]').first().click();
    await tab.locator('history-timeline [part~="detail"] mark[part~="quote"]').first().waitFor({ timeout: 10_000 });

    // The click took focus to the detail; Escape brings it back to the mark, and an arrow key moves it to the next event.
    const focusedId = () => tab.evaluate(() => (document.querySelector('history-timeline')!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId ?? null);
    await tab.keyboard.press('Escape');
    await expect.poll(focusedId, { timeout: 10_000 }).not.toBeNull();
    const first = await focusedId();
    await tab.keyboard.press('ArrowRight');
    await expect.poll(focusedId, { timeout: 10_000 }).not.toBe(first);

    // Keyboard: + on the timeline zooms in.
    const spanOf = () => tab.evaluate(() => {
      const view = (document.querySelector('history-timeline') as unknown as { view: { start: string; end: string } }).view;
      return Date.parse(view.end) - Date.parse(view.start);
    });
    const before = await spanOf();
    await tab.locator('history-timeline [part~="viewport"]').focus();
    await tab.keyboard.press('+');
    await expect.poll(spanOf, { timeout: 10_000 }).toBeLessThan(before * 0.9);

    // The list and the article view render too.
    await tab.locator('history-timeline [part~="toolbar"] button', { hasText: 'List' }).click();
    await tab.locator('history-timeline [part~="list"]').waitFor({ timeout: 10_000 });
    await tab.locator('history-timeline [part~="toolbar"] button', { hasText: 'Article' }).click();
    await tab.locator('history-timeline [part~="paragraph"]').first().waitFor({ timeout: 10_000 });
    // Those come from the files loaded after the first frame: same-origin scripts, which the policy allows.
    expect(strict.scripts).toContainEqual(expect.stringMatching(new RegExp(`^200 ${site.origin}/history-timeline-later-parts-[\\w-]+\\.js$`)));

    expect(strict.problems).toEqual([]);
    expect(plain.problems).toEqual([]);
    await plain.page.close();
    await tab.close();
  });

  test('100,000 events: the same clusters in the same places as without the policy; no violation', { timeout: 120_000 }, async () => {
    const plain = await open('/big-plain.html');
    const strict = await open('/big-csp.html');
    expectSameGeometry(await geometryOf(strict.page), await geometryOf(plain.page));
    expect(strict.problems).toEqual([]);
    await plain.page.close();
    await strict.page.close();
  });
});
