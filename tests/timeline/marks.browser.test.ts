/**
 * The event marks, measured: labels that read whole and stay by their marks, shapes that say what
 * each date is, marks that reach 3:1 against the background, and the entry point that stands out.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { OPEN_TAIL_PX } from '../../src/layout/marks';
import { resetPageScheme, usePageScheme } from '../support/page-scheme';
import { articleStory, clusters, detail, labelOf, mark, marks, mount, mountClustered, overlaps, part, settle, shadow, shapeOf, unmountAll, until, viewport, windowMs, zoomAndWait } from '../support/harness';

afterEach(unmountAll);

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
        expect(isWhole(labelOf(mark)), `${mark.dataset.eventId}: "${labelOf(mark).textContent}" is cut`).toBe(true);
        const shape = shapeOf(mark).getBoundingClientRect();
        const text = labelOf(mark).getBoundingClientRect();
        const anchored = Math.abs(text.left - Math.max(shape.left, viewport(el).getBoundingClientRect().left)) <= 4 || Math.abs(text.right - shape.right) <= 8;
        expect(anchored, `${mark.dataset.eventId}: label ${text.left}–${text.right}, mark ${shape.left}–${shape.right}`).toBe(true);
      }
    });
  }

  /** Like a drafted story: the article's week at one end, long titles, one event years away at the other. */
  function draftedStory(crowded: 'end' | 'start') {
    const week = ['2023-03-10', '2023-03-14', '2023-03-15', '2023-03-16', '2023-03-16', '2023-03-17', '2023-03-17', '2023-03-17'];
    const dates = crowded === 'end' ? ['2019-05-02', ...week, '2023-03'] : ['2023-03', ...week, '2027-05-02'];
    const titles = [
      'Talks on the water treaty begin in Geneva', 'Protesters gather outside the regional parliament building', 'Ministers meet in closed session',
      'Opposition leader calls for a general strike', 'Police detain organisers of the march', 'Court suspends the emergency decree',
      'Government announces a review of the decree', 'Unions accept the offer of new negotiations', 'Article published on the crisis',
      'A month of protests across the country',
    ];
    return {
      title: 'A drafted story',
      sources: [{ id: 'article', title: 'The crisis', published: '2023-03-17', paragraphs: [{ id: 'p1', text: 'Text.' }] }],
      events: dates.map((date, i) => ({ id: `e${i}`, date, title: titles[i], dateBasis: 'stated', citations: [{ source: 'article', paragraph: 'p1', quote: 'Text.' }] })),
    };
  }

  /**
   * Every label is whole and inside the view, and starts at its mark (at the view's edge for a mark
   * reaching past it) or, where that would run past the view's far edge, ends at it. Returns how
   * many labels ended at their mark.
   */
  function expectLabelsAtTheirMarks(el: HistoryTimeline, rtl: boolean, where: string): number {
    const view = viewport(el).getBoundingClientRect();
    let endingAtMark = 0;
    for (const mark of marks(el)) {
      const label = labelOf(mark);
      const text = label.getBoundingClientRect();
      const shape = shapeOf(mark).getBoundingClientRect();
      const id = `${where}: ${mark.dataset.eventId} "${label.textContent}"`;
      expect(isWhole(label), `${id} is cut`).toBe(true);
      expect(text.left, `${id} starts inside the view`).toBeGreaterThanOrEqual(view.left - 0.5);
      expect(text.right, `${id} ends inside the view`).toBeLessThanOrEqual(view.right + 0.5);
      // In reading order: where the mark starts, and how far its label would reach from there.
      const markStart = rtl ? Math.min(shape.right, view.right) : Math.max(shape.left, view.left);
      const labelStart = rtl ? text.right : text.left;
      if (mark.hasAttribute('data-annotated')) continue;
      if (rtl ? shape.right - text.width < view.left : shape.left + text.width > view.right) {
        endingAtMark++;
        const markEnd = rtl ? Math.max(shape.left, view.left) : Math.min(shape.right, view.right);
        // Only a label on two lines still wider than all the room before its mark's end may start at the view's edge instead.
        const atMark = Math.abs((rtl ? text.left : text.right) - markEnd) <= 8;
        const room = rtl ? view.right - markEnd : markEnd - view.left;
        const atEdge = mark.dataset.lines === '2' && text.width > room && Math.abs(rtl ? text.right - view.right : text.left - view.left) <= 1;
        expect(atMark || atEdge, `${id} ends at its mark (${(rtl ? text.left : text.right).toFixed(0)}, the mark ${markEnd.toFixed(0)})`).toBe(true);
      } else expect(Math.abs(labelStart - markStart), `${id} starts at its mark`).toBeLessThanOrEqual(8);
    }
    return endingAtMark;
  }

  const zooms = {
    end: [['2023-01', '2023-03-18'], ['2023-03-01', '2023-03-17'], ['2023-03-09', '2023-03-18']],
    start: [['2023-03-01', '2023-06'], ['2023-03-09', '2023-03-31'], ['2023-03-08', '2023-03-18']],
  } as const;
  for (const [lang, rtl] of [['en', false], ['fa', true]] as const) {
    for (const width of [1280, 360]) {
      for (const crowded of ['end', 'start'] as const) {
        test(`${lang}, ${width} px, a ten-event story crowded at its ${crowded}: every label whole, inside the view and at its mark`, async () => {
          const el = await mount({ story: draftedStory(crowded), width, attributes: { lang, 'narrow-view': 'timeline' } });
          await until(() => getComputedStyle(viewport(el)).direction === (rtl ? 'rtl' : 'ltr'), `the ${lang} element reads ${rtl ? 'right to left' : 'left to right'}`);
          let endingAtMark = 0;
          for (const zoom of [null, ...zooms[crowded]]) {
            if (zoom) await zoomAndWait(el, zoom[0], zoom[1]);
            // The selected and the featured labels are drawn heavier: they too must fit their boxes.
            el.select('e8');
            await settle(el);
            endingAtMark += expectLabelsAtTheirMarks(el, rtl, zoom?.join('–') ?? 'full view');
          }
          // Time's end is the edge labels run past, in either direction: crowded there, some end at their marks.
          if (crowded === 'end') expect(endingAtMark, 'labels crowd the far edge').toBeGreaterThan(2);
        });
      }
      test(`${lang}, ${width} px, the article: every label whole, inside the view and at its mark, at the full view and zoomed`, async () => {
        const el = await mount({ width, attributes: { lang, 'narrow-view': 'timeline' } });
        for (const zoom of [null, ['2021-08', '2021-09'], ['1992', '1997'], ['2024', '2025-08']] as const) {
          if (zoom) await zoomAndWait(el, zoom[0], zoom[1]);
          expectLabelsAtTheirMarks(el, rtl, zoom?.join('–') ?? 'full view');
        }
      });
    }
  }

  test('an open start leads with its phrase; an uncertain date is said once by the mark (hollow, no dotted ring) and once in words in the detail', async () => {
    const el = await mount({ width: 1280 });
    const markOf = (id: string) => marks(el).find((m) => m.dataset.eventId === id)!;
    const text = (id: string) => labelOf(markOf(id)).textContent;
    expect(text('taliban-advance-through-southern-afghanistan')).toBe('By 1994: Taliban advance through southern Afghanistan');
    const uncertain = 'kabul-meeting-muttaqi-zhirnov';
    expect(text(uncertain)).toBe(articleStory.events.find((e) => e.id === uncertain)!.title);
    expect(getComputedStyle(shapeOf(markOf(uncertain))).backgroundColor, 'hollow').toBe('rgba(0, 0, 0, 0)');
    // No mark has a ring of its own that could pass for the focus ring.
    for (const m of marks(el).filter((m) => m.getAttribute('aria-current') !== 'true')) expect(getComputedStyle(shapeOf(m)).outlineStyle, m.dataset.eventId).toBe('none');
    el.select(uncertain);
    await settle(el);
    expect(detail(el)!.querySelector('[part="date"]')!.textContent).toMatch(/^Possibly /);
  });
});

