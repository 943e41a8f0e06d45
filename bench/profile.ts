/**
 * Where a frame goes (issues 25 and 29): ours traced with Chrome's tracing through playwright, on the
 * bench's own pages: at 4× CPU throttling the article's first render (el.story = … to the second frame
 * after it) and the Ctrl+wheel zoom at 10,000 events; at 1× the zoom of the 24-hour live story once its
 * 2,000 events are in; with --only first10k, the 10,000-event first render at 1× alone. Prints each one's main-thread time by kind (script, style, layout, paint and
 * compositing, other), exclusive of what nests inside, and a zoom's time per frame: in wall time,
 * and in the thread's CPU time, which neither a busy machine nor the throttling inflates.
 *
 * Usage: npx tsx bench/profile.ts [--runs N] [--dist DIR] [--only article|zoom|live|first10k] [--cpu]
 * (builds nothing: run `npx vite build` first; --dist measures another build of history-timeline.js,
 * for a comparison page by page; --cpu also samples the CPU and prints the 25 functions with the most
 * self time, which read best from an unminified build, and writes the profile to
 * bench/results/profile.cpuprofile.tmp, which DevTools opens). The zooms also print their p95 frame
 * and slowest frames by kind (and GC). SELECTOR_STATS=1 adds Chrome's selector statistics to the
 * trace (bench/results/profile.trace.tmp, SelectorStats events), which costs time of its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findBrowser } from '../scripts/find-browser';
import { syntheticStory } from '../scripts/synthetic-story';
import { argOption, firstRender, openPage, prepare, throttleCpu, zoomGesture, closeContext, SLOW_CPU_RATE } from './measure';
import { addBatches, liveStory, showStory } from './live';
import { startServer } from './server';
import { ownTimeByKind, type TraceEvent } from './trace-time';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Kind = 'script' | 'style' | 'layout' | 'paint' | 'gc' | 'other';
/** Trace event names by kind (Chrome's devtools.timeline events on the renderer's main thread). */
const KINDS: Record<string, Kind> = {
  FunctionCall: 'script', EvaluateScript: 'script', 'v8.compile': 'script', 'v8.run': 'script', TimerFire: 'script',
  FireAnimationFrame: 'script', EventDispatch: 'script', 'V8.GCScavenger': 'gc', MajorGC: 'gc', MinorGC: 'gc', RunMicrotasks: 'script',
  'v8.callFunction': 'script', CompileScript: 'script', 'v8.evaluateModule': 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ParseAuthorStyleSheet: 'style',
  Layout: 'layout', UpdateLayerTree: 'paint', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', Commit: 'paint', CompositeLayers: 'paint',
};

/**
 * Main-thread time by kind between two user-timing marks, each event counted exclusive of the ones
 * inside it: wall time, or with `clock` 'cpu' the thread's CPU time (what a busy machine and the
 * throttling do not inflate: the work itself).
 */
function breakdown(events: TraceEvent[], from: string, to: string, clock: 'wall' | 'cpu'): Record<Kind | 'frames', number> {
  const mark = (name: string) => events.find((e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'));
  const start = mark(from);
  const end = mark(to);
  if (!start || !end) throw new Error(`the trace has no ${start ? to : from} mark`);
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts >= start.ts && e.ts <= end.ts && e.dur);
  const totals: Record<Kind | 'frames', number> = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0, frames: 0 };
  for (const [kind, ms] of ownTimeByKind(main, KINDS, clock)) totals[kind as Kind] += ms;
  totals.frames = main.filter((e) => e.name === 'PrePaint').length;
  return totals;
}

interface SlowFrame {
  gapMs: number;
  /** Wall time by kind. */
  spent: Record<Kind, number>;
  /** The main thread's CPU time in the frame, all kinds. */
  cpuMs: number;
}

/**
 * The main thread's frames between two marks, each from the end of one rendering task (the one
 * holding an AnimationFrame::Render) to the end of the next, with its wall time by kind and its CPU
 * time: the frame at the gaps' p95 and the slowest, and the same by CPU time, so a slow frame's
 * cause is read from that frame, not from an average over fast ones.
 */
