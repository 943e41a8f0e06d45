/**
 * Drafts a story from an article: `npm run draft -- <article.txt|.md> --published YYYY-MM-DD
 * [--title …] [--publisher …] [--url …] [--time-zone Area/City] [--out story.json]`; or from several: `npm run draft --
 * a.txt b.txt c.txt [--out story.json]`, each dated against its own publication date, given by
 * header lines at the top of each file (`# url:`, `# publisher:`, `# published:`, `# title:`) or by
 * the flags (which a header overrides; with several files `--title` titles the story).
 * `--time-zone` is the story's zone, in which times written without one ("6:04 pm local time") are
 * read; without it, the zone the article's abbreviations name ("9:41 am EST"), if one.
 * Writes the story JSON to stdout (or --out) and a short summary to stderr.
 * Exit codes: 0 drafted, 1 unreadable input or undated relative phrases, 2 usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArticleHeader } from '../src/authoring/article-header';
import { draftStory, parsePublished, type DraftResult } from '../src/authoring/draft';
import { draftStories, type ArticleInput, type MultiDraftResult } from '../src/authoring/multi-draft';
import { headingOf } from '../src/authoring/paragraphs';
import { Translation } from '../src/i18n';
import { corroborate } from '../src/model/corroboration';
import { sourceNamer, sourcesDifferPhrase } from '../src/model/corroboration-phrase';
import { isTimeZone } from '../src/model/time-zone';
import type { Problem } from '../src/model/types';
import { terminalSafe, terminalSafeIo } from './terminal';

/** Where CLI output goes; tests pass collectors. */
export interface Io {
  out: (text: string) => void;
  err: (line: string) => void;
}

export type ParsedArgs = { file: string | undefined; files: string[]; options: Record<string, string | undefined> } | { error: string };

/** `<file> --name value …` with the given option names; `--name=value` works too. With `multiple`, several files. */
export function parseArgs(args: readonly string[], names: readonly string[], multiple = false): ParsedArgs {
  const options: Record<string, string | undefined> = {};
  const files: string[] = [];
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
    } else if (file === undefined || multiple) {
      file ??= arg;
      files.push(arg);
    } else return { error: `Only one input file is read; "${arg}" is one too many.` };
  }
  return { file, files, options };
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
  'Usage: npm run draft -- <article.txt|.md> --published YYYY-MM-DD [--title …] [--publisher …] [--url …] [--time-zone Area/City] [--out story.json]\n' +
  '       npm run draft -- <a.txt> <b.txt> … [--out story.json]   (each file may start with "# url:", "# publisher:", "# published:", "# title:" lines)';

const OPTIONS = ['published', 'title', 'publisher', 'url', 'time-zone', 'out'] as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The stderr summary: paragraphs, candidates by precision, furniture left out. */
export function summaryLines(result: DraftResult): string[] {
  const { summary, furniture } = result;
  const p = summary.byPrecision;
  const lines = [
    `Drafted ${plural(result.story.events.length, 'event')} from ${plural(summary.paragraphs, 'paragraph')} (${plural(summary.headings, 'heading')}): ` +
      `${p.minute + p.second ? `${p.minute + p.second} to the minute, ` : ''}${p.day} to the day, ${p.month} to the month, ${p.year} to the year; ${summary.candidates} candidate dates, ${summary.merged} merged into earlier events.`,
  ];
  if (result.storyZone) lines.push(`Times without a zone of their own are read in ${result.storyZone.zone}, the zone ${result.storyZone.origin}.`);
  if (furniture.length === 0) lines.push('No lines left out as page furniture.');
  else {
    lines.push(`Left out as page furniture (${furniture.length}):`);
    for (const f of furniture) lines.push(`  line ${f.line} [${f.rule}]: ${f.text.length > 80 ? `${f.text.slice(0, 80)}…` : f.text}`);
  }
  return lines;
}

/** Why a --time-zone value is not one (Intl does not know it), or null when it is or none is given. */
export function timeZoneProblem(timeZone: string | undefined): string | null {
  if (timeZone === undefined || isTimeZone(timeZone)) return null;
  return `--time-zone must be an IANA time zone such as Asia/Kolkata or America/New_York, not "${terminalSafe(timeZone)}".`;
}

/** An article file read for drafting: its header fields over the flags, and its title. */
export interface ArticleFile extends ArticleInput {
  file: string;
}

/**
 * Read an article file: its text without the header lines, and what the header says (else the
 * flags) of its URL, publisher, publication date and title (else its first line when that is a
 * heading, else the file name).
 */
export function readArticle(file: string, flags: Partial<Record<'published' | 'publisher' | 'url' | 'title', string>>): { ok: true; article: ArticleFile } | { ok: false; error: string } {
  const read = readText(file);
  if (!read.ok) return read;
  const { fields, text } = readArticleHeader(read.text);
  const published = fields.published ?? flags.published;
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    return { ok: false, error: `${file}: the publication date must be a day written YYYY-MM-DD, not "${published}".` };
  }
  const title = fields.title ?? flags.title ?? headingOf(text) ?? basename(file, extname(file)).replace(/\.article$/, '');
  return { ok: true, article: { file, text, title, published, publisher: fields.publisher ?? flags.publisher, url: fields.url ?? flags.url } };
}

