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

describe('npm run draft --time-zone', () => {
  const article = join(dir, 'landing.txt');
  writeFileSync(article, 'The lander touched down at 18:04 IST on 23 August 2023.\n\nThe rover rolled out shortly after midnight on 24 August 2023.\n');

  test('reads the times in the zone given, settles an ambiguous abbreviation by it, and says so on stderr', () => {
    const { code, out, err } = run(draftMain, [article, '--published', '2023-08-24', '--time-zone', 'Asia/Kolkata']);
    expect(code).toBe(0);
    const story = JSON.parse(out);
    expect(story.timeZone).toBe('Asia/Kolkata');
    expect(story.events.map((e: { date: string }) => e.date)).toEqual(['2023-08-23T18:04+05:30', '2023-08-24T00:00+05:30~']);
    expect(err).toContain('2 to the minute, 0 to the day');
    expect(err).toContain('Times without a zone of their own are read in Asia/Kolkata, the zone given for the story.');
  });

  test('without it, an ambiguous abbreviation keeps the day and stderr names the line, the phrase and what to pass', () => {
    const { code, err } = run(draftMain, [article, '--published', '2023-08-24']);
    expect(code).toBe(0);
    expect(err).toContain(`${article}: Line 1 (paragraph p1): "at 18:04 IST on 23 August 2023" gives the time 6:04 pm, but "IST" is ambiguous`);
    expect(err).toContain('so only the day is kept; give the story the zone its times are in (--time-zone Area/City).');
  });

  test('a zone Intl does not know is a usage error that names it', () => {
    const { code, err } = run(draftMain, [article, '--time-zone', 'Asia/Kolkatta']);
    expect(code).toBe(2);
    expect(err).toContain('--time-zone must be an IANA time zone such as Asia/Kolkata or America/New_York, not "Asia/Kolkatta".');
  });
});

describe('npm run draft with several articles', () => {
  const T = 'tests/fixtures/multi-corpus/takeover';
  const files = [`${T}/wire.article.txt`, `${T}/business.article.txt`, `${T}/local.article.txt`];

  test('drafts one story from the three, each dated by its header, that check-data accepts; stderr says where sources differ', () => {
    const { code, out, err } = run(draftMain, files);
    expect(code).toBe(0);
    const story = JSON.parse(out);
    expect(story.sources.map((s: { id: string; published: string }) => [s.id, s.published])).toEqual([
      ['northwire', '2023-03-17'],
      ['market-ledger', '2023-03-18'],
      ['brightwater-valley-news', '2023-03-18'],
    ]);
    expect(checkData(out, 'story.json')).toEqual({ exitCode: 0, lines: [`OK: ${story.events.length} events, 3 sources`] });
    expect(err).toContain(`${files[0]} (Northwire, 2023-03-17): `);
    expect(err).toMatch(/Drafted \d+ events from 3 articles: \d+ reported by two or more sources, 2 where their dates differ\./);
    expect(err).toContain('Sources differ: 16 March 2023 (Northwire and Brightwater Valley News) · 17 March 2023 (Market Ledger)');
  });

  test('--title titles the story and --out writes it; flags fill what a header does not give', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, '# publisher: Wire\nA bridge opened on Friday.\n');
    writeFileSync(b, '# published: 2024-05-01\nThe bridge opened in April.\n');
    const out = join(dir, 'multi.json');
    expect(run(draftMain, [a, b, '--published', '2024-05-04', '--publisher', 'Gazette', '--title', 'The bridge', '--out', out]).code).toBe(0);
    const story = JSON.parse(readFileSync(out, 'utf8'));
    expect(story.title).toBe('The bridge');
    expect(story.sources.map((s: { publisher: string; published: string }) => [s.publisher, s.published])).toEqual([
      ['Wire', '2024-05-04'],
      ['Gazette', '2024-05-01'],
    ]);
  });

  test('an article without a publication date, when it needs one, is named with the header line to add', () => {
    const a = join(dir, 'dated.txt');
    const b = join(dir, 'undated.txt');
    writeFileSync(a, '# published: 2024-05-04\nA bridge opened in 1990.\n');
    writeFileSync(b, 'The bridge closed on Friday.\n');
    const { code, err, out } = run(draftMain, [a, b]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`${b}: 1 date phrase depends on the publication date, which was not given; add a "# published: YYYY-MM-DD" line at the top of the file:`);
  });

  test('a header date that is not a day names the file; a missing file names it', () => {
    const a = join(dir, 'bad-header.txt');
    writeFileSync(a, '# published: 4 May 2024\nText.\n');
    expect(run(draftMain, [a, files[0]])).toMatchObject({ code: 1, err: `${a}: the publication date must be a day written YYYY-MM-DD, not "4 May 2024".` });
    expect(run(draftMain, [files[0], 'nope.txt'])).toMatchObject({ code: 1, err: 'nope.txt does not exist.' });
  });

  test('control characters in a publisher are not written to the terminal', () => {
    const a = join(dir, 'hostile.txt');
    writeFileSync(a, '# publisher: Evil\u001b[31mRed\n# published: 2024-05-04\nA mill opened in 1990 in Kell.\n');
    const { code, err } = run(draftMain, [a, files[0]]);
    expect(code).toBe(0);
    expect(err).not.toContain('\u001b');
  });
});
