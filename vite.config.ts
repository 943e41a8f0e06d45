import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { findBrowser, chromiumArgs } from './scripts/find-browser.ts';

const wantsBrowser = !process.argv.includes('unit');

export default defineConfig({
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: wantsBrowser ? findBrowser() : undefined,
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }],
          },
        },
      },
    ],
  },
});