describe('cluster badges', () => {
  const script = { en: /[a-z]/, ru: /[а-я]/i, fa: /[\u0600-\u06ff]/ } as const;
  for (const [lang, letters] of Object.entries(script)) {
    test(`${lang}: no badge's text is cut, in story mode's strip at 360 and 1280 px and in a crowded full view`, async () => {
      const views = [
        { width: 360, open: () => mount({ width: 360, attributes: { lang, 'view-mode': 'story' } }) },
        { width: 1280, open: () => mount({ width: 1280, attributes: { lang, 'view-mode': 'story' } }) },
        { width: 1280, open: () => mountClustered({ width: 1280, attributes: { lang } }) },
      ];
      let seen = 0;
      for (const { width, open } of views) {
        const el = await open();
        await until(() => letters.test(part(el, 'toolbar')?.textContent ?? ''), `the ${lang} words loaded`);
        await settle(el);
        for (const badge of clusters(el)) {
          seen++;
          expect(badge.scrollWidth, `${width} px: "${badge.textContent}" is cut`).toBeLessThanOrEqual(badge.clientWidth);
        }
        unmountAll();
      }
      // Story mode's strip at 360 px gathers most of the article into one badge: the case that was cut.
      expect(seen).toBeGreaterThan(1);
    });
  }
});

