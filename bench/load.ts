/**
 * `--sizes load-N` (issue 15): a story of N synthetic events loaded by `src` into a fresh element,
 * on a page without a policy and on a page whose strict `<meta>` policy forbids blob: workers (both
 * read in slices on the main thread since the element's worker went). Figures: the longest
 * main-thread task from setting `src` to a second after the first marks are drawn (target: none over
 * 200 ms), the total blocking time, and the time to the first marks.
 */
import type { Browser } from 'playwright-core';
import { closeContext, median, openPage, within } from './measure';
import type { Outcome } from './report';

export const LOAD_TARGET_LONGEST_MS = 200;

export interface LoadRun {
  longestMs: number;
  longTasks: number;
  blockingMs: number;
  drawnMs: number;
  /** Workers the page started: 1 when the story was read in the worker. */
  workers: number;
  /** What the progress bar said, in order (each state once). */
  progress: string[];
  /** Each long task: when it started after `src` was set, and how long it took (ms). */
  tasks: { atMs: number; ms: number }[];
}

export interface LoadPageResult extends Outcome {
  page: 'worker' | 'strict';
  runs?: LoadRun[];
  longestMs?: number;
  worstMs?: number;
  blockingMs?: number;
  drawnMs?: number;
  pageErrors?: string[];
}

export interface LoadBenchResult {
  key: string;
  events: number;
  bytes: number;
  pages: LoadPageResult[];
}

async function loadRun(browser: Browser, url: string, dataUrl: string, limitMs: number): Promise<{ run: LoadRun; pageErrors: string[] }> {
  const opened = await openPage(browser, url, 30_000);
  let workers = 0;
  opened.page.on('worker', () => workers++);
  try {
    const run = await within(limitMs, 'loading the story by src', async () => {
      const seen: { started: number; drawnMs: number; bars: string[]; errors: string[] } = await opened.page.evaluate((u) => (window as any).benchLoad(u), dataUrl);
      if (seen.errors.length) throw new Error(`the element reported: ${seen.errors[0]}`);
      const tasks: { start: number; duration: number }[] = await opened.page.evaluate(() => (window as any).benchLongTasks);
      const during = tasks.filter((t) => t.start + t.duration >= seen.started);
      return {
        longestMs: during.reduce((max, t) => Math.max(max, t.duration), 0),
        longTasks: during.length,
        blockingMs: during.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        drawnMs: seen.drawnMs,
        workers,
        progress: seen.bars,
        tasks: during.map((t) => ({ atMs: t.start - seen.started, ms: t.duration })),
      } satisfies LoadRun;
    });
    return { run, pageErrors: opened.pageErrors };
  } finally {
    await closeContext(opened.context);
  }
}

/** Both pages, `runs` fresh pages each. */
export async function measureLoad(
  browser: Browser,
  origin: string,
  dataName: string,
  runs: number,
  limitMs: number,
  log: (message: string) => void,
): Promise<LoadPageResult[]> {
  const results: LoadPageResult[] = [];
  for (const page of ['worker', 'strict'] as const) {
    const url = `${origin}/pages/${page === 'worker' ? 'load' : 'load-strict'}.html`;
    const result: LoadPageResult = { status: 'ok', page, runs: [], pageErrors: [] };
    try {
      for (let i = 1; i <= runs; i++) {
        const { run, pageErrors } = await loadRun(browser, url, `/data/${dataName}`, limitMs);
        result.runs!.push(run);
        result.pageErrors!.push(...pageErrors);
        log(
          `  load (${page === 'worker' ? 'no policy' : 'strict policy'}) run ${i}/${runs}: longest task ${run.longestMs.toFixed(0)} ms, ${run.longTasks} long tasks, ` +
            `blocking ${run.blockingMs.toFixed(0)} ms, first marks at ${run.drawnMs.toFixed(0)} ms, ${run.workers} worker(s), ${run.progress.length} progress states`,
        );
      }
      const done = result.runs!;
      result.longestMs = median(done.map((r) => r.longestMs));
      result.worstMs = Math.max(...done.map((r) => r.longestMs));
      result.blockingMs = median(done.map((r) => r.blockingMs));
      result.drawnMs = median(done.map((r) => r.drawnMs));
    } catch (error) {
      result.status = /did not finish in/.test(String(error)) ? 'dnf' : 'error';
      result.message = error instanceof Error ? error.message : String(error);
      log(`  load (${page}): ${result.message}`);
    }
    results.push(result);
  }
  return results;
}

