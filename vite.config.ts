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
/** history-timeline.js: the package entry without Luxon, which it loads after the first frame (see src/bundle.ts). */
const bundleEntry = 'src/bundle.ts';

/**
 * Bare specifiers the library build leaves to the user's bundler: the package's dependencies, but
 * not d3-brush. Left to the app's bundler, it would bring d3-transition (which declares side
 * effects, so all of it stays, with d3-ease and d3-timer), d3-interpolate and d3-color: about
 * 10 KB gzipped of code the element never calls. Built in here, it gets the same stand-ins as the
 * bundle (see `alias`).
 */
const isDependency = (id: string) => /^(lit|@lit|lit-html|lit-element|d3-(selection|dispatch|drag)|luxon)(\/|$)/.test(id);

const licenseBanner =
  '/*! history-timeline | MIT. Bundles lit (BSD-3-Clause, Google LLC), d3 modules (ISC, Mike Bostock), ' +
  'luxon (MIT, JS Foundation and other contributors). */';

/**
 * `vite build`: dist/history-timeline.js, the minified ES module a page includes with one
 * <script type="module">, and beside it the files it imports after the first frame
 * (`history-timeline-<part>-<hash>.js`, found relative to it through import.meta.url; see
 * docs/architecture.md, "Bundle size"). Lit's `development` export condition is never used,
 * whatever NODE_ENV says (vitest sets it to `test`).
 */
const bundleOutput = {
  // Vite keeps whitespace in ES libraries; these files are for browsers, so minify them fully.
  minify: true,
  comments: { legal: false, annotation: false, jsdoc: false },
  postBanner: licenseBanner,
} as const;
const bundleBuild: BuildEnvironmentOptions = {
  outDir: 'dist',
  // `npm run clean` empties dist/ first; emptying here would delete dist/lib/.
  emptyOutDir: false,
  copyPublicDir: false,
  target: 'es2022',
  minify: 'oxc',
  lib: { entry: bundleEntry, formats: ['es'], fileName: () => 'history-timeline.js' },
  rolldownOptions: {
    // The entry may export more than its own API: what the later files share with it, so that all the
    // first frame's code stays in history-timeline.js instead of a shared chunk it would have to fetch.
    preserveEntrySignatures: 'allow-extension',
    output: { ...bundleOutput, chunkFileNames: 'history-timeline-[name]-[hash].js' },
  },
};

/**
 * `vite build --mode editor`: dist/history-timeline-editor.js, the editor with the viewer, chrono-node,
 * compromise and idb-keyval in one module (the drafting code twice: in its inlined worker, and for
 * pages whose policy forbids that worker), written beside the viewer's bundle (whose size and budget it leaves alone).
 */
const editorBuild: BuildEnvironmentOptions = {
  ...bundleBuild,
  lib: { entry: 'src/editor/history-timeline-editor.ts', formats: ['es'], fileName: () => 'history-timeline-editor.js' },
  rolldownOptions: {
    output: {
      ...bundleOutput,
      codeSplitting: false,
      postBanner: licenseBanner.replace(' */', ' Editor: chrono-node (MIT, Wanasit Tanakitrungruang), compromise (MIT, Spencer Kelly), idb-keyval (Apache-2.0, Jake Archibald). */'),
    },
  },
};

/**
 * `vite build --mode story`: dist/history-timeline-story.js, the package's `history-timeline/story`
 * (validateStory with its messages, parseEdtf, datePhrase, Luxon) for pages without a bundler, in
 * one file that imports nothing: history-timeline.js does without the validator's messages.
 */
const storyBuild: BuildEnvironmentOptions = {
  ...bundleBuild,
  lib: { entry: 'src/story-bundle.ts', formats: ['es'], fileName: () => 'history-timeline-story.js' },
  rolldownOptions: { output: { ...bundleOutput, codeSplitting: false } },
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
      postBanner: ({ fileName }) => (fileName === 'vendor/d3-brush.js' ? '/*! d3-brush | ISC, Mike Bostock */' : ''),
      preserveModules: true,
      preserveModulesRoot: 'src',
      // Transform helpers (the decorator helper) land in _virtual/ under their own file name.
      // d3-brush, built in (see isDependency), lands in vendor/: npm never packs a node_modules/ folder.
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
 * Stand-ins for d3 modules the element never calls but whose importer keeps them (see each file):
 * d3-brush needs only `interrupt` from d3-transition, and `interpolate` from d3-interpolate only for
 * transitions, which the element never runs. Together with d3-color, which d3-interpolate imports,
 * about 10 KB gzipped.
 */
const vendor = (file: string) => fileURLToPath(new URL(`./src/vendor/${file}`, import.meta.url));
const alias = {
  'd3-transition': vendor('d3-interrupt.ts'),
  'd3-interpolate': vendor('d3-interpolate.ts'),
};

/**
 * `virtual:history-timeline-bundle`: dist/history-timeline.js, with what it loads later built in, as a string, for the editor's "Export
 * web page", which writes the viewer into the page it exports. Built in memory with the bundle's
 * own settings, once per process (about 2 s), so the editor's build, its dev server and its tests
 * all get the viewer as it ships, and the editor fetches nothing to export.
 */
function viewerBundle(): PluginOption {
  const id = 'virtual:history-timeline-bundle';
  let code: Promise<string> | undefined;
  return {
    name: 'history-timeline:viewer-bundle',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      code ??= buildViewer();
      return `export default ${JSON.stringify(await code)};`;
    },
  };
}

async function buildViewer(): Promise<string> {
  const { build } = await import('vite');
  // An exported page is one self-contained file: the later parts and languages go inside it, not beside it.
  const result = await build({ configFile: fileURLToPath(import.meta.url), mode: 'production', logLevel: 'warn', build: { write: false, rolldownOptions: { output: { codeSplitting: false } } } });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((file) => file.fileName === 'history-timeline.js');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('history-timeline:viewer-bundle: the viewer build wrote no history-timeline.js');
}

/**
 * Tests only: Vitest's browser mode rewrites every `import()` to go through a hook it defines in
 * its own tester page (and, by a script like this one, in workers), so a page a browser test opens
 * in an iframe (the demo, the examples) could not load its later parts. This gives those pages the
 * same pass-through hook. Never part of a build or `npm start`.
 */
function framedPagesImportLater(): PluginOption {
  return {
    name: 'history-timeline:framed-pages-import-later',
    transformIndexHtml: (html) =>
      html.includes('__vitest_browser_runner__') ? html : [{ tag: 'script', children: 'globalThis.__vitest_browser_runner__ ??= { wrapDynamicImport: (load) => load() };', injectTo: 'head-prepend' }],
  };
}

export default defineConfig(({ command, mode }) => ({
  // Stryker's sandboxes (a copy of the project, tsconfig included) would make the dev server and
  // browser tests reload mid-run.
  server: { port: 5173, host: '127.0.0.1', watch: { ignored: ['**/.stryker-tmp/**', '**/reports/**'] } },
  resolve: { alias },
  // Minified in every build: in the library build the worker is a string the app's bundler cannot minify.
  worker: { rolldownOptions: { output: { minify: true, comments: { legal: false, annotation: false, jsdoc: false } } } },
  plugins: [minifyCssLiterals(), viewerBundle(), ...(process.env.VITEST ? [framedPagesImportLater()] : [])],
  ...(command === 'build' && {
    resolve: { alias, conditions: [...defaultClientConditions.filter((c) => c !== 'development|production'), 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: mode === 'lib' ? libraryBuild : mode === 'editor' ? editorBuild : mode === 'story' ? storyBuild : bundleBuild,
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
