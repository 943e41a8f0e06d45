/**
 * `journalist` (issue 24): a scripted journalist on the editor page (bench/pages/editor.html over
 * the built dist/history-timeline-editor.js), from pasting a ten-event article to an exported web
 * page, counting every click and keystroke: click the article box and paste (Ctrl+V); the title,
 * publisher, the article's URL (pasted, as copied from the browser) and publication date; Draft
 * events; two fixes (two headlines retitled in place); a picture for the first event (its web
 * address pasted, its alt text typed), as the round's journalist trials added one; Accept all
 * ready, then Accept on each card it left to review; Export web page. Targets: at most 25 clicks,
 * and no typing beyond the form fields and the two fixes (pastes aside). The exported page is
 * checked to hold the ten events and the picture.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator } from 'playwright-core';
import { closeContext, openPage, within } from './measure';
import type { Outcome } from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The ten-event article: one of the drafting corpus, published on 12 June 2024. */
export const JOURNALIST_ARTICLE = 'tests/fixtures/draft-corpus/trade-deal.article.txt';
/** At most 25 clicks; beyond the form fields and the fixes, no keystroke but the pastes' Ctrl+V. */
export const JOURNALIST_TARGETS = { clicks: 25, otherKeys: 0 };
const FORM = {
  title: 'Ministers sign long-delayed trade pact',
  publisher: 'The Northern Courier',
  url: 'https://news.example.org/2024/06/12/ministers-sign-trade-pact',
  published: { typed: '06122024', value: '2024-06-12' },
};
/** The first event's picture: an address on the bench's own server (so its thumbnail loads offline), copied, and the alt text typed. */
const PICTURE = { path: '/pages/picture.svg', alt: 'Two ministers shake hands over the signed pact' };
/** The two fixes: headlines a journalist would sharpen, and what they type instead. */
const FIXES: [drafted: string, typed: string][] = [
  ['Negotiations open', 'Trade talks open'],
  ['Freeze begins', 'Trade talks freeze'],
];

export interface JournalistBenchResult extends Outcome {
  clicks?: number;
  /** Keystrokes by what they were for: the form fields (the alt text too), the two fixes, the pastes' Ctrl+V, anything else. */
  keys?: { fields: number; fixes: number; pastes: number; other: number };
  events?: number;
  /** Drafted titles kept as they were, of the events exported. */
  keptAsDrafted?: number;
  exported?: string;
  pageErrors?: string[];
}

/** Runs the journalist once (the counts are the script's, the same every run). */
export async function measureJournalist(browser: Browser, origin: string, limitMs: number, log: (message: string) => void): Promise<JournalistBenchResult> {
  const article = readFileSync(join(ROOT, JOURNALIST_ARTICLE), 'utf8');
  const opened = await openPage(browser, `${origin}/pages/editor.html`, 30_000);
  const result: JournalistBenchResult = { status: 'ok', clicks: 0, keys: { fields: 0, fixes: 0, pastes: 0, other: 0 }, pageErrors: [] };
  const keys = result.keys!;
  try {
    await within(limitMs, 'the journalist', async () => {
      const { page, context } = opened;
      const editor = page.locator('history-timeline-editor');
      const click = async (target: Locator) => {
        await target.click();
        result.clicks!++;
      };
      const type = async (text: string, as: keyof typeof keys) => {
        await page.keyboard.type(text);
        keys[as] += text.length;
      };
      const press = async (key: string, as: keyof typeof keys) => {
        await page.keyboard.press(key);
        keys[as]++;
      };
      await editor.locator('#text').waitFor({ state: 'visible', timeout: 0 });

      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      // Copied elsewhere (the article's page, its address bar, the picture desk), then pasted here.
      const paste = async (text: string) => {
        await page.evaluate((copied) => navigator.clipboard.writeText(copied), text);
        await press('ControlOrMeta+V', 'pastes');
      };
      await click(editor.locator('#text'));
      await paste(article);
      if ((await editor.locator('#text').inputValue()).trim() !== article.trim()) throw new Error('the paste did not bring the article into the text box');
      await click(editor.getByLabel('Title', { exact: true }));
      await type(FORM.title, 'fields');
      await click(editor.getByLabel('Publisher'));
      await type(FORM.publisher, 'fields');
      await click(editor.getByLabel('URL'));
      await paste(FORM.url);
      await click(editor.getByLabel('Publication date'));
      await type(FORM.published.typed, 'fields');
      if ((await editor.getByLabel('Publication date').inputValue()) !== FORM.published.value) throw new Error('the publication date was not typed as a day');
      await click(editor.getByRole('button', { name: 'Draft events' }));
      const cards = editor.locator('[data-candidate]');
      await cards.first().waitFor({ timeout: 0 });
      const drafted = await cards.locator('h3').allInnerTexts();
      for (const [title, typed] of FIXES) {
        await click(cards.filter({ has: page.locator('h3', { hasText: new RegExp(`^\\s*${title}\\s*$`) }) }).locator('h3 button'));
        await type(typed, 'fixes');
        await press('Enter', 'fixes');
      }
      const pictured = cards.first();
      await click(pictured.locator('summary', { hasText: 'Edit this event' }));
      await click(pictured.getByLabel('Picture address (URL)'));
      await paste(`${origin}${PICTURE.path}`);
      await click(pictured.getByLabel('Alt text (required)'));
      await type(PICTURE.alt, 'fields');
      // The button counts the cards once the draft worker has read their titles; a person sees it come.
      const acceptReady = editor.locator('#accept-ready');
      await acceptReady.waitFor({ timeout: 10_000 }).then(() => click(acceptReady), () => {});
      for (let i = 0; i < drafted.length; i++) {
        const accept = cards.nth(i).getByRole('button', { name: 'Accept' });
        if ((await accept.getAttribute('aria-pressed')) !== 'true') await click(accept);
      }
      const download = page.waitForEvent('download');
      await click(editor.getByRole('button', { name: 'Export web page' }));
      const file = await download;
      const html = readFileSync((await file.path())!, 'utf8');
      result.exported = file.suggestedFilename();
      result.events = (html.match(/<li data-event-id=/g) ?? []).length;
      if (!html.includes(`${origin}${PICTURE.path}`)) throw new Error('the exported page does not hold the picture');
      const exported = await editor.evaluate((el) => (el as unknown as { story: { events: { title: string }[] } }).story.events.map((e) => e.title));
      result.keptAsDrafted = exported.filter((t) => drafted.map((d) => d.trim()).includes(t)).length;
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    Object.assign(result, { status: /did not finish in/.test(message) ? 'dnf' : 'error', message });
  } finally {
    result.pageErrors = opened.pageErrors;
    await closeContext(opened.context);
  }
  log(
    result.status === 'ok'
      ? `  journalist: ${result.clicks} clicks; keystrokes ${keys.fields} in the form fields, ${keys.fixes} in two fixes, ${keys.pastes} pastes, ${keys.other} else; exported ${result.exported} with ${result.events} events (${result.keptAsDrafted} titles as drafted)`
      : `  journalist: ${result.message}`,
  );
  return result;
}
