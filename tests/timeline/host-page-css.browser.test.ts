/**
 * "Our users put the timeline on their own pages: it must drop in with one script tag, look at
 * home, and never break the page around it." Whatever the host page's stylesheet says, the element
 * draws its events, buttons and axis at sane sizes, and its zoom buttons still zoom.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { isShown, labelOf, marks, mount, msPerPx, shadow, shapeOf, tickLabels, unmountAll, until, viewport } from '../support/harness';

const styles: HTMLStyleElement[] = [];
function hostCss(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  styles.push(style);
}

afterEach(() => {
  unmountAll();
  for (const style of styles.splice(0)) style.remove();
});

/** Events, buttons and axis are drawn, visible, at sane sizes; the zoom buttons still zoom. */
async function expectDrawnSanely(el: HistoryTimeline, context: string): Promise<void> {
  const host = el.getBoundingClientRect();
  expect(host.width, `${context}: host width`).toBeGreaterThan(600);
  const vp = viewport(el).getBoundingClientRect();
  expect(vp.width, `${context}: viewport width`).toBeGreaterThan(600);
  expect(vp.height, `${context}: viewport height`).toBeGreaterThanOrEqual(300);
  // The height follows the story's rows: page CSS must not make it taller than on a page without it,
  // at the width the page CSS left it (a narrower view may need a row more; the documented maximum,
  // 14 rows, is checked in layout.browser.test.ts).
  const clean = Math.round(vp.width) === Math.round(cleanViewport.width) ? cleanViewport.height : await cleanHeightAt(vp.width);
  expect(vp.height, `${context}: viewport height`).toBeLessThanOrEqual(clean + 1);

  const shown = marks(el).filter((m) => {
    const box = m.getBoundingClientRect();
    return box.right > vp.left && box.left < vp.right;
  });
  expect(shown.length, `${context}: events drawn`).toBeGreaterThan(0);
  for (const mark of shown) {
    // The featured event's title stands in its deck beside the mark (layout/annotation.ts), its label giving way to it.
    const deck = mark.hasAttribute('data-annotated') ? shadow(el).querySelector<HTMLElement>('[part~="annotation"]') : null;
    const label = deck ?? labelOf(mark);
    const box = label.getBoundingClientRect();
    const style = getComputedStyle(label);
    expect(isShown(label), `${context}: label of ${mark.dataset.eventId} is visible`).toBe(true);
    expect(box.height, `${context}: label height of ${mark.dataset.eventId}`).toBeGreaterThan(10);
    // Labels wrap to at most two lines (the deck's are taller, with its padding).
    expect(box.height, `${context}: label height of ${mark.dataset.eventId}`).toBeLessThan(deck ? 3 * parseFloat(style.lineHeight) : 40);
    expect(parseFloat(style.fontSize), `${context}: label font size`).toBeGreaterThanOrEqual(11);
    expect(parseFloat(style.fontSize), `${context}: label font size`).toBeLessThanOrEqual(18);
    expect(style.color, `${context}: label colour`).not.toBe('rgba(0, 0, 0, 0)');
    expect(box.top >= vp.top - 1 && box.bottom <= vp.bottom + 1, `${context}: label inside the viewport`).toBe(true);
    expect(isShown(shapeOf(mark)), `${context}: mark shape visible`).toBe(true);
  }

  for (const name of ['Zoom in', 'Zoom out', 'Fit all events']) {
    const button = shadow(el).querySelector<HTMLElement>(`button[aria-label="${name}"]`)!;
    expect(button, `${context}: ${name} button`).toBeTruthy();
    expect(isShown(button), `${context}: ${name} button visible`).toBe(true);
    const box = button.getBoundingClientRect();
    expect(box.height, `${context}: ${name} height`).toBeGreaterThanOrEqual(24);
    expect(box.height, `${context}: ${name} height`).toBeLessThanOrEqual(48);
    expect(box.width, `${context}: ${name} width`).toBeGreaterThanOrEqual(24);
    expect(box.width, `${context}: ${name} width`).toBeLessThanOrEqual(120);
  }

  const axis = shadow(el).querySelector<SVGSVGElement>('[part~="axis"]')!;
  expect(getComputedStyle(axis).display, `${context}: axis display`).not.toBe('none');
  const axisBox = axis.getBoundingClientRect();
  expect(axisBox.height, `${context}: axis height`).toBeGreaterThan(20);
  expect(axisBox.height, `${context}: axis height`).toBeLessThan(60);
  expect(Math.abs(axisBox.width - vp.width), `${context}: axis spans the viewport`).toBeLessThan(4);
  const ticks = tickLabels(el);
  expect(ticks.length, `${context}: tick labels`).toBeGreaterThan(1);
  for (const text of shadow(el).querySelectorAll<SVGTextElement>('[part~="axis"] g.tick text')) {
    expect(text.textContent, `${context}: tick label text`).toBeTruthy();
    expect(getComputedStyle(text).visibility, `${context}: tick label visibility`).toBe('visible');
    const box = text.getBoundingClientRect();
    expect(box.height, `${context}: tick label height`).toBeGreaterThan(6);
    expect(box.height, `${context}: tick label height`).toBeLessThan(24);
  }

  // Zoom in doubles the axis scale: in the default compressed scale the real span of the full view
  // shrinks by less than half (the narrow gap grows), so the check reads the scale at a quarter of the
  // width, inside 1992–1997, where time is linear: the time one pixel covers there halves.
  const x = vp.left + vp.width / 4;
  const before = msPerPx(el, x);
  await userEvent.click(shadow(el).querySelector<HTMLElement>('button[aria-label="Zoom in"]')!);
  await until(() => msPerPx(el, x) < before * 0.6, `${context}: the Zoom in button zoomed`);
}

