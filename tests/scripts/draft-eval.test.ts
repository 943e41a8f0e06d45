import { describe, expect, test } from 'vitest';
import { main as evalMain } from '../../scripts/draft-eval';
import { runMain as run } from '../support/cli';

describe('npm run draft-eval', () => {
  test('prints the table with totals for the corpus and the repository article', () => {
    const { code, out } = run(evalMain, []);
    expect(code).toBe(0);
    expect(out).toMatch(/\| article +\| expected \| found \| missed \| drafted \| spurious \| found % \| spurious % \|/);
    expect(out).toMatch(/\| data\/russia-recognizes-taliban +\| +8 \| +8 \| +0 \|/);
    expect(out).toMatch(/\| TOTAL /);
  });

  test('a folder that does not exist is an error', () => {
    expect(run(evalMain, ['no-such-folder'])).toMatchObject({ code: 1, err: 'no-such-folder is not a folder.' });
  });
});
