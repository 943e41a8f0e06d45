/**
 * Drafts a story from an article: `npm run draft -- <article.txt|.md> --published YYYY-MM-DD
 * [--title …] [--publisher …] [--url …] [--out story.json]`.
 * Writes the story JSON to stdout (or --out) and a short summary to stderr.
 * Exit codes: 0 drafted, 1 unreadable input or undated relative phrases, 2 usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftStory, parsePublished, type DraftResult } from '../src/authoring/draft';
import type { Problem } from '../src/model/types';
import { splitParagraphs } from '../src/authoring/paragraphs';
import { terminalSafeIo } from './terminal';

/** Where CLI output goes; tests pass collectors. */
export interface Io {
  out: (text: string) => void;
  err: (line: string) => void;
}

export type ParsedArgs = { file: string | undefined; options: Record<string, string | undefined> } | { error: string };

/** `<file> --name value …` with the given option names; `--name=value` works too. */
export function parseArgs(args: readonly string[], names: readonly string[]): ParsedArgs {
  const options: Record<string, string | undefined> = {};
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      if (!names.includes(name)) return { error: `Unknown option ${arg.slice(0, eq === -1 ? undefined : eq)}.` };
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) return { error: `--${name} needs a value.` };
      options[name] = value;
    } else if (file === undefined) file = arg;
    else return { error: `Only one input file is read; "${arg}" is one too many.` };
  }
  return { file, options };
}

/** The byte offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need === -1) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAndColumn(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) { line++; start = i + 1; }
  return `line ${line}, column ${offset - start + 1} (byte ${offset})`;
}

/** Read a text file as UTF-8, or say plainly why it cannot be read: missing, a folder, binary, not UTF-8. */
export function readText(file: string): { ok: true; text: string } | { ok: false; error: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: code === 'ENOENT' ? `${file} does not exist.` : code === 'EISDIR' ? `${file} is a directory, not a text file.` : `${file} could not be read: ${(error as Error).message}`,
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: `${file} is UTF-16 text; save it as UTF-8 and try again.` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, error: `${file} is not a text file: it has a NUL byte at ${lineAndColumn(bytes, nul)}.` };
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, error: `${file} is not valid UTF-8: byte 0x${hex} at ${lineAndColumn(bytes, bad)}. Save the file as UTF-8 and try again.` };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export const USAGE =
  'Usage: npm run draft -- <article.txt|.md> --published YYYY-MM-DD [--title …] [--publisher …] [--url …] [--out story.json]';

const OPTIONS = ['published', 'title', 'publisher', 'url', 'out'] as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The stderr summary: paragraphs, candidates by precision, furniture left out. */
export function summaryLines(result: DraftResult): string[] {
  const { summary, furniture } = result;
  const p = summary.byPrecision;
  const lines = [
    `Drafted ${plural(result.story.events.length, 'event')} from ${plural(summary.paragraphs, 'paragraph')} (${plural(summary.headings, 'heading')}): ` +
      `${p.day} to the day, ${p.month} to the month, ${p.year} to the year; ${summary.candidates} candidate dates, ${summary.merged} merged into earlier events.`,
  ];
  if (furniture.length === 0) lines.push('No lines left out as page furniture.');
  else {
    lines.push(`Left out as page furniture (${furniture.length}):`);
    for (const f of furniture) lines.push(`  line ${f.line} [${f.rule}]: ${f.text.length > 80 ? `${f.text.slice(0, 80)}…` : f.text}`);
  }
  return lines;
}

/** Run the CLI on argv (without node and script); returns the exit code. */
export function main(args: string[], terminal: Io = { out: (s) => process.stdout.write(s), err: (s) => console.error(s) }): number {
  const io = terminalSafeIo(terminal);
  const parsed = parseArgs(args, OPTIONS);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { file, options } = parsed;
  if (!file) {
    io.err(USAGE);
    return 2;
  }
  const read = readText(file);
  if (!read.ok) {
    io.err(read.error);
    return 1;
  }
  if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
    io.err(`--published must be a day written YYYY-MM-DD, not "${options.published}".\n${USAGE}`);
    return 2;
  }
  // Checked before drafting: a day that does not exist is not the same as no date given.
  const publishedProblems: Problem[] = [];
  parsePublished(options.published, publishedProblems);
  if (publishedProblems.length > 0) {
    io.err(`--published: ${publishedProblems[0].message}\n${USAGE}`);
    return 2;
  }
  const first = splitParagraphs(read.text).paragraphs[0];
  const title = options.title ?? (first?.role === 'heading' ? first.text : basename(file, extname(file)).replace(/\.article$/, ''));
  const result = draftStory(read.text, { published: options.published, title, publisher: options.publisher, url: options.url });
  if (result.unresolved.length > 0) {
    io.err(`${file}: ${plural(result.unresolved.length, 'date phrase')} ${result.unresolved.length === 1 ? 'depends' : 'depend'} on the publication date, which was not given; pass --published YYYY-MM-DD:`);
    for (const u of result.unresolved) io.err(`  line ${u.line} (paragraph ${u.paragraph}): "${u.phrase}"`);
    return 1;
  }
  const fatal = result.problems.filter((p) => p.path === 'published' || p.path === '');
  if (fatal.length > 0) {
    for (const p of fatal) io.err(`${file}: ${p.message}`);
    return 1;
  }
  for (const p of result.problems) io.err(`${file}: ${p.message}`);
  const json = `${JSON.stringify(result.story, null, 2)}\n`;
  if (options.out) {
    try {
      writeFileSync(options.out, json);
    } catch (error) {
      io.err(`${options.out} could not be written: ${(error as Error).message}`);
      return 1;
    }
  } else io.out(json);
  for (const line of summaryLines(result)) io.err(line);
  if (options.out) io.err(`Wrote ${options.out}.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
