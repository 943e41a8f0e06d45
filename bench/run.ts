/**
 * `npm run bench`: our <history-timeline> against vis-timeline in one headless Chromium, per story:
 * first render, zoom and pan frame gaps, JS heap after render. See BENCHMARKS.md for the method.
 *
 * Options: --sizes LIST (default: all): event counts (1000,10000,100000), "article", "bursty-N" (a bursty
 *            story of N events on the default compressed time scale; "bursty" = bursty-10000,bursty-100000),
 *            "draft" (draftStory on a 5,000-word article, in Node), "editor" (the editor page: paste,
 *            draft, longest task), "editor-10000" (the editor opening a 10,000-event story, then typing),
 *            "journalist" (clicks and keystrokes from pasting a ten-event article to an exported web page),
 *            "editor-quote" ("New event from this quote" in a 100,000-character paragraph, prose and Japanese: click to its form painted), "load-N" (a story of N events loaded by src, on a page without a policy
 *            (read in the worker) and one with a strict <meta> policy, where the worker is unavailable
 *            (read in slices on the main thread): the longest task),
 *            "page-load" (navigation to the first frame with every event of the article drawn, and first
 *            contentful paint: ours, TimelineJS and vis-timeline on plain pages, cold, gzipped, at 1× over
 *            loopback and at 4× CPU with 150 ms round trip and 1.6 Mbps down; see bench/page-load.ts),
 *            "slow-article", "slow-N" (ours at 4× DevTools CPU throttling: the same figures as "article" and
 *            "N"; "slow" = slow-article,slow-10000,slow-100000), "heap-cycles" (create and remove the element
 *            100 times with the 10,000-event story, in one page whatever --runs says: the heap before and
 *            after), "live" (a live story: 2,000 events added by addEvents() in batches, then zoom, pan and the heap) and "search-N" (keystrokes in the search field at N events, --runs pages per view:
 *            keystroke to painted matches) and "long-text" (the article's story with a huge title or a huge cited
 *            paragraph: first render, selecting its event, its source view). The default is every one of them,
 *            with load-100000.
 *          --only ours|vis  --runs N (default 7)
 *          --timeout SECONDS (per measurement, default 60)  --no-write (leave BENCHMARKS.md and latest.json alone)
 *          --ours-module FILE (harness self-test against a stand-in element; writes no figures)
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { cpus, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { findBrowser, chromiumArgs } from '../scripts/find-browser';
import { syntheticStory } from '../scripts/synthetic-story';
import { measureDraft, measureEditor } from './authoring';
import { measureBigEditor } from './editor-big';
import { measureEditorQuote } from './editor-quote';
import { measureJournalist } from './journalist';
import { measureLoad, type LoadBenchResult } from './load';
import { measurePageLoads } from './page-load';
import { measureHeapCycles, HEAP_CYCLES, HEAP_CYCLES_EVENTS, type HeapCyclesResult } from './lifecycle';
import { measureLive, LIVE_EVENTS, type LiveBenchResult } from './live';
import { measureSearch, SEARCH_QUERY, SEARCH_VIEWS, type SearchBenchResult } from './search';
import { measureLongText, type LongTextBenchResult } from './long-text';
import { burstyStory } from './bursty-story';
import type { StoryInput } from '../src/model/types';
import { startServer, type BenchServer } from './server';
import { toVisItems } from './vis-items';
import {
  TimeLimitError,
  closeContext,
  emptyHeap,
  firstRender,
  heapAfterRender,
  busyLoopMs,
  median,
  openPage,
  panGesture,
  prepare,
  throttleCpu,
  zoomGesture,
  INPUT_PAUSE_MS,
  PAN_STEPS,
  VIEWPORT,
  SLOW_CPU_RATE,
  ZOOM_STEPS,
  within,
  type FrameGaps,
  type Library,
  type OpenedPage,
} from './measure';
import { renderMarkdownTable, updateBenchmarksMd, type Results, type StoryResult, type LibraryResult, type Outcome } from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST_MODULE = join(ROOT, 'dist', 'history-timeline.js');
const DIST_EDITOR = join(ROOT, 'dist', 'history-timeline-editor.js');
const ARTICLE = join(ROOT, 'data', 'russia-recognizes-taliban.story.json');
const SYNTHETIC_SIZES = [1_000, 10_000, 100_000];
const BURSTY_SIZES = [10_000, 100_000];
/** The slow-phone run (issue 15): the stories its targets are set for. */
const SLOW_KEYS = ['slow-article', 'slow-10000', 'slow-100000'];
/** Measurements that are not timeline stories: ours only, in their own table. */
const AUTHORING = ['draft', 'editor', 'editor-10000', 'editor-quote', 'journalist'] as const;
type AuthoringKey = (typeof AUTHORING)[number];
const isAuthoring = (key: string): key is AuthoringKey => (AUTHORING as readonly string[]).includes(key);
/** Measurements of our element alone, beside the comparison: the slow-phone run, heap cycles, search. */
const isOursOnly = (key: string): boolean => key === 'heap-cycles' || key === 'long-text' || key === 'live' || /^(search|slow)-/.test(key);
/** Measurements of every library at once, each on its own plain page. */
const isSideBySidePage = (key: string): boolean => key === 'page-load';

