// The unit tests of the pure modules, for StrykerJS (stryker.config.mjs): the `unit` project of
// vite.config.ts without the tests of scripts, builds, docs and the authoring module, which do not
// test src/model and src/layout.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  resolve: { alias: { 'd3-transition': fileURLToPath(new URL('./src/vendor/d3-interrupt.ts', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [
      '**/*.browser.test.ts',
      'tests/e2e/**',
      'tests/browser/**',
      'tests/authoring/**',
      'tests/build/**',
      'tests/docs/**',
      'tests/scripts/**',
      'tests/no-html-injection.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
