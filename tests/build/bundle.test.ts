import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseSync } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GZIP_BUDGET_BYTES, describeSize, measure, overBudget } from '../../scripts/check-size.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'history-timeline-bundle-'));
let files: string[] = [];
let code = '';

// The real `vite build`, as `npm run build` runs it, into a temporary folder. NODE_ENV stays as
// vitest sets it ("test"): the build must pick Lit's production code regardless.
beforeAll(async () => {
  await promisify(execFile)(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, timeout: 120_000 },
  );
  files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(outDir.length + 1));
  code = readFileSync(join(outDir, 'history-timeline.js'), 'utf8');
}, 150_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('dist/history-timeline.js', () => {
  test('is the only file the build writes: no chunks, no CSS', () => {
    expect(files).toEqual(['history-timeline.js']);
  });

  test('imports nothing and re-exports nothing: everything is inside', () => {
    const { module, errors } = parseSync('history-timeline.js', code);
    expect(errors).toEqual([]);
    const imports = module.staticImports.map((i) => `import "${i.moduleRequest.value}"`);
    const reexports = module.staticExports
      .flatMap((e) => e.entries)
      .filter((e) => e.moduleRequest)
      .map((e) => `export from "${e.moduleRequest!.value}"`);
    const dynamic = module.dynamicImports.map((d) => `import(${code.slice(d.moduleRequest.start, d.moduleRequest.end)})`);
    const importMeta = module.importMetas.map(() => 'import.meta');
    expect([...imports, ...reexports, ...dynamic, ...importMeta]).toEqual([]);
  });

  test('exports the element class', () => {
    const { module } = parseSync('history-timeline.js', code);
    const names = module.staticExports.flatMap((e) => e.entries).map((e) => e.exportName.name);
    expect(names).toContain('HistoryTimeline');
  });

  test("is built from Lit's production code and needs no process.env", () => {
    expect(code).not.toContain('lit.dev/msg/dev-mode');
    expect(code).not.toMatch(/\bprocess\.env\b/);
  });

  test('leaves out the d3 code the element never calls: transitions, colour names, number formats', () => {
    // d3-transition's scheduler, d3-color's named-colour table, d3-format's default locale.
    expect(code).not.toContain('__transition');
    expect(code).not.toContain('aliceblue');
    expect(code).not.toMatch(/currency:\s*\[\s*[`'"]\$/);
  });

  test('leaves out the static HTML renderer (src/render): the element only reads the story JSON', () => {
    // Strings only the renderer writes: its section's class, its dates' attribute, its escapes.
    expect(code).not.toContain('history-timeline-static');
    expect(code).not.toContain('datetime=');
    expect(code).not.toContain('&quot;');
    expect(code).toContain('application/json');
  });

  test(`is at most ${GZIP_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const size = measure(code);
    console.log(describeSize('history-timeline.js', size));
    expect(overBudget('dist/history-timeline.js', size)).toBeUndefined();
    expect(size.gzipBytes).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });
});
