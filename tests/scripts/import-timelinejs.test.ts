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
