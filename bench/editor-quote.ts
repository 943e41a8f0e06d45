/**
 * `editor-quote` (issue 30): "New event from this quote" in a paragraph of 100,000 characters, in
 * headless Chromium, on bench/pages/editor.html over the built dist/history-timeline-editor.js. The
 * article's story with its twelfth paragraph made 100,000 characters long (prose, or Japanese with
 * no spaces; the same texts as the long-text bench) is chosen in "Open a file"; once it is drawn and
 * the page has been idle, words in the middle of that paragraph are selected (a DOM range, as a drag
 * leaves it) and the button is clicked. Timed in the page: from the click to the second animation
 * frame after the new event's title field has the focus (its form painted). `runs` fresh pages per
 * text; the median and the worst. Target: under 100 ms.
 */
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { closeContext, median, openPage, within } from './measure';
import { longTextStory, LONG_TEXT_CASES, LONG_TEXT_TARGET_MS } from './long-text';
import type { Outcome } from './report';
import type { StoryInput } from '../src/model/types';

/** The long-text cases whose paragraph is 100,000 characters: prose and Japanese. */
const CASES = LONG_TEXT_CASES.filter((c) => c.field === 'paragraph' && c.chars === 100_000);
/** How many characters of the paragraph are selected, from its middle. */
const QUOTE_CHARS = 40;

export interface EditorQuoteCaseResult extends Outcome {
  key: string;
  what: string;
  runsMs: number[];
  medianMs?: number;
  worstMs?: number;
  /** The drafted title of the new event, from the first run: what the person sees. */
  title?: string;
}

export interface EditorQuoteBenchResult extends Outcome {
  cases: EditorQuoteCaseResult[];
  pageErrors: string[];
}

async function quoteRun(browser: Browser, url: string, story: string, paragraphId: string, limitMs: number, pageErrors: string[]): Promise<{ ms: number; title: string }> {
  const opened = await openPage(browser, url, 30_000);
  try {
    const { page } = opened;
    return await within(limitMs, 'a new event from a quote in a long paragraph', async () => {
      const editor = page.locator('history-timeline-editor');
      await editor.locator('#text').waitFor({ state: 'visible', timeout: 0 });
      await page.evaluate((text) => {
        (window as any).benchFile = new File([text], 'long.story.json', { type: 'application/json' });
      }, story);
      await editor.locator('#file').evaluate((input: HTMLInputElement) => {
        const chosen = new DataTransfer();
        chosen.items.add((window as any).benchFile);
        input.files = chosen.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await editor.locator(`[data-paragraph-text="${paragraphId}"]`).waitFor({ timeout: 0 });
      // The person reads before selecting: the drafting worker has started and the page is idle.
      await page.waitForTimeout(1_000);
      await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 5_000 })));
      await page.evaluate(
        ({ paragraphId, chars }) => {
          const root = document.querySelector('history-timeline-editor')!.shadowRoot!;
          const words = root.querySelector(`[data-paragraph-text="${paragraphId}"]`)!;
          // The text node holding the paragraph's middle, scrolled into view as a person scrolls to the words they choose.
          const walker = document.createTreeWalker(words, NodeFilter.SHOW_TEXT);
          let at = Math.floor((words.textContent ?? '').length / 2);
          let node = walker.nextNode() as Text;
          while (at >= node.length - chars) {
            at -= node.length;
            node = walker.nextNode() as Text;
          }
          const range = document.createRange();
          range.setStart(node, Math.max(0, at));
          range.setEnd(node, Math.max(0, at) + chars);
          node.parentElement!.scrollIntoView({ block: 'center' });
          const selection = document.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
        },
        { paragraphId, chars: QUOTE_CHARS },
      );
      const button = editor.locator('.selection-bar button');
      await page.waitForFunction(() => !document.querySelector('history-timeline-editor')!.shadowRoot!.querySelector<HTMLButtonElement>('.selection-bar button')!.disabled, null, { timeout: 0 });
      await page.waitForTimeout(300);
      return button.evaluate(async (clicked: HTMLButtonElement) => {
        const root = clicked.getRootNode() as ShadowRoot;
        const cardsBefore = root.querySelectorAll('[data-candidate]').length;
        const t0 = performance.now();
        // The form is painted once its title field has the focus (the editor focuses it last); no named helpers here, as tsx would wrap them in __name.
        const field = new Promise<HTMLInputElement>((resolve) =>
          root.addEventListener('focusin', () => {
            const active = root.activeElement;
            if (active instanceof HTMLInputElement && active.matches('[data-candidate] h3 input') && root.querySelectorAll('[data-candidate]').length > cardsBefore) resolve(active);
          }),
        );
        clicked.click();
        const title = (await field).value;
        await (window as any).bench.twoFrames();
        return { ms: performance.now() - t0, title };
      });
    });
  } finally {
    pageErrors.push(...opened.pageErrors);
    await closeContext(opened.context);
  }
}

/** Prose and Japanese, `runs` fresh pages each. */
export async function measureEditorQuote(browser: Browser, origin: string, articlePath: string, runs: number, limitMs: number, log: (message: string) => void): Promise<EditorQuoteBenchResult> {
  const result: EditorQuoteBenchResult = { status: 'ok', cases: [], pageErrors: [] };
  const article = JSON.parse(readFileSync(articlePath, 'utf8')) as StoryInput;
  for (const c of CASES) {
    const { story } = longTextStory(article, c);
    const paragraphId = story.events[3].citations[0].paragraph;
    const entry: EditorQuoteCaseResult = { status: 'ok', key: c.key, what: c.what, runsMs: [] };
    result.cases.push(entry);
    try {
      for (let i = 1; i <= runs; i++) {
        const { ms, title } = await quoteRun(browser, `${origin}/pages/editor.html`, JSON.stringify(story), paragraphId, limitMs, result.pageErrors);
        entry.runsMs.push(ms);
        entry.title ??= title;
        log(`  editor-quote, ${c.what}, run ${i}/${runs}: ${ms.toFixed(1)} ms (title "${title.slice(0, 60)}")`);
      }
      entry.medianMs = median(entry.runsMs);
      entry.worstMs = Math.max(...entry.runsMs);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      Object.assign(entry, { status: /did not finish in/.test(message) ? 'dnf' : 'error', message });
      Object.assign(result, { status: entry.status, message: `${c.what}: ${message}` });
      log(`  editor-quote, ${c.what}: ${message}`);
    }
  }
  return result;
}

export const EDITOR_QUOTE_TARGET_MS = LONG_TEXT_TARGET_MS;
