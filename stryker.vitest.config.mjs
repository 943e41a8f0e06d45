// The unit tests of the pure modules, for StrykerJS (stryker.config.mjs): the `unit` project of
// vite.config.ts without the tests that test scripts or builds rather than src/model and src/layout.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  resolve: { alias: { 'd3-transition': fileURLToPath(new URL('./src/vendor/d3-interrupt.ts', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/model/**/*.test.ts', 'tests/layout/**/*.test.ts'],
    exclude: [
      '**/*.browser.test.ts',
      'tests/unit/authoring-*.test.ts',
      'tests/unit/bundle.test.ts',
      'tests/unit/find-browser.test.ts',
      'tests/unit/readme-api.test.ts',
      'tests/unit/no-html-injection.test.ts',
      'tests/unit/check-data.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
