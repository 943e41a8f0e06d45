/**
 * The authoring benchmarks (issues 13 and 14), beside the timeline ones:
 * - `draft`: `draftStory` on a 5,000-word article in Node (target: under 1 s).
 * - `editor`: the editor page in headless Chromium: paste the same article, set its date, "Draft
 *   events", wait for the candidates; the longest task of the page meanwhile (target: none over 200 ms).
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { closeContext, median, openPage, within, type OpenedPage } from './measure';
import { longArticle, LONG_ARTICLE_PUBLISHED } from './long-article';
import type { Outcome } from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Warm calls per drafting process, after the cold one. */
const WARM_CALLS = 3;
/** Quiet time after the candidates are shown, for late long tasks (autosave, the preview) to land and be reported. */
const SETTLE_MS = 1_000;

export interface DraftBenchResult extends Outcome {
  /** First call in a fresh Node process, one per run (includes chrono-node building its patterns). */
  coldRunsMs?: number[];
  /** The later calls of every process. */
  warmRunsMs?: number[];
  coldMs?: number;
  warmMs?: number;
  words?: number;
  paragraphs?: number;
  candidates?: number;
  furniture?: number;
}

export interface EditorRun {
  /** How the text got into the textarea: a real Ctrl+V from the clipboard, or one insertText input. */
  pasteMethod: 'clipboard' | 'insertText';
  /** The longest task from the paste to SETTLE_MS after the candidates are shown. */
  longestMs: number;
  /** The longest task from the click on "Draft events" on. */
  longestAfterClickMs: number;
  longTasks: number;
  /** Total blocking time over the same window: the sum of (duration − 50 ms) of its long tasks. */
  blockingMs: number;
  /** Click on "Draft events" to the second frame after the candidates are in the page. */
  clickToShownMs: number;
  candidates: number;
  /** The longest task while the page loaded (before the paste), for reference. */
  loadLongestMs: number;
}

export interface EditorBenchResult extends Outcome {
  runs?: EditorRun[];
  /** Median over the runs of each run's longest task. */
  longestMs?: number;
  /** The worst run's longest task. */
  worstMs?: number;
  clickToShownMs?: number;
  blockingMs?: number;
  words?: number;
  pageErrors?: string[];
}

function describe(error: unknown): Outcome {
  const message = error instanceof Error ? error.message : String(error);
  return { status: /did not finish in/.test(message) ? 'dnf' : 'error', message };
}

/** One drafting process: `node --import tsx bench/draft-child.ts`; resolves with its JSON line. */
function draftProcess(limitMs: number): Promise<{ coldMs: number; warmMs: number[]; words: number; paragraphs: number; candidates: number; furniture: number }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'draft-child.ts'), String(WARM_CALLS)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`drafting did not finish in ${Math.round(limitMs / 1000)} s`));
    }, limitMs);
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`bench/draft-child.ts exited with ${code}: ${err.trim().split('\n').slice(-5).join(' ')}`));
      try {
        resolveRun(JSON.parse(out.trim().split('\n').pop() ?? ''));
      } catch {
        reject(new Error(`bench/draft-child.ts printed no result: ${out.slice(0, 200)} ${err.slice(0, 200)}`));
      }
    });
  });
}

/** `draftStory` on the long article: `runs` fresh processes, each one cold call and WARM_CALLS warm ones. */
export async function measureDraft(runs: number, limitMs: number, log: (message: string) => void): Promise<DraftBenchResult> {
  const result: DraftBenchResult = { status: 'ok', coldRunsMs: [], warmRunsMs: [] };
  try {
    for (let run = 1; run <= runs; run++) {
      const r = await draftProcess(limitMs);
      result.coldRunsMs!.push(r.coldMs);
      result.warmRunsMs!.push(...r.warmMs);
      Object.assign(result, { words: r.words, paragraphs: r.paragraphs, candidates: r.candidates, furniture: r.furniture });
      log(`  draft run ${run}/${runs}: cold ${r.coldMs.toFixed(1)} ms, warm ${r.warmMs.map((ms) => ms.toFixed(1)).join(', ')} ms (${r.words} words, ${r.paragraphs} paragraphs, ${r.candidates} candidates)`);
    }
    result.coldMs = median(result.coldRunsMs!);
    result.warmMs = median(result.warmRunsMs!);
  } catch (error) {
    Object.assign(result, describe(error));
    log(`  draft: ${result.message}`);
  }
  return result;
}

