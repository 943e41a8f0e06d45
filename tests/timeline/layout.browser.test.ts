/**
 * How the element lays out a story: every event shown, labels that never overlap, clusters that
 * open, a size that follows its container and a height that follows its rows.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import {
  articleStory, atRest, clusters, detail, labelBoxes, labelOf, mark, marks, mount, mountClustered, overlaps, part, parts, settle, shadow, tickLabels, toolbarButton,
  unmountAll, until, viewport, visibleEventIds, windowMs, zoomAndWait,
} from '../support/harness';

afterEach(unmountAll);

function expectNoOverlaps(el: HistoryTimeline, context: string) {
  const boxes = labelBoxes(el);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i].box, boxes[j].box)) {
        throw new Error(`${context}: labels of "${boxes[i].id}" and "${boxes[j].id}" overlap`);
      }
    }
  }
  const clusters = [...shadow(el).querySelectorAll('[part~="cluster"]')].map((c) => c.getBoundingClientRect());
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) expect(overlaps(clusters[i], clusters[j]), `${context}: clusters overlap`).toBe(false);
  }
}

function expectTicksUniqueAndOrdered(el: HistoryTimeline, context: string) {
  const ticks = tickLabels(el);
  expect(ticks.length, `${context}: has ticks`).toBeGreaterThan(1);
  const labels = ticks.map((t) => t.label);
  expect(new Set(labels).size, `${context}: unique tick labels ${labels.join(', ')}`).toBe(labels.length);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i].x, `${context}: ticks in order`).toBeGreaterThan(ticks[i - 1].x);
}

describe('the article timeline', () => {
  test('initially shows every event from 1992 to July 2025 with a small margin', async () => {
    const el = await mount();
    const w = windowMs(el);
    expect(w.start).toBeLessThan(Date.UTC(1992, 0, 1));
    expect(w.start).toBeGreaterThan(Date.UTC(1989, 0, 1));
    expect(w.end).toBeGreaterThan(Date.UTC(2025, 6, 4));
    expect(w.end).toBeLessThan(Date.UTC(2027, 0, 1));
    const shown = marks(el).length + [...shadow(el).querySelectorAll<HTMLElement>('[part~="cluster"]')].reduce((n, c) => n + Number(c.dataset.count), 0);
    expect(shown).toBe(articleStory.events.length);
  });

  test('every event mark carries its event id and its date shape', async () => {
    const el = await mount();
    await zoomAndWait(el, '1991-06', '1997-06');
    const collapse = mark(el, visibleEventIds(el).find((id) => /1992|collapse/.test(id)) ?? '');
    expect(collapse?.dataset.shape).toBe('span');
    const by1994 = marks(el).find((m) => m.hasAttribute('data-open-start'));
    expect(by1994, 'the "by 1994" event is drawn with an open start').toBeTruthy();
    for (const m of marks(el)) expect(m.dataset.eventId).toBeTruthy();
  });

  test('labels never overlap and ticks are unique and in order at five zoom levels', async () => {
    const el = await mount();
    expectNoOverlaps(el, 'whole story');
    expectTicksUniqueAndOrdered(el, 'whole story');
    const levels: [string, string][] = [
      ['2015', '2025-07'],
      ['2021', '2022-06'],
      ['2021-07', '2021-10'],
      ['2025-06-29', '2025-07-06'],
    ];
    for (const [start, end] of levels) {
      await zoomAndWait(el, start, end);
      expectNoOverlaps(el, `${start} … ${end}`);
      expectTicksUniqueAndOrdered(el, `${start} … ${end}`);
    }
  });

  test('zoomed into August 2021, its events are told apart, each with its title', async () => {
    const el = await mount();
    await zoomAndWait(el, '2021-07-20', '2021-09-20');
    const august = articleStory.events.filter((e) => e.date.startsWith('2021-08'));
    expect(august.length).toBeGreaterThanOrEqual(2);
    for (const event of august) {
      const m = mark(el, event.id);
      expect(m, `${event.id} is drawn on its own`).not.toBeNull();
      expect(labelOf(m!).textContent).toBe(event.title);
      expect(labelOf(m!).getBoundingClientRect().width).toBeGreaterThan(20);
    }
  });

  test('zoomed into July 2025, its three events are told apart, each with its title', async () => {
    const el = await mount();
    await zoomAndWait(el, '2025-06-25', '2025-07-10');
    const july = articleStory.events.filter((e) => /2025-07/.test(e.date));
    expect(july.length).toBe(3);
    for (const event of july) {
      const m = mark(el, event.id);
      expect(m, `${event.id} is drawn on its own`).not.toBeNull();
      // The label is the title: an uncertain date ("2025-07-03?") says so by its hollow shape, not in words.
      expect(labelOf(m!).textContent).toBe(event.title);
    }
  });

  test('a cluster zooms in on its events when clicked', async () => {
    // At 360 px the horizontal timeline only with narrow-view="timeline" (else the phone chronology);
    // and a viewport shorter than the article's rows, since at its own height every event has a mark.
    const el = await mountClustered({ width: 360, attributes: { 'narrow-view': 'timeline' } });
    // The last cluster: after the 1997–2021 gap, where zooming on it narrows the real window as much
    // as the axis (a cluster across the gap would narrow the real window by less).
    const cluster = parts(el, 'cluster').at(-1) ?? null;
    expect(cluster, 'a narrow, short timeline gathers events into clusters').not.toBeNull();
    const before = windowMs(el);
    const axisSpan = () => el.xOf('2025-07-01')! - el.xOf('2022-01-01')!;
    const spread = axisSpan();
    cluster!.click();
    // On the compressed axis the real window narrows by less than the axis does while the gap is in
    // view: the zoom shows as the cluster's years spreading across more of the width.
    await until(() => windowMs(el).end - windowMs(el).start < (before.end - before.start) * 0.9, 'the cluster zoomed in');
    await atRest(el);
    expect(el.xOf('2022-01-01') === null || el.xOf('2025-07-01') === null || axisSpan() > spread * 1.5).toBe(true);
  });
});

describe('size and visibility', () => {
  test('an element created hidden draws correctly when shown', async () => {
    const container = document.createElement('div');
    container.style.display = 'none';
    container.style.width = '900px';
    const el = document.createElement('history-timeline');
    el.story = structuredClone(articleStory);
    container.append(el);
    document.body.append(container);
    try {
      await atRest(el);
      expect(viewport(el).clientWidth).toBe(0);
      container.style.display = 'block';
      await until(() => marks(el).length > 0, 'events drawn once shown');
      await settle(el);
      expect(viewport(el).getBoundingClientRect().width).toBe(900);
      const w = windowMs(el);
      expect(w.start).toBeLessThan(Date.UTC(1992, 0, 1));
      expect(w.end).toBeGreaterThan(Date.UTC(2025, 6, 4));
      const right = Math.max(...marks(el).map((m) => m.getBoundingClientRect().right));
      expect(right).toBeLessThanOrEqual(viewport(el).getBoundingClientRect().right + 1);
    } finally {
      container.remove();
    }
  });

  test('it follows its container from 320 px to 2560 px wide, keeping the window', async () => {
    // narrow-view="timeline": under 480 px the element would otherwise show the phone chronology.
    const el = await mount({ width: 800, attributes: { 'narrow-view': 'timeline' } });
    const before = windowMs(el);
    const container = el.parentElement!;
    for (const width of [320, 2560]) {
      container.style.width = `${width}px`;
      await until(() => Math.round(viewport(el).getBoundingClientRect().width) === width, `resized to ${width}`);
      await atRest(el);
      expect(windowMs(el).start).toBeCloseTo(before.start, -6);
      expect(windowMs(el).end).toBeCloseTo(before.end, -6);
      expectNoOverlaps(el, `${width} px`);
      expectTicksUniqueAndOrdered(el, `${width} px`);
    }
  });
});

describe('height', () => {
  test('by default the viewport is as tall as its rows: at most 14, with the cluster row, the axis, the era row and the group titles', async () => {
    const el = await mount({ width: 1000 });
    const lines = parts(el, 'group-label').length + 1;
    expect(viewport(el).getBoundingClientRect().height).toBeLessThanOrEqual(14 * 52 + 34 + 46 + lines * 24);
  });

  test('--history-timeline-height still sets it', async () => {
    const el = await mount({ width: 1000, before: (t) => t.style.setProperty('--history-timeline-height', '420px') });
    expect(viewport(el).getBoundingClientRect().height).toBe(420);
  });
});

/** Twelve events on one day: a cluster even at the finest zoom. */
function crowdedStory(): unknown {
  const s = structuredClone(articleStory) as { events: { id: string; date: string; title: string }[] };
  const base = s.events.find((e) => e.id === 'taliban-seize-power')!;
  for (let i = 0; i < 12; i++) s.events.push({ ...structuredClone(base), id: `crowd-${String(i).padStart(2, '0')}`, date: '2021-08-20', title: `Crowd ${i}` });
  return s;
}

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

  test('zoomed into August 2021, rows fill in time order: the month-long collapse sits above the seizure of 15 August', async () => {
    const el = await mount({ width: 1280 });
    await zoomAndWait(el, '2021-08', '2021-09');
    await atRest(el);
    const collapse = mark(el, 'afghan-security-forces-collapse')!.getBoundingClientRect();
    const seizure = mark(el, 'taliban-seize-power')!.getBoundingClientRect();
    expect(collapse.width, 'the month is long in this view').toBeGreaterThan(640);
    expect(collapse.top, 'the month, starting first, takes the higher row').toBeLessThan(seizure.top);
  });

  test('the timeline is as tall as its rows: no dead band between the last row and the axis', async () => {
    const el = await mount({ width: 1280 });
    const axis = part(el, 'axis')!.getBoundingClientRect();
    const lowest = Math.max(...marks(el).map((m) => m.getBoundingClientRect().bottom));
    expect(axis.top - lowest).toBeLessThan(20);
    expect(axis.top - lowest).toBeGreaterThanOrEqual(0);
  });
});

