import { afterEach, describe, expect, test, vi } from 'vitest';
import { TimeAxisController } from '../../../src/timeline/controllers/time-axis-controller';
import type { ZoomController } from '../../../src/timeline/controllers/zoom-controller';
import { LINEAR_AXIS, fromAxisWindow, toAxisWindow } from '../../../src/layout/axis-scale';
import type { TimeWindow } from '../../../src/layout/time-window';
import { attach, detachAll, tinyStory } from '../../support/controller-host';

afterEach(detachAll);

const at = (iso: string) => Date.parse(iso);

/** Events in 1990–1991 and 2020–2021: compressed time draws the 28 empty years narrow. */
const story = tinyStory([
  { id: 'a', date: '1990-03-01' },
  { id: 'b', date: '1991-06-01' },
  { id: 'c', date: '2020-02-01' },
  { id: 'd', date: '2021-09-01' },
]);

/** A stand-in for the zoom controller: its window, and the bounds and moves the axis asks of it. */
function stubZoom() {
  const zoom = {
    window: null as TimeWindow | null,
    setBounds: vi.fn(),
    zoomTo: vi.fn((w: TimeWindow, _animate?: boolean) => void (zoom.window = w)),
  };
  return zoom;
}

/** A timeline area 1000 px wide, 100 px from the page's left edge. */
async function viewportAt(dir?: 'rtl'): Promise<HTMLElement> {
  const box = document.createElement('div');
  Object.assign(box.style, { position: 'absolute', left: '100px', top: '0', width: '1000px', height: '50px' });
  if (dir) box.setAttribute('dir', dir);
  return attach(box);
}

function setup(viewport: HTMLElement | null = null) {
  const zoom = stubZoom();
  const time = new TimeAxisController({ zoom: zoom as unknown as ZoomController, viewport: () => viewport });
  return { zoom, time };
}