interface Options {
  stories: string[];
  libraries: Library[];
  runs: number;
  timeoutMs: number;
  write: boolean;
  oursModule: string | null;
}

/**
 * Waits until the CPUs are at least 90% idle over half a second (at most 30 s): a closed browser's
 * renderer can still be winding down, and its work would be counted against the next page.
 */
async function waitForQuietCpu(): Promise<void> {
  const idle = () => cpus().reduce((sum, cpu) => ({ idle: sum.idle + cpu.times.idle, total: sum.total + Object.values(cpu.times).reduce((a, b) => a + b, 0) }), { idle: 0, total: 0 });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const before = idle();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = idle();
    const share = (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (share >= 0.9) return;
  }
  log('the CPUs did not go quiet within 30 s; measuring anyway');
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    // Lightest first: what a timed-out heavy run leaves behind must not slow the lightest story.
    // Drafting runs in Node and the editor page is about as light as the article's.
    // Each bursty story right after the uniform one of its size: draft, article, editor, 1000, 10000, bursty-10000, 100000, bursty-100000.
    stories: [
      // A reader's wait side by side (issue 25): network-throttled pages, first while the machine is fresh.
      'page-load',
      'draft',
      'article',
      'editor',
      'journalist',
      'editor-10000',
      'editor-quote',
      ...[...SYNTHETIC_SIZES.map((n) => ({ key: String(n), n })), ...BURSTY_SIZES.map((n) => ({ key: `bursty-${n}`, n: n + 0.5 }))]
        .sort((a, b) => a.n - b.n)
        .map((s) => s.key),
      // Ours only, after the comparison: the element's own targets of issues 11 and 15, the throttled pages last.
      'heap-cycles',
      'live',
      'search-100000',
      'long-text',
      'load-100000',
      ...SLOW_KEYS,
    ],
    libraries: ['ours', 'vis'],
    runs: 7,
    timeoutMs: 60_000,
    write: true,
    oursModule: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--sizes':
        options.stories = value()
          .split(',')
          .map((s) => s.trim().replace(/_/g, ''))
          .filter(Boolean)
          .flatMap((s) => (s === 'bursty' ? BURSTY_SIZES.map((n) => `bursty-${n}`) : s === 'slow' ? SLOW_KEYS : [s]));
        for (const s of options.stories) {
          if (!knownKey(s)) {
            fail(`--sizes takes event counts, "article", "page-load", "bursty-N", "bursty", "load-N", "slow-article", "slow-N", "slow", "heap-cycles", "search-N", "long-text", "live", "draft", "editor", "editor-10000", "editor-quote" and/or "journalist", got "${s}"`);
          }
        }
        options.stories = [...new Set(options.stories)];
        break;
      case '--only': {
        const v = value();
        if (v !== 'ours' && v !== 'vis') fail(`--only takes ours or vis, got "${v}"`);
        options.libraries = [v];
        break;
      }
      case '--runs':
        options.runs = Number(value());
        if (!Number.isInteger(options.runs) || options.runs < 1) fail('--runs takes a whole number ≥ 1');
        break;
      case '--timeout':
        options.timeoutMs = Number(value()) * 1000;
        if (!(options.timeoutMs > 0)) fail('--timeout takes seconds > 0');
        break;
      case '--no-write':
        options.write = false;
        break;
      case '--ours-module':
        options.oursModule = resolve(value());
        if (!existsSync(options.oursModule)) fail(`--ours-module: no file at ${options.oursModule}`);
        break;
      case '--help':
      case '-h':
        console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
        process.exit(0);
      default:
        fail(`unknown option ${flag} (see the header of bench/run.ts)`);
    }
  }
  return options;
}