describe('group bands as the reader zooms', () => {
  const bandBoxes = (el: HistoryTimeline) => parts(el, 'group-label').map((b) => ({ title: b.textContent!.trim(), box: b.getBoundingClientRect() }));

  test('zoomed into August 2021, every band keeps its place and height, and no blank stretch is left above the axis', async () => {
    const el = await mount({ width: 1280 });
    const before = bandBoxes(el).map((b) => ({ title: b.title, top: b.box.top, height: b.box.height }));
    const height = viewport(el).getBoundingClientRect().height;
    await zoomAndWait(el, '2021-08', '2021-09');
    await atRest(el);
    const after = bandBoxes(el);
    expect(viewport(el).getBoundingClientRect().height, 'the timeline does not change height').toBe(height);
    expect(after.map((b) => b.title.split(' · ')[0]), 'every band is still there').toEqual(before.map((b) => b.title));
    after.forEach((b, i) => {
      expect(b.box.top, `${before[i].title} stays where it was`).toBeCloseTo(before[i].top, 0);
      expect(b.box.height, `${before[i].title} keeps its height`).toBeCloseTo(before[i].height, 0);
    });
    // The bands with nothing in view say so, rather than leaving rows blank without a word.
    const empty = after.filter((b) => /Nothing in this group in view/.test(b.title)).map((b) => b.title.split(' · ')[0]);
    expect(empty).toEqual(['Russia and the Taliban', 'Natural disasters']);
    for (const id of ['afghan-security-forces-collapse', 'taliban-seize-power']) {
      const box = mark(el, id)!.getBoundingClientRect();
      const band = after.find((b) => b.title === "The Taliban's rise and rule")!.box;
      expect(box.top >= band.top && box.bottom <= band.bottom + 1, `${id} in its band`).toBe(true);
    }
    const axis = part(el, 'axis')!.getBoundingClientRect();
    const lastBand = after[after.length - 1].box;
    expect(axis.top - lastBand.bottom, 'no empty stretch of more than one row between the last band and the axis').toBeLessThanOrEqual(52);
    expect(axis.top - lastBand.bottom).toBeGreaterThanOrEqual(-1);
  });
});
