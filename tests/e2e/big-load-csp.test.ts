/**
 * A 100,000-event story by `src` on a page with the strict policy (issue 17): read in slices on the
 * main thread, with a progress bar and no violation; the same on a page that allows blob: workers,
 * since the element starts none.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser';
import { syntheticStory } from '../../scripts/synthetic-story';
import { STRICT_POLICY } from './csp-policy';
import { buildIntoTemp, removeBuild } from './build';
import { serve, type StaticServer } from './static-server';

const WORKER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src blob:";

const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Big story</title></head>
<body>
<script type="module" src="/history-timeline.js"></script>
<history-timeline src="big.story.json"></history-timeline>
</body>
</html>`;

let outDir: string;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outDir = buildIntoTemp('history-timeline-big-load-');
  site = await serve({
    // history-timeline.js and the files it loads after the first frame, beside it.
    root: outDir,
    routes: {
      '/favicon.ico': { body: '' },
      '/big.story.json': { body: JSON.stringify(syntheticStory(100_000)) },
      '/strict.html': { body: page, headers: { 'content-security-policy': STRICT_POLICY } },
      '/worker.html': { body: page, headers: { 'content-security-policy': WORKER_POLICY } },
    },
  });
  browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  removeBuild(outDir);
});

/** Opens `path`, waits for the story's marks, and says what was seen on the way. */
async function load(path: string) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const problems: string[] = [];
  let workers = 0;
  tab.on('worker', () => workers++);
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await tab.exposeFunction('__violation', (text: string) => problems.push(`violation: ${text}`));
  await tab.addInitScript(() => {
    const w = window as unknown as { __violation(text: string): void; __bars: string[]; __longest: number };
    document.addEventListener('securitypolicyviolation', (e) => w.__violation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
    w.__bars = [];
    w.__longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({ type: 'longtask' });
    // Every frame, what the progress bar says (if one is shown).
    const watch = () => {
      const bar = document.querySelector('history-timeline')?.shadowRoot?.querySelector('[role="progressbar"]');
      const said = bar ? `${bar.getAttribute('aria-label')}: ${bar.getAttribute('aria-valuenow') ?? 'indeterminate'}` : null;
      if (said && w.__bars.at(-1) !== said) w.__bars.push(said);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await tab.goto(`${site.origin}${path}`);
  await tab.locator('history-timeline [part~="event"], history-timeline [part~="cluster"]').first().waitFor({ state: 'visible', timeout: 60_000 });
  const seen = await tab.evaluate(() => {
    const w = window as unknown as { __bars: string[]; __longest: number };
    const el = document.querySelector('history-timeline') as unknown as { events: unknown[] };
    return { bars: w.__bars, longest: w.__longest, events: el.events.length };
  });
  await tab.close();
  return { ...seen, problems, workers };
}

describe('a 100,000-event story by src', () => {
  test('under the strict policy: read in slices, a progress bar shown, no violation', { timeout: 120_000 }, async () => {
    const seen = await load('/strict.html');
    console.log(`strict policy: longest task ${seen.longest.toFixed(0)} ms; progress: ${seen.bars.slice(0, 3).join(' | ')} … (${seen.bars.length} states)`);
    expect(seen.problems).toEqual([]);
    expect(seen.workers).toBe(0);
    expect(seen.events).toBe(100_000);
    expect(seen.bars.length).toBeGreaterThan(0);
    expect(seen.bars.some((b) => b.startsWith('Reading the story: 0.'))).toBe(true);
  });

  test('with worker-src blob: read in slices too, no worker started, no violation', { timeout: 120_000 }, async () => {
    const seen = await load('/worker.html');
    console.log(`worker-src blob: longest task ${seen.longest.toFixed(0)} ms; progress: ${seen.bars.slice(0, 3).join(' | ')} … (${seen.bars.length} states)`);
    expect(seen.problems).toEqual([]);
    expect(seen.workers).toBe(0);
    expect(seen.events).toBe(100_000);
    expect(seen.bars.length).toBeGreaterThan(0);
  });
});