/** Whether `--sizes` knows the key: a count, "article", a prefixed count or article, or a named measurement. */
function knownKey(key: string): boolean {
  const isCount = (text: string) => Number.isInteger(Number(text)) && Number(text) > 0;
  if (key === 'article' || key === 'heap-cycles' || key === 'page-load' || key === 'long-text' || key === 'live' || isAuthoring(key) || isCount(key)) return true;
  const [, prefix, rest] = /^(bursty|load|search|slow)-(.+)$/.exec(key) ?? [];
  return rest !== undefined && (isCount(rest) || (prefix === 'slow' && rest === 'article'));
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds dist/history-timeline.js (or, with `editor`, dist/history-timeline-editor.js with
 * `vite build --mode editor`) when it is missing or older than src/; throws one clear sentence on failure.
 */
async function ensureBuild(editor = false): Promise<string> {
  const target = editor ? DIST_EDITOR : DIST_MODULE;
  const name = relative(ROOT, target);
  const command = editor ? ['vite', 'build', '--mode', 'editor'] : ['vite', 'build'];
  const sourcesChanged = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'vite.config.ts')));
  if (existsSync(target) && statSync(target).mtimeMs >= sourcesChanged) return `${name} is up to date`;
  log(existsSync(target) ? `${name} is older than src/: building` : `no ${name}: building`);
  const output: string[] = [];
  const code = await new Promise<number | null>((resolveBuild) => {
    const child = spawn('npx', command, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('error', (error) => {
      output.push(String(error));
      clearTimeout(timer);
      resolveBuild(-1);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolveBuild(exitCode);
    });
  });
  const tail = output.join('').trim().split('\n').slice(-15).join('\n');
  if (code !== 0) throw new Error(`"npx ${command.join(' ')}" failed (exit ${code}), so there is nothing of ours to measure:\n${tail}`);
  if (!existsSync(target)) {
    throw new Error(
      `"npx ${command.join(' ')}" ran but wrote no ${name}: vite.config.ts has no library build ` +
        `for it (build.lib with fileName "${basename(target, '.js')}"), so there is nothing of ours to measure.`,
    );
  }
  return `built ${name} with npx ${command.join(' ')}`;
}

function machineDescription(browserVersion: string): Results['machine'] {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1].trim();
  } catch {
    // Not Linux: os.cpus() has the model.
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
    chromium: browserVersion,
    node: process.version,
    date: new Date().toISOString(),
  };
}

interface PreparedStory {
  key: string;
  label: string;
  events: number;
  dataName: string;
  visName: string;
  visSkipped: number;
}

/** A story served at `/data/<key>.story.json` (and, with `vis`, its vis-timeline items at `<key>.vis.json`). */
function prepareStory(key: string, server: BenchServer, vis = true): PreparedStory | { key: string; label: string; note: string } {
  let story: StoryInput;
  let label: string;
  if (key.startsWith('slow-')) {
    const base = prepareStory(key.slice('slow-'.length), server, false);
    return { ...base, key, label: `${base.label}, ${SLOW_CPU_RATE}× slower CPU` };
  }
  if (key === 'article') {
    label = 'Article story (russia-recognizes-taliban)';
    if (!existsSync(ARTICLE)) return { key, label, note: `skipped: ${relative(ROOT, ARTICLE)} does not exist yet` };
    story = JSON.parse(readFileSync(ARTICLE, 'utf8')) as StoryInput;
  } else if (key.startsWith('bursty-')) {
    const count = Number(key.slice('bursty-'.length));
    label = `Bursty synthetic, ${count.toLocaleString('en-US')} events (ours on its default compressed time scale)`;
    story = burstyStory(count);
  } else {
    const count = Number(key);
    label = `Synthetic, ${count.toLocaleString('en-US')} events`;
    story = syntheticStory(count);
  }
  server.putJson(`${key}.story.json`, JSON.stringify(story));
  let visSkipped = 0;
  if (vis) {
    const { items, skipped } = toVisItems(story);
    server.putJson(`${key}.vis.json`, JSON.stringify(items));
    visSkipped = skipped.length;
  }
  return {
    key,
    label,
    events: story.events.length,
    dataName: `${key}.story.json`,
    visName: `${key}.vis.json`,
    visSkipped,
  };
}

