/**
 * A story's citations as W3C Web Annotations and back: `npm run annotations -- story.json [--out
 * annotations.jsonld]` writes the AnnotationCollection (src/authoring/web-annotations.ts);
 * `npm run annotations -- --import annotations.jsonld [--out story.json]` reads one back.
 * Exit codes: 0 written, 1 unreadable or invalid input, 2 usage.
 */
import { pathToFileURL } from 'node:url';
import { annotationsToStory, storyToAnnotations } from '../src/authoring/web-annotations';
import { validateStory } from '../src/model/validate';
import type { StoryInput } from '../src/model/types';
import { parseStoryJson } from './check-data';
import { parseArgs, readText, write, type Io } from './draft';
import { terminalSafe } from './terminal';

export const USAGE = 'Usage: npm run annotations -- <story.json> [--out annotations.jsonld]\n       npm run annotations -- --import <annotations.jsonld> [--out story.json]';

/** Run the CLI on argv (without node and script); returns the exit code. */
export function main(args: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => console.error(s) }): number {
  const importing = args.includes('--import');
  const parsed = parseArgs(
    args.filter((a) => a !== '--import'),
    ['out'],
  );
  if ('error' in parsed || !parsed.file) {
    io.err(`${'error' in parsed ? `${terminalSafe(parsed.error)}\n` : ''}${USAGE}`);
    return 2;
  }
  const { file, options } = parsed;
  const read = readText(file);
  if (!read.ok) {
    io.err(terminalSafe(read.error));
    return 1;
  }
  const json = parseStoryJson(read.text, file);
  if ('error' in json) {
    io.err(terminalSafe(json.error));
    return 1;
  }
  if (importing) {
    const result = annotationsToStory(json.input);
    if (!result.ok) {
      for (const p of result.problems) io.err(terminalSafe(`${file}: ${p}`));
      return 1;
    }
    if (!write(`${JSON.stringify(result.story, null, 2)}\n`, options.out, io)) return 1;
    io.err(`Read ${result.story.events.length} events and ${result.story.events.reduce((n, e) => n + e.citations.length, 0)} citations from ${terminalSafe(file)}.`);
    return 0;
  }
  const errors = validateStory(json.input).problems.filter((p) => p.severity !== 'warning');
  if (errors.length > 0) {
    io.err(terminalSafe(`${file} is not a valid story (${errors.length} problem${errors.length === 1 ? '' : 's'}; npm run check-data -- ${file} lists them), so its annotations would not point at its sources.`));
    return 1;
  }
  const collection = storyToAnnotations(json.input as StoryInput);
  if (!write(`${JSON.stringify(collection, null, 2)}\n`, options.out, io)) return 1;
  io.err(`Wrote ${collection.total} annotations for ${(json.input as StoryInput).events.length} events.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
