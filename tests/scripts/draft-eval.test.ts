import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main, scoreFolder, table } from '../../scripts/draft-eval';
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
