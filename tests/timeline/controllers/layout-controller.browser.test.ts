import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { LayoutController } from '../../../src/timeline/controllers/layout-controller';
import { LINEAR_AXIS } from '../../../src/layout/axis-scale';
import type { TimeWindow } from '../../../src/layout/time-window';
import { AXIS_PX, CLUSTER_ROW_PX, DEFAULT_LANE_PX, LABEL_LINE_PX } from '../../../src/timeline/views/metrics';
import { attach, createHost, detachAll, tinyStory } from '../../support/controller-host';

afterEach(detachAll);

const story = tinyStory([
  { id: 'one', date: '2020-05-01', title: 'First of the day' },
  { id: 'two', date: '2020-05-01', title: 'Second of the day' },
  { id: 'three', date: '2020-05-01', title: 'Third of the day' },
  { id: 'later', date: '2020-09-01', title: 'Later' },
]);
const year: TimeWindow = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) };
const WIDTH = 800;

async function mountLayout(style = '') {
  const host = createHost();
  host.setAttribute('style', style);
  const layouts = new LayoutController(host, { axisGroup: () => host.shadowRoot?.querySelector<SVGGElement>('g.ticks') });
  host.template = () => html`<svg width=${WIDTH} height="46"><g class="ticks"></g></svg>`;
  await attach(host);
  layouts.readMetrics();
  const ticks = () => [...host.shadowRoot!.querySelectorAll<SVGGElement>('g.tick')];
  const redraw = async () => {
    host.requestUpdate();
    await host.updateComplete;
  };
  return { host, layouts, ticks, redraw };
}

/** Room for `lanes` lanes of `lane` px under the cluster row and above the axis. */
const heightFor = (lanes: number, lane = DEFAULT_LANE_PX) => 46 + 34 + lanes * lane;

