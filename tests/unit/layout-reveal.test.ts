import { describe, expect, test } from 'vitest';
import { clusterAction, isFinestZoom, nextRevealStep, revealWindow } from '../../src/layout/reveal';
import { DAY_MS, WEEK_MS } from '../../src/layout/time-window';

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