describe('marks that mean what they say', () => {
  test('a day is a true circle; a month or year a solid bar; an approximate date hollow', async () => {
    const el = await mount({ width: 1280 });
    const shape = (id: string) => shapeOf(marks(el).find((m) => m.dataset.eventId === id)!);
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
          const style = getComputedStyle(shapeOf(mark));
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
    expect(Number(getComputedStyle(labelOf(featured[0])).fontWeight)).toBeGreaterThanOrEqual(700);
    const rule = part(el, 'publication')!;
    expect(rule.textContent).toContain('Article, 3 July 2025');
    expect(Math.abs(rule.getBoundingClientRect().left - el.xOf('2025-07-03')!)).toBeLessThanOrEqual(1);
  });
});

describe('the featured annotation', () => {
  /** The deck, the leader's ends on screen, and every other label's box. */
  async function annotated(el: HistoryTimeline) {
    await until(() => shadow(el).querySelector('[part~="annotation"]') !== null, 'the deck is drawn');
    const deck = shadow(el).querySelector<HTMLElement>('[part~="annotation"]')!;
    const line = shadow(el).querySelector<SVGLineElement>('.leader line')!;
    const svg = line.ownerSVGElement!.getBoundingClientRect();
    const ends = [svg.left, svg.right];
    const labels = marks(el).filter((m) => !m.hasAttribute('data-featured')).map((m) => ({ id: m.dataset.eventId, box: [labelOf(m), shapeOf(m)].map((n) => n.getBoundingClientRect()) }));
    return { deck, box: deck.getBoundingClientRect(), ends, labels, featured: marks(el).find((m) => m.hasAttribute('data-featured'))! };
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    test(`${dir}: the featured title stands as a deck beside its mark, with a leader line, over no other label or mark`, async () => {
      const el = await mount({ width: 1280, attributes: dir === 'rtl' ? { dir, lang: 'ar' } : {} });
      const { deck, box, ends, labels, featured } = await annotated(el);
      expect(deck.textContent).toBe('Russia recognizes the Taliban government');
      expect(deck.getAttribute('aria-hidden'), 'the mark says it to screen readers').toBe('true');
      expect(isWhole(deck), 'the deck shows its whole title').toBe(true);
      for (const { id, box: other } of labels) for (const b of other) expect(overlaps(box, b), `the deck covers ${id}`).toBe(false);
      // The leader runs from the mark's side to the deck's facing side.
      const shape = shapeOf(featured).getBoundingClientRect();
      const deckSide = dir === 'ltr' ? box.right : box.left;
      const markSide = dir === 'ltr' ? shape.left : shape.right;
      expect(Math.min(...ends.map((x) => Math.abs(x - deckSide))), 'the leader reaches the deck').toBeLessThanOrEqual(3);
      expect(Math.min(...ends.map((x) => Math.abs(x - markSide))), 'the leader reaches the mark').toBeLessThanOrEqual(4);
      // The mark's own label gives way to the deck, but still names the mark.
      expect(getComputedStyle(labelOf(featured)).opacity).toBe('0');
      expect(featured.textContent).toContain('Russia recognizes the Taliban government');
    });
  }

  test('a click on the deck opens the featured event', async () => {
    const el = await mount({ width: 1280 });
    const { deck } = await annotated(el);
    deck.click();
    await until(() => el.selected === 'russia-recognizes-taliban-government', 'the featured event is selected');
  });
});

