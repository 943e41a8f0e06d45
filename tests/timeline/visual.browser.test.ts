/**
 * Visual regression: the article at 1280 px and at 360 px, light and dark, in the states a reader
 * meets — the full view, zoomed into August 2021, an event open, the list, the article view, the
 * phone chronology, and story mode's title card and an event card at both widths. Baselines live in __screenshots__/ beside this file; after an
 * intended change to how something looks, look at the diff, then run with -u to accept it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { articleStory, atRest, until, zoomAndWait } from '../support/harness';
import { resetPageScheme, usePageScheme } from '../support/page-scheme';
import { commands } from 'vitest/browser';

const containers: HTMLElement[] = [];
afterEach(async () => {
  for (const c of containers.splice(0)) c.remove();
  await resetPageScheme();
  await commands.emulateMedia({ reducedMotion: null });
  // The other test files run in this window at the configured 1280 × 800.
  await page.viewport(1280, 800);
});

let shown = 0;

/**
 * A timeline `width` px wide with the article, at rest, with motion reduced so nothing is mid-move.
 * Screenshots take its container by a test id of its own: other test files may leave timelines on
 * the page, and a locator by tag would find theirs.
 */
async function show(width: number, scheme: 'light' | 'dark', attributes: Record<string, string> = {}): Promise<{ el: HistoryTimeline; box: ReturnType<typeof page.getByTestId> }> {
  await usePageScheme(scheme);
  await commands.emulateMedia({ reducedMotion: 'reduce' });
  await page.viewport(Math.max(width + 40, 400), 1100);
  const container = document.createElement('div');
  container.dataset.testid = `visual-${++shown}`;
  container.style.width = `${width}px`;
  container.style.padding = '8px';
  // Fixed at the window's top left, on a background of its own: what other test files left on the
  // page (scrolling, other elements) cannot move or show through the picture.
  // Important, so no page rule another test file left behind (the hostile-stylesheet tests) reaches them.
  const fix = (node: HTMLElement, styles: Record<string, string>) => {
    for (const [name, value] of Object.entries(styles)) node.style.setProperty(name, value, 'important');
  };
  fix(container, {
    position: 'absolute', top: '0', left: '0', 'z-index': '2147483647', margin: '0', padding: '8px', border: '0',
    width: `${width}px`, 'box-sizing': 'content-box', background: scheme === 'dark' ? '#15191e' : '#ffffff',
  });
  window.scrollTo(0, 0);
  // Whatever language or direction another test file left on the page, these pictures are English, left to right.
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
  history.replaceState(null, '', location.pathname + location.search);
  const el = document.createElement('history-timeline');
  el.setAttribute('lang', 'en');
  el.setAttribute('dir', 'ltr');
  fix(el, { margin: '0', padding: '0', border: '0', display: 'block', 'font-size': '16px' });
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.story = structuredClone(articleStory);
  container.append(el);
  document.body.append(container);
  containers.push(container);
  await until(() => el.shadowRoot?.querySelector('[data-event-id]') != null, 'the timeline drew');
  if (el.view) await atRest(el);
  await el.updateComplete;
  return { el, box: page.getByTestId(container.dataset.testid) };
}

// Up to 3% of pixels may differ: text antialiasing shifts a little with what ran before in the same
// browser (about 1% after the fuzz test); a layout or colour change moves far more than that.
const shot = { comparatorName: 'pixelmatch' as const, comparatorOptions: { allowedMismatchedPixelRatio: 0.03 } };

describe('the article, as a reader sees it', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`1280 px, ${scheme}: the full view, August 2021, an event open`, async () => {
      const { el, box } = await show(1280, scheme);
      await expect.element(box).toMatchScreenshot(`full-1280-${scheme}`, shot);
      await zoomAndWait(el, '2021-08', '2021-09');
      await expect.element(box).toMatchScreenshot(`august-2021-1280-${scheme}`, shot);
      el.select('taliban-seize-power');
      await atRest(el);
      await expect.element(box).toMatchScreenshot(`detail-1280-${scheme}`, shot);
    });

    test(`1280 px, ${scheme}: the list and the article`, async () => {
      const { box } = await show(1280, scheme, { 'view-mode': 'list', 'show-source': '' });
      await expect.element(box).toMatchScreenshot(`list-article-1280-${scheme}`, shot);
    });

    test(`1280 px, ${scheme}: story mode's title card and an event card`, async () => {
      const { el, box } = await show(1280, scheme, { 'view-mode': 'story' });
      await expect.element(box).toMatchScreenshot(`story-title-1280-${scheme}`, shot);
      el.select('taliban-seize-power');
      await until(() => el.shadowRoot?.querySelector('[part~="story-card"]')?.getAttribute('data-event-id') === 'taliban-seize-power', 'the event card shows');
      await atRest(el);
      await expect.element(box).toMatchScreenshot(`story-card-1280-${scheme}`, shot);
    });

    test(`360 px, ${scheme}: story mode's title card`, async () => {
      const { box } = await show(360, scheme, { 'view-mode': 'story' });
      await expect.element(box).toMatchScreenshot(`story-title-360-${scheme}`, shot);
    });

    test(`360 px, ${scheme}: the phone chronology with an event open, and story mode`, async () => {
      const { el, box } = await show(360, scheme);
      el.select('taliban-capture-kabul');
      await el.updateComplete;
      await expect.element(box).toMatchScreenshot(`chronology-360-${scheme}`, shot);
      el.viewMode = 'story';
      await until(() => el.shadowRoot?.querySelector('[part~="story-card"]') != null, 'story mode shows a card');
      await el.updateComplete;
      await expect.element(box).toMatchScreenshot(`story-360-${scheme}`, shot);
    });
  }
});

describe('the article in a Persian element', () => {
  test('1280 px, light: right to left, the English story text isolated, an event open', async () => {
    const { el, box } = await show(1280, 'light', { lang: 'fa', dir: 'rtl' });
    el.select('taliban-advance-through-southern-afghanistan');
    await atRest(el);
    await expect.element(box).toMatchScreenshot('persian-1280-light', shot);
  });
});
