/**
 * Random use (issue 15): a seeded fast-check run plays random sequences of what readers and hosts
 * do (fuzz-actions.ts) on one element, and after every step, once the element is at rest, checks
 * what must always hold:
 *
 * 1. No uncaught error (window 'error', 'unhandledrejection').
 * 2. The view is a window (start ≤ end) and, with a story shown, overlaps the story's events and
 *    stays within them plus a margin (half their span, at least a month).
 * 3. No two drawn event labels (the title in each `[part~="event"]` mark) overlap.
 * 4. `el.selected`, the last `timeline-select` detail and what is shown agree: the detail panel
 *    (`[part~="detail"][data-event-id]`, in the timeline, the list or inline in the phone
 *    chronology) names the selection, and there is none without one; in story mode the story card
 *    names it (the title card when nothing is selected). A selection is always an event of the story.
 * 5. Focus: after a key (not Tab), a wheel, a pinch, or a press on something focusable inside the
 *    element, focus that was inside the element is still inside it (the element promises it never
 *    falls out because a render removed the focused node); a press on a focusable control leaves
 *    focus inside the element; after any step, focus is inside the element or on the body.
 * 6. With `sync-url`, `location.hash` has `event=<id>` for the selection, and none without one.
 *
 * Runs: VITE_FUZZ_RUNS (default 8) sequences of up to VITE_FUZZ_STEPS (default 10) steps, from
 * VITE_FUZZ_SEED (default below); VITE_FUZZ_PATH replays one failure as fast-check printed it. `npm run fuzz -- --runs N`
 * (scripts/fuzz.ts) runs longer. A failure prints the seed, the path and the shrunk sequence, and
 * the step log of that sequence with the broken invariant.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fc from 'fast-check';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import type { TimelineSelectDetail } from '../../src/timeline/events';
import { articleStory, atRest, labelOf, marks, nextFrame, overlaps, part, settle, shadow, until, viewport } from '../support/harness';
import { actionArbitrary, describeAction, play, type Action, type Played } from '../support/fuzz-actions';

// Vite hands the browser only VITE_-prefixed variables: VITE_FUZZ_RUNS=300 npx vitest run --project browser tests/timeline/fuzz.browser.test.ts
// (scripts/fuzz.ts sets them from --runs, --steps, --seed, --path).
const viteEnv = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};
const setting = (name: string) => viteEnv[`VITE_FUZZ_${name}`];
const num = (value: string | undefined, fallback: number) => (value !== undefined && value !== '' && Number.isFinite(Number(value)) ? Number(value) : fallback);

const RUNS = num(setting('RUNS'), 8);
const STEPS = num(setting('STEPS'), 10);
const SEED = num(setting('SEED'), 20250703);
const PATH = setting('PATH') || undefined;
/** VITE_FUZZ_SHRINK=0 stops at the first failure (fast-check's endOnFailure), without shrinking. */
const SHRINK = setting('SHRINK') !== '0';
const WITH_SRC = setting('SRC') !== '0';
/** VITE_FUZZ_VERBOSE=1 prints every sequence as it is played. */
const VERBOSE = setting('VERBOSE') === '1';