async function pasteArticle(opened: OpenedPage, origin: string, text: string): Promise<EditorRun['pasteMethod']> {
  const { page, context } = opened;
  const textarea = page.locator('history-timeline-editor #text');
  await textarea.click();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('ControlOrMeta+V');
    if ((await textarea.inputValue()).length === text.length) return 'clipboard';
  } catch {
    // No clipboard in this browser: one insertText input, which is what a paste fires too.
  }
  await textarea.fill('');
  await textarea.click();
  await page.keyboard.insertText(text);
  return 'insertText';
}

/** One fresh page: load the editor, wait for it to be idle, paste, set the date, draft, wait for the candidates. */
async function editorRun(browser: Browser, url: string, origin: string, text: string, limitMs: number): Promise<{ run: EditorRun; pageErrors: string[] }> {
  const opened = await openPage(browser, url, 30_000);
  try {
    const run = await within(limitMs, 'the editor run', async () => {
      const { page } = opened;
      await page.locator('history-timeline-editor #text').waitFor({ state: 'visible', timeout: 0 });
      // As a person would: the page has loaded and the editor has warmed chrono up in idle time.
      await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 5_000 })));
      await page.waitForTimeout(300);
      const pasteAt: number = await page.evaluate(() => performance.now());
      const pasteMethod = await pasteArticle(opened, origin, text);
      await page.locator('history-timeline-editor #published').fill(LONG_ARTICLE_PUBLISHED);
      await page.evaluate(() => (window as any).bench.twoFrames());
      const clickAt: number = await page.evaluate(() => performance.now());
      await page.locator('history-timeline-editor #draft').click();
      const status = page.locator('history-timeline-editor [role="status"][aria-live="polite"]');
      await status.filter({ hasText: 'events proposed' }).waitFor({ state: 'attached', timeout: 0 });
      const shownAt: number = await page.evaluate(async () => {
        await (window as any).bench.twoFrames();
        return performance.now();
      });
      const announced = (await status.textContent()) ?? '';
      await page.waitForTimeout(SETTLE_MS);
      const tasks: { start: number; duration: number }[] = await page.evaluate(() => (window as any).benchLongTasks);
      const during = tasks.filter((t) => t.start + t.duration >= pasteAt);
      const afterClick = tasks.filter((t) => t.start + t.duration >= clickAt);
      const before = tasks.filter((t) => t.start + t.duration < pasteAt);
      const longest = (list: typeof tasks) => list.reduce((max, t) => Math.max(max, t.duration), 0);
      return {
        pasteMethod,
        longestMs: longest(during),
        longestAfterClickMs: longest(afterClick),
        longTasks: during.length,
        blockingMs: during.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        clickToShownMs: shownAt - clickAt,
        candidates: Number(/(\d+) events proposed/.exec(announced)?.[1] ?? NaN),
        loadLongestMs: longest(before),
      } satisfies EditorRun;
    });
    return { run, pageErrors: opened.pageErrors };
  } finally {
    await closeContext(opened.context);
  }
}

/** The editor benchmark: `runs` fresh pages of bench/pages/editor.html. */
export async function measureEditor(browser: Browser, origin: string, runs: number, limitMs: number, log: (message: string) => void): Promise<EditorBenchResult> {
  const article = longArticle();
  const result: EditorBenchResult = { status: 'ok', runs: [], words: article.words, pageErrors: [] };
  try {
    for (let i = 1; i <= runs; i++) {
      const { run, pageErrors } = await editorRun(browser, `${origin}/pages/editor.html`, origin, article.text, limitMs);
      result.runs!.push(run);
      result.pageErrors!.push(...pageErrors);
      log(
        `  editor run ${i}/${runs}: longest task ${run.longestMs.toFixed(0)} ms (after the click ${run.longestAfterClickMs.toFixed(0)} ms), ` +
          `${run.longTasks} long tasks, blocking ${run.blockingMs.toFixed(0)} ms, click to candidates ${run.clickToShownMs.toFixed(0)} ms, ` +
          `${run.candidates} candidates, paste by ${run.pasteMethod}; page load's longest task ${run.loadLongestMs.toFixed(0)} ms`,
      );
    }
    const runsDone = result.runs!;
    result.longestMs = median(runsDone.map((r) => r.longestMs));
    result.worstMs = Math.max(...runsDone.map((r) => r.longestMs));
    result.clickToShownMs = median(runsDone.map((r) => r.clickToShownMs));
    result.blockingMs = median(runsDone.map((r) => r.blockingMs));
  } catch (error) {
    Object.assign(result, describe(error));
    log(`  editor: ${result.message}`);
  }
  return result;
}
