import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as d3 from 'd3-array';
import { bisectLeft, bisectRight } from '../../src/layout/bisect';

const sorted = fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 40 }).map((values) => Float64Array.from(values.sort((a, b) => a - b)));
const probe = fc.oneof(fc.integer({ min: -25, max: 25 }), fc.double({ noNaN: true }), fc.constant(Number.NaN));

describe('bisectLeft and bisectRight', () => {
  test('find where a value goes before or after its equals, as d3-array does', () => {
    fc.assert(
      fc.property(sorted, probe, (values, x) => {
        expect(bisectLeft(values, x)).toBe(d3.bisectLeft(values, x));
        expect(bisectRight(values, x)).toBe(d3.bisectRight(values, x));
      }),
    );
  });

  test('every value before the left index is below x; every value from the right index on is above it', () => {
    const values = [1, 3, 3, 3, 7];
    expect(bisectLeft(values, 3)).toBe(1);
    expect(bisectRight(values, 3)).toBe(4);
    expect(bisectLeft(values, 0)).toBe(0);
    expect(bisectRight(values, 9)).toBe(5);
    expect(bisectLeft([], 1)).toBe(0);
  });

  test('NaN matches nothing: it goes after everything', () => {
    expect(bisectLeft([1, 2], Number.NaN)).toBe(2);
    expect(bisectRight([1, 2], Number.NaN)).toBe(2);
  });
});
