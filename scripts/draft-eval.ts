/**
 * Scores drafts against hand-made expected events: `npm run draft-eval [folder …]`.
 * A folder holds `<name>.article.txt` (or `.md`) with either `<name>.expected.json`
 * ({ published, timeZone?, events: [{ date, paragraph | paragraphs, phrase, mentions }] }) or a hand-made
 * `<name>.story.json`, whose stated events are the expected list; its subfolders are scored too.
 * Without folders it scores tests/fixtures/draft-corpus and data/. Prints one row per article
 * (found, spurious, publishable as drafted) and the totals, then what was missed, spurious or not
 * publishable. Exit codes: 0 scored, 1 a folder or file could not be read, 2 usage.
 *
 * `npm run draft-eval -- --multi DIR …` scores drafting from several articles instead: DIR holds a
 * story (`<outlet>.article.txt` files, each with its header lines, and a `gold.json`; see
 * src/authoring/multi-eval.ts), or folders of stories. It prints one row per story (mentions found,
 * merging's pairwise precision, recall and F1, disagreements found, quotes verbatim) and the totals,
 * then what was missed, merged wrongly or not merged.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftStory } from '../src/authoring/draft';
import { expectedFromStory, readExpected, scoreDraft, type ExpectedEvent, type Score } from '../src/authoring/eval';
import { draftStories } from '../src/authoring/multi-draft';
import { readGold, scoreMultiDraft, type GoldMention, type MultiScore } from '../src/authoring/multi-eval';
import type { StoryInput } from '../src/model/types';
import { readArticle, readText, type ArticleFile, type Io } from './draft';
import { terminalSafe, terminalSafeIo } from './terminal';

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
    let timeZone: string | undefined;
    const expectedFile = join(folder, `${name}.expected.json`);
    const storyFile = join(folder, `${name}.story.json`);
    try {
      if (existsSync(expectedFile)) {
        const read = readExpected(JSON.parse(readFileSync(expectedFile, 'utf8')));
        for (const p of read.problems) problems.push(`${expectedFile}: ${p}`);
        expected = read.events;
        published = read.published;
        timeZone = read.timeZone;
      } else if (existsSync(storyFile)) {
        const story = JSON.parse(readFileSync(storyFile, 'utf8')) as StoryInput;
        expected = expectedFromStory(story);
        published = story.sources?.[0]?.published;
        timeZone = story.timeZone;
      }
    } catch (error) {
      problems.push(`${name}: the expected events could not be read: ${(error as Error).message}`);
      continue;
    }
    if (!expected) {
      problems.push(`${join(folder, file)} has no ${name}.expected.json or ${name}.story.json beside it; skipped.`);
      continue;
    }
    const draft = draftStory(article.text, { published, title: name, timeZone });
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

export interface StoryScore extends MultiScore {
  name: string;
}

/** Score the story in `folder` (articles and gold.json), or each story folder inside it. */
export function scoreMultiFolder(folder: string): { scores: StoryScore[]; problems: string[] } {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return { scores: [], problems: [`${folder} is not a folder.`] };
  const goldFile = join(folder, 'gold.json');
  if (!existsSync(goldFile)) {
    const inner = readdirSync(folder).sort().filter((f) => !f.startsWith('.') && statSync(join(folder, f)).isDirectory()).map((f) => scoreMultiFolder(join(folder, f)));
    if (inner.length === 0) return { scores: [], problems: [`${folder} has no gold.json and no story folders.`] };
    return { scores: inner.flatMap((r) => r.scores), problems: inner.flatMap((r) => r.problems) };
  }
  const problems: string[] = [];
  const names: string[] = [];
  const articles: ArticleFile[] = [];
  for (const file of readdirSync(folder).sort()) {
    const m = /^(.*)\.article\.(txt|md)$/.exec(file);
    if (!m) continue;
    const read = readArticle(join(folder, file), {});
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }
    names.push(m[1]);
    articles.push(read.article);
  }
  let gold;
  try {
    gold = readGold(JSON.parse(readFileSync(goldFile, 'utf8')));
  } catch (error) {
    return { scores: [], problems: [...problems, `${goldFile} could not be read: ${(error as Error).message}`] };
  }
  problems.push(...gold.problems.map((p) => `${goldFile}: ${p}`));
  for (const h of gold.happenings) for (const m of h.mentions) if (!names.includes(m.article)) problems.push(`${goldFile}: ${h.id} names article "${m.article}", which ${folder} does not have.`);
  const result = draftStories(articles);
  return { scores: [{ name: folder, ...scoreMultiDraft(result, names, gold.happenings) }], problems };
}

