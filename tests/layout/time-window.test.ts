import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../scripts/synthetic-story';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import {
  clampWindow, isSameWindow, padWindow, panWindow, transformToWindow,
  windowToTransform, zoomWindowAt, type TimeWindow,
} from '../../src/layout/time-window';
import { DAY_MS, WEEK_MS } from '../../src/model/time-constants';

const random = mulberry32;

const YEAR_MS = 365.2425 * DAY_MS;
const T1990 = Date.UTC(1990, 0, 1);
const bounds: TimeWindow = { start: T1990, end: T1990 + 33 * YEAR_MS };

function randomWindow(next: () => number): TimeWindow {
  const start = T1990 - 40 * YEAR_MS + next() * 80 * YEAR_MS;
  return { start, end: start + DAY_MS + next() * 50 * YEAR_MS };
}

describe('padWindow', () => {
  test('padding adds the fraction of the span on each side', () => {
    expect(padWindow({ start: 1000, end: 2000 }, 0.1)).toEqual({ start: 900, end: 2100 });
  });
  test('an extent narrower than minSpan is widened to it around its centre', () => {
    const day = { start: T1990, end: T1990 + DAY_MS };
    const w = padWindow(day, 0.05, WEEK_MS);
    expect(w.end - w.start).toBe(WEEK_MS);
    expect((w.start + w.end) / 2).toBe(T1990 + DAY_MS / 2);
  });
  test('an empty extent still gives a window with end > start', () => {
    const w = padWindow({ start: T1990, end: T1990 }, 0.1);
    expect(w.end).toBeGreaterThan(w.start);
  });
});

describe('clampWindow', () => {
  test('clamp never lets the window leave the bounds', () => {
    const next = random(1);
    for (let i = 0; i < 2000; i++) {
      const w = clampWindow(randomWindow(next), bounds, WEEK_MS);
      expect(w.start).toBeGreaterThanOrEqual(bounds.start);
      expect(w.end).toBeLessThanOrEqual(bounds.end);
      expect(w.end).toBeGreaterThan(w.start);
    }
  });
  test('clamp keeps the span between minSpan and the bounds span', () => {
    const tiny = clampWindow({ start: T1990 + YEAR_MS, end: T1990 + YEAR_MS + 1000 }, bounds, WEEK_MS);
    expect(tiny.end - tiny.start).toBeCloseTo(WEEK_MS, 0);
    const huge = clampWindow({ start: T1990 - 100 * YEAR_MS, end: T1990 + 100 * YEAR_MS }, bounds, WEEK_MS);
    expect(huge).toEqual(bounds);
  });
  test('clamp shifts a window hanging over an edge back inside, keeping its span', () => {
    const w = clampWindow({ start: bounds.end - YEAR_MS, end: bounds.end + YEAR_MS }, bounds, WEEK_MS);
    expect(w.end).toBe(bounds.end);
    expect(w.end - w.start).toBeCloseTo(2 * YEAR_MS, 0);
  });
  test('clamp leaves a window already inside the bounds alone', () => {
    const w = { start: T1990 + YEAR_MS, end: T1990 + 2 * YEAR_MS };
    expect(clampWindow(w, bounds, WEEK_MS)).toEqual(w);
  });
});

describe('zoomWindowAt and panWindow', () => {
  test('zooming keeps the anchor under the pointer', () => {
    const next = random(2);
    for (let i = 0; i < 1000; i++) {
      const w = randomWindow(next);
      const anchor = w.start + next() * (w.end - w.start);
      const factor = 0.2 + next() * 3;
      const z = zoomWindowAt(w, factor, anchor);
      const before = (anchor - w.start) / (w.end - w.start);
      const after = (anchor - z.start) / (z.end - z.start);
      expect(after).toBeCloseTo(before, 9);
      expect(z.end - z.start).toBeCloseTo((w.end - w.start) * factor, -1);
    }
  });
  test('a factor below 1 zooms in', () => {
    const z = zoomWindowAt({ start: 0, end: 1000 }, 0.5, 500);
    expect(z).toEqual({ start: 250, end: 750 });
  });
  test('panning shifts both ends by the same amount', () => {
    expect(panWindow({ start: 0, end: 1000 }, -250)).toEqual({ start: -250, end: 750 });
  });
});

describe('window ↔ transform', () => {
  test('window ↔ transform round-trips', () => {
    const next = random(3);
    for (let i = 0; i < 2000; i++) {
      const w = randomWindow(next);
      const width = 200 + next() * 3000;
      const back = transformToWindow(windowToTransform(w, bounds, width), bounds, width);
      expect(isSameWindow(back, w)).toBe(true);
    }
  });
  test('round-trips a one-week window in 44 BCE against a 500-year base', () => {
    const start = -63524131200000;
    const base = { start: start - 250 * YEAR_MS, end: start + 250 * YEAR_MS };
    const w = { start, end: start + WEEK_MS };
    const back = transformToWindow(windowToTransform(w, base, 2560), base, 2560);
    expect(isSameWindow(back, w)).toBe(true);
  });
  test('the transform rescales the base scale to the window, as d3-zoom computes it', () => {
    const next = random(4);
    for (let i = 0; i < 200; i++) {
      const w = randomWindow(next);
      const width = 320 + next() * 2000;
      const { k, x } = windowToTransform(w, bounds, width);
      const base = scaleUtc().domain([bounds.start, bounds.end]).range([0, width]);
      const [s, e] = zoomIdentity.translate(x, 0).scale(k).rescaleX(base).domain().map(Number);
      expect(isSameWindow({ start: s, end: e }, w)).toBe(true);
    }
  });
  test('the base window is the identity transform', () => {
    const t = windowToTransform(bounds, bounds, 1000);
    expect(t.k).toBe(1);
    expect(t.x).toBeCloseTo(0, 9);
  });
});

describe('isSameWindow', () => {
  test('tolerates sub-millisecond error but not a real change', () => {
    const w = { start: T1990, end: T1990 + WEEK_MS };
    expect(isSameWindow(w, { start: w.start + 0.4, end: w.end - 0.4 })).toBe(true);
    expect(isSameWindow(w, panWindow(w, 60_000))).toBe(false);
    expect(isSameWindow(w, panWindow(w, 60_000), 120_000)).toBe(true);
  });
  test('a window whose start moved but whose end did not is a change, and so is the reverse', () => {
    const w = { start: T1990, end: T1990 + WEEK_MS };
    expect(isSameWindow(w, { start: w.start + DAY_MS, end: w.end })).toBe(false);
    expect(isSameWindow(w, { start: w.start - DAY_MS, end: w.end })).toBe(false);
    expect(isSameWindow(w, { start: w.start, end: w.end + DAY_MS })).toBe(false);
    expect(isSameWindow(w, { start: w.start, end: w.end - DAY_MS })).toBe(false);
    // Exactly the tolerance still counts as the same window.
    expect(isSameWindow(w, { start: w.start + 1, end: w.end - 1 })).toBe(true);
    expect(isSameWindow(w, { start: w.start + 2, end: w.end }, 2)).toBe(true);
  });
});
