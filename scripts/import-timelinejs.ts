/**
 * Imports a TimelineJS timeline: `npm run import -- <timeline.json|sheet.csv> [--time-zone Area/City] [--out story.json]`.
 * TimelineJS files name no time zone: `--time-zone` is the zone their times of day were written in,
 * and the story's; without it, times are reported, not kept.
 * Writes the story JSON to stdout (or --out); on stderr, the slides that could not be used and a
 * report of everything not carried over (media, groups, eras, backgrounds, times of day, links).
 * Exit codes: 0 imported, 1 unreadable input, nothing importable, or a file whose end could not be
 * read (a CSV quote never closed; what came before is still written), 2 usage.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { importTimelineJs, type ImportResult } from '../src/authoring/timelinejs';
import { parseArgs, readText, timeZoneProblem, type Io } from './draft';
import { terminalSafeIo } from './terminal';

export const USAGE = 'Usage: npm run import -- <timeline.json|sheet.csv> [--time-zone Area/City] [--out story.json]';

/** The report as lines for stderr. */
export function reportLines(result: ImportResult, file: string): string[] {
  const lines: string[] = [];
  for (const p of result.problems) lines.push(`${file}: ${p.path ? `${p.path}: ` : ''}${p.message.startsWith(p.path) ? p.message.slice(p.path.length).replace(/^[:\s]+/, '') : p.message}`);
  const imported = result.story.events.length;
  lines.push(`Imported ${imported} event${imported === 1 ? '' : 's'} from ${file}.`);
  if (result.report.length === 0) {
    // Said only when true: not after importing nothing, and not over slides that were left out.
    if (imported > 0 && result.problems.length === 0) lines.push('Everything was carried over.');
    else if (imported > 0) lines.push('Apart from the problems above, everything was carried over.');
  } else {
    lines.push(`Not carried over (${result.report.length}):`);
    for (const r of result.report) lines.push(`  ${r.path} [${r.what}]: ${r.detail}`);
  }
  const timesLeft = result.report.filter((r) => r.what === 'time of day' && r.detail.includes('--time-zone')).length;
  if (timesLeft > 0) lines.push(`${timesLeft} ${timesLeft === 1 ? 'date has a time' : 'dates have times'} of day that TimelineJS gives without a time zone; import again with --time-zone Area/City to keep them.`);
  return lines;
}

/** Run the CLI on argv (without node and script); returns the exit code. */
export function main(args: string[], terminal: Io = { out: (s) => process.stdout.write(s), err: (s) => console.error(s) }): number {
  const io = terminalSafeIo(terminal);
  const parsed = parseArgs(args, ['out', 'time-zone']);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  if (!parsed.file) {
    io.err(USAGE);
    return 2;
  }
  const file = parsed.file;
  const timeZone = parsed.options['time-zone'];
  const badZone = timeZoneProblem(timeZone);
  if (badZone) {
    io.err(`${badZone}\n${USAGE}`);
    return 2;
  }
  const read = readText(file);
  if (!read.ok) {
    io.err(read.error);
    return 1;
  }
  const result = importTimelineJs(read.text, { fileName: file, timeZone });
  const json = `${JSON.stringify(result.story, null, 2)}\n`;
  const out = parsed.options.out;
  if (result.story.events.length === 0) {
    for (const line of reportLines(result, file)) io.err(line);
    io.err(`${file}: no event could be imported.`);
    return 1;
  }
  if (out) {
    try {
      writeFileSync(out, json);
    } catch (error) {
      io.err(`${out} could not be written: ${(error as Error).message}`);
      return 1;
    }
  } else io.out(json);
  for (const line of reportLines(result, file)) io.err(line);
  if (result.incomplete) {
    io.err(`${file}: the end of the file could not be read, so the story has only the events before it.`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
