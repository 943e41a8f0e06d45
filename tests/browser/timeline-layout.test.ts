import { afterEach, describe, expect, test } from 'vitest';
import { DateTime } from 'luxon';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import {
  articleStory, centre, input, labelBoxes, mark, marks, mount, overlaps, settle, shadow, tickLabels, unmountAll, until, viewport,
  visibleEventIds, windowMs,
} from './harness';

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
  const clusters = [...shadow(el).querySelectorAll('.cluster')].map((c) => c.getBoundingClientRect());
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

async function zoomAndWait(el: HistoryTimeline, start: string, end: string) {
  expect(el.zoomTo(start, end)).toBe(true);
  const target = DateTime.fromISO(start, { zone: 'utc' }).toMillis();
  await until(() => Math.abs(windowMs(el).start - target) < 3 * 86_400_000, `zoomed to ${start} … ${end}`);
  await settle(el, 3);
}

describe('the article timeline', () => {
  test('initially shows every event from 1992 to July 2025 with a small margin', async () => {
    const el = await mount();
    const w = windowMs(el);
    expect(w.start).toBeLessThan(Date.UTC(1992, 0, 1));
    expect(w.start).toBeGreaterThan(Date.UTC(1989, 0, 1));
    expect(w.end).toBeGreaterThan(Date.UTC(2025, 6, 4));
    expect(w.end).toBeLessThan(Date.UTC(2027, 0, 1));
    const shown = marks(el).length + [...shadow(el).querySelectorAll<HTMLElement>('.cluster')].reduce((n, c) => n + Number(c.dataset.count), 0);
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
      expect(m!.querySelector('.label')!.textContent).toBe(event.title);
      expect(m!.querySelector('.label')!.getBoundingClientRect().width).toBeGreaterThan(20);
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
      expect(m!.querySelector('.label')!.textContent).toBe(event.title);
    }
  });

  test('a cluster zooms in on its events when clicked', async () => {
    const el = await mount({ width: 360 });
    const cluster = shadow(el).querySelector<HTMLElement>('.cluster');
    expect(cluster, 'a narrow timeline gathers events into clusters').not.toBeNull();
    const before = windowMs(el);
    cluster!.click();
    await until(() => windowMs(el).end - windowMs(el).start < (before.end - before.start) * 0.51, 'the cluster zoomed in');
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
      await settle(el, 3);
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
    const el = await mount({ width: 800 });
    const before = windowMs(el);
    const container = el.parentElement!;
    for (const width of [320, 2560]) {
      container.style.width = `${width}px`;
      await until(() => Math.round(viewport(el).getBoundingClientRect().width) === width, `resized to ${width}`);
      await settle(el, 3);
      expect(windowMs(el).start).toBeCloseTo(before.start, -6);
      expect(windowMs(el).end).toBeCloseTo(before.end, -6);
      expectNoOverlaps(el, `${width} px`);
      expectTicksUniqueAndOrdered(el, `${width} px`);
    }
  });
});

describe('public API', () => {
  test('view, zoomTo, fit and timeline-viewchange', async () => {
    const el = await mount();
    const seen: { start: string; end: string }[] = [];
    el.addEventListener('timeline-viewchange', (e) => seen.push(e.detail));
    expect(el.zoomTo('2021-08', '2021-08')).toBe(true);
    await until(() => seen.some((d) => d.start.startsWith('2021-08-01')), 'viewchange for August 2021');
    await settle(el, 3);
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
    await settle(el, 3);
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
