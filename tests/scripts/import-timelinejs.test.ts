import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main as importMain } from '../../scripts/import-timelinejs';
import { checkData } from '../../scripts/check-data';
import { runMain as run } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'import-timelinejs-'));

describe('npm run import', () => {
  test.each(['canal.json', 'canal.csv'])('%s imports into a story check-data accepts, with the report on stderr', (name) => {
    const { code, out, err } = run(importMain, [`tests/fixtures/timelinejs/${name}`]);
    expect(code).toBe(0);
    expect(checkData(out, name).exitCode).toBe(0);
    expect(err).toContain('Not carried over (');
    expect(err).toMatch(/\[era\]: "The canal years" \(1843–1859\)/);
  });

  test('a file with no importable event exits 1 and says why', () => {
    const file = join(dir, 'empty.json');
    writeFileSync(file, '{"events": []}');
    expect(run(importMain, [file])).toMatchObject({ code: 1, err: expect.stringContaining('no event could be imported') });
  });
});

describe('npm run import --time-zone', () => {
  const file = join(dir, 'times.json');
  writeFileSync(file, JSON.stringify({ events: [{ start_date: { year: 2023, month: 8, day: 23, hour: 18, minute: 4 }, text: { headline: 'Lander touches down' } }] }));

  test('keeps the times in the zone given, which becomes the story\'s', () => {
    const { code, out } = run(importMain, [file, '--time-zone', 'Asia/Kolkata']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ timeZone: 'Asia/Kolkata', events: [{ date: '2023-08-23T18:04' }] });
    expect(checkData(out, 'times.json').exitCode).toBe(0);
  });

  test('without it, says by name that the file has times and no zone', () => {
    const { code, out, err } = run(importMain, [file]);
    expect(code).toBe(0);
    expect(JSON.parse(out).events[0].date).toBe('2023-08-23');
    expect(err).toContain('1 date has a time of day that TimelineJS gives without a time zone; import again with --time-zone Area/City to keep them.');
  });

  test('a zone Intl does not know is a usage error', () => {
    expect(run(importMain, [file, '--time-zone', 'Mars/Olympus'])).toMatchObject({ code: 2, err: expect.stringContaining('not "Mars/Olympus"') });
  });
});

describe('npm run import: what it says is true', () => {
  test('after importing nothing it does not say everything was carried over', () => {
    const file = join(dir, 'nothing.json');
    writeFileSync(file, '{"events": [{"text": {"headline": "No date"}}]}');
    const { code, err } = run(importMain, [file]);
    expect(code).toBe(1);
    expect(err).not.toContain('carried over');
    expect(err).toContain('no event could be imported');
  });

  test('with slides left out it says everything else was carried over', () => {
    const file = join(dir, 'some.json');
    writeFileSync(file, '{"events": [{"start_date": {"year": "1990"}, "text": {"headline": "Kept"}}, {"text": {"headline": "No date"}}]}');
    const { code, err } = run(importMain, [file]);
    expect(code).toBe(0);
    expect(err).toContain('Apart from the problems above, everything was carried over.');
    expect(err).not.toContain('\nEverything was carried over.');
  });

  test('a CSV quote never closed is named by its own row and line; that row is not imported and the exit is 1', () => {
    const { code, out, err } = run(importMain, ['tests/fixtures/hostile/unclosed-quote.csv']);
    expect(code).toBe(1);
    expect(err).toContain('row 3 opens a quote on line 3 that is never closed');
    expect(err).not.toContain('row 4');
    expect(JSON.parse(out).events.map((e: { title: string }) => e.title)).toEqual(['Plant opens']);
    expect(err).toContain('the end of the file could not be read');
  });
});
