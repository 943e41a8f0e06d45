/**
 * `--sizes heap-cycles` (issue 15): create <history-timeline> with the 10,000-event synthetic story,
 * let it draw, remove it, 100 times in one page; the JS heap after a forced GC (CDP
 * `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`) before the first element and after
 * every tenth cycle. Target: the heap returns to within a few MB of where it started.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { closeContext, openPage, within } from './measure';
import type { Outcome, TargetRow } from './report';

export const HEAP_CYCLES = 100;
export const HEAP_CYCLES_EVENTS = 10_000;
/** "Within a few MB" (issue 15), taken as 5 MB. */
export const HEAP_CYCLES_TARGET_MB = 5;
/** The heap is read after this many cycles at a time. */
const BATCH = 10;

export interface HeapReading {
  cycles: number;
  /** `Runtime.getHeapUsage().usedSize`: the page's V8 heap in use. */
  usedBytes: number;
  /** Live DOM nodes and JS event listeners in the renderer (`Memory.getDOMCounters`). */
  nodes: number;
  listeners: number;
}

export interface HeapCyclesResult extends Outcome {
  events: number;
  cycles: number;
  readings: HeapReading[];
  /** Elements under the last element's shadow root after its draw: a check that it drew. */
  nodesDrawn?: number;
  elementErrors?: number;
  pageErrors: string[];
}

async function gcAndRead(cdp: CDPSession, cycles: number): Promise<HeapReading> {
  // Twice: the first collection can leave objects whose finalizers free more on the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { cycles, usedBytes: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/** One page of ours.html: the story parsed, then HEAP_CYCLES create/remove cycles. */
export async function measureHeapCycles(
  browser: Browser,
  pageUrl: string,
  dataUrl: string,
  limitMs: number,
  log: (message: string) => void,
): Promise<HeapCyclesResult> {
  const result: HeapCyclesResult = { status: 'ok', events: HEAP_CYCLES_EVENTS, cycles: HEAP_CYCLES, readings: [], pageErrors: [] };
  let opened: Awaited<ReturnType<typeof openPage>> | null = null;
  try {
    opened = await openPage(browser, pageUrl, 30_000);
    const { page } = opened;
    await page.addScriptTag({ url: '/pages/cycles.js' });
    result.events = await within(limitMs, 'loading the story into the page', () => page.evaluate((u) => (window as any).benchCycles.load(u), dataUrl));
    const cdp = await page.context().newCDPSession(page);
    const record = async (cycles: number) => {
      const reading = await gcAndRead(cdp, cycles);
      result.readings.push(reading);
      log(`  heap after ${cycles} cycle(s): ${(reading.usedBytes / 2 ** 20).toFixed(2)} MB, ${reading.nodes} DOM nodes, ${reading.listeners} listeners`);
    };
    await record(0);
    // One cycle alone: what the first element leaves for good (caches, compiled code) is told apart from a leak per cycle.
    for (let done = 0; done < HEAP_CYCLES; ) {
      const count = done === 0 ? 1 : Math.min(BATCH - (done % BATCH), HEAP_CYCLES - done);
      const batch: { errors: number; nodes: number; left: number } = await within(limitMs, `create/remove cycles ${done + 1}–${done + count}`, () =>
        page.evaluate((n) => (window as any).benchCycles.run(n), count),
      );
      done += count;
      if (batch.left) throw new Error(`${batch.left} <history-timeline> still in the page after removing it`);
      result.nodesDrawn = batch.nodes;
      result.elementErrors = batch.errors;
      await record(done);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    Object.assign(result, { status: /did not finish in/.test(message) ? 'dnf' : 'error', message });
    log(`  heap cycles: ${message}`);
  } finally {
    if (opened) {
      result.pageErrors.push(...opened.pageErrors);
      await closeContext(opened.context);
    }
  }
  return result;
}

/** The rows of the heap-cycles table, for report.ts. */
export function heapCyclesRows(r: HeapCyclesResult, notes: string[]): { what: string; rows: TargetRow[] } {
  const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / 2 ** 20);
  const at = (cycles: number) => r.readings.find((x) => x.cycles === cycles);
  const before = at(0);
  const one = at(1);
  const last = at(r.cycles);
  const complete = r.status === 'ok' && before && one && last;
  const outcome: Outcome = complete ? { status: 'ok' } : r.status === 'ok' ? { status: 'error', message: 'readings missing' } : r;
  const what = `Create and remove the element ${r.cycles} times (${r.events.toLocaleString('en-US')}-event story)`;
  const count = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : `${a.toLocaleString('en-US')} → ${b.toLocaleString('en-US')}`);
  const rows: TargetRow[] = [
    { figure: 'JS heap before the first element (story parsed, after GC)', unit: 'MB', value: mb(before?.usedBytes), outcome },
    { figure: 'JS heap after 1 cycle', unit: 'MB', value: mb(one?.usedBytes), outcome },
    { figure: `JS heap after ${r.cycles} cycles`, unit: 'MB', value: mb(last?.usedBytes), outcome },
    {
      figure: `Heap growth over ${r.cycles} cycles (after − before)`,
      unit: 'MB',
      target: HEAP_CYCLES_TARGET_MB,
      value: complete ? mb(last.usedBytes - before.usedBytes) : undefined,
      outcome,
    },
    { figure: `Heap growth from cycle 1 to ${r.cycles}`, unit: 'MB', value: complete ? mb(last.usedBytes - one.usedBytes) : undefined, outcome },
    { figure: `DOM nodes in the page, before → after ${r.cycles} cycles`, unit: 'MB', text: count(before?.nodes, last?.nodes), outcome },
    { figure: `JS event listeners, before → after ${r.cycles} cycles`, unit: 'MB', text: count(before?.listeners, last?.listeners), outcome },
  ];
  if (r.readings.length) {
    notes.push(`${what}: JS heap after GC by cycles done: ${r.readings.map((x) => `${x.cycles}: ${(x.usedBytes / 2 ** 20).toFixed(2)} MB`).join(', ')}.`);
  }
  if (r.status === 'ok' && !r.nodesDrawn) notes.push(`${what}: the element drew nothing, so the cycles did not exercise it.`);
  if (r.elementErrors) notes.push(`${what}: the element reported ${r.elementErrors} timeline-error event(s).`);
  if (r.status !== 'ok') notes.push(`${what}: ${r.message ?? 'failed'}`);
  if (r.pageErrors.length) notes.push(`${what}: ${r.pageErrors.length} page error(s), first: ${r.pageErrors[0].slice(0, 300)}`);
  return { what, rows };
}
