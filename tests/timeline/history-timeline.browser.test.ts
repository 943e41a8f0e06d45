/**
 * The element's public surface as docs/api.md documents it: importing the module defines it; its
 * attributes, its CSS custom properties, `view`, `zoomTo()`, `fit()` and the timing of its events.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { DateTime } from 'luxon';
import { HistoryTimeline } from '../../src/index';
import { LABEL_LINE_PX } from '../../src/timeline/views/metrics';
import {
  articleStory, atRest, centre, clusters, detail, input, marks, mount, part, place, settle, shadow, shapeOf, unmountAll, until, viewport, windowMs,
} from '../support/harness';

afterEach(unmountAll);

test('importing the module defines <history-timeline>, which draws a story it is given', async () => {
  expect(customElements.get('history-timeline')).toBe(HistoryTimeline);
  const el = await mount();
  expect(el).toBeInstanceOf(HistoryTimeline);
  expect(el.events.map((e) => e.id).sort()).toEqual(articleStory.events.map((e) => e.id).sort());
  // Every event is drawn, on its own or counted in a cluster, inside the documented parts.
  const drawn = marks(el).length + clusters(el).reduce((n, c) => n + Number(c.dataset.count), 0);
  expect(drawn).toBe(articleStory.events.length);
  expect(part(el, 'viewport')!.getBoundingClientRect().width).toBeGreaterThan(900);
  for (const m of marks(el)) expect(m.textContent).toContain(el.events.find((e) => e.id === m.dataset.eventId)!.title);
  expect(part(el, 'axis')!.querySelectorAll('text').length).toBeGreaterThan(1);
});

describe('attributes', () => {
  test('view-mode="list" shows only the list, "both" the timeline and the list', async () => {
    // Not mount(): it waits for a drawn timeline, which list mode never shows.
    const el = place((t) => {
      t.setAttribute('view-mode', 'list');
      t.story = structuredClone(articleStory);
    });
    await until(() => part(el, 'list') !== null, 'the list is shown');
    expect(viewport(el).hidden).toBe(true);
    const list = part(el, 'list')!;
    expect([...list.querySelectorAll<HTMLElement>('[data-event-id]')].map((b) => b.dataset.eventId)).toEqual(el.events.map((e) => e.id));
    el.setAttribute('view-mode', 'both');
    await settle(el);
    expect(viewport(el).hidden).toBe(false);
    expect(part(el, 'list')).not.toBeNull();
    el.setAttribute('view-mode', 'timeline');
    await settle(el);
    expect(part(el, 'list')).toBeNull();
    expect(el.viewMode).toBe('timeline');
  });

  test('heading-level as an attribute sets the level of the detail\'s and the source\'s headings', async () => {
    const el = await mount({ attributes: { 'heading-level': '4', 'show-source': '' } });
    el.select('taliban-seize-power');
    await until(() => detail(el) !== null, 'the detail is open');
    expect(el.headingLevel).toBe(4);
    expect(detail(el)!.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('4');
    const sourceHeadings = [...part(el, 'source')!.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
    expect(sourceHeadings[0], 'the source title').toBe('4');
    expect(sourceHeadings.slice(1).every((level) => level === '5'), `paragraph headings one below: ${sourceHeadings.join(', ')}`).toBe(true);
    el.setAttribute('heading-level', '2');
    await settle(el);
    expect(detail(el)!.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('2');
  });

  test('heading-level sets the level of the panels\' headings to fit the page', async () => {
    const el = await mount({ attributes: { 'heading-level': '3', 'show-source': '' } });
    el.select('taliban-seize-power');
    await settle(el);
    expect(detail(el)!.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('3');
    // In the source view: the source's title at the level, its heading paragraphs one below.
    const levels = [...shadow(el).querySelectorAll('[part~="source"] [role="heading"]')].map((h) => h.getAttribute('aria-level'));
    expect(levels[0]).toBe('3');
    expect(levels.length).toBeGreaterThan(1);
    expect(levels.slice(1).every((level) => level === '4'), levels.join(', ')).toBe(true);
  });
});

describe('CSS custom properties', () => {
  /** The article without its groups. */
  const ungrouped = () => {
    const s = structuredClone(articleStory) as { groups?: unknown; events: { group?: string }[] };
    delete s.groups;
    for (const e of s.events) delete e.group;
    return s;
  };

  test('the colours, font size and heights set on the host reach inside', async () => {
    // Without groups: a grouped event's mark takes its group's colour from the palette, not the accent.
    const el = await mount({
      story: ungrouped(),
      before: (t) => {
        t.style.setProperty('--history-timeline-accent', 'rgb(1, 2, 3)');
        t.style.setProperty('--history-timeline-background', 'rgb(250, 240, 230)');
        t.style.setProperty('--history-timeline-color', 'rgb(10, 20, 30)');
        t.style.setProperty('--history-timeline-font-size', '17px');
        t.style.setProperty('--history-timeline-height', '500px');
        t.style.setProperty('--history-timeline-lane-height', '60px');
      },
    });
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).backgroundColor).toBe('rgb(250, 240, 230)');
    expect(getComputedStyle(base).color).toBe('rgb(10, 20, 30)');
    expect(getComputedStyle(base).fontSize).toBe('17px');
    expect(viewport(el).getBoundingClientRect().height).toBeCloseTo(500, 0);
    const point = marks(el).find((m) => m.dataset.shape === 'point')!;
    expect(getComputedStyle(shapeOf(point)).backgroundColor).toBe('rgb(1, 2, 3)');
    // Every label of this story reads on one line, so its rows are the 60px lane less a line: every mark's top sits on that grid.
    expect(marks(el).every((m) => m.dataset.lines === '1')).toBe(true);
    const tops = [...new Set(marks(el).map((m) => Math.round(m.getBoundingClientRect().top)))].sort((a, b) => a - b);
    expect(tops.length).toBeGreaterThan(1);
    for (let i = 1; i < tops.length; i++) expect((tops[i] - tops[0]) % (60 - LABEL_LINE_PX), `lane tops ${tops.join(', ')}`).toBe(0);
  });

  test('without them, the documented light colours apply', async () => {
    // Without groups: a grouped event's mark takes its group's colour from the palette, not the accent.
    const el = await mount({ story: ungrouped() });
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).color).toBe('rgb(27, 31, 36)');
    const point = marks(el).find((m) => m.dataset.shape === 'point')!;
    expect(getComputedStyle(shapeOf(point)).backgroundColor).toBe('rgb(11, 92, 173)');
  });
});

