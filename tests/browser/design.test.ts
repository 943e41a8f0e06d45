/**
 * The editorial design, measured: labels that read whole and stay by their marks, rows that read
 * as a chronology, a height that fits its rows, focus rings that are never clipped, marks that
 * reach 3:1 against the background, an entry point, and a phone chronology that never scrolls sideways.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { resetPageScheme, usePageScheme } from '../support/page-scheme';
import { atRest, clusters, marks, mount, mountNarrow, part, parts, shadow, unmountAll, until, viewport, zoomAndWait } from '../support/harness';

afterEach(() => {
  unmountAll();
});

function label(mark: HTMLElement): HTMLElement {
  return mark.querySelector<HTMLElement>('.label')!;
}

/** A label shows all its text: nothing cut on its line or lines. */
function isWhole(element: HTMLElement): boolean {
  return element.scrollWidth <= element.clientWidth + 1 && element.scrollHeight <= element.clientHeight + 1;
}

/** `colour` (rgb or rgba, at `opacity`) as seen over `background` (rgb). */
function over(colour: string, background: string, opacity = 1): string {
  const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const [br, bg, bb] = (background.match(/[\d.]+/g) ?? []).map(Number);
  const alpha = a * opacity;
  const mix = (c: number, d: number) => Math.round(c * alpha + d * (1 - alpha));
  return `rgb(${mix(r, br)}, ${mix(g, bg)}, ${mix(b, bb)})`;
}

/** sRGB relative luminance and contrast ratio (WCAG 2). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour a CSS colour value resolves to, as rgb(). */
function resolve(el: HistoryTimeline, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  shadow(el).append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}

describe('labels', () => {
  for (const [name, zoom] of [['the full view', null], ['August 2021', ['2021-08', '2021-09']]] as const) {
    test(`at 1280 px, ${name}: every label is whole and starts or ends at its mark`, async () => {
      const el = await mount({ width: 1280 });
      if (zoom) await zoomAndWait(el, zoom[0], zoom[1]);
      expect(clusters(el)).toEqual([]);
      for (const mark of marks(el)) {
        expect(isWhole(label(mark)), `${mark.dataset.eventId}: "${label(mark).textContent}" is cut`).toBe(true);
        const shape = mark.querySelector('.shape')!.getBoundingClientRect();
        const text = label(mark).getBoundingClientRect();
        const anchored = Math.abs(text.left - Math.max(shape.left, viewport(el).getBoundingClientRect().left)) <= 4 || Math.abs(text.right - shape.right) <= 8;
        expect(anchored, `${mark.dataset.eventId}: label ${text.left}–${text.right}, mark ${shape.left}–${shape.right}`).toBe(true);
      }
    });
  }

  test('an open start leads with its phrase, an uncertain date ends with (?)', async () => {
    const el = await mount({ width: 1280 });
    const text = (id: string) => label(marks(el).find((m) => m.dataset.eventId === id)!).textContent;
    expect(text('taliban-advance-through-southern-afghanistan')).toBe('By 1994: Taliban advance through southern Afghanistan');
    expect(text('kabul-meeting-muttaqi-zhirnov')).toMatch(/\(\?\)$/);
  });
});

describe('rows and height', () => {
  test('within a row, events run left to right in time order', async () => {
    const el = await mount({ width: 1280 });
    const order = new Map(el.events.map((e, i) => [e.id, i]));
    const rows = new Map<number, { at: number; left: number }[]>();
    for (const mark of marks(el)) {
      const box = mark.getBoundingClientRect();
      const row = Math.round(box.top);
      rows.set(row, [...(rows.get(row) ?? []), { at: order.get(mark.dataset.eventId!)!, left: box.left }]);
    }
    for (const row of rows.values()) {
      const byTime = [...row].sort((a, b) => a.at - b.at);
      expect(byTime.map((r) => r.left)).toEqual([...byTime.map((r) => r.left)].sort((a, b) => a - b));
    }
  });

  test('the timeline is as tall as its rows: no dead band between the last row and the axis', async () => {
    const el = await mount({ width: 1280 });
    const axis = part(el, 'axis')!.getBoundingClientRect();
    const lowest = Math.max(...marks(el).map((m) => m.getBoundingClientRect().bottom));
    expect(axis.top - lowest).toBeLessThan(20);
    expect(axis.top - lowest).toBeGreaterThanOrEqual(0);
  });
});

