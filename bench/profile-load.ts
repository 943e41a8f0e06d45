/**
 * A reader's wait, taken apart (issue 25). Traces, on the bench's own pages and with Chrome's tracing
 * and CPU sampler through playwright-core, ours:
 * - the page load (bench/page-load.ts's "ours" pages, cold, gzip, at 4× CPU with slow 4G unless
 *   --fast): each request's start, headers and end after navigation start (which round trips wait on
 *   which), and the main thread from navigation start to the frame with every event drawn;
 * - the article's first render (bench/pages/ours.html at 4×: `el.story = …` to the second frame).
 * The main thread is split by trace event (HTML parse, compile, module evaluation, other script,
 * style, layout, paint, GC) and its script by source file, through the build's source maps, into
 * story parse and validation, layout, Lit and the views, the axis (d3), dates, words, the element's
 * startup (element, controllers) and the rest.
 *
 * Usage: npx vite build --sourcemap --outDir DIR && npx tsx bench/profile-load.ts --dist DIR
 *        [--runs N] [--only page-load|first-render] [--page ours-src|ours-static] [--fast] [--files]
 * (without source maps the script is reported as one "unmapped" share)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { chromiumArgs, findBrowser } from '../scripts/find-browser';
import type { StoryInput } from '../src/model/types';
import { argOption, closeContext, firstRender, median, openPage, prepare, throttleCpu, SLOW_CPU_RATE, VIEWPORT } from './measure';
import { DRAWN, SLOW_NETWORK, servePages, watchForEvents, type PageLoadPage } from './page-load';
import { startServer } from './server';
import { ownTimeByKind, type TraceEvent } from './trace-time';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Main-thread trace events by what they are; an event's own time goes to its kind, else to its parent's. */
const KINDS: Record<string, string> = {
  ParseHTML: 'HTML parse',
  'v8.compile': 'compile', 'v8.compileModule': 'compile', CompileScript: 'compile', 'V8.CompileCode': 'compile', 'v8.produceModuleCache': 'compile',
  'v8.evaluateModule': 'module evaluation',
  FunctionCall: 'script', EvaluateScript: 'script', 'v8.run': 'script', TimerFire: 'script', FireAnimationFrame: 'script', EventDispatch: 'script',
  RunMicrotasks: 'script', 'v8.callFunction': 'script', 'XHRReadyStateChange': 'script',
  MajorGC: 'GC', MinorGC: 'GC', 'V8.GCScavenger': 'GC', 'V8.GC_MC_BACKGROUND_MARKING': 'GC',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  UpdateLayerTree: 'paint', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', Commit: 'paint', CompositeLayers: 'paint',
};

/** Main-thread time by kind in [from, to] (trace µs): wall, or the thread's CPU time. */
const byKind = (main: TraceEvent[], from: number, to: number, clock: 'wall' | 'cpu') => ownTimeByKind(main.filter((e) => e.ts >= from && e.ts <= to), KINDS, clock);

/** Source files by what their code does for the reader's wait; the first that matches names it. */
const SHARES: [RegExp, string][] = [
  [/src\/model\/(validat|edtf|utc-calendar|calendar|story-dates|sources|citation|quote)|src\/timeline\/(loaded-story|loading\/)|src\/layout\/event-index/, 'story parse and validation'],
  [/node_modules\/luxon|src\/model\/(luxon|time-zone|date)/, 'dates (luxon, phrases)'],
  [/src\/layout\/|controllers\/layout-controller/, 'layout'],
  [/node_modules\/d3-|views\/axis|time-axis-controller/, 'axis (d3)'],
  [/node_modules\/(lit|lit-html|lit-element|@lit)\/|src\/timeline\/(views|styles|internal\/timeline-template)/, 'Lit and the views'],
  [/src\/i18n\//, 'words (i18n)'],
  [/src\/timeline\/|src\/define|src\/dom/, 'element startup and controllers'],
];

/** --files: the script's self time by source file instead of by share. */
const BY_FILE = process.argv.includes('--files');

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time of the sampled script in [from, to] (µs), by share, through the source maps beside the bundle's files. */
function byShare(profile: CpuProfile, from: number, to: number, distDir: string, byFile = BY_FILE): Map<string, number> {
  const maps = new Map<string, TraceMap | null>();
  const mapOf = (url: string) => {
    const file = url.split('/').pop()!;
    if (!maps.has(file)) {
      const path = join(distDir, `${file}.map`);
      maps.set(file, url.includes('/dist/') && existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
    }
    return maps.get(file)!;
  };
  const shareOf = new Map<number, string>();
  for (const node of profile.nodes) {
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    let share: string;
    if (!url) share = functionName === '(garbage collector)' ? 'GC' : functionName === '(idle)' ? 'idle' : functionName === '(program)' ? 'native (parse, compile, style, layout, paint)' : `native ${functionName}`;
    else if (!url.includes('/dist/')) share = 'page and bench';
    else {
      const map = mapOf(url);
      const source = map ? originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }).source ?? '' : '';
      const file = source.replace(/^.*?(src|node_modules)\//, '$1/');
      share = !map ? 'unmapped' : byFile ? file : SHARES.find(([pattern]) => pattern.test(source))?.[1] ?? `other (${file})`;
    }
    shareOf.set(node.id, share);
  }
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, k) => {
    at += profile.timeDeltas[k] ?? 0;
    if (at < from || at > to) return;
    const share = shareOf.get(id)!;
    const next = profile.timeDeltas[k + 1] ?? 0;
    totals.set(share, (totals.get(share) ?? 0) + next / 1000);
  });
  return totals;
}

