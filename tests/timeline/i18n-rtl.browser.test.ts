import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import persianStory from '../fixtures/darulaman-palace.fa.story.json';
import {
  announcements, atRest, detail, expectDatePhrases, input, labelBoxes, mark, mount, overlaps, part, settle, shapeOf, tickLabels, unmountAll, until, viewport, windowMs, within, zoomAndWait,
} from '../support/harness';

afterEach(async () => {
  unmountAll();
  document.documentElement.removeAttribute('dir');
  await input.emulateMedia({ reducedMotion: null });
});

const persian = () => structuredClone(persianStory);
const centreX = (el: HistoryTimeline, id: string) => {
  const box = shapeOf(mark(el, id)!).getBoundingClientRect();
  return box.left + box.width / 2;
};
const searchField = (el: HistoryTimeline) => part<HTMLInputElement>(el, 'search')!;
const viewButtons = (el: HistoryTimeline) => [...part(el, 'toolbar')!.querySelectorAll<HTMLButtonElement>('[role="group"]:has(> [aria-pressed]) button')].map((b) => b.textContent!.trim());
const base = (el: HistoryTimeline) => part(el, 'base')!;

async function violations(context: Element): Promise<string[]> {
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('languages', () => {
  test('lang="fa" speaks Persian: toolbar, labels, date phrases and digits', async () => {
    const el = await mount({ story: persian(), attributes: { lang: 'fa' } });
    expect(searchField(el).placeholder).toBe('جستجو');
    expect(viewButtons(el)).toEqual(['فهرست', 'روایت', 'مقاله']);
    expect(part(el, 'key')!.querySelector('summary')!.textContent).toBe('راهنمای نشانه‌ها');
    expect(viewport(el).getAttribute('aria-label')).toBe('کاخ دارالامان: یک سده ساختن، سوختن و بازسازی: ۸ رویداد');
    // Axis labels in Persian digits, Gregorian years.
    expect(tickLabels(el).some((t) => /^[۰-۹]{4}$/.test(t.label))).toBe(true);
    const phrases: Record<string, string> = {
      'construction-begins': '۱۹۲۳',
      'main-building-finished': 'حدود ۱۹۲۵',
      'civil-war-ruin': 'تا ۱۹۹۶',
    };
    await expectDatePhrases(el, phrases);
    el.select('main-building-finished');
    await settle(el);
    expect(detail(el)!.querySelector('[part="date-note"] strong')!.textContent).toBe('منبع این تاریخ را ذکر نکرده است.');
    expect(within(detail(el)!).getByText('۲ از ۸', { exact: true }).query(), 'the position "2 of 8"').not.toBeNull();
    expect(announcements(el)).toContain('پایان ساختمان اصلی (Darul Aman Palace)، حدود ۱۹۲۵');
  });

  test('two timelines in two languages share a page', async () => {
    const french = await mount({ story: persian(), attributes: { lang: 'fr' } });
    const pashto = await mount({ story: persian(), attributes: { lang: 'ps' } });
    expect(searchField(french).placeholder).toBe('Rechercher');
    expect(searchField(pashto).placeholder).toBe('لټون');
    expect(base(french).getAttribute('dir')).toBe('ltr');
    expect(base(pashto).getAttribute('dir')).toBe('rtl');
    french.select('civil-war-ruin');
    pashto.select('civil-war-ruin');
    await settle(french);
    await settle(pashto);
    expect(detail(french)!.querySelector('[part="date"]')!.textContent).toBe('Avant 1996');
    // Chromium's ICU writes Pashto numbers in Latin digits; other browsers may use Pashto ones.
    expect(detail(pashto)!.querySelector('[part="date"]')!.textContent).toMatch(/^تر (۱۹۹۶|1996) پورې$/);
  });

  test('the document\'s language is used when the element has none, and a new lang re-renders', async () => {
    const el = await mount({ story: persian(), before: () => document.documentElement.setAttribute('lang', 'de') });
    try {
      expect(searchField(el).placeholder).toBe('Suchen');
      el.lang = 'es';
      await settle(el);
      expect(searchField(el).placeholder).toBe('Buscar');
    } finally {
      document.documentElement.setAttribute('lang', 'en');
    }
  });

  test('strings override any message, and a plural in part', async () => {
    const el = await mount({ story: persian(), attributes: { lang: 'en' } });
    el.strings = { searchPlaceholder: 'Find an event…', viewList: 'All events', timelineLabelWithStory: { other: '{title} ({count})' } };
    await settle(el);
    expect(searchField(el).placeholder).toBe('Find an event…');
    expect(viewButtons(el)[0]).toBe('All events');
    expect(viewport(el).getAttribute('aria-label')).toBe('کاخ دارالامان: یک سده ساختن، سوختن و بازسازی (8)');
    // Everything else keeps the catalog's wording.
    expect(viewButtons(el)[2]).toBe('Article');
  });
});

describe('right to left', () => {
  test('lang="fa" implies right to left: earliest at the right, on the marks, the axis and the page API', async () => {
    const el = await mount({ story: persian(), attributes: { lang: 'fa' } });
    expect(base(el).getAttribute('dir')).toBe('rtl');
    expect(centreX(el, 'construction-begins')).toBeGreaterThan(centreX(el, 'reopening'));
    const ticks = tickLabels(el);
    expect(ticks.length).toBeGreaterThan(1);
    // Tick labels are in time order in the DOM, so on screen they run right to left.
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x).toBeLessThan(ticks[i - 1].x);
    const early = el.xOf('1923')!;
    const late = el.xOf('2019-08-19')!;
    expect(early).toBeGreaterThan(late);
    expect(Date.parse(el.timeAt(late)!)).toBeCloseTo(Date.UTC(2019, 7, 19), -5);
    // The toolbar mirrors: the search field sits at the right.
    const toolbar = part(el, 'toolbar')!.getBoundingClientRect();
    const search = searchField(el).getBoundingClientRect();
    expect(toolbar.right - search.right).toBeLessThan(search.left - toolbar.left);
  });

  test('the Persian story draws without overlapping labels, at every width', async () => {
    for (const width of [1000, 700, 520]) {
      const el = await mount({ story: persian(), attributes: { lang: 'fa' }, width });
      await atRest(el);
      const boxes = labelBoxes(el);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i].box, boxes[j].box), `${boxes[i].id} and ${boxes[j].id} at ${width}px`).toBe(false);
        }
      }
      // Every label stays inside the timeline.
      const frame = viewport(el).getBoundingClientRect();
      for (const { id, box } of boxes) expect(box.left >= frame.left - 1 && box.right <= frame.right + 1, id).toBe(true);
      unmountAll();
    }
  });

  test('dir="rtl" mirrors an English timeline; dir="ltr" keeps a Persian one left to right', async () => {
    const english = await mount({ story: persian(), attributes: { lang: 'en', dir: 'rtl' } });
    expect(searchField(english).placeholder).toBe('Search');
    expect(centreX(english, 'construction-begins')).toBeGreaterThan(centreX(english, 'reopening'));
    const persianLtr = await mount({ story: persian(), attributes: { lang: 'fa', dir: 'ltr' } });
    expect(searchField(persianLtr).placeholder).toBe('جستجو');
    expect(centreX(persianLtr, 'construction-begins')).toBeLessThan(centreX(persianLtr, 'reopening'));
    persianLtr.setAttribute('dir', 'rtl');
    await atRest(persianLtr);
    expect(centreX(persianLtr, 'construction-begins')).toBeGreaterThan(centreX(persianLtr, 'reopening'));
  });

  test('right to left, an English story\'s detail and story card align as one block: each text ends at the right edge', async () => {
    await input.emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount({ width: 1240, attributes: { dir: 'rtl', lang: 'ar' } });
    /** How far the text's furthest line stops short of the element's right content edge, px. */
    const shortOfRight = (node: Element) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = Math.max(...[...range.getClientRects()].map((r) => r.right));
      const style = getComputedStyle(node);
      return node.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth) - lines;
    };
    // The title, the source's line (a heading), the summary and the quotes.
    const texts = (root: Element) => [...root.querySelectorAll('[role="heading"], .summary, blockquote')];
    el.select('taliban-seize-power');
    await settle(el);
    const panel = detail(el)!;
    expect(texts(panel)).toHaveLength(5);
    for (const node of texts(panel)) expect(shortOfRight(node), `${node.className || node.tagName} ends at the right`).toBeLessThanOrEqual(2);
    el.viewMode = 'story';
    await until(() => part(el, 'story-card')?.dataset.eventId === 'taliban-seize-power', 'the story card');
    const card = part(el, 'story-card')!;
    expect(texts(card)).toHaveLength(5);
    for (const node of texts(card)) expect(shortOfRight(node), `${node.className || node.tagName} ends at the right`).toBeLessThanOrEqual(2);
  });

  test('a page\'s dir="rtl" is inherited when the element sets neither dir nor lang', async () => {
    document.documentElement.setAttribute('dir', 'rtl');
    const el = await mount({ story: persian() });
    expect(base(el).getAttribute('dir')).toBe('rtl');
    expect(centreX(el, 'construction-begins')).toBeGreaterThan(centreX(el, 'reopening'));
  });

  test('keys and drags follow what the reader sees: ArrowLeft and a drag to the right go to later times', async () => {
    const el = await mount({ story: persian(), attributes: { lang: 'fa' } });
    await zoomAndWait(el, '1960', '1990');
    const before = windowMs(el);
    viewport(el).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await atRest(el);
    const afterKey = windowMs(el);
    expect(afterKey.start).toBeGreaterThan(before.start);
    const box = viewport(el).getBoundingClientRect();
    const y = box.top + 20;
    await input.drag(box.left + 200, y, box.left + 500, y);
    await atRest(el);
    expect(windowMs(el).start).toBeGreaterThan(afterKey.start);
  });

  test('axe finds nothing in a Persian right-to-left timeline, with the detail, list and article open', async () => {
    await input.emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount({ story: persian(), attributes: { lang: 'fa' } });
    const container = el.parentElement!;
    expect(await violations(container)).toEqual([]);
    el.select('reopening');
    el.viewMode = 'both';
    el.showSource = true;
    await settle(el);
    await until(() => detail(el) !== null, 'the detail opened');
    expect(await violations(container)).toEqual([]);
    el.viewMode = 'story';
    await settle(el);
    expect(await violations(container)).toEqual([]);
  });
});

describe('lang', () => {
  test('sets the locale of the axis labels and the date phrases, and changes them when it changes', async () => {
    const el = await mount({ attributes: { lang: 'fr' } });
    expect(el.locale).toBe('fr');
    await zoomAndWait(el, '2021-06', '2021-11');
    const labels = () => tickLabels(el).map((t) => t.label).join(' ');
    expect(labels()).toMatch(/août|juil|sept/i);
    el.select('taliban-seize-power');
    await until(() => part(el, 'date') !== null, 'the detail shows the date');
    expect(part(el, 'date')!.textContent).toContain('15 août 2021');
    el.lang = 'de';
    await until(() => /August/.test(part(el, 'date')?.textContent ?? ''), 'the date phrase is German');
    expect(part(el, 'date')!.textContent).toContain('15. August 2021');
    expect(el.locale).toBe('de');
    await until(() => !/août|juil/i.test(labels()), 'the axis is no longer French');
    expect(labels()).toMatch(/Aug|Juli|Sept/);
  });
});