/** The lines that say which phrases of a file need its publication date (`how`: how to give it). */
function unresolvedLines(file: string, result: DraftResult, how = 'pass --published YYYY-MM-DD'): string[] {
  const n = result.unresolved.length;
  return [
    `${file}: ${plural(n, 'date phrase')} ${n === 1 ? 'depends' : 'depend'} on the publication date, which was not given; ${how}:`,
    ...result.unresolved.map((u) => `  line ${u.line} (paragraph ${u.paragraph}): "${u.phrase}"`),
  ];
}

/** The stderr summary of a draft from several articles: each article's count, then the merged events and where sources differ. */
export function multiSummaryLines(result: MultiDraftResult, files: readonly string[]): string[] {
  const t = new Translation('en');
  const nameOf = sourceNamer(result.story.sources);
  const lines = result.articles.map((a, i) => {
    const source = a.story.sources[0];
    return `${files[i]} (${[source.publisher, source.published].filter(Boolean).join(', ') || source.title}): ${plural(a.story.events.length, 'event')}`;
  });
  const { summary } = result;
  lines.push(`Drafted ${plural(summary.events, 'event')} from ${plural(summary.articles, 'article')}: ${summary.corroborated} reported by two or more sources, ${summary.disagreements} where their dates differ.`);
  for (const event of result.story.events) {
    const differ = sourcesDifferPhrase(corroborate(event), nameOf, t);
    if (differ) lines.push(`  ${event.id}: ${differ}`);
  }
  return lines.map(terminalSafe);
}

/** Draft several files into one story; returns the exit code. */
function mainMulti(files: string[], options: Record<string, string | undefined>, io: Io): number {
  const articles: ArticleFile[] = [];
  for (const file of files) {
    const read = readArticle(file, { published: options.published, publisher: options.publisher, url: options.url });
    if (!read.ok) {
      io.err(terminalSafe(read.error));
      return 1;
    }
    articles.push(read.article);
  }
  const result = draftStories(articles, { title: options.title, timeZone: options['time-zone'] });
  const unresolved = result.articles.flatMap((a, i) => (a.unresolved.length ? unresolvedLines(files[i], a, 'add a "# published: YYYY-MM-DD" line at the top of the file') : []));
  if (unresolved.length > 0) {
    for (const line of unresolved) io.err(terminalSafe(line));
    return 1;
  }
  const fatal = result.problems.filter((p) => /^articles\[\d+\](\.published)?$/.test(p.path) || p.path === '');
  for (const p of result.problems) io.err(terminalSafe(`${files[Number(/^articles\[(\d+)\]/.exec(p.path)?.[1] ?? 0)] ?? ''}: ${p.message}`));
  if (fatal.length > 0) return 1;
  if (!write(`${JSON.stringify(result.story, null, 2)}\n`, options.out, io)) return 1;
  for (const line of multiSummaryLines(result, files)) io.err(line);
  if (options.out) io.err(terminalSafe(`Wrote ${options.out}.`));
  return 0;
}

/** Write the JSON to `out`, or to stdout without one; false (with a message) when it cannot be written. */
export function write(json: string, out: string | undefined, io: Io): boolean {
  if (!out) {
    io.out(json);
    return true;
  }
  try {
    writeFileSync(out, json);
    return true;
  } catch (error) {
    io.err(terminalSafe(`${out} could not be written: ${(error as Error).message}`));
    return false;
  }
}

/** Run the CLI on argv (without node and script); returns the exit code. */
export function main(args: string[], terminal: Io = { out: (s) => process.stdout.write(s), err: (s) => console.error(s) }): number {
  const io = terminalSafeIo(terminal);
  const parsed = parseArgs(args, OPTIONS, true);
  if ('error' in parsed) {
    io.err(`${terminalSafe(parsed.error)}\n${USAGE}`);
    return 2;
  }
  const { file, files, options } = parsed;
  if (!file) {
    io.err(USAGE);
    return 2;
  }
  if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
    io.err(`--published must be a day written YYYY-MM-DD, not "${terminalSafe(options.published)}".\n${USAGE}`);
    return 2;
  }
  // Checked before drafting: a day that does not exist is not the same as no date given.
  const publishedProblems: Problem[] = [];
  parsePublished(options.published, publishedProblems);
  if (publishedProblems.length > 0) {
    io.err(`--published: ${publishedProblems[0].message}\n${USAGE}`);
    return 2;
  }
  const timeZone = options['time-zone'];
  const badZone = timeZoneProblem(timeZone);
  if (badZone) {
    io.err(`${badZone}\n${USAGE}`);
    return 2;
  }
  if (files.length > 1) return mainMulti(files, options, io);
  const read = readArticle(file, options);
  if (!read.ok) {
    io.err(terminalSafe(read.error));
    return 1;
  }
  const { text, title, published, publisher, url } = read.article;
  const result = draftStory(text, { published, title, publisher, url, timeZone });
  if (result.unresolved.length > 0) {
    for (const line of unresolvedLines(file, result)) io.err(terminalSafe(line));
    return 1;
  }
  const fatal = result.problems.filter((p) => p.path === 'published' || p.path === '');
  if (fatal.length > 0) {
    for (const p of fatal) io.err(`${file}: ${p.message}`);
    return 1;
  }
  for (const p of result.problems) io.err(`${file}: ${p.message}`);
  if (!write(`${JSON.stringify(result.story, null, 2)}\n`, options.out, io)) return 1;
  for (const line of summaryLines(result)) io.err(line);
  if (options.out) io.err(`Wrote ${options.out}.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
