import { describe, expect, test } from 'vitest';
import { GZIP_BUDGET_BYTES, overBudget } from '../../scripts/check-size.ts';

describe('the size check', () => {
  test('fails above the budget with the size and the overshoot', () => {
    const budget = 110 * 1024;
    expect(overBudget('x.js', { rawBytes: 200_000, gzipBytes: budget + 1 }, budget)).toBe(
      'x.js is 110.0 KB gzipped (112641 bytes), over the 110.0 KB budget by 1 bytes. Find what grew with a look ' +
        'at the bundle, or raise GZIP_BUDGET_BYTES in scripts/check-size.ts with a reason.',
    );
    expect(overBudget('x.js', { rawBytes: 200_000, gzipBytes: budget }, budget)).toBeUndefined();
    // Without a budget given, the ceiling in force.
    expect(overBudget('x.js', { rawBytes: 200_000, gzipBytes: GZIP_BUDGET_BYTES + 1 })).toContain('over the');
    expect(overBudget('x.js', { rawBytes: 200_000, gzipBytes: GZIP_BUDGET_BYTES })).toBeUndefined();
  });
});