describe('LayoutController', () => {
  test("the labels' and the axis's fonts are first used when the metrics are read, before any story is laid out", async () => {
    const measured: string[] = [];
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push(this.font);
      return measureText.call(this, text);
    };
    try {
      const { host } = await mountLayout('--_font: serif; --_font-size: 17px');
      expect(host.isConnected).toBe(true);
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
    expect(measured).toEqual(expect.arrayContaining(['17px serif', '12px serif']));
  });

  test('lays out the marks in lanes and chooses ticks; the axis is drawn after the update', async () => {
    const { layouts, ticks, redraw } = await mountLayout();
    expect(layouts.compute(story, LINEAR_AXIS, year, { width: WIDTH, height: heightFor(3) }, 'en')).toBe(true);
    expect(layouts.layout.marks.map((m) => story.events[m.event].id).sort()).toEqual(['later', 'one', 'three', 'two']);
    expect(new Set(layouts.layout.marks.map((m) => m.lane)).size, 'the three of one day each in a lane').toBe(3);
    expect(layouts.layout.clusters).toEqual([]);
    expect(layouts.ticks?.ticks.length).toBeGreaterThan(2);
    expect(ticks(), 'drawn after the update, not during compute').toEqual([]);
    await redraw();
    expect(ticks().length).toBe(layouts.ticks!.ticks.length);
    for (const tick of ticks()) {
      const x = Number(/translate\(([-\d.]+),/.exec(tick.getAttribute('transform')!)![1]);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(WIDTH);
    }
  });

  test('a zoom step that changes the ticks hands the nodes of ticks that left to ticks that came, each saying its own', async () => {
    const { layouts, ticks, redraw } = await mountLayout();
    const size = { width: WIDTH, height: heightFor(3) };
    layouts.compute(story, LINEAR_AXIS, year, size, 'en');
    await redraw();
    const before = ticks();
    // Half a year later: most ticks are other months, as many or more of them.
    layouts.compute(story, LINEAR_AXIS, { start: Date.UTC(2020, 6, 1), end: Date.UTC(2021, 6, 1) }, size, 'en');
    await redraw();
    const after = ticks();
    const drawn = layouts.ticks!.ticks;
    expect(after.length).toBe(drawn.length);
    expect(after.map((t) => t.querySelector('text')!.textContent)).toEqual(drawn.map((d) => d.label));
    expect(after.map((t) => Number(/translate\(([-\d.]+),/.exec(t.getAttribute('transform')!)![1]))).toEqual(drawn.map((d) => Number(d.x.toFixed(1))));
    expect(after.map((t) => t.dataset.unit ?? t.getAttribute('data-unit'))).toEqual(drawn.map((d) => d.unit));
    // No tick node was made while one of the last frame's was free, and none was removed.
    expect(after.filter((t) => !before.includes(t)).length).toBe(Math.max(0, after.length - before.length));
    expect(before.filter((t) => !after.includes(t)).length).toBe(Math.max(0, before.length - after.length));
  });

  test('with too little height for the lanes, what does not fit is gathered into a cluster', async () => {
    const { layouts } = await mountLayout();
    layouts.compute(story, LINEAR_AXIS, year, { width: WIDTH, height: heightFor(1) }, 'en');
    expect(layouts.layout.laneCount).toBe(1);
    expect(layouts.layout.clusters.length).toBeGreaterThan(0);
  });

  test('returns false with nothing to draw, and the next update clears the axis', async () => {
    const { layouts, ticks, redraw } = await mountLayout();
    layouts.compute(story, LINEAR_AXIS, year, { width: WIDTH, height: 300 }, 'en');
    await redraw();
    expect(ticks().length).toBeGreaterThan(0);
    const size = { width: WIDTH, height: 300 };
    const cases = [
      layouts.compute(null, LINEAR_AXIS, year, size, 'en'),
      layouts.compute(story, LINEAR_AXIS, null, size, 'en'),
      layouts.compute(story, LINEAR_AXIS, year, { width: 0, height: 300 }, 'en'),
      layouts.compute(tinyStory([]), LINEAR_AXIS, year, size, 'en'),
    ];
    expect(cases).toEqual([false, false, false, false]);
    expect(layouts.layout).toEqual({ marks: [], clusters: [], laneCount: 0 });
    expect(layouts.ticks).toBeNull();
    await redraw();
    expect(ticks()).toEqual([]);
  });

  test('rows hold one line of label, a line shorter than the lane, where the story\'s every label then reads whole and unclustered', async () => {
    const { layouts } = await mountLayout();
    const height = layouts.contentHeight(story, LINEAR_AXIS, year, WIDTH);
    const row = DEFAULT_LANE_PX - LABEL_LINE_PX;
    // The tiny story's three events of one day need three rows, the fewest the viewport holds.
    expect(height).toBe(CLUSTER_ROW_PX + 3 * row + AXIS_PX);
    layouts.compute(story, LINEAR_AXIS, year, { width: WIDTH, height }, 'en');
    expect(layouts.laneHeight).toBe(row);
    expect(layouts.layout.marks.every((m) => m.lines === 1)).toBe(true);
    expect(layouts.layout.clusters).toEqual([]);
  });

  test('where one line would leave a label wider than the view, rows keep the lane and labels wrap', async () => {
    const { layouts } = await mountLayout();
    const long = tinyStory([{ id: 'long', date: '2020-05-01', title: 'A title far too long for one line of a view this narrow, '.repeat(3) }]);
    const height = layouts.contentHeight(long, LINEAR_AXIS, year, 300);
    expect(height).toBe(CLUSTER_ROW_PX + 3 * DEFAULT_LANE_PX + AXIS_PX);
    layouts.compute(long, LINEAR_AXIS, year, { width: 300, height }, 'en');
    expect(layouts.laneHeight).toBe(DEFAULT_LANE_PX);
    expect(layouts.layout.marks.map((m) => m.lines)).toEqual([2]);
  });

  test("readMetrics reads the lane height from the host's --_lane, and the layout uses it", async () => {
    const { layouts } = await mountLayout('--_lane: 80px');
    expect(layouts.laneHeight).toBe(80);
    // Room for three lanes of 40 px is room for one of 80.
    layouts.compute(story, LINEAR_AXIS, year, { width: WIDTH, height: heightFor(3) }, 'en');
    expect(layouts.layout.laneCount).toBe(1);
    expect(layouts.layout.clusters.length).toBeGreaterThan(0);
  });

  test('without --_lane the default lane height stays', async () => {
    const { layouts } = await mountLayout();
    expect(layouts.laneHeight).toBe(DEFAULT_LANE_PX);
  });
});
