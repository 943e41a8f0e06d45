/**
 * Right to left with a left-to-right story: in a Persian or Arabic element showing the English
 * article, every piece of story text sits in an isolate (<bdi> or dir="auto"), so its punctuation
 * keeps its order, and phrases around it come from the language's own patterns.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { detail, mount, mountNarrow, part, settle, shadow, unmountAll, until } from '../support/harness';

afterEach(unmountAll);

/** Story text here is English: in a Persian or Arabic element, Latin letters come from the story alone. */
const LATIN = /[A-Za-z]/;

function isolated(node: Node, root: ShadowRoot): boolean {
  for (let n = node.parentElement; n && n !== root.host; n = n.parentElement) {
    if (n.localName === 'bdi' || n.getAttribute('dir') === 'auto') return true;
    if (n.parentNode === root) break;
  }
  return false;
}

/** The story texts shown in the element that are not in an isolate, each with its parent's class. */
function unisolatedStoryText(el: HistoryTimeline): string[] {
  const root = shadow(el);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // The keys' hint names keys ("Home", "+"), not story text.
    if (!parent || parent.closest('style, svg, #viewport-keys') || !LATIN.test(node.textContent!)) continue;
    if (!isolated(node, root)) found.push(`${parent.localName}.${parent.className || parent.getAttribute('part') || ''}: "${node.textContent!.trim().slice(0, 50)}"`);
  }
  return found;
}

/** An isolate holding English text reads left to right inside the right-to-left element. */
function expectIsolatesReadLeftToRight(el: HistoryTimeline): void {
  const isolates = [...shadow(el).querySelectorAll('bdi, [dir="auto"]')].filter((n) => LATIN.test(n.textContent!) && !/[\u0600-\u06FF]/.test(n.textContent!));
  expect(isolates.length).toBeGreaterThan(10);
  for (const n of isolates) expect(getComputedStyle(n).direction, n.textContent!.slice(0, 40)).toBe('ltr');
}

describe('an English story in a right-to-left element: every story text in an isolate', () => {
  for (const lang of ['fa', 'ar']) {
    test(`lang="${lang}": marks, eras, bands, legend, list, detail, article view and announcements`, async () => {
      const el = await mount({ width: 1280, attributes: { lang } });
      await until(() => part(el, 'base')?.getAttribute('dir') === 'rtl', 'right to left');
      expect(unisolatedStoryText(el), 'the timeline').toEqual([]);
      el.select('russia-recognizes-taliban-government');
      el.viewMode = 'both';
      el.showSource = true;
      await settle(el);
      await until(() => detail(el) !== null && part(el, 'source-view') !== null, 'the detail and the article opened');
      expect(unisolatedStoryText(el), 'with the list, the detail and the article').toEqual([]);
      expectIsolatesReadLeftToRight(el);
    });

    test(`lang="${lang}": the phone chronology, story mode and search`, async () => {
      const el = await mountNarrow(360, { lang });
      expect(unisolatedStoryText(el), 'the chronology').toEqual([]);
      el.select('taliban-seize-power');
      await settle(el);
      expect(unisolatedStoryText(el), 'the chronology with an event open').toEqual([]);
      el.viewMode = 'story';
      await settle(el);
      expect(unisolatedStoryText(el), 'story mode').toEqual([]);
      el.viewMode = 'timeline';
      el.search = 'Kabul';
      await settle(el);
      await until(() => (shadow(el).querySelector('.live')?.parentElement?.textContent ?? '').length > 0, 'search announced');
      expect(unisolatedStoryText(el), 'search').toEqual([]);
    });
  }

  test('the open-date label is built from the Persian pattern, the English title isolated inside it', async () => {
    const el = await mount({ width: 1280, attributes: { lang: 'fa' } });
    const label = shadow(el).querySelector<HTMLElement>('[data-event-id="taliban-advance"] .label, [data-event-id*="advance"] .label')!;
    const title = label.querySelector('bdi')!;
    expect(title.textContent).toMatch(/^Taliban advance/);
    // The Persian date phrase comes first in reading order (at the right), then the title.
    expect(label.textContent!.indexOf('Taliban')).toBeGreaterThan(0);
    expect(getComputedStyle(title).direction).toBe('ltr');
  });
});
