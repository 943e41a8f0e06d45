/**
 * Where a slow phone's frame goes (issue 25): ours at 4× CPU throttling, traced with Chrome's tracing
 * through playwright, on the bench's own pages: the article's first render (el.story = … to the
 * second frame after it) and the Ctrl+wheel zoom at 10,000 events. Prints each one's main-thread time
 * by kind (script, style, layout, paint and compositing, other), exclusive of what nests inside.
 *
 * Usage: npx tsx bench/profile.ts [--runs N] [--dist DIR]   (builds nothing: run `npx vite build` first;
 * --dist measures another build of history-timeline.js, for a comparison page by page)
 */
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findBrowser } from '../scripts/find-browser';
import { syntheticStory } from '../scripts/synthetic-story';
import { firstRender, openPage, prepare, throttleCpu, zoomGesture, closeContext, SLOW_CPU_RATE } from './measure';
import { startServer } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Kind = 'script' | 'style' | 'layout' | 'paint' | 'other';
/** Trace event names by kind (Chrome's devtools.timeline events on the renderer's main thread). */
const KINDS: Record<string, Kind> = {
  FunctionCall: 'script', EvaluateScript: 'script', 'v8.compile': 'script', 'v8.run': 'script', TimerFire: 'script',
  FireAnimationFrame: 'script', EventDispatch: 'script', 'V8.GCScavenger': 'script', MajorGC: 'script', MinorGC: 'script', RunMicrotasks: 'script',
  'v8.callFunction': 'script', CompileScript: 'script', 'v8.evaluateModule': 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ParseAuthorStyleSheet: 'style',
  Layout: 'layout', UpdateLayerTree: 'paint', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', Commit: 'paint', CompositeLayers: 'paint',
};

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { frame?: string }; name?: string };
}

/** Main-thread time by kind between two user-timing marks, each event counted exclusive of the ones inside it. */
function breakdown(events: TraceEvent[], from: string, to: string): Record<Kind | 'frames', number> {
  const mark = (name: string) => events.find((e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'));
  const start = mark(from);
  const end = mark(to);
  if (!start || !end) throw new Error(`the trace has no ${start ? to : from} mark`);
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts >= start.ts && e.ts <= end.ts && e.dur);
  main.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals: Record<Kind | 'frames', number> = { script: 0, style: 0, layout: 0, paint: 0, other: 0, frames: 0 };
  // Each event's own time (its duration less its children's) goes to its kind, else to the nearest enclosing event's kind.
  const stack: { end: number; dur: number; kind: Kind; children: number }[] = [];
  const close = () => {
    const done = stack.pop()!;
    totals[done.kind] += (done.dur - done.children) / 1000;
  };
  for (const event of main) {
    while (stack.length && stack[stack.length - 1].end <= event.ts) close();
    const parent = stack[stack.length - 1];
    if (parent) parent.children += event.dur!;
    stack.push({ end: event.ts + event.dur!, dur: event.dur!, kind: KINDS[event.name] ?? parent?.kind ?? 'other', children: 0 });
  }
  while (stack.length) close();
  totals.frames = main.filter((e) => e.name === 'Paint' || e.name === 'PrePaint').filter((e) => e.name === 'PrePaint').length;
  return totals;
}

async function traced(browser: Browser, page: Page, work: () => Promise<void>): Promise<TraceEvent[]> {
  const path = join(ROOT, 'bench', 'results', 'profile.trace.tmp');
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] });
  await work();
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(trace) ? trace : trace.traceEvents;
}

const row = (what: string, t: Record<Kind | 'frames', number>) =>
  `${what}: script ${t.script.toFixed(1)} ms, style ${t.style.toFixed(1)} ms, layout ${t.layout.toFixed(1)} ms, paint and compositing ${t.paint.toFixed(1)} ms, other ${t.other.toFixed(1)} ms${t.frames ? ` over ${t.frames} frames` : ''}`;

async function main(): Promise<void> {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
  const distAt = process.argv.indexOf('--dist');
  const dist = distAt > 0 ? resolve(process.argv[distAt + 1]) : join(ROOT, 'dist');
  const server = await startServer({ '/pages/': join(ROOT, 'bench', 'pages'), '/dist/': dist });
  server.putJson('article.story.json', readFileSync(join(ROOT, 'data', 'russia-recognizes-taliban.story.json'), 'utf8'));
  server.putJson('10000.story.json', JSON.stringify(syntheticStory(10_000)));
  const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
  try {
    for (let run = 1; run <= runs; run++) {
      const article = await openPage(browser, `${server.origin}/pages/ours.html`, 30_000);
      await throttleCpu(article.page, SLOW_CPU_RATE);
      await prepare(article.page, '/data/article.story.json', 60_000);
      const events = await traced(browser, article.page, async () => {
        await article.page.evaluate(() => performance.mark('profile:start'));
        const rendered = await firstRender(article.page, 60_000);
        await article.page.evaluate(() => performance.mark('profile:end'));
        console.log(`article first render at ${SLOW_CPU_RATE}×: ${rendered.ms.toFixed(1)} ms`);
      });
      console.log(row('  article first render', breakdown(events, 'profile:start', 'profile:end')));
      await closeContext(article.context);

      const big = await openPage(browser, `${server.origin}/pages/ours.html`, 30_000);
      await throttleCpu(big.page, SLOW_CPU_RATE);
      await prepare(big.page, '/data/10000.story.json', 60_000);
      await firstRender(big.page, 60_000);
      const zoomEvents = await traced(browser, big.page, async () => {
        await big.page.evaluate(() => performance.mark('profile:start'));
        const gaps = await zoomGesture(big.page, 60_000);
        await big.page.evaluate(() => performance.mark('profile:end'));
        console.log(`10,000 events zoom at ${SLOW_CPU_RATE}×: p50 ${gaps.p50.toFixed(1)} ms, p95 ${gaps.p95.toFixed(1)} ms, max ${gaps.max.toFixed(1)} ms over ${gaps.frames} frames`);
      });
      const zoom = breakdown(zoomEvents, 'profile:start', 'profile:end');
      console.log(row('  10,000 events zoom, in all', zoom));
      await closeContext(big.context);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
