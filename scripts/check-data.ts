/**
 * Checks a story JSON file: `npm run check-data -- <file>`.
 * Prints each problem as `path: message`, then a summary, on stdout; a missing or unreadable file on
 * stderr. Exit codes: 0 valid (warnings, listed after the OK line, leave it valid), 1 problems, not
 * JSON or unreadable, 2 usage.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { validateStory } from '../src/model/validate';
import { terminalSafe } from './terminal';
import type { Problem, ValidationResult } from '../src/model/types';

export interface CheckResult {
  exitCode: 0 | 1;
  /** Lines to print, without trailing newlines. */
  lines: string[];
}

export const USAGE = 'Usage: npm run check-data -- <story.json>';

/** Line and column (both from 1) of an offset in text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * The offset of the first JSON syntax error. V8 names a position for some errors only
 * ("Unexpected token '}', ... is not valid JSON" has none), so scan for it.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        i++;
        return;
      }
      if (code < 32) fail();
      if (code === 92) {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) { i += k; fail(); }
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        fail();
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (offset) {
    return typeof offset === 'number' ? offset : 0;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Story JSON text (a leading BOM allowed) as a value, or a sentence naming where it stops being JSON. */
export function parseStoryJson(text: string, fileName: string): { input: unknown } | { error: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { input: JSON.parse(body) };
  } catch (error) {
    const offset = jsonErrorOffset(body);
    const where = offset >= 0 ? lineAndColumn(body, offset) : null;
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `${fileName} is not valid JSON${at}: ${reason}` };
  }
}

/** The summary after a story's problems: "2 problems; 2 of 3 events valid". */
export function problemSummary(input: unknown, result: ValidationResult): string {
  const rawEvents = input !== null && typeof input === 'object' ? (input as { events?: unknown }).events : undefined;
  const total = Array.isArray(rawEvents) ? rawEvents.length : 0;
  const valid = result.story ? result.story.events.length : 0;
  return `${plural(result.problems.length, 'problem')}; ${valid} of ${plural(total, 'event')} valid`;
}

/** A problem as one line: `path: message`. */
export const problemLine = (p: Problem) => (p.path ? `${p.path}: ${p.message}` : p.message);

/** Validate story JSON text; `fileName` names the file in messages. */
export function checkData(text: string, fileName: string): CheckResult {
  const parsed = parseStoryJson(text, fileName);
  if ('error' in parsed) return { exitCode: 1, lines: [parsed.error] };
  const result = validateStory(parsed.input);
  const { story, problems } = result;
  const valid = story ? story.events.length : 0;
  // Warnings leave everything in: the story is OK, and they are listed after it.
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (problems.length === warnings.length && story) {
    const counts = [plural(valid, 'event'), plural(story.sources.length, 'source'), story.groups?.length ? plural(story.groups.length, 'group') : '', story.eras?.length ? plural(story.eras.length, 'era') : ''];
    if (warnings.length) counts.push(plural(warnings.length, 'warning'));
    return { exitCode: 0, lines: [`OK: ${counts.filter(Boolean).join(', ')}`, ...warnings.map((p) => problemLine({ ...p, message: `warning: ${p.message}` }))] };
  }
  return {
    exitCode: 1,
    lines: [...problems.map(problemLine), problemSummary(parsed.input, result)],
  };
}

/** A story file's text, or a sentence saying why it cannot be read. */
export function readStoryFile(fileName: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(fileName, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      error:
        code === 'ENOENT'
          ? `${fileName} does not exist.`
          : code === 'EISDIR'
            ? `${fileName} is a directory, not a story file.`
            : `${fileName} could not be read: ${(error as Error).message}`,
    };
  }
}

/** Run the CLI on argv (without node and script); returns the exit code. */
export function main(args: string[], print = console.log, printError = console.error): number {
  const out = (line: string) => print(terminalSafe(line));
  const err = (line: string) => printError(terminalSafe(line));
  const fileName = args[0];
  if (!fileName) {
    err(USAGE);
    return 2;
  }
  const file = readStoryFile(fileName);
  if ('error' in file) {
    err(file.error);
    return 1;
  }
  const result = checkData(file.text, fileName);
  for (const line of result.lines) out(line);
  return result.exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