const ratio = (n: number, d: number) => (d === 0 ? '–' : (n / d).toFixed(2));
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? (fp + fn === 0 ? '–' : '0.00') : ((2 * tp) / (2 * tp + fp + fn)).toFixed(2));

/** One row: mentions found, merging's pairwise precision/recall/F1, disagreements' recall and precision, quotes verbatim. */
function multiRow(name: string, s: Omit<MultiScore, 'missed' | 'wronglyMerged' | 'notMerged' | 'falseDisagreements' | 'missedDisagreements'>): string[] {
  return [
    name,
    String(s.mentions),
    `${s.found} (${pct(s.found, s.mentions)})`,
    String(s.matched),
    ratio(s.truePairs, s.truePairs + s.falsePairs),
    ratio(s.truePairs, s.truePairs + s.missedPairs),
    f1(s.truePairs, s.falsePairs, s.missedPairs),
    String(s.goldDisagreements),
    String(s.draftedDisagreements),
    ratio(s.foundDisagreements, s.goldDisagreements),
    ratio(s.rightDisagreements, s.draftedDisagreements),
    `${s.verbatimQuotes}/${s.quotes}`,
  ];
}

/** The table for --multi: one row per story, then the totals (pairs and counts summed over the stories). */
export function multiTable(scores: StoryScore[]): string[] {
  const keys = ['mentions', 'found', 'matched', 'truePairs', 'falsePairs', 'missedPairs', 'goldDisagreements', 'draftedDisagreements', 'rightDisagreements', 'foundDisagreements', 'quotes', 'verbatimQuotes'] as const;
  const total = Object.fromEntries(keys.map((k) => [k, scores.reduce((n, s) => n + s[k], 0)])) as Record<(typeof keys)[number], number>;
  const rows = [...scores.map((s) => multiRow(s.name, s)), multiRow('TOTAL', total)];
  const header = ['story', 'mentions', 'found (same date)', 'matched', 'merge P', 'merge R', 'merge F1', 'differ (gold)', 'differ (drafted)', 'differ recall', 'differ precision', 'quotes verbatim'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)];
}

const mention = (m: GoldMention) => `${m.article} ${m.paragraph} ${m.date}`;

/** `--multi DIR …`: score each story and print the table and what went wrong. */
function mainMulti(folders: string[], io: Io): number {
  const all: StoryScore[] = [];
  let failed = false;
  for (const folder of folders) {
    const { scores, problems } = scoreMultiFolder(folder);
    for (const p of problems) io.err(terminalSafe(p));
    if (problems.some((p) => p.endsWith('is not a folder.') || p.includes('has no gold.json'))) failed = true;
    all.push(...scores);
  }
  io.out(`${multiTable(all).join('\n')}\n`);
  for (const s of all) {
    for (const m of s.missed) io.out(`missed          ${s.name}: ${mention(m)}\n`);
    for (const p of s.wronglyMerged) io.out(`merged wrongly  ${s.name}: ${mention(p.a)} + ${mention(p.b)}\n`);
    for (const p of s.notMerged) io.out(`not merged      ${s.name}: ${mention(p.a)} + ${mention(p.b)}\n`);
    for (const t of s.falseDisagreements) io.out(terminalSafe(`false differ    ${s.name}: ${t}`) + '\n');
    for (const id of s.missedDisagreements) io.out(`missed differ   ${s.name}: ${id}\n`);
  }
  return failed ? 1 : 0;
}

/** Run the CLI on argv (without node and script); returns the exit code. */
export function main(args: string[], terminal: Io = { out: (s) => process.stdout.write(s), err: (s) => console.error(s) }): number {
  const io = terminalSafeIo(terminal);
  if (args[0] === '--multi') {
    if (args.length < 2 || args.slice(1).some((a) => a.startsWith('--'))) {
      io.err('Usage: npm run draft-eval -- --multi <folder> …');
      return 2;
    }
    return mainMulti(args.slice(1), io);
  }
  if (args.some((a) => a.startsWith('--'))) {
    io.err('Usage: npm run draft-eval [folder …]\n       npm run draft-eval -- --multi <folder> …');
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
