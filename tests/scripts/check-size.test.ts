import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ALL_FILES_BUDGET_BYTES, FIRST_FRAME_BUDGET_BYTES, overBudget, sizeReport, viewerFiles, type SizeReport } from '../../scripts/check-size.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A dist folder with these files. */
function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-size-'));
  dirs.push(dir);
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
  return dir;
}

const report = (firstFrame: number, all: number): SizeReport => ({
  files: [
    { file: 'history-timeline.js', firstFrame: true, size: { rawBytes: 0, gzipBytes: firstFrame } },
    { file: 'history-timeline-later-parts-x.js', firstFrame: false, size: { rawBytes: 0, gzipBytes: all - firstFrame } },
  ],
  firstFrame,
  all,
});

describe('the size check', () => {
  test('finds the viewer by its imports: the first frame statically, the rest after it; the editor beside it is not counted', () => {
    const dir = dist({
      'history-timeline.js': "import { a } from './history-timeline-shared.js'; export const b = () => import('./history-timeline-later-parts-x.js');",
      'history-timeline-shared.js': 'export const a = 1;',
      'history-timeline-later-parts-x.js': "import { a } from './history-timeline.js'; export const c = () => import(`./history-timeline-fr-y.js`);",
      'history-timeline-fr-y.js': 'export const fr = {};',
      'history-timeline-editor.js': 'export const editor = 1;',
    });
    expect(viewerFiles(dir)).toEqual({
      firstFrame: ['history-timeline.js', 'history-timeline-shared.js'],
      later: ['history-timeline-later-parts-x.js', 'history-timeline-fr-y.js'],
    });
    const sizes = sizeReport(dir);
    expect(sizes.files.map((f) => f.file)).not.toContain('history-timeline-editor.js');
    expect(sizes.all).toBe(sizes.files.reduce((sum, f) => sum + f.size.gzipBytes, 0));
  });

  test('counts one language file, the largest, since a page loads the one its timeline speaks', () => {
    const dir = dist({
      'history-timeline.js': "export const b = () => [import('./history-timeline-fr-a1.js'), import('./history-timeline-fa-b2.js'), import('./history-timeline-big-story-c3.js')];",
      'history-timeline-fr-a1.js': 'export const fr = {};',
      'history-timeline-fa-b2.js': `export const fa = ${JSON.stringify({ words: 'ناپدید '.repeat(40) })};`,
      'history-timeline-big-story-c3.js': 'export const big = 1;',
    });
    const sizes = sizeReport(dir);
    const gzip = (file: string) => sizes.files.find((f) => f.file === file)!.size.gzipBytes;
    expect(gzip('history-timeline-fa-b2.js')).toBeGreaterThan(gzip('history-timeline-fr-a1.js'));
    expect(sizes.all).toBe(gzip('history-timeline.js') + gzip('history-timeline-big-story-c3.js') + gzip('history-timeline-fa-b2.js'));
  });

  test('a file the viewer imports that is missing is named', () => {
    const dir = dist({ 'history-timeline.js': "export const b = () => import('./history-timeline-gone.js');" });
    expect(() => viewerFiles(dir)).toThrow(`history-timeline-gone.js, which the viewer imports, is not in ${dir}`);
  });

  test('fails above either budget with the size and the overshoot; none at the budgets', () => {
    expect(overBudget(report(FIRST_FRAME_BUDGET_BYTES, ALL_FILES_BUDGET_BYTES))).toEqual([]);
    expect(overBudget(report(FIRST_FRAME_BUDGET_BYTES + 1, ALL_FILES_BUDGET_BYTES))).toEqual([
      `The first frame (history-timeline.js) is ${(FIRST_FRAME_BUDGET_BYTES / 1024).toFixed(1)} KB gzipped, over its ` +
        `${(FIRST_FRAME_BUDGET_BYTES / 1024).toFixed(1)} KB budget by 1 bytes. Move what the first frame does not need into a part loaded ` +
        'after it (src/timeline/parts.ts), or find what grew in the source map (scripts/bundle-parts.ts).',
    ]);
    expect(overBudget(report(1000, ALL_FILES_BUDGET_BYTES + 2))).toEqual([
      `Everything the viewer loads is ${((ALL_FILES_BUDGET_BYTES + 2) / 1024).toFixed(1)} KB gzipped, over its ` +
        `${(ALL_FILES_BUDGET_BYTES / 1024).toFixed(1)} KB budget by 2 bytes. Find what grew in the source map (scripts/bundle-parts.ts).`,
    ]);
  });
});
