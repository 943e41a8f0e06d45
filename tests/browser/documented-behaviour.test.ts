/**
 * Behaviours the docs promise that no other test reaches: select() before the story, `lang`,
 * the attributes, the custom properties, the data attributes on marks, aria-current, a cluster
 * at the finest zoom, and the unscoped hash entry with two syncing timelines.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline, TimelineSelectDetail } from '../../src/timeline/history-timeline';
import { OPEN_TAIL_PX } from '../../src/layout/marks';
import {
  articleStory, atRest, clusters, detail, mark, marks, mount, mountClustered, part, parts, settle, shapeOf, tickLabels, toolbarButton, unmountAll, until,
  viewport, windowMs, zoomAndWait,
} from '../support/harness';

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
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

/** Twelve events on one day: a cluster even at the finest zoom. */
function crowdedStory(): unknown {
  const s = structuredClone(articleStory) as { events: { id: string; date: string; title: string }[] };
  const base = s.events.find((e) => e.id === 'taliban-seize-power')!;
  for (let i = 0; i < 12; i++) s.events.push({ ...structuredClone(base), id: `crowd-${String(i).padStart(2, '0')}`, date: '2021-08-20', title: `Crowd ${i}` });
  return s;
}

/** A timeline attached without a story, so calls can be made before one arrives. */
async function storyless(): Promise<HistoryTimeline> {
  const container = document.createElement('div');
  container.style.width = '1000px';
  const el = document.createElement('history-timeline');
  container.append(el);
  document.body.append(container);
  afterEachRemove.push(container);
  await el.updateComplete;
  return el;
}
const afterEachRemove: HTMLElement[] = [];
afterEach(() => afterEachRemove.splice(0).forEach((c) => c.remove()));

async function giveStory(el: HistoryTimeline, story: unknown = structuredClone(articleStory)): Promise<void> {
  el.story = story;
  await until(() => el.view !== null && marks(el).length + clusters(el).length > 0, 'the story is drawn');
  await atRest(el);
}

describe('select() before the story arrives', () => {
  test('an id is kept and applied once the story arrives: selected, opened and drawn as current', async () => {
    const el = await storyless();
    const seen: TimelineSelectDetail[] = [];
    el.addEventListener('timeline-select', (e) => seen.push(e.detail));
    expect(el.select('floods-april-2024')).toBe(true);
    await giveStory(el);
    await until(() => mark(el, 'floods-april-2024') !== null, 'the selected event is brought into view');
    expect(el.selected).toBe('floods-april-2024');
    expect(detail(el)!.textContent).toContain(articleStory.events.find((e) => e.id === 'floods-april-2024')!.title);
    expect(mark(el, 'floods-april-2024')!.getAttribute('aria-current')).toBe('true');
    expect(seen.map((d) => d.id)).toEqual(['floods-april-2024']);
  });

  test('an id the story does not have is dropped once it arrives', async () => {
    const el = await storyless();
    el.select('no-such-event');
    await giveStory(el);
    expect(el.selected).toBeNull();
    expect(detail(el)).toBeNull();
    expect(el.hasAttribute('selected')).toBe(false);
  });

  test('select(null) before the story cancels an earlier select()', async () => {
    const el = await storyless();
    el.select('floods-april-2024');
    el.select(null);
    await giveStory(el);
    expect(el.selected).toBeNull();
    expect(detail(el)).toBeNull();
  });
});

describe('select(null)', () => {
  test('clears the selection: the detail closes, no mark is current, and timeline-select says null', async () => {
    const el = await mount();
    el.select('taliban-seize-power');
    await until(() => mark(el, 'taliban-seize-power')?.getAttribute('aria-current') === 'true', 'selected and drawn');
    const seen: TimelineSelectDetail[] = [];
    el.addEventListener('timeline-select', (e) => seen.push(e.detail));
    expect(el.select(null)).toBe(true);
    await settle(el);
    expect(el.selected).toBeNull();
    expect(el.hasAttribute('selected')).toBe(false);
    expect(detail(el)).toBeNull();
    expect(marks(el).filter((m) => m.getAttribute('aria-current') === 'true')).toEqual([]);
    expect(seen).toEqual([{ id: null, event: null }]);
  });
});