/** The viewport's size for the article at 1000 px on a page without hostile CSS (set in beforeAll). */
let cleanViewport = { width: Number.NaN, height: Number.NaN };

/** The viewport's height for the article in a view `width` px wide, with the page's hostile CSS set aside. */
async function cleanHeightAt(width: number): Promise<number> {
  for (const style of styles) style.disabled = true;
  try {
    const el = await mount({ width });
    const { height } = viewport(el).getBoundingClientRect();
    el.parentElement!.remove();
    return height;
  } finally {
    for (const style of styles) style.disabled = false;
  }
}

describe('the host page’s CSS cannot break the element', () => {
  beforeAll(async () => {
    const el = await mount();
    const { width, height } = viewport(el).getBoundingClientRect();
    cleanViewport = { width, height };
    unmountAll();
  });

  test('* { all: revert; font-size: 40px }', async () => {
    hostCss('* { all: revert; font-size: 40px; }');
    const el = await mount();
    await expectDrawnSanely(el, 'all: revert');
  });

  test('svg { display: none }, button { display: none }, div { position: fixed }', async () => {
    hostCss('svg { display: none !important; } button { display: none !important; } div { position: fixed !important; top: 0; left: 0; }');
    const el = await mount();
    await expectDrawnSanely(el, 'display none / fixed');
  });

  test('inherited text properties on every element: line-height, spacing, case, direction, colour, white-space', async () => {
    hostCss(`* {
      font: italic 900 40px/0 serif; letter-spacing: 1em; word-spacing: 3em; text-transform: uppercase;
      text-indent: 200px; white-space: pre; direction: rtl; color: transparent; text-align: right;
      cursor: none; text-shadow: 0 0 8px red;
    }`);
    const el = await mount();
    await expectDrawnSanely(el, 'inherited properties');
  });

  test('blanket box rules: margin, padding, borders, box-sizing, max-width on everything', async () => {
    hostCss('* { margin: 30px !important; padding: 30px !important; border: 8px solid red !important; box-sizing: content-box !important; max-height: none; }');
    const el = await mount();
    await expectDrawnSanely(el, 'box rules');
  });

  test('element-type and attribute selectors a page might use: [part], [role], text, line, p, ul', async () => {
    hostCss('[part], [role], [tabindex], text, line, p, ul, li, details, summary, span { display: none !important; visibility: hidden !important; }');
    const el = await mount();
    await expectDrawnSanely(el, 'attribute selectors');
  });
});
