import { describe, expect, test, vi } from 'vitest';
import { RevealController } from '../../../src/timeline/controllers/reveal-controller';
import type { ZoomController } from '../../../src/timeline/controllers/zoom-controller';
import type { AxisScale } from '../../../src/layout/axis-scale';
import type { TimeWindow } from '../../../src/layout/time-window';
import { plainHost, tinyStory } from '../../support/controller-host';

const DAY = 86_400_000;
const story = tinyStory([
  { id: 'early', date: '2000-01-10' },
  { id: 'target', date: '2010-06-15' },
  { id: 'late', date: '2020-12-01' },
]);
const target = story.eventById('target')!;
const { startMs, endMs } = target.calendar;

/** A stand-in for the zoom controller: the window, whether it moves, and the two moves a reveal makes. */
function stubZoom(window: TimeWindow | null) {
  return {
    window,
    moving: false,
    minSpan: 7 * DAY,
    reveal: vi.fn(),
    zoomTo: vi.fn(),
  };
}

function setup(window: TimeWindow | null, drawn = false, axis?: AxisScale) {
  const host = plainHost();
  const zoom = stubZoom(window);
  const state = { drawn, canShow: true };
  const reveal = new RevealController(host, {
    zoom: zoom as unknown as ZoomController,
    eventById: (id) => story.eventById(id),
    isDrawn: (id) => id === 'target' && state.drawn,
    canShow: () => state.canShow,
    ...(axis && { axis: () => axis }),
  });
  return { host, zoom, state, reveal };
}

/** Ten years around the target, which sits in view. */
const wide: TimeWindow = { start: startMs - 5 * 365 * DAY, end: startMs + 5 * 365 * DAY };

describe('RevealController', () => {
  test('is not a host controller (the element calls step after each update); start asks for an update, and with panNow pans at once', () => {
    const { host, zoom, reveal } = setup(wide);
    expect(host.controllers).not.toContain(reveal);
    reveal.start(target);
    expect(reveal.active).toBe(true);
    expect(host.requestUpdate).toHaveBeenCalledOnce();
    expect(zoom.reveal).not.toHaveBeenCalled();
    reveal.start(target, true);
    expect(zoom.reveal).toHaveBeenCalledExactlyOnceWith(startMs, endMs);
  });

  test('pans to the event when it is out of view', () => {
    const { zoom, reveal } = setup({ start: startMs + 100 * DAY, end: startMs + 200 * DAY });
    reveal.start(target);
    reveal.step();
    expect(zoom.reveal).toHaveBeenCalledExactlyOnceWith(startMs, endMs);
    expect(zoom.zoomTo).not.toHaveBeenCalled();
    expect(reveal.active).toBe(true);
  });

  test('zooms in on the event while it is in view but not drawn on its own', () => {
    const { zoom, reveal } = setup(wide);
    reveal.start(target);
    reveal.step();
    expect(zoom.reveal).not.toHaveBeenCalled();
    expect(zoom.zoomTo).toHaveBeenCalledOnce();
    const to: TimeWindow = zoom.zoomTo.mock.calls[0][0];
    expect(to.end - to.start).toBeLessThan(wide.end - wide.start);
    expect(to.start < startMs && to.end > endMs, 'the narrower window still shows the event').toBe(true);
    expect(reveal.active).toBe(true);
  });

  test('stops once the event is drawn', () => {
    const { zoom, reveal } = setup(wide, true);
    reveal.start(target);
    reveal.step();
    expect(reveal.active).toBe(false);
    expect(zoom.reveal).not.toHaveBeenCalled();
    expect(zoom.zoomTo).not.toHaveBeenCalled();
  });

  test('gives up at the finest zoom when the event is still in a cluster', () => {
    const { zoom, reveal } = setup({ start: startMs - 3 * DAY, end: startMs + 4 * DAY });
    reveal.start(target);
    reveal.step();
    expect(reveal.active).toBe(false);
    expect(zoom.zoomTo).not.toHaveBeenCalled();
  });

  test('does nothing while the zoom is moving, has no window, or the timeline cannot be shown; goes on after', () => {
    const { zoom, state, reveal } = setup(wide);
    reveal.start(target);
    zoom.moving = true;
    reveal.step();
    zoom.moving = false;
    state.canShow = false;
    reveal.step();
    state.canShow = true;
    zoom.window = null;
    reveal.step();
    expect(zoom.zoomTo).not.toHaveBeenCalled();
    expect(reveal.active).toBe(true);
    zoom.window = wide;
    reveal.step();
    expect(zoom.zoomTo).toHaveBeenCalledOnce();
  });

  test('cancel stops it', () => {
    const { zoom, reveal } = setup(wide);
    reveal.start(target);
    reveal.cancel();
    expect(reveal.active).toBe(false);
    reveal.step();
    expect(zoom.zoomTo).not.toHaveBeenCalled();
  });

  test('stops when the event is gone (a new story)', () => {
    const { zoom, reveal } = setup(wide);
    reveal.start({ ...target, id: 'gone' });
    reveal.step();
    expect(reveal.active).toBe(false);
    expect(zoom.zoomTo).not.toHaveBeenCalled();
  });

  test('step after step (zoom following its requests) it ends with the event drawn', () => {
    const { zoom, state, reveal } = setup({ start: startMs - 60 * 365 * DAY, end: startMs - 50 * 365 * DAY });
    zoom.reveal.mockImplementation(() => (zoom.window = { start: startMs - 5 * 365 * DAY, end: startMs + 5 * 365 * DAY }));
    zoom.zoomTo.mockImplementation((w: TimeWindow) => (zoom.window = w));
    reveal.start(target);
    let steps = 0;
    while (reveal.active && steps < 50) {
      // Drawn on its own once the view is narrower than a year.
      state.drawn = zoom.window!.end - zoom.window!.start < 365 * DAY;
      reveal.step();
      steps++;
    }
    expect(reveal.active).toBe(false);
    expect(state.drawn).toBe(true);
    expect(zoom.reveal).toHaveBeenCalledOnce();
    expect(steps).toBeLessThan(10);
  });

  test('works in axis time: pans to where the axis puts the event', () => {
    const shift = 3650 * DAY;
    const axis: AxisScale = { mode: 'compressed', gaps: [], toAxis: (t) => t - shift, fromAxis: (p) => p + shift };
    // In view in real time, out of view on the axis.
    const { zoom, reveal } = setup(wide, false, axis);
    reveal.start(target, true);
    expect(zoom.reveal).toHaveBeenCalledExactlyOnceWith(startMs - shift, endMs - shift);
    reveal.step();
    expect(zoom.reveal).toHaveBeenCalledTimes(2);
    expect(zoom.zoomTo).not.toHaveBeenCalled();
  });
});
