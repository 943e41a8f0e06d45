import { afterEach, describe, expect, test } from 'vitest';
import axe from 'axe-core';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { articleStory, input, settle, shadow, unmountAll, until } from '../support/harness';
import { resetPageScheme, usePageScheme } from '../support/page-scheme';

/** The demo page's content (index.html), built in the test page. */
async function demoPage(): Promise<{ main: HTMLElement; el: HistoryTimeline }> {
  const main = document.createElement('main');
  const h1 = document.createElement('h1');
  h1.textContent = 'Russia recognizes the Taliban government: the background, 1992–2025';
  const lede = document.createElement('p');
  lede.textContent = 'Every event below comes from one news article and links back to the paragraph that reports it.';
  const el = document.createElement('history-timeline');
  el.story = structuredClone(articleStory);
  main.append(h1, lede, el);
  document.body.append(main);
  await until(() => (el.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) > 0, 'the demo drew its events');
  await settle(el);
  return { main, el };
}

async function violations(context: Element): Promise<string[]> {
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

let main: HTMLElement | undefined;
afterEach(async () => {
  main?.remove();
  main = undefined;
  unmountAll();
  // Leave the page as the next test file expects it: no declared scheme, no preference, full motion.
  await resetPageScheme();
  await input.emulateMedia({ colorScheme: null, reducedMotion: null });
});

describe('axe-core finds no violations on the demo page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: timeline, then with the detail, list and article open`, async () => {
      // No motion: axe samples colours where things are, not where they are moving to. The element is
      // transparent and follows the page's colour scheme (light-dark()), so the page declares it.
      await usePageScheme(scheme);
      await input.emulateMedia({ reducedMotion: 'reduce' });
      const page = await demoPage();
      main = page.main;
      expect(await violations(main)).toEqual([]);
      page.el.select('taliban-advance-through-southern-afghanistan');
      await settle(page.el);
      expect(shadow(page.el).querySelector('[part="detail"]')).not.toBeNull();
      expect(await violations(main)).toEqual([]);
      page.el.viewMode = 'both';
      page.el.showSource = true;
      await settle(page.el);
      const show = [...shadow(page.el).querySelectorAll('button')].find((b) => b.textContent === 'Show in the article')!;
      show.click();
      await until(() => shadow(page.el).querySelector('[part="source"] mark') !== null, 'the article shows the quote highlighted');
      await settle(page.el);
      expect(await violations(main)).toEqual([]);
    });
  }
});