const list = (totals: Map<string, number>, skip: string[] = []) =>
  [...totals].filter(([k, ms]) => !skip.includes(k) && ms >= 0.5).sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ');

interface Request {
  url: string;
  start: number;
  headers?: number;
  end?: number;
  bytes?: number;
}

/** Records the page's requests (CDP timestamps, seconds) while it loads. */
function recordRequests(cdp: CDPSession): Map<string, Request> {
  const requests = new Map<string, Request>();
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string }; timestamp: number }) => requests.set(e.requestId, { url: e.request.url, start: e.timestamp }));
  cdp.on('Network.responseReceived', (e: { requestId: string; timestamp: number }) => {
    const r = requests.get(e.requestId);
    if (r) r.headers = e.timestamp;
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; timestamp: number; encodedDataLength: number }) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
  });
  return requests;
}

async function tracing(browser: Browser, page: Page): Promise<() => Promise<TraceEvent[]>> {
  const path = join(ROOT, 'bench', 'results', 'profile-load.trace.tmp');
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'v8'] });
  return async () => {
    await browser.stopTracing();
    const trace = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    return Array.isArray(trace) ? trace : trace.traceEvents;
  };
}

async function sampling(cdp: CDPSession): Promise<() => Promise<CpuProfile>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
}

/** The renderer's main thread: the thread of the page's navigationStart. */
function mainThread(events: TraceEvent[]): { main: TraceEvent[]; navigationStart: number } {
  const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.isMainFrame !== false && e.args?.data?.documentLoaderURL?.startsWith('http')).pop();
  if (!nav) throw new Error('the trace has no navigationStart of the page');
  return { main: events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.dur), navigationStart: nav.ts };
}

/**
 * The main thread's tasks of 20 ms or more, one a line: "start+duration, its longest event: what
 * the sampled script did in it by share" (ms after `origin`, µs on the trace's clock).
 */
function longTasks(main: TraceEvent[], origin: number, to: number, profile: CpuProfile, dist: string): string[] {
  return main
    .filter((e) => e.name === 'RunTask' && e.dur! >= 20_000 && e.ts >= origin && e.ts <= to)
    .map((task) => {
      const end = task.ts + task.dur!;
      const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && e.name !== 'RunTask');
      const top = inside.sort((a, b) => b.dur! - a.dur!)[0];
      const shares = byShare(profile, task.ts, end, dist);
      shares.delete('idle');
      return `      ${((task.ts - origin) / 1000).toFixed(0)}+${(task.dur! / 1000).toFixed(0)} ${top?.name ?? ''}: ${list(shares)}`;
    });
}

