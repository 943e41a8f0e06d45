/**
 * Zoom frames reuse the marks' and clusters' nodes: an event that comes into view takes the node of
 * one that left, and says its own event in it; a cluster that re-forms keeps a node.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'lit';
import { syntheticStory } from '../../../scripts/synthetic-story';
import type { HistoryTimeline } from '../../../src/timeline/history-timeline';
import { Translation } from '../../../src/i18n';
import { ReusedKeys } from '../../../src/layout/reused-keys';
import { PhraseCache, renderClusters } from '../../../src/timeline/views/marks';
import { clusters, labelOf, marks, mount, mountClustered, shadow, unmountAll, windowMs, zoomAndWait } from '../../support/harness';

afterEach(unmountAll);

/** Zooms in by `factor` a step at a time about the window's middle, `steps` times, calling `after` after each. */
async function zoomInSteps(el: HistoryTimeline, steps: number, factor: number, after: () => void): Promise<void> {
  for (let i = 0; i < steps; i++) {
    const { start, end } = windowMs(el);
    const middle = (start + end) / 2;
    const half = ((end - start) / 2) * factor;
    await zoomAndWait(el, new Date(middle - half).toISOString(), new Date(middle + half).toISOString());
    after();
  }
}

/**
 * Watches the renders while `work` runs: in how many a node matching `selector` was made while
 * another left for good (a node handed on would have served), and how many were made in all.
 */
async function renders(el: HistoryTimeline, selector: string, work: () => Promise<void>): Promise<{ madeWhileOneLeft: number; made: number }> {
  const known = new Set<Node>(shadow(el).querySelectorAll(selector));
  let madeWhileOneLeft = 0;
  let made = 0;
  const observer = new MutationObserver((records) => {
    let added = 0;
    let gone = 0;
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && node.matches(selector) && !known.has(node)) (known.add(node), added++);
      for (const node of record.removedNodes) if (node instanceof Element && node.matches(selector) && !node.isConnected) gone++;
    }
    made += added;
    madeWhileOneLeft += Math.min(added, gone);
  });
  observer.observe(shadow(el), { childList: true, subtree: true });
  await work();
  observer.disconnect();
  return { madeWhileOneLeft, made };
}

