/**
 * `--sizes live` (issue 29): a live story of one day, 2,000 events added by `addEvents()` in
 * batches of 20 to a story of 20, on ours.html: the longest batch (addEvents to the frame after
 * it), zoom and pan frame gaps with all 2,000 in, and the JS heap after GC before and after the
 * batches, beside the heap the same events take as plain JSON in the page (the events themselves).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { parseEdtf } from '../src/model/edtf';
import type { StoryInput } from '../src/model/types';
import { closeContext, openPage, panGesture, within, zoomGesture, type FrameGaps } from './measure';
import type { Outcome, TargetRow } from './report';

export const LIVE_EVENTS = 2_000;
export const LIVE_BATCH = 20;
const FIRST_EVENTS = 20;
/** The frame targets of a 10,000-event story (TARGETS in report.ts). */
const FRAME_TARGET_MS = 20;

export interface LiveBenchResult extends Outcome {
  /** Whether the events carry times of day (one day), or fell back to one event a day. */
  dates: 'times of day' | 'days';
  longestBatchMs?: number;
  medianBatchMs?: number;
  zoom?: FrameGaps;
  pan?: FrameGaps;
  heapBeforeBytes?: number;
  heapAfterBytes?: number;
  /** The same events as parsed JSON held by the page: what they weigh themselves. */
  eventsJsonBytes?: number;
  /** A second element given the whole story at once: what the same events weigh when not live. */
  atOnceBytes?: number;
  /** The live element after the batches, against the page with no element. */
  liveBytes?: number;
  drawnEvents?: number;
  problems?: number;
  pageErrors: string[];
}

/** Event `i`'s date: a minute of one day (2024-05-01, UTC) where the parser reads times, else a day of its own. */
function liveDates(): { date: (i: number) => string; kind: LiveBenchResult['dates'] } {
  const minute = (i: number) => new Date(Date.UTC(2024, 4, 1) + Math.floor((i * 24 * 60) / (LIVE_EVENTS + FIRST_EVENTS)) * 60_000).toISOString().slice(0, 16) + 'Z';
  if (parseEdtf(minute(1)).ok) return { date: minute, kind: 'times of day' };
  return { date: (i) => new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), kind: 'days' };
}

