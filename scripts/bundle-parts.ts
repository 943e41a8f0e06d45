/**
 * Where the viewer's bytes go, from the source maps: builds history-timeline.js and the files beside
 * it with source maps into a temporary folder, gives every byte of each file to the source it came
 * from, groups the sources into parts (Luxon, Lit, the d3 modules, our code by folder, the catalogs,
 * the story worker), and prints each part's size gzipped alone, file by file. Parts gzipped alone add
 * up to more than the file: gzip shares words across them. With `--by-file`, each source file is a part
 * (where to look for what to move out of the first frame).
 * Usage: npx tsx scripts/bundle-parts.ts [--by-file]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { viewerFiles } from './check-size.ts';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's `mappings`: per generated line, segments of [column, source, …] (base64 VLQ, relative values). */
export function decodeMappings(mappings: string): number[][][] {
  const lines: number[][][] = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of mappings.split(';')) {
    state[0] = 0;
    const segments: number[][] = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      values.forEach((v, i) => (state[i] += v));
      segments.push(state.slice(0, values.length));
    }
    lines.push(segments);
  }
  return lines;
}

/** The part a source belongs to, for people: a package, or our code by folder. */
export function partOf(source: string): string {
  if (source.includes('node_modules/')) {
    const name = source.split('node_modules/').pop()!.split('/');
    const pkg = name[0].startsWith('@') ? `${name[0]}/${name[1]}` : name[0];
    return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(pkg) ? 'Lit' : pkg === 'luxon' ? 'Luxon' : pkg;
  }
  const inside = source.replace(/^.*?src\//, '');
  if (/^i18n\/(fr|es|de|ru|ar|fa|ps|other-catalogs)\.ts$/.test(inside)) return 'message catalogs (other languages)';
  if (/^i18n\//.test(inside)) return 'our code: i18n (English, Translation)';
  if (/^timeline\/styles\/|^styles\//.test(inside)) return 'our code: styles';
  if (/^vendor\//.test(inside)) return 'stand-ins (src/vendor)';
  const folder = inside.split('/').slice(0, inside.startsWith('timeline/') && inside.split('/').length > 2 ? 2 : 1).join('/');
  return `our code: ${folder.replace(/\.ts$/, '')}`;
}

export interface FileParts {
  file: string;
  gzipBytes: number;
  parts: { part: string; gzipBytes: number }[];
}

/** A source as itself, for `--by-file`: its path from the package or the folder it is in. */
export function sourceFileOf(source: string): string {
  return source.replace(/^.*?(src|node_modules)\//, '$1/');
}

/** Each file's parts, gzipped alone, largest first. Bytes no source claims are the story worker (a string built in). */
export function partsOf(dir: string, file: string, group: (source: string) => string = partOf): FileParts {
  const code = readFileSync(join(dir, file), 'utf8');
  const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const text = new Map<string, string[]>();
  decodeMappings(map.mappings).forEach((segments, index) => {
    const line = lines[index] ?? '';
    segments.forEach((segment, i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      const part = segment.length > 1 ? group(map.sources[segment[1]]) : 'story worker, and what no source claims';
      if (!text.has(part)) text.set(part, []);
      text.get(part)!.push(line.slice(segment[0], end));
    });
  });
  const parts = [...text].map(([part, pieces]) => ({ part, gzipBytes: gzipSync(pieces.join(''), { level: 9 }).byteLength }));
  return { file, gzipBytes: gzipSync(code, { level: 9 }).byteLength, parts: parts.sort((a, b) => b.gzipBytes - a.gzipBytes) };
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'history-timeline-parts-'));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dir, '--emptyOutDir', '--sourcemap', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    const { firstFrame, later } = viewerFiles(dir);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const group = process.argv.includes('--by-file') ? sourceFileOf : partOf;
    for (const file of [...firstFrame, ...later]) {
      const { gzipBytes, parts } = partsOf(dir, file, group);
      console.log(`\n${file} (${firstFrame.includes(file) ? 'first frame' : 'after the first frame'}): ${kb(gzipBytes)} gzipped`);
      for (const { part, gzipBytes: bytes } of parts) if (bytes >= 100) console.log(`  ${kb(bytes).padStart(8)}  ${part}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