describe('focus rings', () => {
  test('the rings of the first and last marks stay inside the timeline', async () => {
    const el = await mount({ width: 1280 });
    const box = viewport(el).getBoundingClientRect();
    const all = marks(el).sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
    for (const mark of [all[0], all[all.length - 1]]) {
      mark.focus();
      const style = getComputedStyle(mark);
      const inset = -parseFloat(style.outlineOffset);
      const width = parseFloat(style.outlineWidth);
      expect(width).toBeGreaterThan(0);
      expect(inset, 'the ring is drawn inside the mark').toBeGreaterThanOrEqual(width);
      const ring = mark.getBoundingClientRect();
      expect(ring.left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(ring.right).toBeLessThanOrEqual(box.right + 0.5);
    }
  });
});

describe('marks that mean what they say', () => {
  test('a day is a true circle; a month or year a solid bar; an approximate date hollow', async () => {
    const el = await mount({ width: 1280 });
    const shape = (id: string) => marks(el).find((m) => m.dataset.eventId === id)!.querySelector<HTMLElement>('.shape')!;
    const day = shape('taliban-seize-power').getBoundingClientRect();
    expect(day.width).toBeCloseTo(day.height, 0);
    expect(getComputedStyle(shape('taliban-seize-power')).borderRadius).not.toBe('0px');
    const month = getComputedStyle(shape('floods-april-2024'));
    expect(month.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    const approximate = getComputedStyle(shape('taliban-pledge-rights'));
    expect(approximate.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(parseFloat(approximate.borderTopWidth)).toBeGreaterThanOrEqual(2);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: every mark's fill or outline reaches 3:1 against the background`, async () => {
      await usePageScheme(colorScheme);
      try {
        const el = await mount({ width: 1280 });
        const background = resolve(el, colorScheme === 'dark' ? '#15191e' : '#ffffff');
        const host = getComputedStyle(el);
        for (const token of ['--_accent', '--_muted', '--_border']) {
          const colour = resolve(el, host.getPropertyValue(token));
          const minimum = token === '--_border' ? 3 : 4.5;
          expect(contrast(colour, background), `${token} ${colour} on ${background}`).toBeGreaterThanOrEqual(minimum);
        }
        for (const mark of marks(el)) {
          const style = getComputedStyle(mark.querySelector('.shape')!);
          const fill = style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : style.borderTopColor;
          // Tints and opacity count: what is compared is the colour as it shows on the background.
          const drawn = over(fill, background, Number(style.opacity));
          expect(contrast(drawn, background), `${mark.dataset.eventId}: ${fill} shows as ${drawn}`).toBeGreaterThanOrEqual(3);
        }
      } finally {
        await resetPageScheme();
      }
    });
  }
});

describe('an entry point', () => {
  test('the event dated on the article\'s day stands out, and a rule marks the day', async () => {
    const el = await mount({ width: 1280 });
    const featured = marks(el).filter((m) => m.hasAttribute('data-featured'));
    expect(featured.map((m) => m.dataset.eventId)).toEqual(['russia-recognizes-taliban-government']);
    expect(Number(getComputedStyle(label(featured[0])).fontWeight)).toBeGreaterThanOrEqual(700);
    const rule = part(el, 'publication')!;
    expect(rule.textContent).toContain('Article, 3 July 2025');
    expect(Math.abs(rule.getBoundingClientRect().left - el.xOf('2025-07-03')!)).toBeLessThanOrEqual(1);
  });
});

describe('the toolbar', () => {
  test('one row, no title unless asked for', async () => {
    const el = await mount({ width: 1280 });
    const bar = part(el, 'toolbar')!;
    expect(bar.querySelector('.title')).toBeNull();
    const tops = new Set([...bar.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops.size).toBe(1);
    el.showTitle = true;
    await until(() => bar.querySelector('.title')?.textContent === 'Russia recognizes the Taliban government', 'show-title shows the title');
  });
});

describe('phones', () => {
  test('at 360 px: a vertical chronology, one toolbar row, nothing scrolls sideways, the detail opens under the tapped event', async () => {
    const el = await mountNarrow(360);
    expect(viewport(el).hidden).toBe(true);
    const chronology = part(el, 'chronology')!;
    expect(chronology.scrollWidth).toBeLessThanOrEqual(chronology.clientWidth + 1);
    expect(el.scrollWidth).toBeLessThanOrEqual(360);
    const bar = part(el, 'toolbar')!;
    expect(new Set([...bar.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top))).size).toBe(1);
    const headings = [...chronology.querySelectorAll('[role="heading"]')].map((h) => h.textContent);
    expect(headings).toEqual(['1992', '1994', '1996', '2021', '2022', '2023', '2024', '2025']);
    const item = chronology.querySelector<HTMLButtonElement>('[data-event-id="taliban-capture-kabul"]')!;
    item.click();
    await until(() => el.selected === 'taliban-capture-kabul', 'tapping selects');
    await el.updateComplete;
    const detail = part(el, 'detail')!;
    expect(item.closest('li')!.contains(detail), 'the detail opens under its event').toBe(true);
    expect(detail.getBoundingClientRect().top).toBeGreaterThanOrEqual(item.getBoundingClientRect().bottom - 1);
    item.click();
    await until(() => el.selected === null, 'tapping again closes it');
  });

  test('the Timeline button shows the horizontal timeline; narrow-view="timeline" starts there', async () => {
    const el = await mountNarrow(360);
    const toggle = [...part(el, 'toolbar')!.querySelectorAll('button')].find((b) => b.textContent === 'Timeline')!;
    toggle.click();
    await until(() => !viewport(el).hidden && marks(el).length + clusters(el).length > 0, 'the horizontal timeline is drawn');
    expect(part(el, 'chronology')).toBeNull();
    const direct = await mount({ width: 360, attributes: { 'narrow-view': 'timeline' } });
    await atRest(direct);
    expect(part(direct, 'chronology')).toBeNull();
    expect(parts(direct, 'event').length + clusters(direct).length).toBeGreaterThan(0);
  });
});
