/**
 * `--sizes search-N` (issue 11): in a page where <history-timeline> has drawn a synthetic story of N
 * events and gone idle (it indexes the story for search in idle time), type a growing query one
 * character at a time into its search field (`part="search"`), with real key input; once with the
 * whole story in view (clusters only at 100,000 events) and once zoomed to a month (marks drawn, the
 * ones that do not match dimmed with `data-match="false"`), each on its own fresh pages. Timed per
 * keystroke, in the page: from the keydown's timestamp to the second animation frame after the
 * element shows that query with the expected number of matches in its announcement (the frame
 * after the one that painted the result). Target: ≤ 50 ms a keystroke.
 */
import type { Browser } from 'playwright-core';
import { closeContext, firstRender, median, openPage, prepare, within, type OpenedPage } from './measure';
import type { Outcome, TargetRow } from './report';
import type { StoryInput } from '../src/model/types';

export const SEARCH_TARGET_MS = 50;
/** A place name of the synthetic story, typed a letter at a time: "n" matches most events, the whole word a few. */
export const SEARCH_QUERY = 'novigrad';
/** Pause between keystrokes, after the last one's result is painted: a quick typist. */
const KEY_PAUSE_MS = 100;
/** The views typed in: what the element shows when the search runs (`zoomTo` arguments, or none). */
export const SEARCH_VIEWS: { name: string; window: [string, string] | null }[] = [
  { name: 'whole story in view', window: null },
  { name: 'zoomed to June 2000', window: ['2000-06', '2000-06'] },
];

export interface Keystroke {
  query: string;
  ms: number;
  matches: number;
  /** What the element announced, and its marks (dimmed ones) in the frame that was timed. */
  said: string;
  marks: number;
  dimmed: number;
}

export interface SearchRun {
  /** Whether the page went idle (the search index built) before the first keystroke. */
  idle: boolean;
  keys: Keystroke[];
}

export interface SearchViewResult {
  name: string;
  runs: SearchRun[];
  medianMs?: number;
  maxMs?: number;
  firstKeyMs?: number;
}

export interface SearchBenchResult extends Outcome {
  key: string;
  events: number;
  query: string;
  views: SearchViewResult[];
  pageErrors: string[];
}

/**
 * How many events match a one-word lower-case ASCII query, worked out here rather than in the
 * element: in its title, summary or quotes, or in a paragraph it cites (model/search.ts's rule for
 * such a query on an ASCII story, where folding is lower-casing).
 */
export function expectedMatches(story: StoryInput, query: string): number {
  const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
  const paragraphs = new Map(story.sources.flatMap((s) => s.paragraphs.map((p) => [`${s.id}\u0000${p.id}`, fold(p.text)] as const)));
  return story.events.filter((event) => {
    const own = fold([event.title, event.summary ?? '', ...event.citations.map((c) => c.quote)].join(' '));
    return own.includes(query) || event.citations.some((c) => paragraphs.get(`${c.source}\u0000${c.paragraph}`)?.includes(query));
  }).length;
}

async function searchRun(opened: OpenedPage, dataUrl: string, story: StoryInput, view: [string, string] | null, limitMs: number): Promise<SearchRun> {
  const { page } = opened;
  await prepare(page, dataUrl, limitMs);
  await firstRender(page, limitMs);
  if (view) {
    const zoomed = await page.evaluate(async ([start, end]) => {
      const el = document.querySelector('history-timeline') as any;
      if (!el.zoomTo(start, end)) return false;
      await el.updateComplete;
      await (window as any).bench.twoFrames();
      return true;
    }, view);
    if (!zoomed) throw new Error(`zoomTo(${view.join(', ')}) did not change the view`);
  }
  await page.addScriptTag({ url: '/pages/search.js' });
  const idle: boolean = await within(limitMs, 'waiting for the page to go idle', () => page.evaluate(() => (window as any).benchSearch.idle(5, 20_000)));
  await page.locator('history-timeline [part="search"]').focus();
  const keys: Keystroke[] = [];
  for (let i = 1; i <= SEARCH_QUERY.length; i++) {
    const query = SEARCH_QUERY.slice(0, i);
    const matches = expectedMatches(story, query);
    await page.evaluate(([q, n]) => (window as any).benchSearch.arm(q, n), [query, matches] as const);
    await page.keyboard.type(query.slice(-1));
    const shown: Omit<Keystroke, 'query' | 'matches'> = await within(limitMs, `the search for "${query}"`, () => page.evaluate(() => (window as any).benchSearch.result())).catch(async (error) => {
      const seen = await page.evaluate(() => (window as any).benchSearch.seen).catch(() => null);
      throw new Error(`${error instanceof Error ? error.message : error} (expected ${matches} matches; the element said ${JSON.stringify(seen)})`);
    });
    keys.push({ query, matches, ...shown });
    await page.waitForTimeout(KEY_PAUSE_MS);
  }
  return { idle, keys };
}

