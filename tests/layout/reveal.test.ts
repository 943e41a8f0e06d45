import { describe, expect, test } from 'vitest';
import { clusterAction, isFinestZoom, nextRevealStep, revealWindow } from '../../src/layout/reveal';
import { padWindow } from '../../src/layout/time-window';
import { DAY_MS, WEEK_MS } from '../../src/model/time-constants';

const view = { start: 0, end: 100 * DAY_MS };

describe('isFinestZoom', () => {
  test('a window within 5% of the narrowest counts as the finest zoom', () => {
    expect(isFinestZoom({ start: 0, end: WEEK_MS }, WEEK_MS)).toBe(true);
    expect(isFinestZoom({ start: 0, end: WEEK_MS * 1.05 }, WEEK_MS)).toBe(true);
    expect(isFinestZoom({ start: 0, end: WEEK_MS * 1.06 }, WEEK_MS)).toBe(false);
  });
});

describe('revealWindow', () => {
  test('a range already in view with its margins is left alone', () => {
    expect(revealWindow(view, 40 * DAY_MS, 41 * DAY_MS)).toBeNull();
  });

  test('a range past the right edge pans the least, keeping the span and an 8% margin', () => {
    const w = revealWindow(view, 150 * DAY_MS, 151 * DAY_MS)!;
    expect(w.end - w.start).toBeCloseTo(100 * DAY_MS);
    expect(w.end).toBeCloseTo(151 * DAY_MS + 8 * DAY_MS);
  });

  test('a range before the left edge pans back to it with the margin', () => {
    const w = revealWindow(view, -50 * DAY_MS, -49 * DAY_MS)!;
    expect(w.start).toBeCloseTo(-58 * DAY_MS);
    expect(w.end - w.start).toBeCloseTo(100 * DAY_MS);
  });

  test('a range inside the view but within the margin still pans', () => {
    const w = revealWindow(view, 1 * DAY_MS, 2 * DAY_MS)!;
    expect(w.start).toBeCloseTo(-7 * DAY_MS);
  });

  test('a range longer than the view widens it around the range, at most fourfold', () => {
    const w = revealWindow(view, 0, 1000 * DAY_MS)!;
    expect((w.start + w.end) / 2).toBeCloseTo(500 * DAY_MS);
    expect(w.end - w.start).toBeCloseTo(400 * DAY_MS + 16 * DAY_MS);
  });

  test('a long range whose first half-view is shown counts as shown', () => {
    expect(revealWindow(view, 20 * DAY_MS, 500 * DAY_MS)).toBeNull();
    // Its first half-view (60 to 110 days) runs past the right margin: not shown.
    expect(revealWindow(view, 60 * DAY_MS, 500 * DAY_MS)).not.toBeNull();
  });
});

describe('nextRevealStep', () => {
  test('drawn and in view: done', () => {
    expect(nextRevealStep(view, 10 * DAY_MS, 11 * DAY_MS, true, WEEK_MS)).toEqual({ kind: 'done' });
  });

  test('out of view: pan, whether or not a mark exists', () => {
    expect(nextRevealStep(view, 200 * DAY_MS, 201 * DAY_MS, false, WEEK_MS)).toEqual({ kind: 'pan' });
    expect(nextRevealStep(view, 200 * DAY_MS, 201 * DAY_MS, true, WEEK_MS)).toEqual({ kind: 'pan' });
  });

  test('in view but clustered: zoom in threefold around the event', () => {
    const step = nextRevealStep(view, 30 * DAY_MS, 31 * DAY_MS, false, WEEK_MS);
    expect(step.kind).toBe('zoom');
    if (step.kind !== 'zoom') return;
    expect(step.window.end - step.window.start).toBeCloseTo((100 * DAY_MS) / 3);
    expect((step.window.start + step.window.end) / 2).toBeCloseTo(30.5 * DAY_MS);
  });

  test('clustered even at the finest zoom: give up', () => {
    expect(nextRevealStep({ start: 0, end: WEEK_MS }, DAY_MS, 2 * DAY_MS, false, WEEK_MS)).toEqual({ kind: 'give-up' });
  });
});