/** The first story (FIRST_EVENTS events, a paragraph for every event to come) and the batches' events. */
export function liveStory(): { story: StoryInput; batches: StoryInput['events'][]; kind: LiveBenchResult['dates'] } {
  const { date, kind } = liveDates();
  const total = LIVE_EVENTS + FIRST_EVENTS;
  const event = (i: number) => ({ id: `live-${i}`, date: date(i), title: `Update ${i}`, dateBasis: 'stated' as const, citations: [{ source: 'wire', paragraph: `p${i}`, quote: `Update ${i}` }] });
  const story: StoryInput = {
    title: 'A live day',
    sources: [{ id: 'wire', title: 'The wire', paragraphs: Array.from({ length: total }, (_, i) => ({ id: `p${i}`, text: `Update ${i}: what happened.` })) }],
    events: Array.from({ length: FIRST_EVENTS }, (_, i) => event(i)),
  };
  const batches = Array.from({ length: LIVE_EVENTS / LIVE_BATCH }, (_, b) => Array.from({ length: LIVE_BATCH }, (_, k) => event(FIRST_EVENTS + b * LIVE_BATCH + k)));
  return { story, batches, kind };
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Runs in the page: the story shown, then every batch added, each timed to the frame after it. */
export async function addBatches(page: Page, batches: unknown[][]): Promise<{ times: number[]; problems: number; drawn: number }> {
  return page.evaluate(async (all) => {
    const el = document.querySelector('history-timeline') as any;
    let problems = 0;
    el.addEventListener('timeline-error', (e: CustomEvent) => (problems += e.detail.problems.length));
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    const times: number[] = [];
    for (const batch of all) {
      const t0 = performance.now();
      await el.addEvents(batch);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      times.push(performance.now() - t0);
    }
    await el.updateComplete;
    return { times, problems, drawn: el.events.length };
  }, batches);
}

/**
 * A fresh element on `page` showing `story` on a linear scale. As the live one (`live`), benchLib's
 * gestures find it and its live part is loaded; otherwise it is the same story given at once.
 */
export async function showStory(page: Page, story: StoryInput, limitMs: number, live: boolean): Promise<void> {
  await within(limitMs, live ? 'showing the first story' : 'showing the whole story at once', () =>
    page.evaluate(async ([shown, asLive]) => {
      const el = document.createElement('history-timeline') as any;
      el.setAttribute('style', 'display:block;width:1280px;height:600px');
      el.setAttribute('time-scale', 'linear');
      document.body.append(el);
      if (asLive) {
        // The gestures find the timeline, and count its view changes, through benchLib.
        let changes = 0;
        el.addEventListener('timeline-viewchange', () => changes++);
        const lib = (window as any).benchLib;
        lib.box = () => el.getBoundingClientRect().toJSON();
        lib.viewChanges = () => changes;
      }
      el.story = shown;
      await el.updateComplete;
      // The live part, loaded before the heap is read, so the heap's growth is the events'.
      if (asLive) await el.addEvents([]);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, [story, live] as const),
  );
}

export async function measureLive(browser: Browser, pageUrl: string, limitMs: number, log: (message: string) => void): Promise<LiveBenchResult> {
  const { story, batches, kind } = liveStory();
  const result: LiveBenchResult = { status: 'ok', dates: kind, pageErrors: [] };
  let opened: Awaited<ReturnType<typeof openPage>> | null = null;
  try {
    opened = await openPage(browser, pageUrl, 30_000);
    const { page } = opened;
    const cdp = await page.context().newCDPSession(page);
    await showStory(page, story, limitMs, true);
    result.heapBeforeBytes = await heapAfterGc(cdp);
    const added = await within(limitMs, 'adding the batches', () => addBatches(page, batches));
    const sorted = [...added.times].sort((a, b) => a - b);
    result.longestBatchMs = sorted[sorted.length - 1];
    result.medianBatchMs = sorted[Math.floor(sorted.length / 2)];
    result.problems = added.problems;
    result.drawnEvents = added.drawn;
    result.heapAfterBytes = await heapAfterGc(cdp);
    // The events' own weight: the same batches parsed and held by the page, measured the same way.
    await page.evaluate((all) => ((window as any).heldEvents = JSON.parse(JSON.stringify(all))), batches);
    result.eventsJsonBytes = (await heapAfterGc(cdp)) - result.heapAfterBytes;
    await page.evaluate(() => delete (window as any).heldEvents);
    log(`  live: ${added.drawn} events, longest batch ${result.longestBatchMs.toFixed(1)} ms, heap ${(result.heapBeforeBytes / 2 ** 20).toFixed(2)} → ${(result.heapAfterBytes / 2 ** 20).toFixed(2)} MB`);
    result.zoom = await zoomGesture(page, limitMs);
    result.pan = await panGesture(page, limitMs);
    log(`  live: zoom p95 ${result.zoom.p95.toFixed(1)} ms, pan p95 ${result.pan.p95.toFixed(1)} ms`);
    // The same story at once, in a new element, against the heap with no element: the live story's match.
    await page.evaluate(() => {
      document.querySelector('history-timeline')!.remove();
      // benchLib's box() held the element.
      (window as any).benchLib.box = null;
      (window as any).benchLib.viewChanges = null;
    });
    const empty = await heapAfterGc(cdp);
    await showStory(page, { ...story, events: [...story.events, ...batches.flat()] }, limitMs, false);
    result.atOnceBytes = (await heapAfterGc(cdp)) - empty;
    const liveBytes = result.heapAfterBytes - empty;
    log(`  live: the live element holds ${(liveBytes / 2 ** 20).toFixed(2)} MB; the same story given at once, ${(result.atOnceBytes / 2 ** 20).toFixed(2)} MB`);
    result.liveBytes = liveBytes;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    Object.assign(result, { status: /did not finish in/.test(message) ? 'dnf' : 'error', message });
    log(`  live: ${message}`);
  } finally {
    if (opened) {
      result.pageErrors.push(...opened.pageErrors);
      await closeContext(opened.context);
    }
  }
  return result;
}

/** The rows of the live story's table, for report.ts. */
export function liveRows(r: LiveBenchResult, notes: string[]): { what: string; rows: TargetRow[] } {
  const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / 2 ** 20);
  const what = `A live story (${r.dates === 'times of day' ? 'one day, times of day' : 'one event a day: times of day not read yet'}): ${LIVE_EVENTS.toLocaleString('en-US')} events added in batches of ${LIVE_BATCH}`;
  const outcome: Outcome = r.status === 'ok' ? { status: 'ok' } : r;
  const growth = r.heapAfterBytes !== undefined && r.heapBeforeBytes !== undefined ? r.heapAfterBytes - r.heapBeforeBytes : undefined;
  const rows: TargetRow[] = [
    { figure: 'Longest batch: addEvents() to the next frame', unit: 'ms', value: r.longestBatchMs, outcome },
    { figure: 'Median batch', unit: 'ms', value: r.medianBatchMs, outcome },
    { figure: 'Zoom frame gap p95, all events in', unit: 'ms', target: FRAME_TARGET_MS, value: r.zoom?.p95, outcome },
    { figure: 'Pan frame gap p95, all events in', unit: 'ms', target: FRAME_TARGET_MS, value: r.pan?.p95, outcome },
    { figure: 'JS heap growth over the batches (after GC)', unit: 'MB', value: mb(growth), outcome },
    { figure: 'The same events as parsed JSON in the page', unit: 'MB', value: mb(r.eventsJsonBytes), outcome },
    { figure: 'The live element after the batches (heap with it − without)', unit: 'MB', value: mb(r.liveBytes), outcome },
    { figure: 'An element given the same story at once (heap with it − without)', unit: 'MB', value: mb(r.atOnceBytes), outcome },
  ];
  if (r.problems) notes.push(`${what}: the element reported ${r.problems} problem(s).`);
  if (r.status === 'ok' && r.drawnEvents !== LIVE_EVENTS + FIRST_EVENTS) notes.push(`${what}: the element holds ${r.drawnEvents} events, not ${LIVE_EVENTS + FIRST_EVENTS}.`);
  if (r.status !== 'ok') notes.push(`${what}: ${r.message ?? 'failed'}`);
  if (r.pageErrors.length) notes.push(`${what}: ${r.pageErrors.length} page error(s), first: ${r.pageErrors[0].slice(0, 300)}`);
  return { what, rows };
}
