/**
 * `--sizes page-load` (issue 25): a reader's wait, side by side. A plain page per library loads
 * the article's story, cold (cache off), gzip on the wire; the figure is navigation start to the
 * first frame with every event of the article drawn, and the page's first contentful paint. Ours is
 * the README's snippet, with the story as static HTML in the page (no request for the story) and
 * by `src`; TimelineJS is its CSS and JS with a JSON URL; vis-timeline its standalone build, given
 * the items fetched as JSON. Two profiles: this machine over loopback, and a slow phone (4× CPU
 * throttling, 150 ms round trip, 1.6 Mbps down), both set before the page's first request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderStaticHtml } from '../src/render/static-html';
import { validateStory } from '../src/model/validate';
import type { StoryInput } from '../src/model/types';
import { closeContext, median, within, VIEWPORT, SLOW_CPU_RATE } from './measure';
import type { Outcome } from './report';
import { startServer } from './server';
import { toTimelineJs } from './timelinejs-slides';
import { toVisItems } from './vis-items';

export type PageLoadPage = 'ours-static' | 'ours-src' | 'timelinejs' | 'vis';
export type PageLoadProfile = 'fast' | 'slow-phone';

export const PAGE_LOAD_PAGES: { page: PageLoadPage; label: string }[] = [
  { page: 'ours-static', label: 'history-timeline, story as static HTML in the page' },
  { page: 'ours-src', label: 'history-timeline, story by src' },
  { page: 'timelinejs', label: 'TimelineJS 3.9 (CSS, JS, JSON by URL)' },
  { page: 'vis', label: 'vis-timeline 8.5 standalone (items fetched as JSON)' },
];
export const PAGE_LOAD_PROFILES: { profile: PageLoadProfile; label: string }[] = [
  { profile: 'fast', label: '1×, loopback' },
  { profile: 'slow-phone', label: `${SLOW_CPU_RATE}× CPU, 150 ms round trip, 1.6 Mbps down` },
];
/** The slow profile's network, as CDP takes it: latency added to each request, throughput in bytes per second. */
export const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
/** "Within one frame of the HTML's arrival": a 60 Hz frame. */
export const ONE_FRAME_MS = 1000 / 60;

export interface PageLoadRun {
  /** Navigation start to the end of the first frame with every event drawn (ms). */
  drawnMs: number;
  /** First contentful paint (ms after navigation start), and when the document's last byte arrived. */
  fcpMs: number | null;
  responseEndMs: number;
  /** Bytes over the wire (encoded), every response of the page. */
  transferBytes: number;
}

export interface PageLoadResult extends Outcome {
  page: PageLoadPage;
  profile: PageLoadProfile;
  runs: PageLoadRun[];
  drawnMs?: number;
  fcpMs?: number;
  /** Median of FCP − responseEnd over the runs. */
  fcpAfterHtmlMs?: number;
  transferBytes?: number;
  pageErrors: string[];
}

/** What counts as an event drawn, per page: the selector and the root it is looked for in. */
export const DRAWN: Record<PageLoadPage, { selector: string; shadowHost?: string }> = {
  'ours-static': { selector: '[part~="event"]', shadowHost: 'history-timeline' },
  'ours-src': { selector: '[part~="event"]', shadowHost: 'history-timeline' },
  timelinejs: { selector: '.tl-timemarker' },
  // One box per item: vis-timeline also gives an item's line and dot the class vis-item.
  vis: { selector: '.vis-item.vis-point, .vis-item.vis-range, .vis-item.vis-box' },
};

/**
 * In the page before its own scripts: a requestAnimationFrame loop counts the events drawn (in the
 * DOM, with a box); in the first frame that has them all, a message posted from the frame's callback
 * runs once that frame is rendered, and its time is the figure. The same for every library.
 */
// A string, not a function: tsx would wrap a function's inner names in a helper the page does not have.
export const watchForEvents = ({ selector, shadowHost, expected }: { selector: string; shadowHost?: string; expected: number }) => `(() => {
  const drawn = () => {
    const root = ${shadowHost ? `document.querySelector(${JSON.stringify(shadowHost)})?.shadowRoot` : 'document'};
    const nodes = root ? root.querySelectorAll(${JSON.stringify(selector)}) : [];
    if (nodes.length < ${expected}) return false;
    let boxed = 0;
    for (const node of nodes) if (node.getClientRects().length) boxed++;
    return boxed >= ${expected};
  };
  const frame = () => {
    if (!drawn()) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (window.__drawnAt = performance.now());
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
})();`;

