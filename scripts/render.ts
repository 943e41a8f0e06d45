/**
 * Prints a story as static HTML for the inside of `<history-timeline>`:
 * `npm run render -- <story.json> [--heading-level 1-6] [--lang <tag>] [--out <file>]`.
 * The HTML goes to stdout (or `--out`); each problem goes to stderr as `path: message`, then a
 * summary. Invalid events are left out and the valid ones rendered. Exit codes: 0 rendered with no
 * problem, 1 problems (HTML still written when there is a story) or a file that cannot be read or
 * is not JSON, 2 usage.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { canonicalLocale } from '../src/model/locale';
import { validateStory } from '../src/model/validate';
import { terminalSafe } from './terminal';
import { renderStaticHtml } from '../src/render/static-html';
import { parseStoryJson, problemLine, problemSummary, readStoryFile } from './check-data';

export const USAGE = 'Usage: npm run render -- <story.json> [--heading-level 1-6] [--lang <language tag>] [--out <file.html>]';

export interface RenderArgs {
  file: string;
  headingLevel: number;
  lang: string;
  out: string | null;
}

/** The command line read, or a sentence saying what is wrong with it. */
export function parseArgs(args: readonly string[]): RenderArgs | { error: string } {
  const files: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (!['--heading-level', '--lang', '--out'].includes(name)) return { error: `Unknown option ${name}.` };
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return { error: `${name} needs a value.` };
    options[name] = value;
  }
  if (files.length !== 1) return { error: files.length ? `One story file at a time; got ${files.length}: ${files.join(', ')}.` : 'No story file given.' };
  const level = options['--heading-level'] ?? '2';
  if (!/^[1-6]$/.test(level)) return { error: `--heading-level is a heading level from 1 to 6, not "${level}".` };
  const lang = options['--lang'] ?? 'en';
  const locale = canonicalLocale(lang);
  if (!locale) return { error: `--lang is a language tag such as en, fr or fa-AF, not "${lang}".` };
  return { file: files[0], headingLevel: Number(level), lang: locale, out: options['--out'] ?? null };
}

/** Runs the CLI on argv (without node and script); returns the exit code. */
export function main(args: string[], out: (text: string) => void = (text) => process.stdout.write(text), err = console.error): number {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    err(terminalSafe(parsed.error));
    err(USAGE);
    return 2;
  }
  const file = readStoryFile(parsed.file);
  const json = 'error' in file ? file : parseStoryJson(file.text, parsed.file);
  if ('error' in json) {
    err(terminalSafe(json.error));
    return 1;
  }
  const result = validateStory(json.input);
  for (const problem of result.problems) err(terminalSafe(problemLine(problem)));
  if (!result.story) return 1;
  if (result.problems.length) err(`${problemSummary(json.input, result)}; the invalid ones are left out.`);
  const html = renderStaticHtml(result.story, { headingLevel: parsed.headingLevel, lang: parsed.lang });
  if (parsed.out) {
    try {
      writeFileSync(parsed.out, html);
    } catch (error) {
      err(terminalSafe(`${parsed.out} could not be written: ${(error as Error).message}`));
      return 1;
    }
  } else out(html);
  return result.problems.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