function slowFrames(events: TraceEvent[], from: string, to: string): { p95: SlowFrame; slowest: SlowFrame[]; p95Cpu: SlowFrame; busiest: SlowFrame[]; count: number } {
  const start = events.find((e) => e.name === from)!;
  const end = events.find((e) => e.name === to)!;
  const mainThread = (e: TraceEvent) => e.pid === start.pid && e.tid === start.tid;
  const renders = events.filter((e) => mainThread(e) && e.name === 'AnimationFrame::Render' && e.ph === 'b' && e.ts >= start.ts && e.ts <= end.ts).map((e) => e.ts).sort((a, b) => a - b);
  const main = events.filter((e) => mainThread(e) && e.ph === 'X' && e.dur && e.ts >= start.ts && e.ts <= end.ts).sort((a, b) => a.ts - b.ts);
  // A frame ends with the task that renders it: the input, timers and rAF callbacks before it are its own.
  const tasks = main.filter((e) => e.name === 'RunTask');
  const ends = renders.map((r) => {
    const task = tasks.find((t) => t.ts <= r && r < t.ts + t.dur!);
    return task ? task.ts + task.dur! : r;
  });
  const frames: SlowFrame[] = [];
  let next = 0;
  for (let k = 0; k + 1 < ends.length; k++) {
    while (next < main.length && main[next].ts < ends[k]) next++;
    const inside: TraceEvent[] = [];
    for (let j = next; j < main.length && main[j].ts < ends[k + 1]; j++) inside.push(main[j]);
    const spent: Record<Kind, number> = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
    for (const [kind, ms] of ownTimeByKind(inside, KINDS, 'wall')) spent[kind as Kind] += ms;
    let cpuMs = 0;
    for (const ms of ownTimeByKind(inside, KINDS, 'cpu').values()) cpuMs += ms;
    frames.push({ gapMs: (ends[k + 1] - ends[k]) / 1000, spent, cpuMs });
  }
  const sorted = [...frames].sort((a, b) => a.gapMs - b.gapMs);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(0.95 * sorted.length))) - 1;
  // On a busy machine a long gap may be a wait for the CPU: the frames with the most work of their own too.
  const byCpu = [...frames].sort((a, b) => a.cpuMs - b.cpuMs);
  return { p95: sorted[rank], slowest: sorted.slice(-3).reverse(), p95Cpu: byCpu[rank], busiest: byCpu.slice(-3).reverse(), count: frames.length };
}

