/**
 * `--sizes long-text` (issue 30): the article's story with one event's title, or one cited
 * paragraph, made huge, as a careless or hostile author could write it. Each case on fresh pages of
 * ours.html, `runs` times, median: the first render (story set to the second animation frame after
 * the draw), and for a paragraph, selecting the event that cites it one second after that first
 * frame, as a reader would (`select()` to the second frame after the detail panel shows its quote) and its "Show in the article" (click to the second frame
 * after the source view shows the paragraph). Targets: under 100 ms for selecting and the source
 * view at 100,000 characters; a longer paragraph is refused by name, so nothing is timed for it.
 */
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { closeContext, median, openPage, within } from './measure';
import type { Outcome, TargetRow } from './report';
import type { StoryInput } from '../src/model/types';

export const LONG_TEXT_TARGET_MS = 100;

/** Text written as a careless or hostile author could: one word, prose, or Japanese (no spaces; kanji and kana are costly to shape). */
const TEXTS = {
  word: (n: number) => 'x'.repeat(n),
  prose: (n: number) => 'The quick brown fox jumps over the lazy dog. '.repeat(Math.ceil(n / 45)).slice(0, n),
  japanese: (n: number) => 'ロシアはタリバン政権を承認した。'.repeat(Math.ceil(n / 16)).slice(0, n),
};

export interface LongTextCase {
  key: string;
  what: string;
  /** Where the long text goes: the title of the article's fourth event, or the paragraph its first citation cites. */
  field: 'title' | 'paragraph';
  text: keyof typeof TEXTS;
  chars: number;
  viewMode?: 'story';
}

export const LONG_TEXT_CASES: LongTextCase[] = [
  { key: 'title-100k', what: 'a 100,000-character title (one word)', field: 'title', text: 'word', chars: 100_000 },
  { key: 'title-1m', what: 'a 1,000,000-character title (one word)', field: 'title', text: 'word', chars: 1_000_000 },
  { key: 'title-1m-story', what: 'a 1,000,000-character title (one word), story mode', field: 'title', text: 'word', chars: 1_000_000, viewMode: 'story' },
  { key: 'title-100k-japanese', what: 'a 100,000-character title (Japanese)', field: 'title', text: 'japanese', chars: 100_000 },
  { key: 'paragraph-100k', what: 'a cited paragraph of 100,000 characters (prose)', field: 'paragraph', text: 'prose', chars: 100_000 },
  { key: 'paragraph-100k-japanese', what: 'a cited paragraph of 100,000 characters (Japanese)', field: 'paragraph', text: 'japanese', chars: 100_000 },
  { key: 'paragraph-5m', what: 'a cited paragraph of 5,000,000 characters (prose)', field: 'paragraph', text: 'prose', chars: 5_000_000 },
];

export interface LongTextRun {
  renderMs: number;
  /** Null when the event could not be selected (its citation was refused). */
  selectMs: number | null;
  sourceMs: number | null;
  /** What the element reported: how many problems, and the first. */
  problems: number;
  firstProblem: string | null;
}

export interface LongTextCaseResult extends Outcome {
  key: string;
  what: string;
  runs: LongTextRun[];
  renderMs?: number;
  selectMs?: number;
  sourceMs?: number;
}

export interface LongTextBenchResult extends Outcome {
  cases: LongTextCaseResult[];
  pageErrors: string[];
}

/** The article's story with the case's long text in place, and the id of the event that carries or cites it. */
export function longTextStory(article: StoryInput, c: LongTextCase): { story: StoryInput; eventId: string } {
  const story = structuredClone(article);
  const event = story.events[3];
  if (c.field === 'title') event.title = TEXTS[c.text](c.chars);
  else {
    const citation = event.citations[0];
    const paragraph = story.sources.find((s) => s.id === citation.source)!.paragraphs.find((p) => p.id === citation.paragraph)!;
    // The quote stays where it was, after the long text (the detail panel highlights it near the end); the whole paragraph is `chars` long.
    paragraph.text = `${TEXTS[c.text](c.chars - paragraph.text.length - 1)} ${paragraph.text}`;
  }
  return { story, eventId: event.id };
}