// ---------------------------------------------------------------------------------------------
// Uncaught errors, for the whole file.

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => {
  uncaught.push(`error: ${e.message}`);
  // Reported by the invariant (with the step that caused it), not by Vitest as an unrelated error.
  e.preventDefault();
};
const onRejection = (e: PromiseRejectionEvent) => {
  uncaught.push(`unhandledrejection: ${(e.reason as Error)?.stack ?? String(e.reason)}`);
  e.preventDefault();
};
beforeAll(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

// ---------------------------------------------------------------------------------------------
// One run: an element, its listeners, and the checks.

interface Run {
  el: HistoryTimeline;
  container: HTMLDivElement;
  /** The `id` of every timeline-select so far, in order. */
  selects: (string | null)[];
}

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

async function start(width: number, syncUrl: boolean): Promise<Run> {
  clearHash();
  window.scrollTo(0, 0);
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const el = document.createElement('history-timeline');
  if (syncUrl) el.setAttribute('sync-url', '');
  const selects: (string | null)[] = [];
  el.addEventListener('timeline-select', (e) => selects.push((e as CustomEvent<TimelineSelectDetail>).detail.id));
  el.story = structuredClone(articleStory);
  container.append(el);
  document.body.append(container);
  await until(() => shadow(el)?.querySelector('[part~="event"], [part~="cluster"], [part~="chronology"] [data-event-id]') != null, 'the timeline drew its events');
  await rest(el);
  return { el, container, selects };
}

/** At rest: Lit's updates done, no story loading, and the view still for a few frames. */
async function rest(el: HistoryTimeline): Promise<void> {
  await settle(el);
  await until(() => part(el, 'progress') === null, 'the story finished loading', 10_000);
  await atRest(el);
  await settle(el);
  await atRest(el, 3);
}

/** Real time of the story's events: from the first start to the last end (finite ends only). */
function extent(el: HistoryTimeline): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const e of el.events) {
    if (Number.isFinite(e.calendar.startMs)) start = Math.min(start, e.calendar.startMs);
    if (Number.isFinite(e.calendar.endMs)) end = Math.max(end, e.calendar.endMs);
  }
  return start < end ? { start, end } : null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const MONTH = 31 * 86_400_000;

function checkView(run: Run): void {
  const { el } = run;
  const view = el.view;
  if (!view) return;
  const start = Date.parse(view.start);
  const end = Date.parse(view.end);
  expect(Number.isFinite(start) && Number.isFinite(end), `view is readable: ${JSON.stringify(view)}`).toBe(true);
  expect(start <= end, `view start ≤ end: ${view.start} … ${view.end}`).toBe(true);
  const story = extent(el);
  if (!story) return;
  const shown = `view ${view.start} … ${view.end}, story ${iso(story.start)} … ${iso(story.end)}`;
  expect(start < story.end && end > story.start, `the view overlaps the story: ${shown}`).toBe(true);
  const margin = Math.max((story.end - story.start) / 2, MONTH);
  const within = start >= story.start - margin && end <= story.end + margin;
  expect(within, `the view stays within the story plus a margin: ${shown}`).toBe(true);
}

function checkLabels(el: HistoryTimeline): void {
  const vp = viewport(el);
  if (!vp || vp.hidden) return;
  const labels = marks(el)
    .map((mark) => ({ id: mark.dataset.eventId!, box: labelOf(mark).getBoundingClientRect() }))
    .filter((l) => l.box.width > 0 && l.box.height > 0);
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i], labels[j]];
      const where = (l: typeof a) => `${l.id} [${l.box.left.toFixed(1)}–${l.box.right.toFixed(1)} × ${l.box.top.toFixed(1)}–${l.box.bottom.toFixed(1)}]`;
      expect(overlaps(a.box, b.box), `labels overlap: ${where(a)} and ${where(b)}`).toBe(false);
    }
  }
}

function checkSelection(run: Run): void {
  const { el, selects } = run;
  const selected = el.selected;
  const last = selects.length ? selects[selects.length - 1] : null;
  expect(selected, `el.selected (${selected}) is the last timeline-select (${last}; all: ${selects.join(', ')})`).toBe(last);
  if (selected !== null) expect(el.events.some((e) => e.id === selected), `the selection "${selected}" is an event of the story`).toBe(true);
  if (el.viewMode === 'story') {
    const cards = [...shadow(el).querySelectorAll<HTMLElement>('[part~="story-card"]')];
    const names = cards.map((c) => c.dataset.eventId ?? `card:${c.dataset.card}`);
    if (!el.events.length) return;
    expect(names, `story mode shows the card of the selection (${selected ?? 'title card'})`).toContain(selected ?? 'card:title');
    return;
  }
  const details = [...shadow(el).querySelectorAll<HTMLElement>('[part~="detail"][data-event-id]')].map((d) => d.dataset.eventId);
  expect(details, `the detail panel shown names the selection (${selected})`).toEqual(selected === null ? [] : [selected]);
}