const frameLine = (f: SlowFrame) =>
  `${f.gapMs.toFixed(1)} ms: script ${f.spent.script.toFixed(1)}, style ${f.spent.style.toFixed(1)}, layout ${f.spent.layout.toFixed(1)}, paint and compositing ${f.spent.paint.toFixed(1)}, GC ${f.spent.gc.toFixed(1)}, other ${f.spent.other.toFixed(1)}, idle ${Math.max(0, f.gapMs - Object.values(f.spent).reduce((a, b) => a + b, 0)).toFixed(1)} (CPU ${f.cpuMs.toFixed(1)})`;

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions with the most self time in a sampled CPU profile, "name file:line:column ms". */
function hottest(profile: CpuProfile, count: number): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const frame = byNode.get(id)!;
    const where = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([where, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${where}`);
}

/**
 * Runs `work` traced, and sampled by the CPU profiler when `cpu` is set (its top functions printed):
 * the main thread's time by kind between two marks the page sets around it.
 */
async function traced(browser: Browser, page: Page, cpu: boolean, work: () => Promise<void>, frames = false): Promise<Record<'wall' | 'cpu', Record<Kind | 'frames', number>>> {
  const path = join(ROOT, 'bench', 'results', 'profile.trace.tmp');
  const cdp = cpu ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', ...(process.env.SELECTOR_STATS ? ['disabled-by-default-blink.debug'] : [])] });
  await page.evaluate(() => performance.mark('profile:start'));
  await work();
  await page.evaluate(() => performance.mark('profile:end'));
  await browser.stopTracing();
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(ROOT, 'bench', 'results', 'profile.cpuprofile.tmp'), JSON.stringify(profile));
    for (const line of hottest(profile as CpuProfile, 25)) console.log(`    ${line}`);
    await cdp.detach();
  }
  const trace = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  for (const e of events) if (e.ph === 'X' && /^V8\.GC_/.test(e.name) && !(e.name in KINDS)) KINDS[e.name] = 'gc';
  if (frames) {
    const split = slowFrames(events, 'profile:start', 'profile:end');
    console.log(`    the p95 frame of ${split.count} (from one rendering task's end to the next), ${frameLine(split.p95)}`);
    for (const f of split.slowest) console.log(`    a slowest frame, ${frameLine(f)}`);
    console.log(`    the frame at the p95 of CPU time, ${frameLine(split.p95Cpu)}`);
    for (const f of split.busiest) console.log(`    a frame with the most CPU time, ${frameLine(f)}`);
  }
  return { wall: breakdown(events, 'profile:start', 'profile:end', 'wall'), cpu: breakdown(events, 'profile:start', 'profile:end', 'cpu') };
}

const rows = (what: string, spent: Record<'wall' | 'cpu', Record<Kind | 'frames', number>>, perFrame = 0) =>
  `${row(`${what}, wall time`, spent.wall, perFrame)}\n${row(`${what}, CPU time`, spent.cpu, perFrame)}`;

const row = (what: string, t: Record<Kind | 'frames', number>, perFrame = 0) => {
  const per = (ms: number) => (perFrame ? ` (${(ms / perFrame).toFixed(2)} a frame)` : '');
  return `${what}: script ${t.script.toFixed(1)} ms${per(t.script)}, style ${t.style.toFixed(1)} ms${per(t.style)}, layout ${t.layout.toFixed(1)} ms${per(t.layout)}, paint and compositing ${t.paint.toFixed(1)} ms${per(t.paint)}, GC ${t.gc.toFixed(1)} ms, other ${t.other.toFixed(1)} ms${t.frames ? ` over ${t.frames} frames` : ''}`;
};

const gapsLine = (what: string, gaps: { p50: number; p95: number; max: number; frames: number }) =>
  `${what}: p50 ${gaps.p50.toFixed(1)} ms, p95 ${gaps.p95.toFixed(1)} ms, max ${gaps.max.toFixed(1)} ms over ${gaps.frames} frames`;

async function main(): Promise<void> {
  const option = argOption;
  const runs = Number(option('--runs') ?? 3);
  const dist = option('--dist') ? resolve(option('--dist')!) : join(ROOT, 'dist');
  const only = option('--only');
  const cpu = process.argv.includes('--cpu');
  const server = await startServer({ '/pages/': join(ROOT, 'bench', 'pages'), '/dist/': dist });
  server.putJson('article.story.json', readFileSync(join(ROOT, 'data', 'russia-recognizes-taliban.story.json'), 'utf8'));
  server.putJson('10000.story.json', JSON.stringify(syntheticStory(10_000)));
  const live = liveStory();
  const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
  try {
    for (let run = 1; run <= runs; run++) {
      if (!only || only === 'article') {
        const article = await openPage(browser, `${server.origin}/pages/ours.html`, 30_000);
        await throttleCpu(article.page, SLOW_CPU_RATE);
        await prepare(article.page, '/data/article.story.json', 60_000);
        const spent = await traced(browser, article.page, cpu, async () => {
          const rendered = await firstRender(article.page, 60_000);
          console.log(`article first render at ${SLOW_CPU_RATE}×: ${rendered.ms.toFixed(1)} ms`);
        });
        console.log(rows('  article first render', spent));
        await closeContext(article.context);
      }

      if (only === 'first10k') {
        const big = await openPage(browser, `${server.origin}/pages/ours.html`, 30_000);
        await prepare(big.page, '/data/10000.story.json', 60_000);
        const spent = await traced(browser, big.page, cpu, async () => {
          const rendered = await firstRender(big.page, 60_000);
          console.log(`10,000 events first render at 1×: ${rendered.ms.toFixed(1)} ms`);
        });
        console.log(rows('  10,000 events first render', spent));
        await closeContext(big.context);
      }

      if (!only || only === 'zoom') {
        const big = await openPage(browser, `${server.origin}/pages/ours.html`, 30_000);
        await throttleCpu(big.page, SLOW_CPU_RATE);
        await prepare(big.page, '/data/10000.story.json', 60_000);
        await firstRender(big.page, 60_000);
        let frames = 0;
        const spent = await traced(browser, big.page, cpu, async () => {
          const gaps = await zoomGesture(big.page, 60_000);
          frames = gaps.frames;
          console.log(gapsLine(`10,000 events zoom at ${SLOW_CPU_RATE}×`, gaps));
        }, true);
        console.log(rows('  10,000 events zoom, in all', spent, frames));
        await closeContext(big.context);
      }

      if (!only || only === 'live') {
        const day = await openPage(browser, `${server.origin}/pages/ours.html`, 30_000);
        await showStory(day.page, live.story, 60_000, true);
        await addBatches(day.page, live.batches);
        let frames = 0;
        const spent = await traced(browser, day.page, cpu, async () => {
          const gaps = await zoomGesture(day.page, 60_000);
          frames = gaps.frames;
          console.log(gapsLine(`live story (${live.batches.flat().length + live.story.events.length} events) zoom at 1×`, gaps));
        }, true);
        console.log(rows('  live story zoom, in all', spent, frames));
        await closeContext(day.context);
      }
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