describe('nodes reused across zoom frames', () => {
  test('a zoom that labels other events hands the nodes of marks that leave to marks that come, making none while one leaves', async () => {
    const el = await mount({ story: syntheticStory(1000, 7), timeoutMs: 20_000 });
    let changedHands = 0;
    const ids = new Map<Element, string>(marks(el).map((m) => [m, m.dataset.eventId!]));
    const { madeWhileOneLeft } = await renders(el, '[part~="event"]', () =>
      zoomInSteps(el, 12, 0.8, () => {
        for (const m of marks(el)) {
          if (ids.has(m) && ids.get(m) !== m.dataset.eventId) changedHands++;
          ids.set(m, m.dataset.eventId!);
        }
      }),
    );
    // The zoom did label other events (or the test shows nothing), in nodes that were there before.
    expect(changedHands).toBeGreaterThan(0);
    // Once at most: the node of the event with the tab stop, when it leaves, is never handed on (see the focus test below).
    expect(madeWhileOneLeft).toBeLessThanOrEqual(1);
  });

  test('a reused mark says its own event: its id, its label and its accessible date', async () => {
    const story = syntheticStory(1000, 7);
    const el = await mount({ story, timeoutMs: 20_000 });
    const titles = new Map(el.events.map((e) => [e.id, e.title]));
    await zoomInSteps(el, 8, 0.8, () => {
      for (const m of marks(el)) {
        const id = m.dataset.eventId!;
        expect(m.id).toBe(`mark-${id}`);
        expect(m.title).toBe(titles.get(id));
        expect(labelOf(m).textContent).toContain(titles.get(id));
      }
      expect(new Set(marks(el).map((m) => m.dataset.eventId)).size).toBe(marks(el).length);
    });
  });

  test("the focused mark's node is not handed to another event when its event leaves the view", async () => {
    const el = await mount({ story: syntheticStory(1000, 7), timeoutMs: 20_000 });
    const first = marks(el)[0];
    const id = first.dataset.eventId!;
    first.focus();
    await zoomInSteps(el, 10, 0.6, () => {
      const focused = shadow(el).activeElement as HTMLElement | null;
      // Focus stays on its event's mark, or waits on the timeline area; never on another event's mark.
      if (focused?.dataset.eventId !== undefined) expect(focused.dataset.eventId).toBe(id);
    });
    expect(marks(el).some((m) => m.dataset.eventId === id)).toBe(false);
  });

  test("the focused cluster's node is not handed to another cluster as the view zooms", async () => {
    const el = await mountClustered({ story: syntheticStory(400, 3), timeoutMs: 20_000 });
    const node = clusters(el)[Math.floor(clusters(el).length / 2)];
    // A cluster keeps its first event as it re-forms, so its range starts on the same day.
    const from = (n: Element) => /events?, (.+?) to /.exec(n.getAttribute('aria-label') ?? '')?.[1];
    const start = from(node);
    expect(start).toBeTruthy();
    node.focus();
    await zoomInSteps(el, 8, 0.85, () => {
      const focused = shadow(el).activeElement;
      // Focus stays on its cluster, or leaves the clusters; it never says another cluster.
      if (focused?.matches('[part~="cluster"]')) expect(from(focused)).toBe(start);
    });
  });

  test('a cluster that re-forms as the view zooms keeps a node, and one whose members stay keeps its own node', async () => {
    const el = await mountClustered({ story: syntheticStory(400, 3), timeoutMs: 20_000 });
    expect(clusters(el).length).toBeGreaterThan(0);
    const { madeWhileOneLeft, made } = await renders(el, '[part~="cluster"]', () => zoomInSteps(el, 8, 0.85, () => {}));
    expect(made).toBeGreaterThan(0);
    expect(madeWhileOneLeft).toBe(0);
    // A step too small to change a cluster's members: each cluster is the same node, saying the same.
    const before = clusters(el).map((c) => [c, c.getAttribute('aria-label')] as const);
    await zoomInSteps(el, 1, 0.999, () => {});
    const after = clusters(el);
    for (const [node, label] of before) if (after.some((c) => c.getAttribute('aria-label') === label)) expect(after).toContain(node);
  });
});

describe('words of a zoom frame', () => {
  test('a frame that redraws the same clusters formats none of their words again, and says the same', () => {
    const words = new Translation('en');
    const phrases = new PhraseCache();
    const layout = {
      marks: [],
      clusters: [
        { first: 0, members: [0, 1, 2, 3, 4], count: 5, left: 10, right: 110, start: Date.UTC(2021, 2, 1), end: Date.UTC(2024, 5, 1) },
        { first: 5, count: 40, left: 200, right: 240, start: Date.UTC(2024, 6, 1), end: Date.UTC(2025, 0, 1), countOnly: true },
      ],
      laneCount: 0,
    };
    const container = document.createElement('div');
    const draw = () =>
      render(renderClusters({ layout, locale: 'en', tabStop: null, activate: () => {}, messages: words, keys: new ReusedKeys(), phrases, focused: -1 }), container);
    draw();
    const said = () => [...container.querySelectorAll('.cluster')].map((c) => [c.textContent, c.getAttribute('title'), c.getAttribute('aria-label')]);
    const first = said();
    expect(first[0]).toEqual(['+5 · 2021–24', '5 events: zoom in', expect.stringContaining('5 events')]);
    expect(first[1][1]).toBe('40 events: zoom in');
    const formats = [vi.spyOn(words, 'plural'), vi.spyOn(words, 't'), vi.spyOn(words, 'number'), vi.spyOn(words, 'day')];
    draw();
    for (const format of formats) expect(format).not.toHaveBeenCalled();
    expect(said()).toEqual(first);
  });
});