function checkFocus(run: Run, had: boolean, played: Played): void {
  const { el } = run;
  const active = document.activeElement;
  const inside = active === el;
  const describe = () => {
    const deep = shadow(el).activeElement;
    return `activeElement: ${active?.tagName.toLowerCase() ?? 'null'}${deep ? ` > ${deep.tagName.toLowerCase()}${deep.getAttribute('part') ? `[part=${deep.getAttribute('part')}]` : ''}` : ''}`;
  };
  expect(inside || active === document.body || active === null, `focus is inside the element or on the body (${describe()})`).toBe(true);
  if (had && played.keepsFocus) expect(inside, `focus stayed inside the element (${describe()})`).toBe(true);
  if (played.takesFocus) expect(inside, `the press left focus inside the element (${describe()})`).toBe(true);
}

function checkHash(run: Run, syncUrl: boolean): void {
  if (!syncUrl) return;
  const hash = decodeURIComponent(location.hash);
  const named = /(?:^#|&)(?:[^&:]*:)?event=([^&]*)/.exec(hash)?.[1] ?? null;
  expect(named, `location.hash (${location.hash || 'empty'}) names the selection (${run.el.selected})`).toBe(run.el.selected);
}

function checkUncaught(): void {
  expect(uncaught, 'no uncaught error').toEqual([]);
}

/** Plays one sequence; throws with the step log and the broken invariant. */
async function playSequence(width: number, syncUrl: boolean, steps: Action[]): Promise<void> {
  uncaught.length = 0;
  const log: string[] = [`mount(width=${width}, syncUrl=${syncUrl})`];
  let run: Run | null = null;
  try {
    run = await start(width, syncUrl);
    checkAll(run, syncUrl, false, { skipped: false, keepsFocus: false, takesFocus: false });
    for (const action of steps) {
      log.push(describeAction(action));
      const had = document.activeElement === run.el;
      const played = await play(run.el, run.container, action);
      if (played.skipped) log[log.length - 1] += ' (nothing to act on)';
      await rest(run.el);
      checkAll(run, syncUrl, had, played);
    }
    if (VERBOSE) console.log(`ok: ${log.join(' → ')}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n  after the steps:\n    ${log.join('\n    ')}`, { cause: error });
  } finally {
    run?.container.remove();
    // Focus, scroll and hash back to a clean page for the next run.
    (document.activeElement as HTMLElement | null)?.blur?.();
    clearHash();
    await nextFrame();
  }
}

function checkAll(run: Run, syncUrl: boolean, had: boolean, played: Played): void {
  checkUncaught();
  checkView(run);
  checkLabels(run.el);
  checkSelection(run);
  checkFocus(run, had, played);
  checkHash(run, syncUrl);
}

const scenario = fc.record({
  width: fc.constantFrom(1280, 400),
  syncUrl: fc.boolean(),
  steps: fc.array(actionArbitrary({ src: WITH_SRC }), { minLength: 1, maxLength: STEPS }),
});

test(`random use: ${RUNS} sequences of up to ${STEPS} steps keep every invariant (seed ${SEED})`, async () => {
  await fc.assert(
    fc.asyncProperty(scenario, ({ width, syncUrl, steps }) => playSequence(width, syncUrl, steps)),
    {
      seed: SEED,
      path: PATH,
      numRuns: RUNS,
      endOnFailure: !SHRINK,
      // Shrinking replays sequences in a real browser: bound it, and report the smallest found by then.
      interruptAfterTimeLimit: num(setting('TIME_LIMIT_MS'), Math.max(120_000, RUNS * 20_000)),
      markInterruptAsFailure: false,
    },
  );
}, 60 * 60_000);