async function pageLoad(browser: Browser, origin: string, page: PageLoadPage, expected: number, fast: boolean, dist: string): Promise<{ drawnMs: number; summary: string }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(watchForEvents({ ...DRAWN[page], expected }));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (!fast) {
      await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU_RATE });
    }
    const requests = recordRequests(cdp);
    const stopSampling = await sampling(cdp);
    const stopTracing = await tracing(browser, tab);
    await tab.goto(`${origin}/${page}.html`, { waitUntil: 'commit', timeout: 0 });
    await tab.waitForFunction(() => (window as unknown as { __drawnAt?: number }).__drawnAt !== undefined, null, { timeout: 60_000, polling: 100 });
    const marks = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { drawnMs: (window as unknown as { __drawnAt: number }).__drawnAt, fcp: fcp?.startTime ?? null, domContentLoaded: nav.domContentLoadedEventEnd };
    });
    const profile = await stopSampling();
    const events = await stopTracing();
    const { main, navigationStart } = mainThread(events);
    const drawnAt = navigationStart + marks.drawnMs * 1000;
    const first = [...requests.values()].sort((a, b) => a.start - b.start);
    // CDP's network timestamps and the trace's are the same monotonic clock, in seconds and µs.
    const at = (seconds: number | undefined) => (seconds === undefined ? '–' : ((seconds * 1e6 - navigationStart) / 1000).toFixed(0));
    const waterfall = first.map((r) => `    ${r.url.replace(origin, '').padEnd(48)} start ${at(r.start).padStart(5)}  headers ${at(r.headers).padStart(5)}  end ${at(r.end).padStart(5)} ms  ${((r.bytes ?? 0) / 1024).toFixed(1)} KB`);
    const summary = [
      `  ${page}: every event drawn at ${marks.drawnMs.toFixed(0)} ms, FCP ${marks.fcp?.toFixed(0) ?? '–'} ms, DOMContentLoaded ${marks.domContentLoaded.toFixed(0)} ms`,
      ...waterfall,
      `    main thread until drawn, wall: ${list(byKind(main, navigationStart, drawnAt, 'wall'))}`,
      `    main thread until drawn, CPU: ${list(byKind(main, navigationStart, drawnAt, 'cpu'))}`,
      `    script sampled, by share: ${list(byShare(profile, navigationStart, drawnAt, dist), ['idle'])}`,
      `    tasks ≥ 20 ms (start+duration ms after navigation start, the longest event in it: the script sampled in it):`,
      ...longTasks(main, navigationStart, drawnAt, profile, dist),
    ].join('\n');
    return { drawnMs: marks.drawnMs, summary };
  } finally {
    await closeContext(context);
  }
}

async function articleFirstRender(browser: Browser, origin: string, dist: string): Promise<{ ms: number; summary: string }> {
  const article = await openPage(browser, `${origin}/pages/ours.html`, 30_000);
  try {
    await throttleCpu(article.page, SLOW_CPU_RATE);
    await prepare(article.page, '/data/article.story.json', 60_000);
    const cdp = await article.page.context().newCDPSession(article.page);
    const stopSampling = await sampling(cdp);
    const stopTracing = await tracing(browser, article.page);
    await article.page.evaluate(() => performance.mark('profile:start'));
    const rendered = await firstRender(article.page, 60_000);
    await article.page.evaluate(() => performance.mark('profile:end'));
    const profile = await stopSampling();
    const events = await stopTracing();
    const mark = (name: string) => events.find((e) => e.name === name)!;
    const start = mark('profile:start');
    const end = mark('profile:end');
    const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur);
    const summary = [
      `  article first render at ${SLOW_CPU_RATE}×: ${rendered.ms.toFixed(1)} ms`,
      `    main thread, wall: ${list(byKind(main, start.ts, end.ts, 'wall'))}`,
      `    main thread, CPU: ${list(byKind(main, start.ts, end.ts, 'cpu'))}`,
      `    script sampled, by share: ${list(byShare(profile, start.ts, end.ts, dist), ['idle'])}`,
      `    tasks ≥ 20 ms (start+duration ms after el.story was set, the longest event in it: the script sampled in it):`,
      ...longTasks(main, start.ts, end.ts, profile, dist),
    ].join('\n');
    return { ms: rendered.ms, summary };
  } finally {
    await closeContext(article.context);
  }
}

async function main(): Promise<void> {
  const option = argOption;
  const runs = Number(option('--runs') ?? 3);
  const dist = option('--dist') ? resolve(option('--dist')!) : join(ROOT, 'dist');
  const only = option('--only');
  const pages = (option('--page') ?? 'ours-src').split(',') as PageLoadPage[];
  const fast = process.argv.includes('--fast');
  const story = JSON.parse(readFileSync(join(ROOT, 'data', 'russia-recognizes-taliban.story.json'), 'utf8')) as StoryInput;
  const loadServer = await servePages(ROOT, story, dist);
  const renderServer = await startServer({ '/pages/': join(ROOT, 'bench', 'pages'), '/dist/': dist });
  renderServer.putJson('article.story.json', JSON.stringify(story));
  const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
  const drawn = new Map<string, number[]>();
  try {
    for (let run = 1; run <= runs; run++) {
      if (!only || only === 'page-load') {
        for (const page of pages) {
          const { drawnMs, summary } = await pageLoad(browser, loadServer.origin, page, story.events.length, fast, dist);
          drawn.set(page, [...(drawn.get(page) ?? []), drawnMs]);
          console.log(summary);
        }
      }
      if (!only || only === 'first-render') {
        const { ms, summary } = await articleFirstRender(browser, renderServer.origin, dist);
        drawn.set('first render', [...(drawn.get('first render') ?? []), ms]);
        console.log(summary);
      }
    }
    for (const [what, values] of drawn) console.log(`${what}: median ${median(values).toFixed(0)} ms of ${values.map((v) => v.toFixed(0)).join(', ')}`);
  } finally {
    await browser.close();
    await loadServer.close();
    await renderServer.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
