import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkData, jsonErrorOffset, main, USAGE } from '../../scripts/check-data';
import good from '../fixtures/rain.story.json';

const broken = {
  ...good,
  events: [
    ...good.events,
    { id: 'snow', date: '2023-02-30', title: 'Snow', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'snowed' }] },
  ],
};

describe('checkData', () => {
  test('a valid story prints OK with its counts and exits 0', () => {
    expect(checkData(JSON.stringify(good), 'good.json')).toEqual({ exitCode: 0, lines: ['OK: 2 events, 1 source'] });
  });

  test('a story with problems prints each as path: message, then a summary, and exits 1', () => {
    expect(checkData(JSON.stringify(broken), 'broken.json')).toEqual({
      exitCode: 1,
      lines: [
        'events[2].date: Event "snow": "2023-02-30" is not a real day: February 2023 has 28 days.',
        'events[2].citations[0].quote: Event "snow": the quote "snowed" is not found verbatim in paragraph "p1" of source "s".',
        '2 problems; 2 of 3 events valid',
      ],
    });
  });

  test('a story whose only problems are warnings prints OK with the count of warnings, then each, and exits 0', () => {
    const differing = structuredClone(good) as any;
    differing.events[0].citations[0].date = '1931';
    const result = checkData(JSON.stringify(differing), 'differing.json');
    expect(result.exitCode).toBe(0);
    expect(result.lines[0]).toBe('OK: 2 events, 1 source, 1 warning');
    expect(result.lines.slice(1)).toEqual([expect.stringMatching(/^events\[0\]\.citations\[0\]\.date: warning: Event "[^"]+": source "[^"]+" gives "1931", which contradicts the event's date/)]);
  });

  test('a problem with the whole document prints the message alone', () => {
    expect(checkData('[1, 2]', 'list.json')).toEqual({
      exitCode: 1,
      lines: ['The story is not a JSON object (it is an array).', '1 problem; 0 of 0 events valid'],
    });
  });

  test('text that is not JSON names the file and the line and column of the error', () => {
    const result = checkData('{\n  "title": "T",\n  "events": [1, 2,]\n}', 'story.json');
    expect(result.exitCode).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/^story\.json is not valid JSON at line 3, column 19: /);
  });

  test('an error V8 reports without a position still gets one', () => {
    expect(checkData('{"a":}', 'x.json').lines[0]).toMatch(/^x\.json is not valid JSON at line 1, column 6: /);
    expect(checkData('', 'empty.json').lines[0]).toMatch(/^empty\.json is not valid JSON at line 1, column 1: /);
  });

  test('a byte order mark is ignored', () => {
    expect(checkData(`\ufeff${JSON.stringify(good)}`, 'bom.json').exitCode).toBe(0);
  });
});

describe('jsonErrorOffset', () => {
  test('finds the first syntax error and agrees with JSON.parse about what is valid', () => {
    const cases: Array<[string, number]> = [
      ['{"a":1}', -1], ['[1,2]', -1], ['"\\u00e9"', -1], [' null ', -1], ['-0.5e+3', -1],
      ['{"a":}', 5], ['[1 2]', 3], ['{"a":1,}', 7], ['nul', 3], ['nux', 2], ['"a\nb"', 2], ['{} x', 3], ['01', 1], ['"\\x"', 2],
    ];
    for (const [text, offset] of cases) {
      expect(jsonErrorOffset(text)).toBe(offset);
      let parses = true;
      try { JSON.parse(text); } catch { parses = false; }
      expect(parses).toBe(offset === -1);
    }
  });
});

describe('main', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-data-'));

  function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(args, (line) => out.push(line), (line) => err.push(line));
    return { code, out, err };
  }

  test('a hostile story: colours that are not colours, a cited heading and a long title are named', () => {
    const { code, out } = run(['tests/fixtures/hostile/colours-headings-titles.story.json']);
    expect(code).toBe(1);
    expect(out.slice(0, -1).map((line) => line.slice(0, line.indexOf(':')))).toEqual(['groups[0].color', 'groups[1].color', 'events[0].title', 'events[1].citations[0].paragraph']);
    expect(out.at(-1)).toBe('4 problems; 1 of 2 events valid');
    expect(out[0]).toContain('"url(https://tracker.example/beacon.png)" is not a CSS colour');
    expect(out[2]).toContain('the title is 422 characters long, longer than the 300 allowed; it is cut to 300.');
    expect(out[3]).toContain('which is a heading; headings cannot be cited');
  });

  test('without a file it prints usage and exits 2', () => {
    expect(run([])).toEqual({ code: 2, out: [], err: [USAGE] });
  });

  test('a missing file is named and exits 1', () => {
    const file = join(dir, 'nope.json');
    expect(run([file])).toEqual({ code: 1, out: [], err: [`${file} does not exist.`] });
  });

  test('a directory is not a story file', () => {
    expect(run([dir])).toEqual({ code: 1, out: [], err: [`${dir} is a directory, not a story file.`] });
  });
});

describe('the check-data command', () => {
  const exec = promisify(execFile);
  const dir = mkdtempSync(join(tmpdir(), 'check-data-cli-'));

  test('exits 0 on a good file and 1 on a broken one', async () => {
    const goodFile = join(dir, 'good.json');
    const brokenFile = join(dir, 'broken.json');
    writeFileSync(goodFile, JSON.stringify(good));
    writeFileSync(brokenFile, JSON.stringify(broken));
    const ok = await exec('npx', ['tsx', 'scripts/check-data.ts', goodFile], { cwd: process.cwd() });
    expect(ok.stdout).toBe('OK: 2 events, 1 source\n');
    const failed = await exec('npx', ['tsx', 'scripts/check-data.ts', brokenFile], { cwd: process.cwd() }).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout.trim().split('\n').at(-1)).toBe('2 problems; 2 of 3 events valid');
  }, 120_000);
});
