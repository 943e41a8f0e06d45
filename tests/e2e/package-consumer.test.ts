/**
 * The package as a web developer meets it. Builds the package into a temporary folder (bundle,
 * library, types, manifest), packs it with `npm pack`, installs the tarball into a temporary app
 * (from the npm cache: `--prefer-offline`), then:
 * - type-checks code that uses every documented attribute, property, method and event with
 *   `tsc --strict` (bundler and nodenext resolution), with nothing but our package installed;
 * - imports the package in Node, as server rendering would;
 * - bundles `import 'history-timeline'` with Vite and compares it with our one-file bundle;
 * - builds examples/react and examples/vue with Vite, type-checks them with `tsc --strict` and
 *   drives them in Chromium.
 * The toolchain (vite, its React and Vue plugins, typescript) is linked from our node_modules
 * rather than installed, as a developer's would come from anywhere.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sizeReport } from '../../scripts/check-size';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileScript, parse } from 'vue/compiler-sfc';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser';
import { parseApiPage } from '../../scripts/api-docs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'history-timeline-package-'));
const stage = join(work, 'stage');
const app = join(work, 'app');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};
const tarball = join(work, `history-timeline-${pkg.version}.tgz`);

/** What a developer's shell has: no NODE_ENV (vitest sets it to "test", which would make Vite build for development). */
const { NODE_ENV: _nodeEnv, ...shellEnv } = process.env;

