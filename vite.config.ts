import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { defaultClientConditions, type BuildEnvironmentOptions, type PluginOption } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { findBrowser, chromiumArgs } from './scripts/find-browser.ts';
import * as inputCommands from './tests/support/input-commands.ts';
import { minifyCssLiterals } from './scripts/minify-css-literals.ts';

// Only a Vitest run with browser tests needs a browser (`vite build`, `npm start` and `--project unit`
// do not, even when a test spawns them); such a run says how to get one when missing.
const wantsBrowser = (command: string) => process.env.VITEST !== undefined && command === 'serve' && !process.argv.includes('unit');

const entry = 'src/index.ts';

/**
 * Bare specifiers the library build leaves to the user's bundler: the package's dependencies, but
 * not d3-zoom, d3-brush, d3-scale and d3-interpolate. Left to the app's bundler, they would bring
 * d3-transition (which declares side effects, so all of it stays, with d3-ease and d3-timer),
 * d3-color and d3-format: about 11 KB gzipped of code the element never calls. Built in here,
 * they get the same stand-ins as the one-file bundle (see `alias`).
 */
const isDependency = (id: string) => /^(lit|@lit|lit-html|lit-element|d3-(selection|dispatch|drag)|luxon)(\/|$)/.test(id);

const licenseBanner =
  '/*! history-timeline | MIT. Bundles lit (BSD-3-Clause, Google LLC), d3 modules (ISC, Mike Bostock), ' +
  'luxon (MIT, JS Foundation and other contributors). */';

/**
 * `vite build`: dist/history-timeline.js, one self-contained minified ES module for a <script type="module">.
 * Lit's `development` export condition is never used, whatever NODE_ENV says (vitest sets it to `test`).
 */
const bundleBuild: BuildEnvironmentOptions = {
  outDir: 'dist',
  // `npm run clean` empties dist/ first; emptying here would delete dist/lib/.
  emptyOutDir: false,
  copyPublicDir: false,
  target: 'es2022',
  minify: 'oxc',
  lib: { entry, formats: ['es'], fileName: () => 'history-timeline.js' },
  rolldownOptions: {
    output: {
      codeSplitting: false,
      // Vite keeps whitespace in ES libraries; this file is for browsers, so minify it fully.
      minify: true,
      comments: { legal: false, annotation: false, jsdoc: false },
      postBanner: licenseBanner,
    },
  },
};

/**
 * `vite build --mode editor`: dist/history-timeline-editor.js, the editor with the viewer, chrono-node
 * and idb-keyval in one module, written beside the viewer's bundle (whose size and budget it leaves alone).
 */
const editorBuild: BuildEnvironmentOptions = {
  ...bundleBuild,
  lib: { entry: 'src/editor/history-timeline-editor.ts', formats: ['es'], fileName: () => 'history-timeline-editor.js' },
  rolldownOptions: {
    output: {
      ...bundleBuild.rolldownOptions!.output,
      postBanner: licenseBanner.replace(' */', ' Editor: chrono-node (MIT, Wanasit Tanakitrungruang), idb-keyval (Apache-2.0, Jake Archibald). */'),
    },
  },
};

/** `vite build --mode lib`: dist/lib/, one ES module per source file, dependencies left as imports. */
const libraryBuild: BuildEnvironmentOptions = {
  outDir: 'dist/lib',
  emptyOutDir: true,
  copyPublicDir: false,
  target: 'es2022',
  minify: false,
  // src/model/index.ts is the `history-timeline/story` export; an entry of its own keeps it a file.
  lib: { entry: [entry, 'src/model/index.ts'], formats: ['es'] },
  rolldownOptions: {
    external: isDependency,
    output: {
      postBanner: ({ fileName }) => (/^vendor\/d3-(zoom|brush|scale|interpolate|array|time|time-format)\.js$/.test(fileName) ? `/*! ${fileName.slice(7, -3)} | ISC, Mike Bostock */` : ''),
      preserveModules: true,
      preserveModulesRoot: 'src',
      // Transform helpers (the decorator helper) land in _virtual/ under their own file name.
      // d3-zoom and d3-brush, built in (see isDependency), land in vendor/: npm never packs a node_modules/ folder.
      entryFileNames: ({ name }) =>
        name.startsWith('_virtual/')
          ? `_virtual/${name.split('/').pop()}.js`
          : name.includes('node_modules/')
            ? `vendor/${name.split('node_modules/').pop()!.split('/')[0]}.js`
            : `${name}.js`,
    },
  },
};

/**
 * Stand-ins for d3 modules the element never calls but whose importers keep them (see each file):
 * d3-zoom and d3-brush need only `interrupt` from d3-transition; d3-interpolate asks d3-color
 * about colour strings, which the element never interpolates; d3-scale's `tickFormat` needs
 * d3-format, which the element never calls. Together about 11 KB gzipped.
 */
const vendor = (file: string) => fileURLToPath(new URL(`./src/vendor/${file}`, import.meta.url));
const alias = {
  'd3-transition': vendor('d3-interrupt.ts'),
  'd3-color': vendor('d3-color.ts'),
  'd3-format': vendor('d3-format.ts'),
};

/**
 * The story worker (src/timeline/loading/story-worker.ts, inlined into the bundle) validates dates
 * but never reads their Luxon bounds: a stand-in keeps Luxon (about 20 KB gzipped) out of its code.
 */
const workerWithoutLuxon: PluginOption = {
  name: 'history-timeline:worker-without-luxon',
  enforce: 'pre',
  resolveId: (id) => (id === 'luxon' ? '\0luxon-stand-in' : null),
  load: (id) => (id === '\0luxon-stand-in' ? 'export const DateTime = {}; export const FixedOffsetZone = {};' : null),
};

export default defineConfig(({ command, mode }) => ({
  // Stryker's sandboxes (a copy of the project, tsconfig included) would make the dev server and
  // browser tests reload mid-run.
  server: { port: 5173, host: '127.0.0.1', watch: { ignored: ['**/.stryker-tmp/**', '**/reports/**'] } },
  resolve: { alias },
  // Minified in every build: in the library build the worker is a string the app's bundler cannot minify.
  worker: { plugins: () => [workerWithoutLuxon], rolldownOptions: { output: { minify: true, comments: { legal: false, annotation: false, jsdoc: false } } } },
  plugins: [minifyCssLiterals()],
  ...(command === 'build' && {
    resolve: { alias, conditions: [...defaultClientConditions.filter((c) => c !== 'development|production'), 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: mode === 'lib' ? libraryBuild : mode === 'editor' ? editorBuild : bundleBuild,
  }),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Tests mirror src/ (docs/testing.md): tests/<path under src>/<file>.test.ts runs in Node,
          // <file>.browser.test.ts in Chromium; tests/e2e/ builds and serves the bundle.
          include: ['tests/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', 'tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
          // The fuzz tests take about a second alone; a busy CI machine can make that several.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          // Pixels are compared on their own (npm run test:visual): in one run with every other
          // file, page state those leave behind shifts text by a pixel or two.
          exclude: process.env.VISUAL ? [] : ['tests/timeline/visual.browser.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            commands: { ...inputCommands },
            provider: playwright({
              // Pinned like the unit tests' TZ, so no browser test can pass by the machine's time zone.
              contextOptions: { timezoneId: 'America/Los_Angeles' },
              launchOptions: {
                executablePath: wantsBrowser(command) ? findBrowser() : undefined,
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }],
          },
        },
      },
    ],
  },
}));
