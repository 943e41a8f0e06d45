import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parseSync } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALL_FILES_BUDGET_BYTES, FIRST_FRAME_BUDGET_BYTES, FIRST_FRAME_TARGET_BYTES, describeSizes, importsOf, overBudget, sizeReport, viewerFiles } from '../../scripts/check-size.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'history-timeline-bundle-'));
let files: string[] = [];
let code = '';
/** Every file's code, the entry's first. */
let all = '';

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
  all = files.map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
}, 150_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('dist/history-timeline-story.js', () => {
  const storyDir = mkdtempSync(join(tmpdir(), 'history-timeline-story-'));
  afterAll(() => rmSync(storyDir, { recursive: true, force: true }));

  test("is one file that imports nothing and exports the package's story model, validateStory with its words", { timeout: 150_000 }, async () => {
    await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'story', '--outDir', storyDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: root, timeout: 120_000 },
    );
    expect(readdirSync(storyDir)).toEqual(['history-timeline-story.js']);
    const file = readFileSync(join(storyDir, 'history-timeline-story.js'), 'utf8');
    expect(importsOf('history-timeline-story.js', file)).toEqual({ static: [], dynamic: [] });
    const names = parseSync('history-timeline-story.js', file).module.staticExports.flatMap((e) => e.entries).map((e) => e.exportName.name);
    for (const name of ['validateStory', 'parseEdtf', 'datePhrase', 'shortDatePhrase']) expect(names).toContain(name);
    const { validateStory, datePhrase, parseEdtf } = await import(pathToFileURL(join(storyDir, 'history-timeline-story.js')).href);
    const { story, problems } = validateStory({ title: 'T', sources: [{ id: 's', title: 'S', paragraphs: [{ id: 'p', text: 'It rained.' }] }], events: [{ id: 'a' }, { id: 'b', title: 'B', date: '2021-08-15', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p', quote: 'rained' }] }] });
    expect(problems.map((p: { message: string }) => p.message)).toContain('Event "a" has no title.');
    // Luxon is in it: a date's start is a DateTime at once; and date phrases have their times of day.
    expect(story.events[0].calendar.start.toISODate()).toBe('2021-08-15');
    expect(datePhrase(parseEdtf('2021-08-15T18:04:00Z').value)).toMatch(/6:04|18:04/);
  });
});

describe('dist/history-timeline.js and the files beside it', () => {
  test('the first frame is one file: history-timeline.js imports nothing statically', () => {
    expect(importsOf('history-timeline.js', code).static).toEqual([]);
    expect(viewerFiles(outDir).firstFrame).toEqual(['history-timeline.js']);
  });

  test('the build writes only the viewer: history-timeline.js and the files it imports after the first frame, no CSS', () => {
    const { firstFrame, later } = viewerFiles(outDir);
    expect([...files].sort()).toEqual([...firstFrame, ...later].sort());
    expect(later.length).toBeGreaterThan(0);
    for (const file of later) expect(file).toMatch(/^history-timeline-[\w-]+\.js$/);
  });

  test('later files are imported beside it, by relative URLs, and import nothing but history-timeline.js', () => {
    for (const file of files) {
      const { module, errors } = parseSync(file, readFileSync(join(outDir, file), 'utf8'));
      expect(errors).toEqual([]);
      const imports = importsOf(file, readFileSync(join(outDir, file), 'utf8'));
      for (const target of [...imports.static, ...imports.dynamic]) expect(files, `${file} imports ${target}`).toContain(target);
      if (file !== 'history-timeline.js') expect(imports.static.every((target) => target === 'history-timeline.js'), file).toBe(true);
      // Relative specifiers ("./…"), resolved against the importing file's URL: no import.meta, no absolute paths.
      expect(module.importMetas, file).toEqual([]);
    }
    expect(code).toMatch(/import\(["'`]\.\/history-timeline-later-parts-[\w-]+\.js["'`]\)/);
  });

  test('exports the element class; the story model is history-timeline-story.js', () => {
    const { module } = parseSync('history-timeline.js', code);
    const names = module.staticExports.flatMap((e) => e.entries).map((e) => e.exportName.name);
    expect(names).toContain('HistoryTimeline');
    for (const name of ['validateStory', 'parseEdtf', 'datePhrase', 'shortDatePhrase']) expect(names).not.toContain(name);
  });

  test("leaves the validator's words out of the first frame: they come after it, with the later parts", () => {
    // Words of three messages: a citation's, an event's, the story's.
    for (const words of ['which is a heading; headings cannot be cited', 'must cite at least one paragraph', 'is not one of the story\'s valid events']) {
      expect(code, words).not.toContain(words);
      expect(all, words).toContain(words);
    }
  });

  test("is built from Lit's production code and needs no process.env", () => {
    expect(all).not.toContain('lit.dev/msg/dev-mode');
    expect(all).not.toMatch(/\bprocess\.env\b/);
  });

  test('leaves out the d3 code the element never calls: transitions, colour names, number formats, interpolators', () => {
    // d3-transition's scheduler, d3-color's named-colour table, d3-format's default locale, d3-interpolate's string interpolator.
    expect(all).not.toContain('__transition');
    expect(all).not.toContain('aliceblue');
    expect(all).not.toMatch(/currency:\s*\[\s*[`'"]\$/);
    expect(all).not.toContain('[eE][-+]?\\d+');
  });

  test('leaves Luxon and the other languages out of the first frame: they come after it', () => {
    // Luxon's own words for an invalid date; French and Persian words.
    for (const later of ['Invalid DateTime', 'Réessayer', 'پیش از میلاد']) {
      expect(code, later).not.toContain(later);
      expect(all, later).toContain(later);
    }
  });

  test('leaves out the static HTML renderer (src/render): the element only reads the story JSON', () => {
    // Strings only the renderer writes: its section's class, its dates' attribute, its escapes.
    expect(all).not.toContain('history-timeline-static');
    expect(all).not.toContain('datetime=');
    expect(all).not.toContain('&quot;');
    expect(code).toContain('application/json');
  });

  test(`the first frame is at most ${FIRST_FRAME_BUDGET_BYTES / 1024} KB gzipped (the ceiling; the target of ${FIRST_FRAME_TARGET_BYTES / 1024} KB is not met), everything ${ALL_FILES_BUDGET_BYTES / 1024} KB`, () => {
    const report = sizeReport(outDir);
    console.log(describeSizes(report).join('\n'));
    expect(overBudget(report)).toEqual([]);
  });
});
