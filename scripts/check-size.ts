/**
 * Prints what the viewer weighs gzipped and exits 1 when it is over budget: the first frame (the
 * file a page includes, history-timeline.js, with what it imports statically) and everything the
 * viewer may load (with what it imports after the first frame: later parts, other languages, the
 * big-story reader). Files are found by following the imports, so the editor's bundle beside them
 * never counts.
 * Usage: tsx scripts/check-size.ts [dist folder]   (default dist)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseSync } from 'vite';
import { BUILT_IN_LANGUAGES } from '../src/i18n/index.ts';

/** The target for the first frame (history-timeline.js and its static imports, gzipped at zlib level 9). */
export const FIRST_FRAME_TARGET_BYTES = 45 * 1024;
/**
 * The first frame's ceiling, which the build enforces, lowered to each new size as the first frame
 * is cut so that it cannot grow back. The 45 KB target is NOT met (docs/architecture.md, "Bundle
 * size", says where the bytes go and what 45 KB would take). History: it rose from 57 to 62.1 KB
 * as the validator's rules (#26, #29, #30), the detail beside the mark (#28), the marks' sources
 * (#26), the live part's wiring (#29) and bands that keep their rows (#27) came into the first
 * frame. Then down to 55.8 KB (#25): zoom and pan are our own gestures (zoom-gestures.ts) in place
 * of d3-zoom, and the axis is drawn without d3-selection, so d3-zoom, d3-selection, d3-drag and
 * d3-dispatch left the first frame (d3-brush's three load with the overview). Then to 55.5 KB: our
 * own binary search (layout/bisect.ts) in place of d3-array's generic bisector. Then to 55.3 KB: the
 * English words of the views the first frame does without load with them (i18n/later-english.ts).
 * Then by 150 bytes for frame speed (#25, #29): the buttons' reset written out instead of
 * 'all: unset', which doubled each mark's style time on every zoom frame, axis ticks rewritten only
 * where they change, and marks placed with plain lengths in the element's direction.
 * Then by 300 bytes more (the layout runs in the first frame): cluster badges measure their text and
 * show their count alone when their years would be cut (#27, 104), a label with no room on one line
 * either side of its mark wraps (#27, 41), and rows of one-line labels a line shorter, so the demo's
 * chart fits 1280 × 900 (#28, 130).
 * Then to 55.1 KB (56,437 bytes, #25): an event's picture (views/media.ts and its sheet) comes with
 * the later parts, which a detail of a story with pictures waits for. Then to 54.7 KB (55,982):
 * our own element reference (views/element-ref.ts) in place of Lit's `ref` and its AsyncDirective.
 * Then to 54.2 KB (55,538): the element's properties declared in `static properties`, without
 * Lit's decorators. Then to 55,460: the overview's d3-brush window styled by the later parts, which draw it.
 * Then +183 bytes for the reader's first frame (#25): a story's first window is reported without a
 * second render, and the first frame is laid out at the height its rows give the viewport, so it
 * is neither drawn in three rows of clusters nor laid out again a frame later.
 * Then +200 bytes for zoom frames (#25, #29): marks and clusters reuse the nodes of those that left
 * the view instead of creating new ones each frame (src/layout/reused-keys.ts), and cluster words
 * are formatted once, not every frame.
 * Merged together: 55,844 bytes. The ceiling is the size plus 150 bytes.
 * Then 55,939 (+95, under the ceiling): the focused cluster's node is never handed to another cluster.
 * Then to 55,565 (#25, round 34): the key's entries, which show only once the reader unfolds the
 * key, come with the later parts (views/key-entries.ts, their sheet and words). Then to 55,336:
 * the controllers imported in the order that gzips smallest of 26 tried (a gzip artefact, which
 * the next change may move either way by as much).
 * Then +186 bytes for zoom frames (#25, #29): marks keep their rows for the length of a gesture
 * (the lanes of the frame before, src/layout/lanes.ts), so rows stop jumping at each scale step.
 * Merged together in round 34 (with the 10,000-event first render's cuts): 55,640 bytes. The ceiling is the size plus 150 bytes.
 * Then to 54,848 (#25, round 35; measured 55,659 before): the validator's messages' words come with
 * the later parts (model/validation/messages.ts); the first frame reads a story with the same checks
 * (model/read-story.ts) and words its problems once they come. The story model's functions moved to
 * history-timeline-story.js. The ceiling is the size plus 150 bytes.
 * Then to 54,297: EDTF's errors' words go the same way (model/edtf-reader.ts reads dates; the
 * public parseEdtf in model/edtf.ts words its errors). The ceiling is the size plus 150 bytes.
 * Merged together in round 35 (with the first render's and the zoom frames' cuts): 54,274 bytes.
 * The ceiling is the size plus 150 bytes.
 */
export const FIRST_FRAME_BUDGET_BYTES = 54_274 + 150;
/** Everything the viewer may load: the first frame and every file it imports later, with one language file (the largest), since a page loads the one its timeline speaks. */
export const ALL_FILES_BUDGET_BYTES = 110 * 1024;

export const ENTRY = 'history-timeline.js';

export interface BundleSize {
  rawBytes: number;
  gzipBytes: number;
}