function describeError(error: unknown): Outcome {
  if (error instanceof TimeLimitError) return { status: 'dnf', message: error.message };
  return { status: 'error', message: error instanceof Error ? error.message : String(error) };
}

interface Session {
  browser: Browser;
  relaunch(): Promise<Browser>;
}

/** Opens a page whose library has drawn the story once; used when a gesture needs a clean page. */
async function renderedPage(
  session: Session,
  url: string,
  dataUrl: string,
  limitMs: number,
  cpuRate: number,
): Promise<OpenedPage> {
  const opened = await openPage(session.browser, url, 30_000);
  try {
    if (cpuRate > 1) await throttleCpu(opened.page, cpuRate);
    await prepare(opened.page, dataUrl, limitMs);
    await firstRender(opened.page, limitMs);
    return opened;
  } catch (error) {
    await dispose(session, opened);
    throw error;
  }
}

/** Closes a page; if its renderer does not let go, restarts the browser so the next page is clean. */
async function dispose(session: Session, opened: OpenedPage): Promise<void> {
  if (!(await closeContext(opened.context))) {
    log('a page did not close: restarting the browser');
    await session.relaunch();
  }
}

/** ours.html, with the stand-in element under --ours-module. */
function oursPage(server: BenchServer, options: Options): string {
  return `${server.origin}/pages/ours.html${options.oursModule ? `?module=/ours-alt/${basename(options.oursModule)}` : ''}`;
}

/** A fixed busy loop on a fresh page without and then with the throttling: a check that it takes hold. */
async function throttledLoop(session: Session, url: string, cpuRate: number): Promise<{ unthrottled: number; throttled: number }> {
  const opened = await openPage(session.browser, url, 30_000);
  try {
    const unthrottled = await busyLoopMs(opened.page);
    await throttleCpu(opened.page, cpuRate);
    return { unthrottled, throttled: await busyLoopMs(opened.page) };
  } finally {
    await dispose(session, opened);
  }
}

