import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/annotations';
import { main as draftMain } from '../../scripts/draft';
import { runMain } from '../support/cli';

const run = (args: string[]) => runMain(main, args);
const dir = mkdtempSync(join(tmpdir(), 'annotations-cli-'));
const T = 'tests/fixtures/multi-corpus/takeover';

describe('npm run annotations', () => {
  test('draft three outlets, write their annotations, import them: the same story comes back (key order aside)', () => {
    const story = join(dir, 'story.json');
    const annotations = join(dir, 'story.jsonld');
    const back = join(dir, 'back.json');
    expect(runMain(draftMain, [`${T}/wire.article.txt`, `${T}/business.article.txt`, `${T}/local.article.txt`, '--out', story]).code).toBe(0);
    const written = run([story, '--out', annotations]);
    expect(written.code).toBe(0);
    expect(written.err).toMatch(/^Wrote \d+ annotations for \d+ events\.$/);
    expect(JSON.parse(readFileSync(annotations, 'utf8')).type).toBe('AnnotationCollection');
    expect(run(['--import', annotations, '--out', back]).code).toBe(0);
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(JSON.parse(readFileSync(story, 'utf8')));
  });

  test('without --out the collection goes to stdout', () => {
    const { code, out } = run(['data/russia-recognizes-taliban.story.json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).first.items[0].target.selector.type).toBe('TextQuoteSelector');
  });

  test('an invalid story is refused; a bad annotation file names the item and field', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ title: 'x', sources: [], events: [{ id: 'a' }] }));
    expect(run([bad])).toMatchObject({ code: 1, err: expect.stringContaining(`${bad} is not a valid story`) });
    const collection = join(dir, 'bad.jsonld');
    writeFileSync(collection, JSON.stringify({ type: 'AnnotationCollection', 'ht:story': { title: 't', sources: [] }, first: { items: [{ type: 'Annotation' }] } }));
    expect(run(['--import', collection])).toMatchObject({ code: 1, err: `${collection}: first.items[0].body needs "ht:event" (or "ht:era") with an "id"` });
    expect(run(['--import', 'nope.jsonld'])).toMatchObject({ code: 1, err: 'nope.jsonld does not exist.' });
  });

  test('usage errors exit 2', () => {
    expect(run([]).code).toBe(2);
    expect(run(['a.json', '--bogus', 'x']).code).toBe(2);
  });
});