describe('TimeAxisController', () => {
  test('a new story: its axis in the mode asked for, and its bounds on that axis', () => {
    const { zoom, time } = setup();
    expect(time.axis).toBe(LINEAR_AXIS);
    time.useStory(story, 'compressed');
    expect(time.axis).toBe(story.axis('compressed'));
    expect(time.axis.gaps).toHaveLength(1);
    expect(zoom.setBounds).toHaveBeenCalledExactlyOnceWith(story.bounds(time.axis));
    expect(zoom.zoomTo, 'nothing asked for: the zoom shows the bounds').not.toHaveBeenCalled();
    time.useStory(story, 'linear');
    expect(time.axis).toBe(LINEAR_AXIS);
    expect(zoom.setBounds).toHaveBeenLastCalledWith(story.bounds(LINEAR_AXIS));
  });

  test('a real window asked for before the story is shown at once when it arrives, in axis time, and only then', () => {
    const { zoom, time } = setup();
    const august = { start: at('2021-08-01'), end: at('2021-09-01') };
    time.showReal(august, false);
    expect(zoom.zoomTo).not.toHaveBeenCalled();
    time.useStory(story, 'compressed');
    expect(zoom.zoomTo).toHaveBeenCalledExactlyOnceWith(toAxisWindow(time.axis, august), false);
    time.useStory(story, 'compressed');
    expect(zoom.zoomTo, 'the request is used up').toHaveBeenCalledOnce();
  });

  test('with a story, a real window is shown on the axis, animated', () => {
    const { zoom, time } = setup();
    time.useStory(story, 'compressed');
    const span = { start: at('1991-01-01'), end: at('2020-06-01') };
    time.showReal(span, true);
    expect(zoom.zoomTo).toHaveBeenCalledExactlyOnceWith(toAxisWindow(time.axis, span));
    // The gap is drawn narrow: the window on the axis is far shorter than in real time.
    const onAxis = zoom.zoomTo.mock.calls[0][0];
    expect(onAxis.end - onAxis.start).toBeLessThan((span.end - span.start) / 3);
  });

  test('another time scale keeps the same real window, moved without animation', () => {
    const { zoom, time } = setup();
    time.useStory(story, 'compressed');
    const real = { start: at('1990-01-01'), end: at('2021-01-01') };
    zoom.window = toAxisWindow(time.axis, real);
    time.setMode(story, 'linear');
    expect(time.axis).toBe(LINEAR_AXIS);
    expect(zoom.setBounds).toHaveBeenLastCalledWith(story.bounds(LINEAR_AXIS));
    const [shown, animate] = zoom.zoomTo.mock.lastCall!;
    expect(animate).toBe(false);
    expect(shown.start).toBeCloseTo(real.start, -1);
    expect(shown.end).toBeCloseTo(real.end, -1);
  });

  test('realView gives an axis window as ISO date-times of real time', () => {
    const { time } = setup();
    time.useStory(story, 'compressed');
    const real = { start: at('1991-01-01'), end: at('2021-01-01') };
    expect(time.realView(toAxisWindow(time.axis, real))).toEqual({ start: '1991-01-01T00:00:00.000Z', end: '2021-01-01T00:00:00.000Z' });
    expect(fromAxisWindow(time.axis, toAxisWindow(time.axis, real))).toEqual(real);
  });

  test('xOfTime: where a real time is drawn in a view of a width, or null when out of view or unknown', () => {
    const { zoom, time } = setup();
    time.useStory(story, 'linear');
    expect(time.xOfTime(at('2000-01-01'), 1000), 'no window yet').toBeNull();
    zoom.window = { start: at('2000-01-01'), end: at('2010-01-01') };
    expect(time.xOfTime(at('2000-01-01'), 1000)).toBe(0);
    expect(time.xOfTime(at('2010-01-01'), 1000)).toBe(1000);
    expect(time.xOfTime((at('2000-01-01') + at('2010-01-01')) / 2, 1000)).toBeCloseTo(500, 6);
    expect(time.xOfTime(at('1999-12-31'), 1000)).toBeNull();
    expect(time.xOfTime(at('2010-01-02'), 1000)).toBeNull();
    expect(time.xOfTime(null, 1000)).toBeNull();
    expect(time.xOfTime(at('2005-01-01'), 0)).toBeNull();
  });

  test('timeAt and xOf cross between page positions and real time, and agree within a pixel', async () => {
    const { zoom, time } = setup(await viewportAt());
    time.useStory(story, 'compressed');
    zoom.window = story.bounds(time.axis);
    for (const x of [101, 300, 600, 1099]) {
      const date = time.timeAt(x)!;
      expect(date, `a date at x = ${x}`).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(Math.abs(time.xOf(date)! - x)).toBeLessThanOrEqual(1);
    }
    expect(time.timeAt(99), 'left of the timeline').toBeNull();
    expect(time.timeAt(1101), 'right of it').toBeNull();
    expect(time.xOf('1970'), 'a date before the window').toBeNull();
    expect(time.xOf('not a date')).toBeNull();
    // An EDTF date counts from its start: 2020 is where 1 January 2020 is.
    expect(time.xOf('2020')).toBeCloseTo(time.xOf('2020-01-01T00:00:00Z')!, 6);
  });

  test('right to left, time runs from the right edge', async () => {
    const ltr = setup(await viewportAt());
    const rtl = setup(await viewportAt('rtl'));
    for (const { zoom, time } of [ltr, rtl]) {
      time.useStory(story, 'linear');
      zoom.window = { start: at('2000-01-01'), end: at('2010-01-01') };
    }
    expect(rtl.time.xOf('2000-01-01')).toBeCloseTo(1100, 6);
    expect(ltr.time.xOf('2000-01-01')).toBeCloseTo(100, 6);
    expect(rtl.time.timeAt(1100)).toBe('2000-01-01T00:00:00.000Z');
    expect(rtl.time.timeAt(300)).toBe(ltr.time.timeAt(900));
  });

  test('without a viewport on the page, no page position has a time', () => {
    const { zoom, time } = setup(null);
    time.useStory(story, 'linear');
    zoom.window = { start: at('2000-01-01'), end: at('2010-01-01') };
    expect(time.timeAt(500)).toBeNull();
    expect(time.xOf('2005')).toBeNull();
  });
});