/** The rows of the loading table, for report.ts. */
export function loadTable(loads: LoadBenchResult[], notes: string[]): string[] {
  const rows = ['| Loading by src | Page | Figure | Target | Ours | Meets target |', '| --- | --- | --- | --: | --: | :-: |'];
  const ms = (r: LoadPageResult, v: number | undefined) => (r.status === 'ok' && typeof v === 'number' ? `${v.toFixed(0)} ms` : r.status === 'dnf' ? 'did not finish' : 'failed');
  for (const load of loads) {
    const what = `${load.events.toLocaleString('en-US')} events (${(load.bytes / 2 ** 20).toFixed(1)} MB)`;
    for (const r of load.pages) {
      const page = r.page === 'worker' ? 'no policy' : 'strict policy';
      const n = r.runs?.length ?? 0;
      const meets = r.status === 'ok' && (r.longestMs ?? Infinity) <= LOAD_TARGET_LONGEST_MS ? 'yes' : 'NO';
      rows.push(`| ${what} | ${page} | Longest main-thread task (median of ${n}) | ≤ ${LOAD_TARGET_LONGEST_MS} ms | ${ms(r, r.longestMs)} | ${meets} |`);
      rows.push(`| ${what} | ${page} | Longest task (worst of ${n}) | ≤ ${LOAD_TARGET_LONGEST_MS} ms | ${ms(r, r.worstMs)} | ${r.status === 'ok' && (r.worstMs ?? Infinity) <= LOAD_TARGET_LONGEST_MS ? 'yes' : 'NO'} |`);
      rows.push(`| ${what} | ${page} | Total blocking time (median of ${n}) |  | ${ms(r, r.blockingMs)} | — |`);
      rows.push(`| ${what} | ${page} | \`src\` set to first marks drawn (median of ${n}) |  | ${ms(r, r.drawnMs)} | — |`);
      if (r.status !== 'ok') notes.push(`Loading ${what}, ${page}: ${r.message ?? 'failed'}`);
      if (r.runs?.length) notes.push(`Loading ${what}, ${page}: workers started ${r.runs.map((x) => x.workers).join(', ')}; progress bar states ${r.runs.map((x) => x.progress.length).join(', ')}.`);
      // Whether the longest task comes while the story is read or with the draw (first marks at drawnMs).
      const worst = r.runs?.reduce<LoadRun | null>((w, x) => (!w || x.longestMs > w.longestMs ? x : w), null);
      if (worst?.tasks.length) {
        notes.push(`Loading ${what}, ${page}: long tasks of its worst run (start after \`src\` was set: duration) ${worst.tasks.map((t) => `${t.atMs.toFixed(0)} ms: ${t.ms.toFixed(0)} ms`).join(', ')}; first marks drawn at ${worst.drawnMs.toFixed(0)} ms.`);
      }
      // Both pages read in slices: the element starts no worker.
      const withWorker = r.runs?.filter((x) => x.workers > 0).length ?? 0;
      if (withWorker) notes.push(`Loading ${what}, ${page}: in ${withWorker} run(s) a worker was started, which the element no longer does.`);
      if (r.pageErrors?.length) notes.push(`Loading ${what}, ${page}: ${r.pageErrors.length} page error(s), first: ${r.pageErrors[0].slice(0, 300)}`);
    }
  }
  return rows;
}
