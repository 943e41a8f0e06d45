import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main, multiTable, scoreFolder, scoreMultiFolder, table } from '../../scripts/draft-eval';
import { runMain } from '../support/cli';

const run = (args: string[]) => runMain(main, args);

/** A folder with one article in a subfolder: one event found and publishable, one found with a title that does not mention it. */
function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'draft-eval-'));
  mkdirSync(join(root, 'held'));
  writeFileSync(join(root, 'held', 'mayor.article.txt'), 'Voters in Lorran elected Ana Petrov as mayor on Sunday.\nThe bridge was built in 1932.\n');
  writeFileSync(
    join(root, 'held', 'mayor.expected.json'),
    JSON.stringify({
      published: '2022-05-16',
      events: [
        { date: '2022-05-15', paragraph: 'p1', mentions: ['petrov', 'elect'] },
        { date: '1932', paragraph: 'p2', mentions: ['tram'] },
      ],
    }),
  );
  return root;
}

describe('npm run draft-eval: publishable as drafted', () => {
  test('the table adds publishable, its share of the expected and of the drafted events', () => {
    const { code, out } = run([folder()]);
    expect(code).toBe(0);
    expect(out).toMatch(/\| article +\| expected \| found \| missed \| drafted \| spurious \| found % \| spurious % \| publishable \| publishable % \| of drafted \|/);
    expect(out).toMatch(/held\/mayor +\| +2 \| +2 \| +0 \| +2 \| +0 \| +100% \| +0% \| +1 \| +50% \| +50% \|/);
    expect(out).toMatch(/\| TOTAL +\| +2 \| +2 \| +0 \| +2 \| +0 \| +100% \| +0% \| +1 \| +50% \| +50% \|/);
  });

  test('a found event that is not publishable is listed with the reasons', () => {
    expect(run([folder()]).out).toContain('not publishable ');
    expect(run([folder()]).out).toMatch(/not publishable .*held\/mayor: 1932 "Bridge is built": It mentions none of "tram"\./);
  });

  test('a folder is scored with its subfolders', () => {
    const { scores } = scoreFolder(folder());
    expect(scores.map((s) => s.name.split('/').slice(-2).join('/'))).toEqual(['held/mayor']);
  });

  test('an empty table still has its totals row', () => {
    expect(table([]).at(-1)).toMatch(/^\| TOTAL +\| +0 \| +0 \| +0 \| +0 \| +0 \| +– \| +– \| +0 \| +– \| +– \|$/);
  });
});

describe('npm run draft-eval', () => {
  test('prints the table with totals for the corpus and the repository article', () => {
    const { code, out } = run([]);
    expect(code).toBe(0);
    expect(out).toMatch(/\| article +\| expected \| found \| missed \| drafted \| spurious \| found % \| spurious % \|/);
    expect(out).toMatch(/\| data\/russia-recognizes-taliban +\| +8 \| +8 \| +0 \|/);
    expect(out).toMatch(/\| TOTAL /);
  });

  test('a folder that does not exist is an error', () => {
    expect(run(['no-such-folder'])).toMatchObject({ code: 1, err: 'no-such-folder is not a folder.' });
  });
});

/** A story folder: two outlets' reports of one deal (a day apart) and a gold file. */
function multiFolder(gold: object): string {
  const root = mkdtempSync(join(tmpdir(), 'draft-eval-multi-'));
  writeFileSync(join(root, 'wire.article.txt'), '# publisher: Wire\n# published: 2023-03-17\nDairy deal\nHalden Foods agreed on Thursday to buy Brightwater Dairies.\n');
  writeFileSync(join(root, 'weekly.article.txt'), '# publisher: Weekly\n# published: 2023-03-18\nWhy Halden paid up\nThe deal with Brightwater Dairies was signed on Friday by Halden Foods.\n');
  writeFileSync(join(root, 'gold.json'), JSON.stringify(gold));
  return root;
}
const DEAL = { id: 'deal', disagree: true, mentions: [{ article: 'wire', paragraph: 'p2', date: '2023-03-16' }, { article: 'weekly', paragraph: 'p2', date: '2023-03-17' }] };

describe('npm run draft-eval -- --multi', () => {
  test('scores a story folder: one row and the totals, with merge F1 and disagreement recall and precision', () => {
    const { code, out } = run(['--multi', multiFolder({ events: [DEAL] })]);
    expect(code).toBe(0);
    expect(out).toMatch(/\| story +\| mentions \| found \(same date\) \| matched \| merge P \| merge R \| merge F1 \| differ \(gold\) \| differ \(drafted\) \| differ recall \| differ precision \| quotes verbatim \|/);
    expect(out).toMatch(/\| TOTAL +\| +2 \| +2 \(100%\) \| +2 \| +1\.00 \| +1\.00 \| +1\.00 \| +1 \| +1 \| +1\.00 \| +1\.00 \| +2\/2 \|/);
  });

  test('what was merged wrongly and the false disagreement are listed after the table', () => {
    const { out } = run(['--multi', multiFolder({ events: [{ ...DEAL, id: 'a', disagree: false, mentions: [DEAL.mentions[0]] }, { ...DEAL, id: 'b', disagree: false, mentions: [DEAL.mentions[1]] }] })]);
    expect(out).toContain('merged wrongly');
    expect(out).toContain('wire p2 2023-03-16 + weekly p2 2023-03-17');
    expect(out).toContain('false differ');
  });

  test('a gold file naming an article the folder lacks, or a folder with no story, is reported', () => {
    const folder = multiFolder({ events: [{ ...DEAL, mentions: [{ article: 'radio', paragraph: 'p1', date: '2023-03-16' }] }] });
    expect(scoreMultiFolder(folder).problems).toEqual([`${join(folder, 'gold.json')}: deal names article "radio", which ${folder} does not have.`]);
    const empty = mkdtempSync(join(tmpdir(), 'draft-eval-empty-'));
    expect(run(['--multi', empty])).toMatchObject({ code: 1, err: `${empty} has no gold.json and no story folders.` });
    expect(run(['--multi']).code).toBe(2);
  });

  test('the own multi-outlet corpus has at least 4 stories of 3 or more outlets, and scores on every story', () => {
    const { scores, problems } = scoreMultiFolder('tests/fixtures/multi-corpus');
    expect(problems).toEqual([]);
    expect(scores.length).toBeGreaterThanOrEqual(4);
    const lines = multiTable(scores);
    expect(lines).toHaveLength(scores.length + 3);
    for (const s of scores) expect(s.verbatimQuotes).toBe(s.quotes);
  });
});