/** `runs` fresh pages, each typing SEARCH_QUERY. */
export async function measureSearch(
  browser: Browser,
  pageUrl: string,
  dataUrl: string,
  key: string,
  story: StoryInput,
  runs: number,
  limitMs: number,
  log: (message: string) => void,
): Promise<SearchBenchResult> {
  const result: SearchBenchResult = { status: 'ok', key, events: story.events.length, query: SEARCH_QUERY, views: SEARCH_VIEWS.map((v) => ({ name: v.name, runs: [] })), pageErrors: [] };
  try {
    for (let i = 1; i <= runs; i++) {
      for (const [v, view] of SEARCH_VIEWS.entries()) {
        const opened = await openPage(browser, pageUrl, 30_000);
        try {
          const run = await searchRun(opened, dataUrl, story, view.window, limitMs);
          result.views[v].runs.push(run);
          log(
            `  search, ${view.name}, run ${i}/${runs}${run.idle ? '' : ' (the page did not go idle first)'}: ` +
              `${run.keys.map((k) => `"${k.query}" ${k.ms.toFixed(1)} ms (${k.matches}; ${k.dimmed}/${k.marks} marks dimmed)`).join(', ')}`,
          );
        } finally {
          result.pageErrors.push(...opened.pageErrors);
          await closeContext(opened.context);
        }
      }
    }
    for (const view of result.views) {
      const all = view.runs.flatMap((r) => r.keys.map((k) => k.ms));
      view.medianMs = median(all);
      view.maxMs = Math.max(...all);
      view.firstKeyMs = median(view.runs.map((r) => r.keys[0].ms));
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    Object.assign(result, { status: /did not finish in/.test(message) ? 'dnf' : 'error', message });
    log(`  search: ${message}`);
  }
  return result;
}

/** The rows of the search table, one group per view, for report.ts. */
export function searchRows(r: SearchBenchResult, notes: string[]): { what: string; rows: TargetRow[] }[] {
  const groups = r.views.map((view) => {
    const what = `Search at ${r.events.toLocaleString('en-US')} events, ${view.name}: type "${r.query}"`;
    const keystrokes = view.runs.reduce((sum, run) => sum + run.keys.length, 0);
    const rows: TargetRow[] = [
      { figure: `Keystroke to painted matches (median of ${keystrokes} keystrokes, ${view.runs.length} pages)`, unit: 'ms', target: SEARCH_TARGET_MS, value: view.medianMs, outcome: r },
      { figure: `Keystroke to painted matches (slowest of ${keystrokes})`, unit: 'ms', target: SEARCH_TARGET_MS, value: view.maxMs, outcome: r },
      { figure: `First keystroke on a page (median of ${view.runs.length})`, unit: 'ms', value: view.firstKeyMs, outcome: r },
    ];
    if (view.runs.length) {
      const byQuery = view.runs[0].keys.map((k, i) => {
        const times = view.runs.map((run) => run.keys[i]?.ms).filter((ms): ms is number => typeof ms === 'number');
        return `"${k.query}" ${median(times).toFixed(1)} ms (${k.matches.toLocaleString('en-US')} matches, ${k.dimmed} of ${k.marks} marks drawn dimmed)`;
      });
      notes.push(`${what}: median by query: ${byQuery.join(', ')}.`);
      const notIdle = view.runs.filter((run) => !run.idle).length;
      if (notIdle) notes.push(`${what}: ${notIdle} of ${view.runs.length} pages did not go idle within 20 s before the first keystroke, so it may include finishing the search index.`);
    }
    return { what, rows };
  });
  const what = `Search at ${r.events.toLocaleString('en-US')} events`;
  if (r.status !== 'ok') notes.push(`${what}: ${r.message ?? 'failed'}`);
  if (r.pageErrors.length) notes.push(`${what}: ${r.pageErrors.length} page error(s), first: ${r.pageErrors[0].slice(0, 300)}`);
  return groups;
}