const page = (head: string, body: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Page load</title>
${head}</head>
<body>
${body}
</body>
</html>`;

/** The four pages, served gzipped with the libraries' files and the story; `dist` another build of ours (bench/profile-load.ts). */
export async function servePages(root: string, story: StoryInput, dist = join(root, 'dist')) {
  const { story: validated } = validateStory(story);
  if (!validated) throw new Error('bench: the article story does not validate');
  const server = await startServer(
    {
      '/dist/': dist,
      '/tl/': join(root, 'node_modules', '@knight-lab', 'timelinejs', 'dist'),
      '/vis/': join(root, 'node_modules', 'vis-timeline'),
    },
    { gzip: true },
  );
  server.putJson('article.story.json', JSON.stringify(story));
  server.putJson('article.timelinejs.json', JSON.stringify(toTimelineJs(story)));
  server.putJson('article.vis.json', JSON.stringify(toVisItems(story).items));
  const snippet = (inside: string) => `<script type="module" src="/dist/history-timeline.js"></script>

<history-timeline src="/data/article.story.json">${inside}</history-timeline>`;
  server.putFile('/ours-static.html', page('', snippet(renderStaticHtml(validated))));
  server.putFile('/ours-src.html', page('', snippet('')));
  server.putFile(
    '/timelinejs.html',
    page(
      '<link rel="stylesheet" href="/tl/css/timeline.css">\n<script src="/tl/js/timeline.js"></script>',
      `<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', '/data/article.timelinejs.json');</script>`,
    ),
  );
  server.putFile(
    '/vis.html',
    page(
      '<link rel="stylesheet" href="/vis/styles/vis-timeline-graph2d.min.css">\n<script src="/vis/standalone/umd/vis-timeline-graph2d.min.js"></script>',
      `<div id="timeline"></div>
<script>
fetch('/data/article.vis.json').then((r) => r.json()).then((items) => {
  const data = new vis.DataSet(items.map((i) => ({ ...i, start: new Date(i.start), end: i.end === undefined ? undefined : new Date(i.end) })));
  new vis.Timeline(document.getElementById('timeline'), data, { width: '100%', height: '600px' });
});
</script>`,
    ),
  );
  return server;
}

async function loadOnce(browser: Browser, url: string, drawn: (typeof DRAWN)[PageLoadPage], expected: number, profile: PageLoadProfile, limitMs: number): Promise<{ run: PageLoadRun; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const pageErrors: string[] = [];
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    await tab.addInitScript(watchForEvents({ ...drawn, expected }));
    // Set on the page's own session before it navigates, so the throttling covers the document's request too.
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile === 'slow-phone') {
      await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU_RATE });
    }
    let transferBytes = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (transferBytes += event.encodedDataLength));
    const run = await within(limitMs, 'loading the page until every event is drawn', async () => {
      await tab.goto(url, { waitUntil: 'commit', timeout: 0 });
      await tab.waitForFunction(() => (window as unknown as { __drawnAt?: number }).__drawnAt !== undefined, null, { timeout: 0, polling: 100 });
      // First contentful paint is reported a little after the frame it happened in.
      await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5_000, polling: 50 }).catch(() => undefined);
      return tab.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { drawnMs: (window as unknown as { __drawnAt: number }).__drawnAt, fcpMs: fcp ? fcp.startTime : null, responseEndMs: nav.responseEnd };
      });
    });
    return { run: { ...run, transferBytes }, pageErrors };
  } finally {
    await closeContext(context);
  }
}

/** Every page in both profiles, `runs` cold loads each (at least 5), taking turns page by page. */
export async function measurePageLoads(browser: Browser, root: string, runs: number, limitMs: number, log: (message: string) => void): Promise<PageLoadResult[]> {
  const story = JSON.parse(readFileSync(join(root, 'data', 'russia-recognizes-taliban.story.json'), 'utf8')) as StoryInput;
  const visItems = toVisItems(story).items.length;
  const server = await servePages(root, story);
  const results: PageLoadResult[] = [];
  try {
    for (const { profile } of PAGE_LOAD_PROFILES) {
      const byPage = new Map(PAGE_LOAD_PAGES.map(({ page }) => [page, { page, profile, status: 'ok', runs: [], pageErrors: [] } as PageLoadResult]));
      // Pages in turn within each round, so a drift of the machine's speed touches every library alike.
      for (let round = 1; round <= Math.max(5, runs); round++) {
        for (const { page } of PAGE_LOAD_PAGES) {
          const result = byPage.get(page)!;
          if (result.status !== 'ok') continue;
          const expected = page === 'vis' ? visItems : story.events.length;
          try {
            const { run, pageErrors } = await loadOnce(browser, `${server.origin}/${page}.html`, DRAWN[page], expected, profile, limitMs);
            result.runs.push(run);
            result.pageErrors.push(...pageErrors);
          } catch (error) {
            result.status = 'error';
            result.message = error instanceof Error ? error.message : String(error);
            log(`  ${page}, ${profile}: ${result.message}`);
          }
        }
      }
      for (const result of byPage.values()) {
        if (result.runs.length) {
          result.drawnMs = median(result.runs.map((r) => r.drawnMs));
          const fcps = result.runs.map((r) => r.fcpMs).filter((v): v is number => v !== null);
          if (fcps.length) result.fcpMs = median(fcps);
          const afterHtml = result.runs.filter((r) => r.fcpMs !== null).map((r) => r.fcpMs! - r.responseEndMs);
          if (afterHtml.length) result.fcpAfterHtmlMs = median(afterHtml);
          result.transferBytes = median(result.runs.map((r) => r.transferBytes));
          log(`  ${result.page}, ${profile}: every event drawn at ${result.drawnMs.toFixed(0)} ms, FCP ${result.fcpMs?.toFixed(0) ?? '–'} ms (${result.fcpAfterHtmlMs?.toFixed(1) ?? '–'} ms after the HTML), ${(result.transferBytes / 1024).toFixed(1)} KB over the wire`);
        }
        results.push(result);
      }
    }
  } finally {
    await server.close();
  }
  return results;
}

