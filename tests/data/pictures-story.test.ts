import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateStory } from '../../src/model/validate';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const story = JSON.parse(readFileSync(`${examples}pictures.story.json`, 'utf8'));
const credits = readFileSync(`${examples}media/CREDITS.md`, 'utf8');

describe('examples/pictures.story.json: the example story with pictures', () => {
  test('is valid, and the validator keeps every picture', () => {
    const result = validateStory(story);
    expect(result.problems).toEqual([]);
    expect(result.story!.events.filter((e) => e.media)).toHaveLength(story.events.filter((e: { media?: unknown }) => e.media).length);
  });

  test('every picture is kept in the repository, sized, with alt text, a caption, and a credit that gives its licence', () => {
    const pictured = story.events.filter((e: { media?: unknown }) => e.media) as { media: { src: string; alt: string; caption: string; credit: string; width: number; height: number } }[];
    expect(pictured.length).toBeGreaterThanOrEqual(4);
    for (const { media } of pictured) {
      expect(media.src, 'relative to the page, in examples/media').toMatch(/^media\/[\w-]+\.svg$/);
      expect(existsSync(`${examples}${media.src}`), media.src).toBe(true);
      expect(media.alt.trim().length, media.src).toBeGreaterThan(20);
      expect(media.caption.trim().length, media.src).toBeGreaterThan(0);
      expect(media.credit, media.src).toContain('CC0 1.0');
      expect(credits, `CREDITS.md lists ${media.src}`).toContain(media.src.slice('media/'.length));
      expect(readFileSync(`${examples}${media.src}`, 'utf8'), `${media.src} says it is CC0`).toContain('CC0 1.0');
    }
  });
});
