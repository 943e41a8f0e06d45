import type { Browser, BrowserContext, Page } from 'playwright-core';

export type Library = 'ours' | 'vis';

export const VIEWPORT = { width: 1280, height: 800 };
/** Steps per zoom direction and per pan; the pause between input events, the same for both. */
export const ZOOM_STEPS = 40;
export const PAN_STEPS = 40;
export const INPUT_PAUSE_MS = 16;

/** A measurement that did not end within its time limit. */
export class TimeLimitError extends Error {
  constructor(
    readonly what: string,
    readonly limitMs: number,
  ) {
    super(`${what} did not finish in ${Math.round(limitMs / 1000)} s`);
  }
}

/** Runs `work`, rejecting with TimeLimitError after `limitMs`; the work itself is abandoned, not stopped. */
export async function within<T>(limitMs: number, what: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitError(what, limitMs)), limitMs);
  });
  const running = work();
  running.catch(() => undefined);
  try {
    return await Promise.race([running, limit]);
  } finally {
    clearTimeout(timer);
  }
}

export interface FrameGaps {
  p50: number;
  p95: number;
  max: number;
  frames: number;
  durationMs: number;
  /** View changes the library reported during the gesture; 0 means the gesture did not move the view. */
  viewChanges?: number;
}

/** Nearest-rank percentile of an unsorted list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function summarizeGaps(gaps: number[], durationMs: number): FrameGaps {
  return {
    p50: percentile(gaps, 50),
    p95: percentile(gaps, 95),
    max: Math.max(...gaps),
    frames: gaps.length,
    durationMs,
  };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
}

/** A fresh context and page with the library loaded and ready; rejects with the page's own reason. */
export async function openPage(browser: Browser, url: string, limitMs: number): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const pageErrors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await within(limitMs, 'loading the page', async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 0 });
      await page.waitForFunction(() => (window as any).benchReady || (window as any).benchError, null, {
        timeout: 0,
      });
    });
    const failure = await page.evaluate(() => (window as any).benchError as string | undefined);
    if (failure) throw new Error(failure);
    return { context, page, pageErrors };
  } catch (error) {
    await closeContext(context);
    throw error;
  }
}

/** Closes a context, giving up after 15 s (a renderer stuck in a long task may not answer). */
export async function closeContext(context: BrowserContext): Promise<boolean> {
  try {
    await within(15_000, 'closing the page', () => context.close());
    return true;
  } catch {
    return false;
  }
}

export async function prepare(page: Page, dataUrl: string, limitMs: number): Promise<{ events: number | null }> {
  return within(limitMs, 'loading the story into the page', () =>
    page.evaluate((u) => (window as any).benchLib.prepare(u), dataUrl),
  );
}

export interface RenderResult {
  ms: number;
  nodes: number;
  errors: unknown[];
  /** Ours only: axis breaks (`part="gap"`) drawn, and the element's time scale. */
  gaps?: number;
  timeScale?: string | null;
}

export async function firstRender(page: Page, limitMs: number): Promise<RenderResult> {
  return within(limitMs, 'first render', () => page.evaluate(() => (window as any).benchLib.render()));
}

/** Used JS heap after a forced GC, with the page's own references to the input dropped. */
export async function heapAfterRender(page: Page, limitMs: number): Promise<{ usedJSHeapSize: number | null; forcedGc: boolean }> {
  return within(limitMs, 'measuring the heap', () =>
    page.evaluate(async () => {
      (window as any).benchLib.release();
      return (window as any).bench.heap();
    }),
  );
}

export async function emptyHeap(page: Page, limitMs: number): Promise<{ usedJSHeapSize: number | null; forcedGc: boolean }> {
  return within(limitMs, 'measuring the empty heap', () => page.evaluate(() => (window as any).bench.heap()));
}

async function timelineBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(() => (window as any).benchLib.box());
}

async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<FrameGaps> {
  const viewChangesBefore: number = await page.evaluate(() => (window as any).benchLib.viewChanges());
  await page.evaluate(() => (window as any).bench.startFrames());
  await gesture();
  const { gaps, durationMs } = await page.evaluate(() => (window as any).bench.stopFrames());
  const viewChanges: number = await page.evaluate(() => (window as any).benchLib.viewChanges());
  return { ...summarizeGaps(gaps, durationMs), viewChanges: viewChanges - viewChangesBefore };
}

/** Ctrl+wheel: ZOOM_STEPS notches in, then ZOOM_STEPS out, at the centre of the timeline. */
export async function zoomGesture(page: Page, limitMs: number): Promise<FrameGaps> {
  return within(limitMs, 'zoom gesture', async () => {
    const box = await timelineBox(page);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    try {
      return await recordFrames(page, async () => {
        await page.keyboard.down('Control');
        for (const deltaY of [-100, 100]) {
          for (let i = 0; i < ZOOM_STEPS; i++) {
            await page.mouse.wheel(0, deltaY);
            await page.waitForTimeout(INPUT_PAUSE_MS);
          }
        }
      });
    } finally {
      await page.keyboard.up('Control').catch(() => undefined);
    }
  });
}

/** A mouse drag across the timeline: down at 80% of its width, PAN_STEPS moves to 20%, up. */
export async function panGesture(page: Page, limitMs: number): Promise<FrameGaps> {
  return within(limitMs, 'pan gesture', async () => {
    const box = await timelineBox(page);
    const cy = box.y + box.height / 2;
    const from = box.x + box.width * 0.8;
    const to = box.x + box.width * 0.2;
    await page.mouse.move(from, cy);
    return recordFrames(page, async () => {
      await page.mouse.down();
      for (let i = 1; i <= PAN_STEPS; i++) {
        await page.mouse.move(from + ((to - from) * i) / PAN_STEPS, cy);
        await page.waitForTimeout(INPUT_PAUSE_MS);
      }
      await page.mouse.up();
    });
  });
}

/** The slow-phone run's DevTools CPU throttling (issue 15): the renderer runs this many times slower. */
export const SLOW_CPU_RATE = 4;

/**
 * DevTools CPU throttling on the page's renderer (CDP `Emulation.setCPUThrottlingRate`). The
 * session stays attached, since the throttling ends with it; the page's context closes it.
 */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** A fixed busy loop in the page, timed: the fastest of three calls after a first that compiles it. */
export async function busyLoopMs(page: Page): Promise<number> {
  const once = () =>
    page.evaluate(() => {
      const t0 = performance.now();
      let sum = 0;
      for (let i = 0; i < 25_000_000; i++) sum += Math.sqrt(i);
      return sum > 0 ? performance.now() - t0 : NaN;
    });
  await once();
  return Math.min(await once(), await once(), await once());
}

/** The value after `--name` on the command line, if given. */
export function argOption(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}