const ms = (value: number | undefined) => (value === undefined ? 'not measured' : `${value.toFixed(0)} ms`);

/**
 * The side-by-side table: for each profile, every page's wait until every event is drawn, its first
 * contentful paint, how long after the HTML's last byte that paint came, and the bytes on the wire;
 * with the targets at the slow profile (ours drawn in at most half the best peer's wait; the static
 * HTML painted within one frame of its arrival).
 */
export function pageLoadTable(results: PageLoadResult[], notes: string[]): string[] {
  const find = (page: PageLoadPage, profile: PageLoadProfile) => results.find((r) => r.page === page && r.profile === profile);
  const runs = Math.max(0, ...results.map((r) => r.runs.length));
  const lines = [
    `| Page load (the article, cold, gzip on the wire) | Profile | Figure | ${PAGE_LOAD_PAGES.map((p) => p.label).join(' | ')} | Target | Meets target |`,
    `| --- | --- | --- | ${PAGE_LOAD_PAGES.map(() => '--:').join(' | ')} | --: | :-: |`,
  ];
  for (const { profile, label } of PAGE_LOAD_PROFILES) {
    const row = (figure: string, value: (r: PageLoadResult) => string, target = '', meets = '—') =>
      lines.push(`| Navigation to the first frame with every event drawn | ${label} | ${figure} | ${PAGE_LOAD_PAGES.map(({ page }) => {
        const r = find(page, profile);
        return !r ? 'not run' : r.status !== 'ok' ? 'failed' : value(r);
      }).join(' | ')} | ${target} | ${meets} |`);
    const peers = (['timelinejs', 'vis'] as const).map((page) => find(page, profile)?.drawnMs).filter((v): v is number => v !== undefined);
    const best = peers.length === 2 ? Math.min(...peers) : undefined;
    const ours = find('ours-static', profile)?.drawnMs;
    const slow = profile === 'slow-phone';
    row(
      `Every event drawn (median of ${runs})`,
      (r) => ms(r.drawnMs),
      slow ? '≤ ½ best peer' : '',
      slow ? (ours === undefined || best === undefined ? 'n/a' : ours <= best / 2 ? 'yes' : `NO (${(ours / best).toFixed(2)} of ${best.toFixed(0)} ms)`) : '—',
    );
    row('First contentful paint (median)', (r) => ms(r.fcpMs));
    const afterHtml = find('ours-static', profile)?.fcpAfterHtmlMs;
    row(
      "First contentful paint after the HTML's last byte (median)",
      (r) => (r.fcpAfterHtmlMs === undefined ? 'not measured' : `${r.fcpAfterHtmlMs.toFixed(0)} ms`),
      slow ? `≤ ${ONE_FRAME_MS.toFixed(1)} ms (one frame), static HTML` : '',
      slow ? (afterHtml === undefined ? 'n/a' : afterHtml <= ONE_FRAME_MS ? 'yes' : 'NO') : '—',
    );
    row('Over the wire until every event is drawn (median)', (r) => (r.transferBytes === undefined ? '' : `${(r.transferBytes / 1024).toFixed(1)} KB`));
  }
  for (const result of results) {
    const label = PAGE_LOAD_PAGES.find((p) => p.page === result.page)!.label;
    if (result.status !== 'ok') notes.push(`Page load, ${label}, ${result.profile}: ${result.message}`);
    const errors = [...new Set(result.pageErrors)];
    if (errors.length) notes.push(`Page load, ${label}, ${result.profile}: the page logged ${errors.map((e) => `"${e.slice(0, 120)}"`).join(', ')}.`);
  }
  return lines;
}