async function measureLibrary(
  session: Session,
  server: BenchServer,
  story: PreparedStory,
  library: Library,
  options: Options,
  /** DevTools CPU throttling for every page of this measurement (1: none), set once the library is loaded. */
  cpuRate = 1,
): Promise<LibraryResult> {
  const limit = options.timeoutMs;
  const page = library === 'vis' ? `${server.origin}/pages/vis.html` : oursPage(server, options);
  const dataUrl = `/data/${library === 'vis' ? story.visName : story.dataName}`;
  const result: LibraryResult = {
    firstRender: { status: 'ok', runsMs: [] },
    zoom: { status: 'not-measured', message: 'first render did not finish' },
    pan: { status: 'not-measured', message: 'first render did not finish' },
    heap: { status: 'not-measured', message: 'first render did not finish' },
    pageErrors: [],
  };

  let kept: OpenedPage | null = null;
  try {
    for (let run = 1; run <= options.runs; run++) {
      const opened = await openPage(session.browser, page, 30_000);
      let keep = false;
      try {
        if (cpuRate > 1) await throttleCpu(opened.page, cpuRate);
        const empty = await emptyHeap(opened.page, limit);
        const prepared = await prepare(opened.page, dataUrl, limit);
        const rendered = await firstRender(opened.page, limit);
        result.firstRender.runsMs!.push(rendered.ms);
        result.nodes = rendered.nodes;
        if (rendered.gaps !== undefined) result.gaps = rendered.gaps;
        if (rendered.timeScale !== undefined) result.timeScale = rendered.timeScale;
        result.inputEvents = prepared.events ?? undefined;
        if (rendered.errors.length) result.elementErrors = rendered.errors;
        const heap = await heapAfterRender(opened.page, limit);
        (result.heap.runsBytes ??= []).push(heap.usedJSHeapSize ?? NaN);
        (result.heap.emptyRunsBytes ??= []).push(empty.usedJSHeapSize ?? NaN);
        result.heap.forcedGc = heap.forcedGc;
        result.heap.status = 'ok';
        delete result.heap.message;
        log(`  ${library} run ${run}/${options.runs}: first render ${rendered.ms.toFixed(1)} ms, ${rendered.nodes} nodes${rendered.gaps ? `, ${rendered.gaps} axis breaks` : ''}, heap ${((heap.usedJSHeapSize ?? NaN) / 2 ** 20).toFixed(1)} MB`);
        keep = run === options.runs;
      } finally {
        result.pageErrors.push(...opened.pageErrors);
        if (keep) kept = opened;
        else await dispose(session, opened);
      }
    }
    result.firstRender.value = median(result.firstRender.runsMs!);
    result.heap.value = median(result.heap.runsBytes!);
    result.heap.emptyValue = median(result.heap.emptyRunsBytes!);
  } catch (error) {
    result.firstRender = { ...result.firstRender, ...describeError(error) };
    if (result.firstRender.status === 'dnf') {
      result.firstRender.message = `did not finish in ${Math.round(limit / 1000)} s`;
      log(`  ${library}: first render did not finish in ${Math.round(limit / 1000)} s`);
    } else {
      log(`  ${library}: failed: ${result.firstRender.message}`);
    }
    if (result.firstRender.status === 'error') {
      for (const key of ['zoom', 'pan', 'heap'] as const) {
        result[key] = { status: 'not-measured', message: 'first render failed' };
      }
    }
    return result;
  }

  for (const gesture of ['zoom', 'pan'] as const) {
    try {
      kept ??= await renderedPage(session, page, dataUrl, limit, cpuRate);
      const gaps: FrameGaps = gesture === 'zoom' ? await zoomGesture(kept.page, limit) : await panGesture(kept.page, limit);
      result[gesture] = { status: 'ok', ...gaps };
      log(`  ${library} ${gesture}: p50 ${gaps.p50.toFixed(1)} ms, p95 ${gaps.p95.toFixed(1)} ms, max ${gaps.max.toFixed(1)} ms over ${gaps.frames} frames, ${gaps.viewChanges} view changes`);
    } catch (error) {
      result[gesture] = describeError(error);
      log(`  ${library} ${gesture}: ${result[gesture].message}`);
      if (kept) {
        result.pageErrors.push(...kept.pageErrors);
        await dispose(session, kept);
        kept = null;
      }
    }
  }
  if (kept) {
    result.pageErrors.push(...kept.pageErrors);
    await dispose(session, kept);
  }
  return result;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const selfTest = options.oursModule !== null;
  const failures: string[] = [];
  const startedAt = new Date().toISOString();

  const oursRuns = options.libraries.includes('ours');
  const loadKeys = oursRuns && !selfTest ? options.stories.filter((key) => key.startsWith('load-')) : [];
  const timelineKeys = options.stories.filter((key) => !isAuthoring(key) && !key.startsWith('load-'));
  const authoringKeys = oursRuns ? options.stories.filter(isAuthoring) : [];
  let oursUnavailable: string | null = null;
  if (oursRuns && !selfTest && (timelineKeys.length || loadKeys.length)) {
    try {
      log(await ensureBuild());
    } catch (error) {
      oursUnavailable = error instanceof Error ? error.message : String(error);
      failures.push(`ours: ${oursUnavailable}`);
      log(`ours cannot be measured: ${oursUnavailable}`);
    }
  }
  let editorUnavailable: string | null = null;
  if (authoringKeys.some((key) => key !== 'draft')) {
    try {
      log(await ensureBuild(true));
    } catch (error) {
      editorUnavailable = error instanceof Error ? error.message : String(error);
      failures.push(`editor: ${editorUnavailable}`);
      log(`the editor cannot be measured: ${editorUnavailable}`);
    }
  }
  if (!oursRuns && options.stories.some(isAuthoring)) log('draft and editor measure ours only: skipped with --only vis');
  const authoring: NonNullable<Results['authoring']> = {};
  const loads: LoadBenchResult[] = [];
  const slow: NonNullable<Results['slow']> = { cpuRate: SLOW_CPU_RATE, stories: [] };
  let heapCycles: HeapCyclesResult | undefined;
  let live: LiveBenchResult | undefined;
  const searches: SearchBenchResult[] = [];
  let pageLoads: NonNullable<Results['pageLoads']> | undefined;
  let longText: LongTextBenchResult | undefined;

  const mounts: Record<string, string> = {
    '/pages/': join(ROOT, 'bench', 'pages'),
    '/dist/': join(ROOT, 'dist'),
    '/vis/': join(ROOT, 'node_modules', 'vis-timeline'),
  };
  if (options.oursModule) mounts['/ours-alt/'] = dirname(options.oursModule);

  let server: BenchServer | null = null;
  let browser: Browser | null = null;
  const stories: StoryResult[] = [];
  let measured = 0;
  let machine: Results['machine'] | null = null;
  try {
    server = await startServer(mounts);
    log(`serving on ${server.origin}`);
    const launch = () =>
      within(60_000, 'launching Chromium', () =>
        chromium.launch({
          executablePath: findBrowser(),
          args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
          headless: true,
        }),
      );
    browser = await launch();
    machine = machineDescription(browser.version());
    const session: Session = {
      browser,
      async relaunch() {
        await within(20_000, 'closing Chromium', () => session.browser.close()).catch(() => undefined);
        session.browser = browser = await launch();
        return session.browser;
      },
    };

    for (const key of options.stories) {
      if (isSideBySidePage(key)) {
        if (selfTest || oursUnavailable) {
          log('page-load needs the built bundle: skipped');
          continue;
        }
        log('Page load: the article on a plain page per library, cold, gzipped, at 1× and on a slow phone');
        if (measured++ > 0) await session.relaunch();
        await waitForQuietCpu();
        pageLoads = await measurePageLoads(session.browser, ROOT, options.runs, options.timeoutMs, log);
        for (const result of pageLoads) if (result.status !== 'ok') failures.push(`page load ${result.page} (${result.profile}): ${result.message}`);
        continue;
      }
      if (key.startsWith('load-')) {
        if (!loadKeys.includes(key)) continue;
        const count = Number(key.slice('load-'.length));
        const body = JSON.stringify(syntheticStory(count));
        server.putJson(`${key}.story.json`, body);
        log(`Loading ${count.toLocaleString('en-US')} events by src (${(body.length / 2 ** 20).toFixed(1)} MB)`);
        if (oursUnavailable) {
          loads.push({ key, events: count, bytes: body.length, pages: [{ status: 'error', message: oursUnavailable, page: 'worker' }] });
          continue;
        }
        if (measured++ > 0) await session.relaunch();
        await waitForQuietCpu();
        const pages = await measureLoad(session.browser, server.origin, `${key}.story.json`, options.runs, options.timeoutMs, log);
        loads.push({ key, events: count, bytes: body.length, pages });
        for (const page of pages) if (page.status !== 'ok') failures.push(`load ${key} (${page.page}): ${page.message}`);
        continue;
      }
      if (isAuthoring(key)) {
        if (!authoringKeys.includes(key)) continue;
        if (key === 'draft') {
          log('Drafting a 5,000-word article (draftStory in Node)');
          await waitForQuietCpu();
          authoring.draft = await measureDraft(options.runs, options.timeoutMs, log);
          if (authoring.draft.status !== 'ok') failures.push(`draft: ${authoring.draft.message}`);
        } else if (editorUnavailable) {
          if (key === 'editor-quote') authoring.editorQuote = { status: 'error', message: editorUnavailable, cases: [], pageErrors: [] };
          else authoring[key === 'editor' ? 'editor' : key === 'journalist' ? 'journalist' : 'bigEditor'] = { status: 'error', message: editorUnavailable };
        } else if (key === 'journalist') {
          log('Editor: a journalist from pasting a ten-event article to an exported web page');
          if (measured++ > 0) await session.relaunch();
          authoring.journalist = await measureJournalist(session.browser, server.origin, options.timeoutMs, log);
          if (authoring.journalist.status !== 'ok') failures.push(`journalist: ${authoring.journalist.message}`);
        } else if (key === 'editor-quote') {
          log('Editor: "New event from this quote" in a paragraph of 100,000 characters');
          if (measured++ > 0) await session.relaunch();
          await waitForQuietCpu();
          authoring.editorQuote = await measureEditorQuote(session.browser, server.origin, ARTICLE, options.runs, options.timeoutMs, log);
          if (authoring.editorQuote.status !== 'ok') failures.push(`editor-quote: ${authoring.editorQuote.message}`);
        } else if (key === 'editor-10000') {
          log('Editor: open a 10,000-event story, then type in three fields');
          if (measured++ > 0) await session.relaunch();
          await waitForQuietCpu();
          authoring.bigEditor = await measureBigEditor(session.browser, server.origin, options.runs, options.timeoutMs, log);
          if (authoring.bigEditor.status !== 'ok') failures.push(`editor-10000: ${authoring.bigEditor.message}`);
        } else {
          log('Editor: paste a 5,000-word article, draft, show the candidates');
          if (measured++ > 0) await session.relaunch();
          await waitForQuietCpu();
          authoring.editor = await measureEditor(session.browser, server.origin, options.runs, options.timeoutMs, log);
          if (authoring.editor.status !== 'ok') failures.push(`editor: ${authoring.editor.message}`);
        }
        continue;
      }
      if (isOursOnly(key) && !oursRuns) {
        log(`${key} measures ours only: skipped with --only vis`);
        continue;
      }
      if (key === 'heap-cycles') {
        server.putJson('heap-cycles.story.json', JSON.stringify(syntheticStory(HEAP_CYCLES_EVENTS)));
        log(`Creating and removing the element ${HEAP_CYCLES} times with ${HEAP_CYCLES_EVENTS.toLocaleString('en-US')} events`);
        if (oursUnavailable) {
          heapCycles = { status: 'error', message: oursUnavailable, events: HEAP_CYCLES_EVENTS, cycles: HEAP_CYCLES, readings: [], pageErrors: [] };
          continue;
        }
        if (measured++ > 0) await session.relaunch();
        await waitForQuietCpu();
        heapCycles = await measureHeapCycles(session.browser, oursPage(server, options), '/data/heap-cycles.story.json', options.timeoutMs, log);
        if (heapCycles.status !== 'ok') failures.push(`heap cycles: ${heapCycles.message}`);
        continue;
      }
      if (key === 'live') {
        log(`A live story: ${LIVE_EVENTS.toLocaleString('en-US')} events added in batches`);
        if (oursUnavailable) {
          live = { status: 'error', message: oursUnavailable, dates: 'days', pageErrors: [] };
          continue;
        }
        if (measured++ > 0) await session.relaunch();
        await waitForQuietCpu();
        live = await measureLive(session.browser, oursPage(server, options), options.timeoutMs, log);
        if (live.status !== 'ok') failures.push(`live: ${live.message}`);
        continue;
      }
      if (key === 'long-text') {
        log('Long text: the article\'s story with a huge title or cited paragraph');
        if (oursUnavailable) {
          longText = { status: 'error', message: oursUnavailable, cases: [], pageErrors: [] };
          continue;
        }
        if (measured++ > 0) await session.relaunch();
        await waitForQuietCpu();
        longText = await measureLongText(session.browser, oursPage(server, options), ARTICLE, (name, body) => server!.putJson(name, body), options.runs, options.timeoutMs, log);
        if (longText.status !== 'ok') failures.push(`long text: ${longText.message}`);
        continue;
      }
      if (key.startsWith('search-')) {
        if (selfTest) {
          log(`${key} needs the element's search field: skipped with --ours-module`);
          continue;
        }
        const story = syntheticStory(Number(key.slice('search-'.length)));
        server.putJson(`${key}.story.json`, JSON.stringify(story));
        log(`Search at ${story.events.length.toLocaleString('en-US')} events: typing "${SEARCH_QUERY}"`);
        if (oursUnavailable) {
          searches.push({ status: 'error', message: oursUnavailable, key, events: story.events.length, query: SEARCH_QUERY, views: SEARCH_VIEWS.map((v) => ({ name: v.name, runs: [] })), pageErrors: [] });
          continue;
        }
        if (measured++ > 0) await session.relaunch();
        await waitForQuietCpu();
        const search = await measureSearch(session.browser, oursPage(server, options), `/data/${key}.story.json`, key, story, options.runs, options.timeoutMs, log);
        searches.push(search);
        if (search.status !== 'ok') failures.push(`search ${key}: ${search.message}`);
        continue;
      }
      // The slow-phone run: ours alone, every page throttled, in its own table.
      const slowRun = key.startsWith('slow-');
      const story = prepareStory(key, server, !slowRun);
      const list = slowRun ? slow.stories : stories;
      if (!('events' in story)) {
        log(`${story.label}: ${story.note}`);
        list.push({ key, label: story.label, note: story.note, results: {} });
        continue;
      }
      log(`${story.label}${story.visSkipped ? ` (${story.visSkipped} dates vis-timeline items could not be made from)` : ''}`);
      const entry: StoryResult = { key, label: story.label, events: story.events, visSkipped: story.visSkipped, results: {} };
      list.push(entry);
      for (const library of slowRun ? (['ours'] as const) : options.libraries) {
        if (library === 'ours' && oursUnavailable) {
          entry.results.ours = unavailable(oursUnavailable);
          continue;
        }
        // A fresh browser for every measurement: a page that timed out can leave its renderer
        // busy on one of the two cores, which would slow whatever is measured next.
        if (measured++ > 0) await session.relaunch();
        await waitForQuietCpu();
        if (slowRun && !slow.loopMs) {
          slow.loopMs = await throttledLoop(session, oursPage(server, options), SLOW_CPU_RATE);
          log(`  a fixed busy loop: ${slow.loopMs.unthrottled.toFixed(1)} ms, ${slow.loopMs.throttled.toFixed(1)} ms at ${SLOW_CPU_RATE}× CPU throttling`);
        }
        const result = await measureLibrary(session, server, story, library, options, slowRun ? SLOW_CPU_RATE : 1);
        entry.results[library] = result;
        if (result.firstRender.status === 'error') failures.push(`${library}, ${story.label}: ${result.firstRender.message}`);
        for (const gesture of ['zoom', 'pan'] as const) {
          if (result[gesture].status === 'error') failures.push(`${library}, ${story.label}, ${gesture}: ${result[gesture].message}`);
        }
        if (library === 'ours' && result.firstRender.status === 'dnf') {
          failures.push(`ours, ${story.label}: first render did not finish in ${Math.round(options.timeoutMs / 1000)} s`);
        }
      }
    }
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    if (browser) await within(20_000, 'closing Chromium', () => browser!.close()).catch(() => log('Chromium did not close cleanly'));
    if (server) await server.close();
  }

  const results: Results = {
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    method: {
      viewport: VIEWPORT,
      runs: options.runs,
      timeoutMs: options.timeoutMs,
      zoomSteps: ZOOM_STEPS,
      panSteps: PAN_STEPS,
      inputPauseMs: INPUT_PAUSE_MS,
      ours: options.oursModule ? `stand-in ${relative(ROOT, options.oursModule)} (self-test)` : 'dist/history-timeline.js',
      vis: 'vis-timeline 8.5.4 standalone UMD',
    },
    libraries: options.libraries,
    stories,
    ...(Object.keys(authoring).length ? { authoring } : {}),
    ...(loads.length ? { loads } : {}),
    ...(pageLoads ? { pageLoads } : {}),
    ...(slow.stories.length ? { slow } : {}),
    ...(heapCycles ? { heapCycles } : {}),
    ...(live ? { live } : {}),
    ...(searches.length ? { searches } : {}),
    ...(longText ? { longText } : {}),
    failures,
  };

  const table = renderMarkdownTable(results);
  console.log(table);
  const resultsDir = join(ROOT, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  // latest.json goes with the table in BENCHMARKS.md: a run that leaves the table alone keeps its figures aside.
  const jsonPath = join(resultsDir, selfTest ? 'self-test.tmp' : options.write ? 'latest.json' : 'unrecorded.tmp');
  await writeFile(jsonPath, JSON.stringify(results, null, 2) + '\n');
  log(`raw results: ${relative(ROOT, jsonPath)}`);
  if (options.write && !selfTest && machine) {
    const mdPath = join(ROOT, 'BENCHMARKS.md');
    const before = existsSync(mdPath) ? await readFile(mdPath, 'utf8') : null;
    await writeFile(mdPath, updateBenchmarksMd(before, table));
    log('table written to BENCHMARKS.md');
  }

  if (failures.length) {
    console.error(`\nbench: ${failures.length} measurement(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    return 1;
  }
  return 0;
}

function unavailable(message: string): LibraryResult {
  const outcome: Outcome = { status: 'error', message };
  return { firstRender: { ...outcome }, zoom: { ...outcome }, pan: { ...outcome }, heap: { ...outcome }, pageErrors: [] };
}


main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
