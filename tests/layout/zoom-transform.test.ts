import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { zoom, zoomIdentity } from 'd3-zoom';
import {
  clampScale, constrainTransform, invertX, pinchTransform, wheelScaleExponent, zoomAround,
  type TouchAnchor, type ZoomTransform,
} from '../../src/layout/zoom-transform';

const WIDTH = 800;
const EXTENT: [number, number] = [1, 500];
const transforms = fc.record({ k: fc.double({ min: 0.5, max: 500, noNaN: true }), x: fc.double({ min: -400_000, max: 4000, noNaN: true }) });

/** A finger at screen x (y 100) holding what `t` shows there. */
function finger(t: ZoomTransform, x: number, y = 100): TouchAnchor {
  return { x, y, baseX: invertX(t, x), baseY: y / t.k };
}

describe('zoomAround', () => {
  test('the base point asked for is shown at the screen x asked for, at the new scale', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 500, noNaN: true }), fc.double({ min: 0, max: WIDTH, noNaN: true }), fc.double({ min: 0, max: WIDTH, noNaN: true }), (k, x, baseX) => {
        const t = zoomAround(k, x, baseX, EXTENT);
        expect(t.k).toBe(k);
        expect(invertX(t, x)).toBeCloseTo(baseX, 6);
      }),
    );
  });

  test('the scale stays within the scale extent, with the point still held', () => {
    expect(zoomAround(1000, 200, 50, EXTENT).k).toBe(500);
    expect(zoomAround(0.2, 200, 50, EXTENT).k).toBe(1);
    expect(invertX(zoomAround(1000, 200, 50, EXTENT), 200)).toBeCloseTo(50, 9);
    expect(clampScale(Number.POSITIVE_INFINITY, EXTENT)).toBe(500);
  });
});

describe('constrainTransform', () => {
  test('the view never leaves the base view: its edges show base x within [0, width]', () => {
    fc.assert(
      fc.property(transforms.filter((t) => t.k >= 1), (t) => {
        const c = constrainTransform(t, WIDTH);
        expect(c.k).toBe(t.k);
        expect(invertX(c, 0)).toBeGreaterThanOrEqual(-1e-6);
        expect(invertX(c, WIDTH)).toBeLessThanOrEqual(WIDTH + 1e-6);
      }),
    );
  });

  test('a view inside the base view is left alone, one past an edge moves the least to that edge', () => {
    expect(constrainTransform({ k: 2, x: -300 }, WIDTH)).toEqual({ k: 2, x: -300 });
    expect(constrainTransform({ k: 2, x: 120 }, WIDTH)).toEqual({ k: 2, x: 0 });
    expect(constrainTransform({ k: 2, x: -1000 }, WIDTH)).toEqual({ k: 2, x: -800 });
  });

  test("is d3-zoom's default constraint along x, with extent and translate extent [0, width]", () => {
    const d3Constrain = zoom().constrain();
    const box: [[number, number], [number, number]] = [[0, 0], [WIDTH, 200]];
    fc.assert(
      fc.property(transforms, (t) => {
        const expected = d3Constrain(zoomIdentity.translate(t.x, 0).scale(t.k), box, box);
        expect(constrainTransform(t, WIDTH).x).toBeCloseTo(expected.x, 6);
      }),
    );
  });
});

describe('wheelScaleExponent', () => {
  test('a wheel towards the reader zooms out, away zooms in; in pixels, lines and pages', () => {
    expect(wheelScaleExponent({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(0.2, 9);
    expect(wheelScaleExponent({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(-0.2, 9);
    expect(wheelScaleExponent({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(0.15, 9);
    expect(wheelScaleExponent({ deltaY: -1, deltaMode: 2, ctrlKey: false })).toBe(1);
  });

  test('a trackpad pinch (Ctrl + a small pixel delta) is sped up fourfold; a Ctrl + wheel notch is not', () => {
    expect(wheelScaleExponent({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.08, 9);
    expect(wheelScaleExponent({ deltaY: -100, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.2, 9);
  });

  test('Ctrl + wheel at a point zooms around it: the point stays under the pointer', () => {
    const t = { k: 3, x: -500 };
    const at = 230;
    const k = clampScale(t.k * 2 ** wheelScaleExponent({ deltaY: -100, deltaMode: 0, ctrlKey: true }), EXTENT);
    const after = constrainTransform(zoomAround(k, at, invertX(t, at), EXTENT), WIDTH);
    expect(after.k).toBeCloseTo(3 * 2 ** 0.2, 9);
    expect(invertX(after, at)).toBeCloseTo(invertX(t, at), 9);
  });
});

describe('pinchTransform', () => {
  test('fingers spread from 80 to 320 px apart zoom in fourfold around the point between them', () => {
    const t = { k: 1, x: 0 };
    const a = finger(t, 360);
    const b = finger(t, 440);
    a.x = 240;
    b.x = 560;
    const after = pinchTransform(t, a, b, EXTENT);
    expect(after.k).toBeCloseTo(4, 9);
    expect(invertX(after, 400)).toBeCloseTo(400, 9);
  });

  test('each finger keeps its base point under it when both move apart evenly, and the midpoint always', () => {
    fc.assert(
      fc.property(transforms.filter((t) => t.k >= 2 && t.k <= 100), fc.double({ min: 10, max: 300, noNaN: true }), fc.double({ min: 0.5, max: 4, noNaN: true }), (t, gap, spread) => {
        const centre = WIDTH / 2;
        const a = finger(t, centre - gap / 2);
        const b = finger(t, centre + gap / 2);
        a.x = centre - (gap * spread) / 2;
        b.x = centre + (gap * spread) / 2;
        const after = pinchTransform(t, a, b, EXTENT);
        expect(after.k / t.k).toBeCloseTo(spread, 6);
        expect(invertX(after, a.x)).toBeCloseTo(a.baseX, 4);
        expect(invertX(after, centre)).toBeCloseTo((a.baseX + b.baseX) / 2, 4);
      }),
    );
  });

  test('a vertical pinch zooms too: the distance counts, not its direction', () => {
    const t = { k: 2, x: -100 };
    const a = finger(t, 400, 100);
    const b = finger(t, 400, 200);
    a.y = 50;
    b.y = 250;
    expect(pinchTransform(t, a, b, EXTENT).k).toBeCloseTo(4, 9);
  });

  test('two fingers on one point keep the scale; the scale stays within the extent', () => {
    const t = { k: 2, x: -100 };
    expect(pinchTransform(t, finger(t, 300), finger(t, 300), EXTENT).k).toBe(2);
    const a = finger(t, 399);
    const b = finger(t, 401);
    a.x = 0;
    b.x = WIDTH;
    expect(pinchTransform(t, a, b, EXTENT).k).toBe(500);
  });
});
