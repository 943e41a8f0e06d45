/**
 * Scores drafts against hand-made expected events: `npm run draft-eval [folder …]`.
 * A folder holds `<name>.article.txt` (or `.md`) with either `<name>.expected.json`
 * ({ published, events: [{ date, paragraph | paragraphs, phrase, mentions }] }) or a hand-made
 * `<name>.story.json`, whose stated events are the expected list; its subfolders are scored too.
 * Without folders it scores tests/fixtures/draft-corpus and data/. Prints one row per article
 * (found, spurious, publishable as drafted) and the totals, then what was missed, spurious or not
 * publishable. Exit codes: 0 scored, 1 a folder or file could not be read, 2 usage.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftStory } from '../src/authoring/draft';
import { expectedFromStory, readExpected, scoreDraft, type ExpectedEvent, type Score } from '../src/authoring/eval';
import type { StoryInput } from '../src/model/types';
import { readText, type Io } from './draft';
import { terminalSafeIo } from './terminal';

export const DEFAULT_FOLDERS = ['tests/fixtures/draft-corpus', 'data'];

export interface ArticleScore extends Score {
  name: string;
}

/** Score every article in a folder and its subfolders; problems name the file. */
export function scoreFolder(folder: string): { scores: ArticleScore[]; problems: string[] } {
  const scores: ArticleScore[] = [];
  const problems: string[] = [];
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return { scores, problems: [`${folder} is not a folder.`] };
  for (const file of readdirSync(folder).sort()) {
    if (!file.startsWith('.') && statSync(join(folder, file)).isDirectory()) {
      const inner = scoreFolder(join(folder, file));
      scores.push(...inner.scores);
      problems.push(...inner.problems);
      continue;
    }
    const m = /^(.*)\.article\.(txt|md)$/.exec(file);
    if (!m) continue;
    const name = m[1];
    const article = readText(join(folder, file));
    if (!article.ok) {
      problems.push(article.error);
      continue;
    }
    let expected: ExpectedEvent[] | null = null;
    let published: string | undefined;
    const expectedFile = join(folder, `${name}.expected.json`);
    const storyFile = join(folder, `${name}.story.json`);
    try {
      if (existsSync(expectedFile)) {
        const read = readExpected(JSON.parse(readFileSync(expectedFile, 'utf8')));
        for (const p of read.problems) problems.push(`${expectedFile}: ${p}`);
        expected = read.events;
        published = read.published;
      } else if (existsSync(storyFile)) {
        const story = JSON.parse(readFileSync(storyFile, 'utf8')) as StoryInput;
        expected = expectedFromStory(story);
        published = story.sources?.[0]?.published;
      }
    } catch (error) {
      problems.push(`${name}: the expected events could not be read: ${(error as Error).message}`);
      continue;
    }
    if (!expected) {
      problems.push(`${join(folder, file)} has no ${name}.expected.json or ${name}.story.json beside it; skipped.`);
      continue;
    }
    const draft = draftStory(article.text, { published, title: name });
    scores.push({ name: `${folder}/${name}`, ...scoreDraft(draft.story, expected) });
  }
  return { scores, problems };
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);

/** One table row: counts, then found % (of expected), spurious % (of drafted), publishable % (of expected and of drafted). */
function row(name: string, s: Pick<Score, 'expected' | 'found' | 'drafted' | 'publishable'> & { missed: number; spurious: number }): string[] {
  return [name, String(s.expected), String(s.found), String(s.missed), String(s.drafted), String(s.spurious), pct(s.found, s.expected), pct(s.spurious, s.drafted), String(s.publishable), pct(s.publishable, s.expected), pct(s.publishable, s.drafted)];
}

/** The table: one row per article, then the totals. */
export function table(scores: ArticleScore[]): string[] {
  const rows = scores.map((s) => row(s.name, { ...s, missed: s.missed.length, spurious: s.spurious.length }));
  const total = scores.reduce(
    (t, s) => ({ expected: t.expected + s.expected, found: t.found + s.found, missed: t.missed + s.missed.length, drafted: t.drafted + s.drafted, spurious: t.spurious + s.spurious.length, publishable: t.publishable + s.publishable }),
    { expected: 0, found: 0, missed: 0, drafted: 0, spurious: 0, publishable: 0 },
  );
  rows.push(row('TOTAL', total));
  const header = ['article', 'expected', 'found', 'missed', 'drafted', 'spurious', 'found %', 'spurious %', 'publishable', 'publishable %', 'of drafted'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(0, -1).map(line), line(rows[rows.length - 1])];
}

/** Run the CLI on argv (without node and script); returns the exit code. */
export function main(args: string[], terminal: Io = { out: (s) => process.stdout.write(s), err: (s) => console.error(s) }): number {
  const io = terminalSafeIo(terminal);
  if (args.some((a) => a.startsWith('--'))) {
    io.err('Usage: npm run draft-eval [folder …]');
    return 2;
  }
  const folders = args.length > 0 ? args : DEFAULT_FOLDERS;
  const all: ArticleScore[] = [];
  let failed = false;
  for (const folder of folders) {
    const { scores, problems } = scoreFolder(folder);
    for (const p of problems) io.err(p);
    if (problems.some((p) => p.endsWith('is not a folder.'))) failed = true;
    all.push(...scores);
  }
  io.out(`${table(all).join('\n')}\n`);
  for (const s of all) {
    for (const m of s.missed) io.out(`missed   ${s.name}: ${m.date} in ${m.paragraphs.join(', ')}${m.phrase ? ` (${m.phrase})` : ''}\n`);
    for (const e of s.spurious) io.out(`spurious ${s.name}: ${e.date} in ${e.citations.map((c) => c.paragraph).join(', ')} (${e.title})\n`);
    for (const u of s.unpublishable) io.out(`not publishable ${s.name}: ${u.expected.date} "${u.title}": ${u.reasons.join(' ')}\n`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