describe('aria-current', () => {
  test('only the selected event\'s mark is current, and it follows the selection', async () => {
    const el = await mount();
    await zoomAndWait(el, '2021-07-20', '2021-09-20');
    const current = () => marks(el).filter((m) => m.getAttribute('aria-current') === 'true').map((m) => m.dataset.eventId);
    expect(current()).toEqual([]);
    for (const m of marks(el)) expect(m.getAttribute('aria-current')).toBe('false');
    await userEvent.click(mark(el, 'taliban-seize-power')!);
    await until(() => current().length === 1, 'one mark is current');
    expect(current()).toEqual(['taliban-seize-power']);
    await userEvent.click(mark(el, 'afghan-security-forces-collapse')!);
    await until(() => current()[0] === 'afghan-security-forces-collapse', 'the current mark followed the click');
    expect(current()).toEqual(['afghan-security-forces-collapse']);
  });
});

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

describe('a cluster at the finest zoom', () => {
  test('opens the first of its events instead of zooming further', async () => {
    // A short viewport: the viewport's height follows the story's rows, and at the article's height
    // the twelve events of the crowded day would all get a row of their own.
    const el = await mountClustered({ story: crowdedStory() });
    await zoomAndWait(el, '2021-08-20', '2021-08-21');
    const finest = windowMs(el);
    // At the finest zoom, Zoom in changes nothing.
    await userEvent.click(toolbarButton(el, 'Zoom in'));
    await atRest(el);
    expect(windowMs(el), 'the view is at its narrowest').toEqual(finest);
    // Some of the crowd have lanes; the rest are one cluster, and every undrawn event in view is in it.
    expect(clusters(el), 'the crowded day is still a cluster').toHaveLength(1);
    const cluster = clusters(el)[0];
    const inView = (e: (typeof el.events)[number]) => e.calendar.startMs < finest.end && e.calendar.endMs > finest.start;
    const members = el.events.filter((e) => inView(e) && mark(el, e.id) === null);
    expect(members.length).toBe(Number(cluster.dataset.count));
    const firstOfDay = members[0].id;
    await userEvent.click(cluster);
    await until(() => el.selected !== null, 'a selection was made');
    expect(el.selected).toBe(firstOfDay);
    expect(detail(el)).not.toBeNull();
    await atRest(el);
    expect(windowMs(el).end - windowMs(el).start, 'it did not try to zoom further').toBeGreaterThanOrEqual((finest.end - finest.start) * 0.99);
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

describe('attributes', () => {
  test('view-mode="list" shows only the list, "both" the timeline and the list', async () => {
    // Not mount(): it waits for a drawn timeline, which list mode never shows.
    const el = document.createElement('history-timeline');
    el.setAttribute('view-mode', 'list');
    el.story = structuredClone(articleStory);
    const container = document.createElement('div');
    container.style.width = '1000px';
    container.append(el);
    document.body.append(container);
    afterEachRemove.push(container);
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
    // Lanes are 60px apart: every mark's top sits on that grid.
    const tops = [...new Set(marks(el).map((m) => Math.round(m.getBoundingClientRect().top)))].sort((a, b) => a - b);
    expect(tops.length).toBeGreaterThan(1);
    for (let i = 1; i < tops.length; i++) expect((tops[i] - tops[0]) % 60, `lane tops ${tops.join(', ')}`).toBe(0);
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

describe('an unscoped #event= with two syncing timelines', () => {
  test('is read by neither, while each still reads its own scoped entry', async () => {
    const ids = articleStory.events.map((e) => e.id);
    const one = await mount({ attributes: { id: 'one', 'sync-url': '' } });
    const two = await mount({ attributes: { id: 'two', 'sync-url': '' } });
    // In one hashchange: a scoped entry for one, and an unscoped one that only a lone timeline may read.
    location.hash = `#one:event=${ids[3]}&event=${ids[7]}`;
    await until(() => one.selected === ids[3], 'one read its scoped entry');
    expect(two.selected).toBeNull();
    expect(parts(two, 'detail')).toEqual([]);
  });

  test('a page opened with an unscoped #event= opens nothing in either of two syncing timelines', async () => {
    const ids = articleStory.events.map((e) => e.id);
    history.replaceState(null, '', `#event=${ids[7]}`);
    // Both on the page at once, as a page that holds two would have them.
    const [one, two] = await Promise.all([
      mount({ attributes: { id: 'one', 'sync-url': '' } }),
      mount({ attributes: { id: 'two', 'sync-url': '' } }),
    ]);
    await atRest(one);
    await atRest(two);
    expect([one.selected, two.selected]).toEqual([null, null]);
    // The same hash with one syncing timeline opens the event: the test above is not vacuous.
    unmountAll();
    const lone = await mount({ attributes: { id: 'lone', 'sync-url': '' } });
    await until(() => lone.selected === ids[7], 'a lone syncing timeline reads the unscoped entry');
  });
});
