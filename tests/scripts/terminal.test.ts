/** Every CLI prints text from input with its control characters escaped (tests/fixtures/hostile/). */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { terminalSafe } from '../../scripts/terminal';
import { main as draftMain } from '../../scripts/draft';
import { main as importMain } from '../../scripts/import-timelinejs';
import { main as checkDataMain } from '../../scripts/check-data';
import { main as draftEvalMain } from '../../scripts/draft-eval';
import { runMain as run } from '../support/cli';

const HOSTILE = 'tests/fixtures/hostile';
/** What a terminal would obey: C0 controls but tab and line feed, DEL and C1. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminalSafe', () => {
  test('control characters as \\u escapes; tabs and line breaks kept', () => {
    expect(terminalSafe('a\u001b[2Jb\u0007c\u009bd\te\nf\u007f\r')).toBe('a\\u001b[2Jb\\u0007c\\u009bd\te\nf\\u007f\\u000d');
  });

  test('JSON from JSON.stringify stays the same JSON', () => {
    const value = { title: 'a\u001b]0;x\u0007 \u009b31m \u007f', n: [1, '\t'] };
    expect(JSON.parse(terminalSafe(JSON.stringify(value, null, 2)))).toEqual(value);
  });
});

describe('the CLIs print no control character from their input', () => {
  test('npm run draft: the page-furniture report and the JSON on stdout', () => {
    const { code, out, err } = run(draftMain, [`${HOSTILE}/terminal.article.txt`]);
    expect(code).toBe(0);
    expect(out).not.toMatch(CONTROLS);
    expect(err).not.toMatch(CONTROLS);
    expect(err).toContain('Advertisement\\u001b[2J\\u001b[H');
    expect(JSON.parse(out).events.map((e: { citations: { quote: string }[] }) => e.citations[0].quote).join(' ')).toContain('\u009b31m');
  });

  test('npm run import: its report, its problems and the JSON on stdout', () => {
    const { code, out, err } = run(importMain, [`${HOSTILE}/terminal.timeline.json`]);
    expect(code).toBe(0);
    expect(out).not.toMatch(CONTROLS);
    expect(err).not.toMatch(CONTROLS);
    expect(err).toContain('"Canal years\\u001b]0;pwned\\u0007"');
    expect(err).toContain('"18\\u001b[2J", not a whole number');
  });

  test('npm run check-data: problems quoting the story', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terminal-'));
    const file = join(dir, 'story.json');
    writeFileSync(file, JSON.stringify({ title: 'T', sources: [], events: [{ id: 'x\u001b]0;pwned\u0007', date: '2020' }] }));
    const lines: string[] = [];
    expect(checkDataMain([file], (line) => lines.push(line), (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).not.toMatch(CONTROLS);
    expect(lines.join('\n')).toContain('\\u001b]0;pwned\\u0007');
  });

  test('npm run draft-eval: its table names the article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terminal-eval-'));
    writeFileSync(join(dir, 'a\u001b[2J.article.txt'), 'On 3 March 2020 the strike began.\n');
    writeFileSync(join(dir, 'a\u001b[2J.expected.json'), JSON.stringify({ published: '2020-03-04', events: [{ date: '2020-03-03', paragraph: 'p1', phrase: '3 March 2020' }] }));
    const { out, err } = run(draftEvalMain, [dir]);
    expect(out + err).not.toMatch(CONTROLS);
    expect(out).toContain('a\\u001b[2J');
  });
});