describe('clusterAction', () => {
  test('at the finest zoom a cluster opens its first event', () => {
    expect(clusterAction({ start: 0, end: WEEK_MS }, 0, DAY_MS, WEEK_MS, 2)).toEqual({ kind: 'open-first' });
  });

  test('a small cluster zooms to its events with 15% padding, at least a day wide', () => {
    const action = clusterAction(view, 10 * DAY_MS, 10 * DAY_MS, WEEK_MS, 2);
    expect(action.kind).toBe('zoom-to');
    if (action.kind !== 'zoom-to') return;
    expect(action.window.end - action.window.start).toBeCloseTo(1.3 * DAY_MS);
    expect((action.window.start + action.window.end) / 2).toBeCloseTo(10.5 * DAY_MS);
  });

  test('a cluster spread over most of the view steps in around its middle, kept inside the view', () => {
    expect(clusterAction(view, 10 * DAY_MS, 90 * DAY_MS, WEEK_MS, 2)).toEqual({ kind: 'zoom-by', factor: 2, anchor: 50 * DAY_MS });
    const beyond = clusterAction(view, 80 * DAY_MS, 200 * DAY_MS, WEEK_MS, 2);
    expect(beyond).toEqual({ kind: 'zoom-by', factor: 2, anchor: 100 * DAY_MS });
  });
});

describe('reveal maths on a view away from time 0', () => {
  // 100 days from day 1000: the maths must use the view's span, not its end.
  const T = 1000 * DAY_MS;
  const away = { start: T, end: T + 100 * DAY_MS };
  const margin = (away.end - away.start) * 0.08;

  test('the finest zoom is judged by the span', () => {
    expect(isFinestZoom({ start: T, end: T + WEEK_MS }, WEEK_MS)).toBe(true);
  });

  test('a range exactly at the margins is shown; one inside the right margin pans', () => {
    expect(revealWindow(away, away.start + margin, away.start + margin + DAY_MS)).toBeNull();
    expect(revealWindow(away, away.end - margin - DAY_MS, away.end - margin)).toBeNull();
    const w = revealWindow(away, T + 95 * DAY_MS, T + 96 * DAY_MS)!;
    expect(w.end).toBeCloseTo(T + 96 * DAY_MS + margin, -1);
    expect(w.end - w.start).toBeCloseTo(100 * DAY_MS, -1);
  });

  test('a range before the view pans back to it with the margin', () => {
    const w = revealWindow(away, T - 50 * DAY_MS, T - 49 * DAY_MS)!;
    expect(w.start).toBeCloseTo(T - 50 * DAY_MS - margin, -1);
  });

  test('a range that fits the view but not its margins widens it around the range', () => {
    // 90 days: more than the 84 between the margins, less than the view.
    const w = revealWindow(away, T - 200 * DAY_MS, T - 110 * DAY_MS)!;
    expect(w.end - w.start).toBeCloseTo(90 * DAY_MS + 2 * margin, -1);
    expect((w.start + w.end) / 2).toBeCloseTo(T - 155 * DAY_MS, -1);
  });

  test('a range of twice the view widens it to the range and its margins', () => {
    const w = revealWindow(away, T + 300 * DAY_MS, T + 500 * DAY_MS)!;
    expect(w.end - w.start).toBeCloseTo(200 * DAY_MS + 2 * margin, -1);
  });

  test('an event that ends where the view starts, or starts where it ends, is out of view', () => {
    expect(nextRevealStep(away, T - DAY_MS, T, true, WEEK_MS)).toEqual({ kind: 'pan' });
    expect(nextRevealStep(away, away.end, away.end + DAY_MS, true, WEEK_MS)).toEqual({ kind: 'pan' });
    expect(nextRevealStep(away, T - 10 * DAY_MS, T - 9 * DAY_MS, true, WEEK_MS)).toEqual({ kind: 'pan' });
  });

  test('a clustered long event zooms in threefold around its first half-view', () => {
    // From day 30 of the view, far past its end: its first half-view is days 30 to 80, centred on 55.
    const step = nextRevealStep(away, T + 30 * DAY_MS, T + 300 * DAY_MS, false, WEEK_MS);
    expect(step).toEqual({ kind: 'zoom', window: { start: T + 55 * DAY_MS - (100 * DAY_MS) / 6, end: T + 55 * DAY_MS + (100 * DAY_MS) / 6 } });
  });

  test('a cluster zooms to its padded span unless that is wider than the view over the zoom step', () => {
    const small = clusterAction(away, T + 10 * DAY_MS, T + 12 * DAY_MS, WEEK_MS, 2);
    expect(small).toEqual({ kind: 'zoom-to', window: padWindow({ start: T + 10 * DAY_MS, end: T + 12 * DAY_MS }, 0.15) });
    const target = padWindow({ start: 10 * DAY_MS, end: 20 * DAY_MS }, 0.15);
    const exact = { start: 0, end: 2 * (target.end - target.start) };
    expect(clusterAction(exact, 10 * DAY_MS, 20 * DAY_MS, WEEK_MS, 2)).toEqual({ kind: 'zoom-to', window: target });
    expect(clusterAction(away, T + 10 * DAY_MS, T + 90 * DAY_MS, WEEK_MS, 2)).toEqual({ kind: 'zoom-by', factor: 2, anchor: T + 50 * DAY_MS });
  });
});
