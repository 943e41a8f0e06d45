import { afterEach, describe, expect, test } from 'vitest';
import { DateTime } from 'luxon';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import {
  articleStory, atRest, centre, input, labelBoxes, labelOf, mark, marks, mount, mountClustered, overlaps, parts, settle, shadow, tickLabels, unmountAll, until,
  viewport, visibleEventIds, windowMs, zoomAndWait,
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
      // An uncertain date ("2025-07-03?") says so on its label: "<title> (?)".
      expect(labelOf(m!).textContent).toBe(event.date.endsWith('?') ? `${event.title} (?)` : event.title);
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