/** A story with one event of each date form docs/story-format.md lists, in 2021. */
function formsStory(): unknown {
  const paragraph = { id: 'p1', text: 'Things happened.' };
  const event = (id: string, date: string) => ({
    id, date, title: id, dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'Things happened.' }],
  });
  return {
    title: 'Forms',
    sources: [{ id: 's', title: 'A source', paragraphs: [paragraph] }],
    events: [
      event('day', '2021-08-15'),
      event('month', '2021-03'),
      event('year', '2019'),
      event('interval', '2020-01/2020-06'),
      event('approximate', '2021-11~'),
      event('uncertain', '2022-02-10?'),
      event('open-end', '2022-06/..'),
      event('open-start', '../2018-06'),
    ],
  };
}

describe('the marks say what each date is', () => {
  test('data-shape, data-precision and the qualifier and open-end flags match each date form', async () => {
    const el = await mount({ story: formsStory() });
    await zoomAndWait(el, '2017', '2023');
    const expected: Record<string, Record<string, string | null>> = {
      day: { shape: 'point', precision: 'day' },
      month: { shape: 'span', precision: 'month' },
      year: { shape: 'span', precision: 'year' },
      interval: { shape: 'interval', precision: 'month' },
      approximate: { shape: 'span', precision: 'month', approximate: '' },
      uncertain: { shape: 'point', precision: 'day', uncertain: '' },
      'open-end': { shape: 'span', precision: 'month', 'open-end': '' },
      'open-start': { shape: 'span', precision: 'month', 'open-start': '' },
    };
    for (const [id, attributes] of Object.entries(expected)) {
      const m = mark(el, id);
      expect(m, `${id} is drawn`).not.toBeNull();
      const flags = ['approximate', 'uncertain', 'open-start', 'open-end'];
      const actual: Record<string, string | null> = { shape: m!.dataset.shape ?? null, precision: m!.dataset.precision ?? null };
      for (const flag of flags) if (m!.hasAttribute(`data-${flag}`)) actual[flag] = m!.getAttribute(`data-${flag}`);
      expect(actual, id).toEqual(attributes);
    }
  });

  test('each shape is drawn as its kind: a point narrower than a span, an open end fading out', async () => {
    const el = await mount({ story: formsStory() });
    await zoomAndWait(el, '2017', '2023');
    const box = (id: string) => shapeOf(mark(el, id)!).getBoundingClientRect();
    expect(box('day').width).toBeLessThan(box('month').width);
    expect(box('month').width).toBeLessThan(box('year').width);
    // An open end or start is a month's span plus a tail on its open side.
    const month = box('month').width;
    expect(box('open-end').width).toBeCloseTo(month + OPEN_TAIL_PX, -1);
    expect(box('open-start').width).toBeCloseTo(month + OPEN_TAIL_PX, -1);
    const openStart = mark(el, 'open-start')!;
    expect(box('open-start').left, 'the tail reaches left of the known end').toBeLessThan(
      viewport(el).getBoundingClientRect().left + ((Date.UTC(2018, 5, 1) - windowMs(el).start) / (windowMs(el).end - windowMs(el).start)) * viewport(el).clientWidth,
    );
    expect(openStart.hasAttribute('data-open-start')).toBe(true);
  });
});
