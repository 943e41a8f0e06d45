import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { storyJson, storyOf } from '../../src/editor/export';
import { openStory, type OpenedStory } from '../../src/editor/open-story';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every JSON file under `dir` (recursively) that is a story: an object with sources and events. */
function storiesIn(dir: string, pattern = /\.json$/): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(join(root, path)).isDirectory()) return dir.startsWith('examples') ? storiesIn(path, pattern) : [];
    if (!pattern.test(name)) return [];
    const json = JSON.parse(readFileSync(join(root, path), 'utf8'));
    return Array.isArray(json.sources) && Array.isArray(json.events) ? [path] : [];
  });
}

/** The example stories of the repository: data/*.story.json, examples/**\/*.json, tests/fixtures/*.story.json. */
export const exampleStories = [
  ...storiesIn('data', /\.story\.json$/),
  ...storiesIn('examples'),
  ...storiesIn('tests/fixtures', /\.story\.json$/),
  'tests/fixtures/hostile-story.json',
];

const opened = (json: unknown) => openStory('draft', json) as OpenedStory;

describe('an opened story keeps everything the editor does not edit', () => {
  test('the example stories include groups, eras, featured, pictures, other sources and unknown fields', () => {
    const all = exampleStories.map((path) => JSON.parse(readFileSync(join(root, path), 'utf8')));
    expect(exampleStories).toContain('data/russia-recognizes-taliban.story.json');
    expect(exampleStories).toContain('examples/second-story.json');
    expect(all.some((s) => s.groups && s.eras && s.featured)).toBe(true);
    expect(all.some((s) => s.events.some((e: { media?: unknown }) => e.media))).toBe(true);
    expect(all.some((s) => s.sources.length > 1)).toBe(true);
  });

  for (const path of exampleStories) {
    test(`${path}: open, then export, gives the file back unchanged`, () => {
      const text = readFileSync(join(root, path), 'utf8');
      const json = JSON.parse(text);
      const { doc, notes } = opened(json);
      expect(notes).toEqual([]);
      const story = storyOf(doc);
      expect(story).toStrictEqual(json);
      // Key order too, so a diff of the two files shows nothing.
      expect(storyJson(story)).toBe(`${JSON.stringify(json, null, 2)}\n`);
    });
  }

  test("the article's own title, when it differs from the story's, is kept apart", () => {
    const { doc } = opened(JSON.parse(readFileSync(join(root, 'data/russia-recognizes-taliban.story.json'), 'utf8')));
    expect(doc.meta).toMatchObject({ title: 'Russia recognizes the Taliban government', articleTitle: 'Russia Recognizes Taliban Govt' });
  });

  test('what cannot be read is named, the rest opened', () => {
    const story = {
      title: 'T',
      sources: [{ id: 's', title: 'T', paragraphs: [{ id: 'p1', text: 'One.' }, 'two', { id: 3 }] }],
      events: [null, { id: 'a', title: 'A', date: '2020', dateBasis: 'stated', citations: [] }, { id: 'a', title: 'B' }, { title: 'C' }],
    };
    const { doc, notes } = opened(story);
    expect(notes).toEqual([
      "2 of the article's paragraphs have no id or text and are left out.",
      '1 event is not an object and is left out.',
      '2 events had no id or one used before, and got a new one.',
    ]);
    expect(doc.candidates.map((c) => c.id)).toEqual(['a', 'a-2', 'event-4']);
    expect(doc.paragraphs).toEqual([{ id: 'p1', text: 'One.' }]);
  });

  test('a file that is not a story says why', () => {
    expect(openStory('d', [1, 2])).toEqual({ error: 'it is not a story (a JSON object with a title, sources and events).' });
    expect(openStory('d', { title: 'T', sources: [] })).toEqual({ error: 'its first source, the article, has no paragraphs to cite.' });
  });
});
