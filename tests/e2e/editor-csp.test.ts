/**
 * The editor page (editor.html over the built dist/history-timeline-editor.js) under the strict
 * Content Security Policy with Trusted Types that the viewer is tested with: a journalist drafts,
 * accepts and exports with no violation, and the preview draws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser';
import { validateStory } from '../../src/model/validate';
import { STRICT_POLICY } from './csp-policy';
import { buildIntoTemp, removeBuild } from './build';
import { serve, type StaticServer } from './static-server';

const root = fileURLToPath(new URL('../../', import.meta.url));

let outDir: string;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outDir = buildIntoTemp('history-timeline-editor-csp-', 'editor');
  // The page as `npm start` serves it, pointed at the built module instead of the source.
  const page = readFileSync(join(root, 'editor.html'), 'utf8').replace('/src/editor/history-timeline-editor.ts', '/history-timeline-editor.js');
  site = await serve({
    routes: {
      '/history-timeline-editor.js': { file: join(outDir, 'history-timeline-editor.js') },
      '/editor.html': { body: page, headers: { 'content-security-policy': STRICT_POLICY } },
      // The page's own icon, from the same origin, so the policy allows it and nothing is a 404.
      '/favicon.svg': { file: join(root, 'favicon.svg') },
    },
  });
  browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  removeBuild(outDir);
});

describe('the editor page under a strict Content Security Policy', () => {
  test('paste, draft, accept, preview and export with no violation; a reload restores the draft', { timeout: 120_000 }, async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    await tab.exposeFunction('__violation', (text: string) => problems.push(`violation: ${text}`));
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __violation(text: string): void }).__violation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
      });
    });
    await tab.goto(`${site.origin}/editor.html`);

    await tab.getByLabel('Article text').fill(readFileSync(join(root, 'data/russia-recognizes-taliban.article.txt'), 'utf8'));
    await tab.getByLabel('Title', { exact: true }).fill('Russia recognizes the Taliban government');
    await tab.getByLabel('Publication date').fill('2025-07-03');
    await tab.getByRole('button', { name: 'Draft events' }).click();
    const candidates = tab.locator('history-timeline-editor [data-candidate]');
    await expect.poll(() => candidates.count(), { timeout: 20_000 }).toBe(8);
    for (let i = 0; i < 3; i++) await candidates.nth(i).getByRole('button', { name: 'Accept' }).click();

    // The preview draws the accepted events, spread out (its geometry goes through the CSSOM).
    const preview = tab.locator('history-timeline-editor history-timeline');
    await expect.poll(() => preview.evaluate((el) => (el as unknown as { events: unknown[] }).events.length), { timeout: 20_000 }).toBe(3);
    const drawn = tab.locator('history-timeline-editor history-timeline :is([part~="event"], [part~="cluster"])');
    await expect.poll(() => drawn.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const lefts = await drawn.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    // Not all at the left edge, as a blocked style attribute would leave them.
    expect(new Set(lefts).size).toBeGreaterThan(1);

    const story = await tab.evaluate(() => document.querySelector('history-timeline-editor')!.story);
    expect(validateStory(story).problems).toEqual([]);
    expect(story.events).toHaveLength(3);
    const download = tab.waitForEvent('download');
    await tab.getByRole('button', { name: 'Export russia-recognizes-the-taliban-government.story.json' }).click();
    expect((await download).suggestedFilename()).toBe('russia-recognizes-the-taliban-government.story.json');

    await tab.evaluate(() => document.querySelector('history-timeline-editor')!.saved());
    await tab.reload();
    await expect.poll(() => tab.locator('history-timeline-editor [data-candidate]').filter({ has: tab.getByRole('button', { name: 'Accept', pressed: true }) }).count(), { timeout: 20_000 }).toBe(3);
    expect(await tab.evaluate(() => document.querySelector('history-timeline-editor')!.story)).toEqual(story);

    expect(problems).toEqual([]);
    await tab.close();
  });
});
