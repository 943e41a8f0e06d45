import { describe, expect, test } from 'vitest';
import { policiesAllowBlobWorker } from '../../../src/timeline/loading/worker-policy';

describe('which policies let the blob worker start', () => {
  test('blob: in the directive that governs workers, no Trusted Types requirement', () => {
    const strict = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
    expect(policiesAllowBlobWorker([])).toBe(true);
    expect(policiesAllowBlobWorker([strict])).toBe(false);
    expect(policiesAllowBlobWorker([`${strict}; worker-src 'self' blob:`])).toBe(true);
    expect(policiesAllowBlobWorker(["default-src 'self'; child-src blob:"])).toBe(true);
    expect(policiesAllowBlobWorker(["script-src 'self' blob:; worker-src 'self'"])).toBe(false);
    expect(policiesAllowBlobWorker(["script-src 'nonce-x' 'strict-dynamic' blob:"])).toBe(false);
    expect(policiesAllowBlobWorker([`${strict}; worker-src blob:; require-trusted-types-for 'script'`])).toBe(false);
    expect(policiesAllowBlobWorker(["img-src 'self'", "default-src 'self'"])).toBe(false);
    // Two policies in one header: each must allow it.
    expect(policiesAllowBlobWorker(["worker-src blob:, img-src 'self'"])).toBe(true);
    expect(policiesAllowBlobWorker(["worker-src blob:, script-src 'self'"])).toBe(false);
  });
});