export function measure(code: Uint8Array | string): BundleSize {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { rawBytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
}

/** A file's imports of files beside it: static (`import … from './x.js'`) and dynamic (`import('./x.js')`). */
export function importsOf(file: string, code: string): { static: string[]; dynamic: string[] } {
  const { module, errors } = parseSync(file, code);
  if (errors.length) throw new Error(`${file} does not parse: ${errors[0].message}`);
  const local = (specifier: string) => specifier.replace(/^\.\//, '');
  const staticImports = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries).flatMap((e) => (e.moduleRequest ? [e.moduleRequest.value] : [])),
  ];
  // A dynamic import's specifier is a string literal in the built files: quotes or backquotes, no expression.
  const dynamicImports = module.dynamicImports.map((d) => code.slice(d.moduleRequest.start + 1, d.moduleRequest.end - 1));
  return { static: [...new Set(staticImports.map(local))], dynamic: [...new Set(dynamicImports.map(local))] };
}

export interface ViewerFiles {
  /** history-timeline.js and the files it imports statically (transitively). */
  firstFrame: string[];
  /** The files imported after the first frame (dynamically, and what those import). */
  later: string[];
}

/** The viewer's files in `dir`, found by following imports from history-timeline.js. */
export function viewerFiles(dir: string): ViewerFiles {
  const firstFrame: string[] = [];
  const later: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, list: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    list.push(file);
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${file}, which the viewer imports, is not in ${dir}`);
    const imports = importsOf(file, readFileSync(path, 'utf8'));
    for (const next of imports.static) visit(next, list);
    for (const next of imports.dynamic) queue.push(next);
  };
  const queue: string[] = [];
  visit(ENTRY, firstFrame);
  while (queue.length) visit(queue.shift()!, later);
  return { firstFrame, later };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface SizeReport {
  files: { file: string; size: BundleSize; firstFrame: boolean }[];
  firstFrame: number;
  /** The first frame, every later file but the language files, and the largest language file. */
  all: number;
}

/** A built-in language's catalog file (`history-timeline-fr-<hash>.js`): a page loads the one its timeline speaks. */
export const isLanguageFile = (file: string): boolean => new RegExp(`^history-timeline-(${BUILT_IN_LANGUAGES.join('|')})-[^.]+\\.js$`).test(file);

export function sizeReport(dir: string): SizeReport {
  const { firstFrame, later } = viewerFiles(dir);
  const files = [...firstFrame.map((file) => ({ file, firstFrame: true })), ...later.map((file) => ({ file, firstFrame: false }))].map((f) => ({
    ...f,
    size: measure(readFileSync(join(dir, f.file))),
  }));
  const sum = (list: typeof files) => list.reduce((total, f) => total + f.size.gzipBytes, 0);
  const largestLanguage = Math.max(0, ...files.filter((f) => isLanguageFile(f.file)).map((f) => f.size.gzipBytes));
  return { files, firstFrame: sum(files.filter((f) => f.firstFrame)), all: sum(files.filter((f) => !isLanguageFile(f.file))) + largestLanguage };
}

/** Lines for humans: each file, then the two totals against their budgets. */
export function describeSizes(report: SizeReport): string[] {
  return [
    ...report.files.map((f) => `${f.firstFrame ? 'first frame' : 'later      '}  ${f.file}: ${kb(f.size.rawBytes)} minified, ${kb(f.size.gzipBytes)} gzipped`),
    `First frame: ${kb(report.firstFrame)} gzipped (${report.firstFrame} bytes; target ${kb(FIRST_FRAME_TARGET_BYTES)}, ` +
      `${report.firstFrame <= FIRST_FRAME_TARGET_BYTES ? 'met' : 'NOT met'}; the build fails above ${kb(FIRST_FRAME_BUDGET_BYTES)})`,
    `Everything the viewer loads (with the largest language file, as a page loads the one it speaks): ${kb(report.all)} gzipped (${report.all} bytes; budget ${kb(ALL_FILES_BUDGET_BYTES)}, ${Math.round((report.all / ALL_FILES_BUDGET_BYTES) * 100)}% used)`,
  ];
}

/** The failure messages, one per budget exceeded; none when both hold. */
export function overBudget(report: SizeReport): string[] {
  const failures: string[] = [];
  if (report.firstFrame > FIRST_FRAME_BUDGET_BYTES) {
    const files = report.files.filter((f) => f.firstFrame).map((f) => f.file).join(', ');
    failures.push(
      `The first frame (${files}) is ${kb(report.firstFrame)} gzipped, over its ${kb(FIRST_FRAME_BUDGET_BYTES)} budget by ` +
        `${report.firstFrame - FIRST_FRAME_BUDGET_BYTES} bytes. Move what the first frame does not need into a part loaded after it ` +
        '(src/timeline/parts.ts), or find what grew in the source map (scripts/bundle-parts.ts).',
    );
  }
  if (report.all > ALL_FILES_BUDGET_BYTES) {
    failures.push(
      `Everything the viewer loads is ${kb(report.all)} gzipped, over its ${kb(ALL_FILES_BUDGET_BYTES)} budget by ` +
        `${report.all - ALL_FILES_BUDGET_BYTES} bytes. Find what grew in the source map (scripts/bundle-parts.ts).`,
    );
  }
  return failures;
}

function main(): number {
  const dir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(dir, ENTRY))) {
    console.error(`check-size: ${join(dir, ENTRY)} does not exist; run \`vite build\` (or \`npm run build\`) first.`);
    return 1;
  }
  const report = sizeReport(dir);
  for (const line of describeSizes(report)) console.log(line);
  const failures = overBudget(report);
  for (const failure of failures) console.error(`check-size: ${failure}`);
  return failures.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
