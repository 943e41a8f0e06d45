import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { main, parseArgs, USAGE } from '../../scripts/render';

const root = fileURLToPath(new URL('../../', import.meta.url));
const article = `${root}data/russia-recognizes-taliban.story.json`;
const hostile = `${root}tests/fixtures/hostile-story.json`;
const dir = mkdtempSync(join(tmpdir(), 'render-cli-'));

/** Writes a file for one test and returns its path. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs the CLI in-process: its exit code, what it printed on stdout and each line on stderr. */
function run(...args: string[]) {
  let stdout = '';
  const stderr: string[] = [];
  const code = main(args, (text) => void (stdout += text), (line) => void stderr.push(line));
  return { code, stdout, stderr };
}

const rain = {
  title: 'Rain',
  sources: [{ id: 's', title: 'Diary', paragraphs: [{ id: 'p1', text: 'It rained all of 1994.' }] }],
  events: [
    { id: 'rain', date: '1994', title: 'Rain', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'rained' }] },
    { id: 'snow', date: '2023-02-30', title: 'Snow', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'rained' }] },
  ],
};

describe('npm run render', () => {
  test('a valid story: its HTML on stdout, nothing on stderr, exit 0', () => {
    const { code, stdout, stderr } = run(article);
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(stdout).toMatch(/^<script type="application\/json">/);
    expect(stdout).toContain('<h2 data-era-id="first-taliban-government">');
  });

  test('--heading-level and --lang shape the HTML; --out writes it to a file and prints nothing', () => {
    const out = join(dir, 'article.html');
    const { code, stdout, stderr } = run(article, '--heading-level', '4', '--lang=fr', '--out', out);
    expect([code, stdout, stderr]).toEqual([0, '', []]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h4>Autres événements</h4>');
    expect(html).toContain('<h5>Taliban capture Kabul</h5>');
  });

  test('invalid events: each problem on stderr with its path, a summary, exit 1; the valid events are still rendered', () => {
    const { code, stdout, stderr } = run(file('rain.json', JSON.stringify(rain)));
    expect(code).toBe(1);
    expect(stderr).toEqual([
      'events[1].date: Event "snow": "2023-02-30" is not a real day: February 2023 has 28 days.',
      '1 problem; 1 of 2 events valid; the invalid ones are left out.',
    ]);
    expect([...stdout.matchAll(/<li data-event-id="([^"]+)">/g)].map((m) => m[1])).toEqual(['rain']);
  });

  test.each([
    [[], 'No story file given.'],
    [['a.json', 'b.json'], 'One story file at a time; got 2: a.json, b.json.'],
    [['a.json', '--heading-level', '7'], '--heading-level is a heading level from 1 to 6, not "7".'],
    [['a.json', '--heading-level'], '--heading-level needs a value.'],
    [['a.json', '--lang', 'not a locale'], '--lang is a language tag such as en, fr or fa-AF, not "not a locale".'],
    [['a.json', '--level', '3'], 'Unknown option --level.'],
  ])('usage %j: says what is wrong, then how to call it, exit 2', (args, message) => {
    expect(run(...args)).toEqual({ code: 2, stdout: '', stderr: [message, USAGE] });
  });

  test('a file that is missing, a folder, or not JSON: one sentence naming it (and where), exit 1, no HTML', () => {
    expect(run(join(dir, 'missing.json'))).toEqual({ code: 1, stdout: '', stderr: [`${join(dir, 'missing.json')} does not exist.`] });
    expect(run(dir)).toEqual({ code: 1, stdout: '', stderr: [`${dir} is a directory, not a story file.`] });
    const broken = file('broken.json', '{\n  "title": "x",\n  "events": [,]\n}');
    const result = run(broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON at line 3, column 14: `));
  });

  test('JSON that is not a story object: its problem, exit 1, no HTML', () => {
    expect(run(file('list.json', '[1, 2]'))).toEqual({ code: 1, stdout: '', stderr: ['The story is not a JSON object (it is an array).'] });
  });

  test('parseArgs: the defaults', () => {
    expect(parseArgs(['s.json'])).toEqual({ file: 's.json', headingLevel: 2, lang: 'en', out: null });
    expect(parseArgs(['--lang', 'fa_AF', 's.json'])).toEqual({ file: 's.json', headingLevel: 2, lang: 'fa-AF', out: null });
  });
});

describe('npm run render on hostile text', () => {
  test('the hostile fixture, run as a process: stdout is escaped HTML with one script, the JSON, that cannot be ended early', async () => {
    const exec = promisify(execFile);
    const result = await exec('npx', ['tsx', 'scripts/render.ts', hostile], { cwd: root }).then(
      () => {
        throw new Error('expected exit 1: the fixture has invalid events');
      },
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    const html = result.stdout;
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    const json = html.slice(html.indexOf('>') + 1, html.indexOf('</script>'));
    expect(json).not.toContain('<');
    const shown = html.slice(html.indexOf('</script>'));
    expect(shown).not.toMatch(/<(img|svg|script)/i);
    // Event handlers and script URLs only as text: no tag has an on… attribute, no link or cite a script URL.
    const tags = [...shown.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0].replace(/="[^"]*"/g, '=""'));
    expect(tags.filter((tag) => /\son\w+=/i.test(tag))).toEqual([]);
    expect(shown).not.toMatch(/(href|cite)="\s*javascript:/i);
    expect(shown).toContain('&lt;img src=x onerror=&quot;window.__pwned=&#39;title&#39;&quot;&gt;');
    expect(result.stderr).toContain('sources[1].url: Source "evil": the url "javascript:window.__pwned=\'href\'" is not an http or https address.');
  });

  test('control characters from the story never reach the terminal: escaped on stdout and stderr', () => {
    const story = {
      ...rain,
      title: 'Title \u001b]0;owned\u0007 \u001b[2J \u009b31m',
      events: [rain.events[0], { ...rain.events[0], id: 'bad\u009b1;1H\u001b[2J' }],
    };
    const { stdout, stderr } = run(file('terminal.json', JSON.stringify(story)));
    const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    expect(stdout).not.toMatch(controls);
    for (const line of stderr) expect(line).not.toMatch(controls);
    expect(stderr.join('\n')).toContain('\\u009b1;1H');
  });
});