async function runCase(browser: Browser, pageUrl: string, dataUrl: string, c: LongTextCase, eventId: string, limitMs: number, pageErrors: string[]): Promise<LongTextRun> {
  const opened = await openPage(browser, pageUrl, 30_000);
  try {
    const { page } = opened;
    return await within(limitMs, c.what, () =>
      page.evaluate(
        async ({ dataUrl, eventId, viewMode }) => {
          const bench = (window as any).bench;
          const story = await bench.loadJson(dataUrl);
          const problems: { path: string; message: string }[] = [];
          const el = document.createElement('history-timeline') as any;
          el.setAttribute('style', 'display:block;width:1280px');
          if (viewMode) el.setAttribute('view-mode', viewMode);
          el.addEventListener('timeline-error', (e: CustomEvent) => problems.push(...e.detail.problems));
          document.body.append(el);
          await el.updateComplete;
          await bench.twoFrames();
          let t0 = performance.now();
          el.story = story;
          await el.updateComplete;
          await bench.twoFrames();
          const renderMs = performance.now() - t0;
          let selectMs: number | null = null;
          let sourceMs: number | null = null;
          if (!viewMode) {
            // A reader clicks after the page has settled: the later parts (the excerpt among them) load
            // in that second, and selecting at once would time their download and compile, not the select.
            await new Promise((settled) => setTimeout(settled, 1000));
            t0 = performance.now();
            if (el.select(eventId)) {
              await el.updateComplete;
              await bench.twoFrames();
              selectMs = performance.now() - t0;
              const show = [...el.shadowRoot.querySelectorAll('[part~="detail"] button')].find((b: Element) => /Show in the article/.test(b.textContent ?? '')) as HTMLElement | undefined;
              if (show) {
                t0 = performance.now();
                show.click();
                await el.updateComplete;
                await bench.twoFrames();
                sourceMs = performance.now() - t0;
              }
            }
          }
          return { renderMs, selectMs, sourceMs, problems: problems.length, firstProblem: problems[0] ? `${problems[0].path}: ${problems[0].message}` : null };
        },
        { dataUrl, eventId, viewMode: c.viewMode ?? null },
      ),
    );
  } finally {
    pageErrors.push(...opened.pageErrors);
    await closeContext(opened.context);
  }
}

/** Every case, `runs` fresh pages each; `put` serves a story at `/data/<name>`. */
export async function measureLongText(
  browser: Browser,
  pageUrl: string,
  articlePath: string,
  put: (name: string, body: string) => void,
  runs: number,
  limitMs: number,
  log: (message: string) => void,
  keys: readonly string[] = LONG_TEXT_CASES.map((c) => c.key),
): Promise<LongTextBenchResult> {
  const result: LongTextBenchResult = { status: 'ok', cases: [], pageErrors: [] };
  const article = JSON.parse(readFileSync(articlePath, 'utf8')) as StoryInput;
  for (const c of LONG_TEXT_CASES.filter((x) => keys.includes(x.key))) {
    const { story, eventId } = longTextStory(article, c);
    put(`long-text-${c.key}.story.json`, JSON.stringify(story));
    const entry: LongTextCaseResult = { status: 'ok', key: c.key, what: c.what, runs: [] };
    result.cases.push(entry);
    try {
      for (let i = 1; i <= runs; i++) {
        const run = await runCase(browser, pageUrl, `/data/long-text-${c.key}.story.json`, c, eventId, limitMs, result.pageErrors);
        entry.runs.push(run);
        const ms = (v: number | null) => (v === null ? '–' : `${v.toFixed(1)} ms`);
        log(`  ${c.what}, run ${i}/${runs}: render ${ms(run.renderMs)}, select ${ms(run.selectMs)}, source view ${ms(run.sourceMs)}; ${run.problems} problem(s)${run.firstProblem ? `, first: ${run.firstProblem.slice(0, 160)}` : ''}`);
      }
      const mid = (values: (number | null)[]) => {
        const measured = values.filter((v): v is number => v !== null);
        return measured.length ? median(measured) : undefined;
      };
      entry.renderMs = mid(entry.runs.map((r) => r.renderMs));
      entry.selectMs = mid(entry.runs.map((r) => r.selectMs));
      entry.sourceMs = mid(entry.runs.map((r) => r.sourceMs));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      Object.assign(entry, { status: /did not finish in/.test(message) ? 'dnf' : 'error', message });
      log(`  ${c.what}: ${message}`);
      // A page stuck in layout may not close: the next case needs a renderer of its own.
      if (entry.status === 'dnf') Object.assign(result, { status: 'dnf', message: `${c.what}: ${message}` });
    }
  }
  return result;
}

/** The rows of the long-text table, one group per case, for report.ts. */
export function longTextRows(r: LongTextBenchResult, notes: string[]): { what: string; rows: TargetRow[] }[] {
  return r.cases.map((c) => {
    const what = `The article's story with ${c.what}`;
    const n = c.runs.length;
    const rows: TargetRow[] = [{ figure: `First render (median of ${n})`, unit: 'ms', value: c.renderMs, outcome: c }];
    if (c.key.startsWith('paragraph')) {
      const refused = n > 0 && c.runs.every((run) => run.selectMs === null);
      const target = refused ? undefined : LONG_TEXT_TARGET_MS;
      rows.push(
        { figure: `Select its event to the detail drawn (median of ${n})`, unit: 'ms', target, value: c.selectMs, outcome: c, ...(refused ? { text: 'refused' } : {}) },
        { figure: `"Show in the article" to the source view drawn (median of ${n})`, unit: 'ms', target, value: c.sourceMs, outcome: c, ...(refused ? { text: 'refused' } : {}) },
      );
    }
    const said = c.runs.find((run) => run.firstProblem)?.firstProblem;
    if (said) notes.push(`${what}: the element reported ${c.runs[0].problems} problem(s), first: ${said.slice(0, 300)}`);
    if (c.status !== 'ok') notes.push(`${what}: ${c.message ?? 'failed'}`);
    return { what, rows };
  });
}