describe('public API', () => {
  test('view, zoomTo, fit and timeline-viewchange', async () => {
    const el = await mount();
    const seen: { start: string; end: string }[] = [];
    el.addEventListener('timeline-viewchange', (e) => seen.push(e.detail));
    expect(el.zoomTo('2021-08', '2021-08')).toBe(true);
    await until(() => seen.some((d) => d.start.startsWith('2021-08-01')), 'viewchange for August 2021');
    await atRest(el);
    expect(el.view!.start).toBe(DateTime.utc(2021, 8, 1).toISO());
    expect(el.view!.end).toBe(DateTime.utc(2021, 9, 1).toISO());
    expect(el.zoomTo('not a date', '2021')).toBe(false);
    el.fit();
    await until(() => windowMs(el).start < Date.UTC(1992, 0, 1), 'fit showed everything');
  });

  test('timeline-viewchange fires at most once per frame during a gesture', async () => {
    const el = await mount();
    let frame = 0;
    let counting = true;
    const count = () => { frame++; if (counting) requestAnimationFrame(count); };
    requestAnimationFrame(count);
    const framesSeen: number[] = [];
    el.addEventListener('timeline-viewchange', () => framesSeen.push(frame));
    const { x, y } = centre(el);
    await input.wheel(x, y, 0, -30, ['ctrl'], 12);
    await atRest(el);
    counting = false;
    expect(framesSeen.length).toBeGreaterThan(0);
    expect(new Set(framesSeen).size).toBe(framesSeen.length);
    const composed = await new Promise<Event>((resolve) => {
      document.body.addEventListener('timeline-viewchange', resolve, { once: true });
      el.zoomTo('2010', '2012');
    });
    expect(composed.bubbles && composed.composed).toBe(true);
  });
});

describe('events and timing', () => {
  test('a timeline-error listener may replace the story, and that story is shown', async () => {
    // show-title: the toolbar shows the story's title only when asked to.
    const el = await mount({ attributes: { 'show-title': '' } });
    const broken = structuredClone(articleStory);
    broken.events[0].citations[0].quote = 'words the article never wrote';
    const fallback = structuredClone(articleStory);
    fallback.title = 'The fallback story';
    el.addEventListener('timeline-error', () => (el.story = fallback), { once: true });
    el.story = broken;
    await until(() => shadow(el).querySelector('[part~="toolbar"]')!.textContent!.includes('The fallback story'), 'the fallback story is shown');
    expect(shadow(el).querySelector('[part="notice"]')).toBeNull();
  });

  test("a story's first frame is one update: its first timeline-viewchange runs no second one", async () => {
    const el = place();
    await settle(el);
    let updates = 0;
    const update = (el as unknown as { update(changed: Map<string, unknown>): void }).update;
    Object.defineProperty(el, 'update', { value: (changed: Map<string, unknown>) => (updates++, update.call(el, changed)), configurable: true });
    const reported = new Promise<number>((resolve) => el.addEventListener('timeline-viewchange', () => resolve(updates), { once: true }));
    el.story = structuredClone(articleStory);
    expect(await reported, 'updates run by the time the first window is reported').toBe(1);
    expect(el.view).not.toBeNull();
  });

  test("a story's first frame is laid out at the height its rows give the viewport, not again when the viewport grows", async () => {
    const el = place();
    await settle(el);
    const emptyHeight = viewport(el).getBoundingClientRect().height;
    el.story = structuredClone(articleStory);
    await el.updateComplete;
    const first = marks(el).map((m) => `${m.dataset.eventId} ${m.style.cssText}`);
    await settle(el);
    expect(viewport(el).getBoundingClientRect().height, 'the viewport grew with the rows').toBeGreaterThan(emptyHeight);
    expect(marks(el).map((m) => `${m.dataset.eventId} ${m.style.cssText}`)).toEqual(first);
  });

  test('zoomTo before the story arrives shows that window once it does', async () => {
    const el = await mount({
      before: (timeline) => {
        timeline.zoomTo('2021-08', '2021-08');
      },
    });
    const w = windowMs(el);
    expect(w.start).toBe(Date.UTC(2021, 7, 1));
    expect(w.end).toBe(Date.UTC(2021, 8, 1));
  });

});