async function run(file: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(file, args, { cwd, env: shellEnv, timeout: 120_000, maxBuffer: 16 << 20 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${[file, ...args].join(' ')} (in ${cwd}) failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

const node = (args: string[], cwd: string) => run(process.execPath, args, cwd);
const tool = (path: string) => join(root, 'node_modules', path);
const tsc = (project: string) => node([tool('typescript/bin/tsc'), '-p', project], app);
const viteBuild = (dir: string) => node([tool('vite/bin/vite.js'), 'build', '--logLevel', 'warn'], dir);
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The JavaScript files a Vite build wrote, with their gzipped sizes. */
function builtScripts(dir: string): { files: string[]; gzip: number; code: string } {
  const assets = join(dir, 'dist/assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  return {
    files,
    gzip: files.reduce((sum, f) => sum + gzipBytes(join(assets, f)), 0),
    code: files.map((f) => readFileSync(join(assets, f), 'utf8')).join('\n'),
  };
}

beforeAll(async () => {
  // The package, built as `npm run build` builds it, into a folder of its own.
  mkdirSync(join(stage, 'data'), { recursive: true });
  await node([tool('vite/bin/vite.js'), 'build', '--outDir', join(stage, 'dist'), '--logLevel', 'warn'], root);
  await node([tool('vite/bin/vite.js'), 'build', '--mode', 'lib', '--outDir', join(stage, 'dist/lib'), '--logLevel', 'warn'], root);
  await node([tool('tsx/dist/cli.mjs'), 'scripts/build-types.ts', join(stage, 'dist/lib')], root);
  // The analyzer joins --outdir to the working directory.
  await node([tool('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--outdir', relative(root, stage)], root);
  for (const file of ['package.json', 'README.md', 'data/story.schema.json']) cpSync(join(root, file), join(stage, file));
  await run('npm', ['pack', '--silent', '--pack-destination', work], stage);

  // An app with the tarball and the frameworks installed from the npm cache.
  mkdirSync(app);
  const dependencies = Object.fromEntries(
    ['react', 'react-dom', '@types/react', '@types/react-dom', 'vue'].map((name) => [name, pkg.devDependencies[name]]),
  );
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'history-timeline': `file:${tarball}`, ...dependencies } }),
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel', 'error'], app);
  for (const name of ['vite', '@vitejs/plugin-react', '@vitejs/plugin-vue', 'typescript']) {
    mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(tool(name), join(app, 'node_modules', name), 'dir');
  }
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  test('holds the bundle, the library with its types, the manifest and the schema, and no sources', async () => {
    const listing = (await run('tar', ['-tzf', tarball], work)).split('\n').filter(Boolean);
    for (const file of [
      'package/package.json',
      'package/dist/history-timeline.js',
      'package/dist/lib/index.js',
      'package/dist/lib/index.d.ts',
      'package/dist/lib/model/index.js',
      'package/dist/lib/model/index.d.ts',
      'package/custom-elements.json',
      'package/data/story.schema.json',
    ]) {
      expect(listing, file).toContain(file);
    }
    expect(listing.filter((f) => /^package\/(src|tests|scripts|examples)\//.test(f) || f.includes('/node_modules/'))).toEqual([]);
  });

  test('type-checks with tsc --strict in an app that has only our package installed (bundler and nodenext)', async () => {
    const typed = join(app, 'typed');
    mkdirSync(join(typed, 'src'), { recursive: true });
    const fixture = join(root, 'tests/fixtures/consumer');
    cpSync(join(fixture, 'tsconfig.json'), join(typed, 'tsconfig.json'));
    cpSync(join(fixture, 'tsconfig.nodenext.json'), join(typed, 'tsconfig.nodenext.json'));
    cpSync(join(fixture, 'uses-every-api.ts.txt'), join(typed, 'src/uses-every-api.ts'));
    expect(existsSync(join(app, 'node_modules/@types/luxon')), 'Luxon types come with the package').toBe(true);
    await tsc(join(typed, 'tsconfig.json'));
    await tsc(join(typed, 'tsconfig.nodenext.json'));
  });

  test('the type-checked code uses every attribute, property, method and event docs/api.md documents', () => {
    const api = parseApiPage(readFileSync(join(root, 'docs/api.md'), 'utf8')).elements.get('history-timeline')!;
    const code = readFileSync(join(root, 'tests/fixtures/consumer/uses-every-api.ts.txt'), 'utf8');
    const used = (section: 'Attributes' | 'Properties' | 'Methods' | 'Events', pattern: (name: string) => string) =>
      [...api.get(section)!].filter((name) => !new RegExp(pattern(name.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&'))).test(code));
    expect(used('Attributes', (n) => `setAttribute\\('${n}'`), 'attributes never set').toEqual([]);
    expect(used('Properties', (n) => `\\bel\\.${n}\\b`), 'properties never used').toEqual([]);
    expect(used('Methods', (n) => `\\bel\\.${n}\\(`), 'methods never called').toEqual([]);
    expect(used('Events', (n) => `addEventListener\\('${n}'`), 'events never listened to').toEqual([]);
  });

  test('imports in Node without throwing, and its validator checks a story there', async () => {
    const story = join(root, 'data/russia-recognizes-taliban.story.json');
    const script = `
      import { readFileSync } from 'node:fs';
      const main = await import('history-timeline');
      const model = await import('history-timeline/story');
      const { default: schema } = await import('history-timeline/story.schema.json', { with: { type: 'json' } });
      const { story, problems } = model.validateStory(JSON.parse(readFileSync(${JSON.stringify(story)}, 'utf8')));
      const date = model.parseEdtf('1996-09~');
      console.log(JSON.stringify({
        element: typeof main.HistoryTimeline, sameValidator: main.validateStory === model.validateStory,
        events: story.events.length, problems: problems.length, schema: schema.title, phrase: model.datePhrase(date.value, 'en'),
      }));`;
    const out = JSON.parse(await node(['--input-type=module', '-e', script], app));
    expect(out).toMatchObject({ element: 'function', sameValidator: true, problems: 0, schema: 'history-timeline story', phrase: 'about September 1996' });
    expect(out.events).toBeGreaterThan(5);
  });

  test('bundled by Vite, the element costs no more than our bundle (history-timeline.js and the files beside it) plus 5 KB gzipped', async () => {
    const plain = join(app, 'plain');
    mkdirSync(join(plain, 'src'), { recursive: true });
    writeFileSync(join(plain, 'index.html'), '<!doctype html><history-timeline src="story.json"></history-timeline><script type="module" src="/src/main.ts"></script>\n');
    writeFileSync(join(plain, 'src/main.ts'), "import 'history-timeline';\n");
    await viteBuild(plain);
    const consumer = builtScripts(plain);
    // Every file beside history-timeline.js, all seven languages too, as the app's build holds them all.
    const ours = sizeReport(join(stage, 'dist')).files.reduce((sum, f) => sum + f.size.gzipBytes, 0);
    console.log(`Vite app importing 'history-timeline': ${kb(consumer.gzip)} gzipped in ${consumer.files.length} file(s); dist/history-timeline.js and the files beside it: ${kb(ours)}`);
    expect(consumer.code, 'Lit in production mode').not.toContain('lit.dev/msg/dev-mode');
    expect(consumer.code, 'no d3 transitions: the element never starts one').not.toMatch(/\.transition\s*=/);
    // The same code, module by module (measured from source maps, within 0.3 KB); the app's bundler
    // orders the modules differently, which gives gzip less to share: 3.7 KB (docs/embedding.md, What an app pays).
    expect(consumer.gzip).toBeLessThanOrEqual(ours + 5 * 1024);
  });

  test("'history-timeline/story' brings the validator without the element, Lit or d3", async () => {
    const cms = join(app, 'cms');
    mkdirSync(join(cms, 'src'), { recursive: true });
    writeFileSync(join(cms, 'index.html'), '<!doctype html><script type="module" src="/src/main.ts"></script>\n');
    writeFileSync(
      join(cms, 'src/main.ts'),
      "import { parseEdtf, validateStory } from 'history-timeline/story';\n" +
        'document.body.textContent = validateStory(JSON.parse(location.hash.slice(1) || "{}")).problems.map((p) => p.message).join("\\n");\n' +
        // A date's DateTime bounds: Luxon's part of the model comes with the story export.
        "const date = parseEdtf('1994');\n" +
        'if (date.ok) document.title = date.value.start.toISO() ?? "";\n',
    );
    await viteBuild(cms);
    const { gzip, code } = builtScripts(cms);
    console.log(`Vite app importing validateStory from 'history-timeline/story': ${kb(gzip)} gzipped`);
    expect(code).not.toMatch(/customElements|LitElement|d3-zoom/);
    expect(code, "Luxon, for a date's start and end").toContain('fromMillis');
    expect(gzip).toBeLessThan(40 * 1024);
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves a built app's dist/ folder; anything else is a 404 (a favicon is no content). */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    let file = normalize(join(dir, pathname));
    if (file.endsWith(sep)) file = join(file, 'index.html');
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

/**
 * Copies examples/<name> into the app (its package.json aside: the app's dependencies stand in),
 * builds it and type-checks it. tsc cannot read a .vue file, and vue-tsc needs TypeScript 5's API:
 * App.vue's `<script setup lang="ts">` with its template goes through Vue's compiler into
 * App.vue.ts, which tsc finds for `import App from './App.vue'`.
 */
async function buildExample(name: 'react' | 'vue'): Promise<string> {
  const dir = join(app, name);
  cpSync(join(root, 'examples', name), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist|package(-lock)?\.json)$/.test(src) });
  await viteBuild(dir);
  if (name === 'vue') {
    const { descriptor } = parse(readFileSync(join(dir, 'src/App.vue'), 'utf8'), { filename: 'App.vue' });
    writeFileSync(join(dir, 'src/App.vue.ts'), compileScript(descriptor, { id: 'app', inlineTemplate: true, isProd: true }).content);
  }
  await tsc(join(dir, 'tsconfig.json'));
  return join(dir, 'dist');
}

const drawnIds = (page: Page) =>
  page.evaluate(() => [...document.querySelector('history-timeline')!.shadowRoot!.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id')));

/** The label of an event's mark: the text in it that shows the event's title. */
async function labelOf(page: Page, id: string) {
  const mark = page.locator(`history-timeline [part~="event"][data-event-id="${id}"]`);
  return mark.getByText((await mark.getAttribute('title'))!);
}

/** Selection both ways, a story swap, unmounting and mounting again, in Chromium, with no page errors and no element left in memory. */
async function checkExample(dist: string): Promise<void> {
  const { server, origin } = await serve(dist);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    await page.goto(`${origin}/`);
    const output = page.locator('#selected');

    // The story object arrives as a property: three events drawn, no `story` attribute.
    await page.locator('history-timeline [part~="event"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await drawnIds(page)).toEqual(['launch', 'landing', 'splashdown']);
    expect(await page.evaluate(() => document.querySelector('history-timeline')!.hasAttribute('story'))).toBe(false);

    // Element to app: a click on an event reaches the app through timeline-select.
    await (await labelOf(page, 'launch')).click();
    await expect.poll(() => output.textContent()).toBe('launch');

    // App to element: select() through the ref; the element selects, opens the detail and tells the app.
    await page.getByRole('button', { name: 'Select the last event' }).click();
    await expect.poll(() => output.textContent()).toBe('splashdown');
    expect(await page.evaluate(() => document.querySelector('history-timeline')!.selected)).toBe('splashdown');
    await expect.poll(() => page.locator('history-timeline [part~="detail"]').textContent()).toContain('Splashdown');

    // A new story object replaces the old one; the app's selection follows the element's.
    await page.getByRole('button', { name: 'Other story' }).click();
    await expect.poll(() => drawnIds(page)).toEqual(['wall-built', 'wall-opened']);
    // The new story has no `splashdown`: the element drops the selection and says so.
    expect(await page.evaluate(() => document.querySelector('history-timeline')!.selected)).toBeNull();
    await expect.poll(() => output.textContent(), { message: 'timeline-select announced the dropped selection' }).toBe('none');
    await (await labelOf(page, 'wall-opened')).click();
    await expect.poll(() => output.textContent()).toBe('wall-opened');

    // Unmounting leaves nothing behind: the element is collected once the framework lets it go.
    await page.evaluate(() => {
      (window as unknown as { removed: WeakRef<Element> }).removed = new WeakRef(document.querySelector('history-timeline')!);
    });
    await page.getByRole('button', { name: 'Remove the timeline' }).click();
    await expect.poll(() => page.locator('history-timeline').count()).toBe(0);
    await page.getByRole('button', { name: 'Other story' }).click();
    await page.getByRole('button', { name: 'Show the timeline' }).click();
    await page.locator('history-timeline [part~="event"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await drawnIds(page)).toEqual(['launch', 'landing', 'splashdown']);
    await page.getByRole('button', { name: 'Remove the timeline' }).click();
    const cdp = await page.context().newCDPSession(page);
    await expect
      .poll(
        async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          return page.evaluate(() => (window as unknown as { removed: WeakRef<Element> }).removed.deref() === undefined);
        },
        { timeout: 10_000, message: 'the removed element was garbage-collected' },
      )
      .toBe(true);
    expect(pageErrors).toEqual([]);
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('the framework examples, built against the packed package and run in Chromium', () => {
  test('examples/react (React 19): story as a property, timeline-select, select() through a ref, swap, unmount', async () => {
    await checkExample(await buildExample('react'));
  });

  test('examples/vue (Vue 3): story as a property, timeline-select, select() through a ref, swap, unmount', async () => {
    await checkExample(await buildExample('vue'));
  });
});
