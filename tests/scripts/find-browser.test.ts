import { describe, expect, test } from 'vitest';
import { browserCandidates, findBrowser } from '../../scripts/find-browser';

describe('browser finder', () => {
  test('looks at CHROMIUM_PATH, then CHROME_PATH, then the usual Debian paths', () => {
    expect(browserCandidates({ CHROMIUM_PATH: '/a', CHROME_PATH: '/b' })).toEqual([
      '/a', '/b', '/usr/bin/chromium', '/usr/bin/google-chrome',
    ]);
  });
  test('with no browser anywhere, it fails with one sentence saying how to get one', () => {
    expect(() => findBrowser({ CHROMIUM_PATH: '/nowhere/chromium' }, ['/nowhere/else'])).toThrow(
      /^No Chromium found \(looked at CHROMIUM_PATH, CHROME_PATH, \/usr\/bin\/chromium, \/usr\/bin\/google-chrome\): install one \(on Debian: sudo apt-get install -y chromium\) or set CHROMIUM_PATH to its executable\.$/,
    );
  });
  test('an existing CHROMIUM_PATH wins', () => {
    expect(findBrowser({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});
