import { describe, expect, test } from 'vitest';
import { browserCandidates, findBrowser } from '../../scripts/find-browser';

describe('browser finder', () => {
  test('looks at CHROMIUM_PATH, then CHROME_PATH, then the usual Debian paths', () => {
    expect(browserCandidates({ CHROMIUM_PATH: '/a', CHROME_PATH: '/b' })).toEqual([
      '/a', '/b', '/usr/bin/chromium', '/usr/bin/google-chrome',
    ]);
  });
  test('an existing CHROMIUM_PATH wins', () => {
    expect(findBrowser({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});
