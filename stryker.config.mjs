// @ts-check
/**
 * `npm run mutation`: StrykerJS over the pure modules (src/model, src/layout), killed by the Node
 * unit tests only. Takes minutes, so it is not part of `npm test`; the report lands in reports/.
 * src/authoring is left out for now; to add it, list 'src/authoring/**\/*.ts' under `mutate`.
 */

// The unit tests expect this zone (see `npm run test:unit`); the test workers inherit it.
process.env.TZ = 'America/Los_Angeles';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.mjs', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/model/**/*.ts',
    'src/layout/**/*.ts',
    // Types and re-exports only: nothing to mutate.
    '!src/model/types.ts',
    '!src/model/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores, shared: one or two workers. `--concurrency 2` on a quiet machine.
  concurrency: 1,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ['dist', 'reports', 'bench/results', 'examples', 'docs', 'tests/e2e', 'tests/browser', '*.browser.test.ts', '.vite', 'coverage'],
  // Stryker rewrites tsconfig `extends`/`references` with TypeScript's JS API, which TypeScript 7
  // no longer has; ours has neither, so point the rewrite at no file.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
