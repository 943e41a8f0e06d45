import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main as draftMain, parseArgs } from '../../scripts/draft';
import { runMain as run } from '../support/cli';
import { checkData } from '../../scripts/check-data';

const dir = mkdtempSync(join(tmpdir(), 'authoring-cli-'));
const ARTICLE = 'data/russia-recognizes-taliban.article.txt';

describe('npm run draft', () => {
  test('drafts the repository article into a story that check-data accepts, with a summary on stderr', () => {
    const { code, out, err } = run(draftMain, [ARTICLE, '--published', '2025-07-03']);
    expect(code).toBe(0);
    expect(checkData(out, 'draft.json')).toEqual({ exitCode: 0, lines: ['OK: 8 events, 1 source'] });
    expect(err).toContain('Drafted 8 events from 20 paragraphs (3 headings): 2 to the day, 4 to the month, 2 to the year');
    expect(err).toContain('line 10 [see-also]: Also Read:');
  });

  test('--out writes the file', () => {
    const out = join(dir, 'story.json');
    expect(run(draftMain, [ARTICLE, '--published=2025-07-03', '--out', out, '--url', 'https://example.org/a']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).sources[0].url).toBe('https://example.org/a');
  });

  test('a missing file names the file', () => {
    expect(run(draftMain, ['nope.txt', '--published', '2025-07-03'])).toMatchObject({ code: 1, err: 'nope.txt does not exist.' });
  });

  test('relative dates without --published name the phrase and its line', () => {
    const { code, err, out } = run(draftMain, [ARTICLE]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('1 date phrase depends on the publication date, which was not given; pass --published YYYY-MM-DD:');
    expect(err).toContain('line 9 (paragraph p9): "in April this year"');
  });

  test('invalid UTF-8 names the byte and where it is', () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from('Line one.\nCaf\xe9 opened in 1992.\n', 'latin1'));
    const { code, err } = run(draftMain, [file, '--published', '2025-07-03']);
    expect(code).toBe(1);
    expect(err).toBe(`${file} is not valid UTF-8: byte 0xE9 at line 2, column 4 (byte 13). Save the file as UTF-8 and try again.`);
  });

  test('a binary file is refused', () => {
    const file = join(dir, 'binary.txt');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    expect(run(draftMain, [file]).err).toBe(`${file} is not a text file: it has a NUL byte at line 1, column 5 (byte 4).`);
  });

  test('usage errors exit 2', () => {
    expect(run(draftMain, []).code).toBe(2);
    expect(run(draftMain, [ARTICLE, '--published', '3 July 2025'])).toMatchObject({ code: 2, err: expect.stringContaining('--published must be a day written YYYY-MM-DD, not "3 July 2025"') });
    expect(run(draftMain, [ARTICLE, '--bogus', 'x']).err).toContain('Unknown option --bogus.');
    expect(run(draftMain, [ARTICLE, '--published', '2025-02-30'])).toMatchObject({ code: 2, err: expect.stringContaining('--published: The publication date "2025-02-30" is not a real day: February 2025 has 28 days.') });
    expect(run(draftMain, [ARTICLE, '--published', '0001-02-29']).err).toContain('"0001-02-29" is not a real day: February of the year 1 has 28 days.');
    expect(parseArgs(['a', '--title'], ['title'])).toEqual({ error: '--title needs a value.' });
  });
});
