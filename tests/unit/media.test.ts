import { describe, expect, test } from 'vitest';
import { MAX_MEDIA_PX, isSafeMediaUrl, mediaOf, validateMedia } from '../../src/model/media';

function check(value: unknown) {
  const problems: { path: string; message: string }[] = [];
  const media = validateMedia(value, 'events[2].media', (path, message) => problems.push({ path, message }), 'Event "kabul"');
  return { media, problems };
}

describe('validateMedia', () => {
  test('a picture with src and alt is kept with every valid field', () => {
    const { media, problems } = check({ src: 'maps/kabul.svg', alt: 'Map of Kabul', caption: 'Kabul in 1996', credit: 'Drawn for this story', width: 800, height: 600, link: 'https://example.org/map' });
    expect(problems).toEqual([]);
    expect(media).toEqual({ src: 'maps/kabul.svg', alt: 'Map of Kabul', caption: 'Kabul in 1996', credit: 'Drawn for this story', width: 800, height: 600, link: 'https://example.org/map' });
  });

  test('only http(s) and relative URLs are pictures; a script URL is refused with a named problem', () => {
    for (const ok of ['https://a.example/x.png', 'http://a.example/x.webp', '/img/x.avif', 'x.jpg', '../x.png', '//cdn.example/x.png']) expect(isSafeMediaUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'blob:https://a/x', 'x y.png', '', 'java\nscript:alert(1)']) expect(isSafeMediaUrl(bad), bad).toBe(false);
    const { media, problems } = check({ src: 'javascript:alert(1)', alt: 'x' });
    expect(media).toBeNull();
    expect(problems).toEqual([{ path: 'events[2].media.src', message: 'Event "kabul": the media\'s src "javascript:alert(1)" is not an http(s) or relative URL; the media is left out.' }]);
  });

  test('alt is required unless the picture is decorative, which gets an empty alt', () => {
    expect(check({ src: 'x.png' }).problems).toEqual([
      { path: 'events[2].media.alt', message: 'Event "kabul": the media has no alt text; say what the picture shows, or set "decorative": true if it adds nothing to the words. The media is left out.' },
    ]);
    expect(check({ src: 'x.png', alt: '   ' }).media).toBeNull();
    expect(check({ src: 'x.png', decorative: true, alt: 'ignored' })).toEqual({ media: { src: 'x.png', alt: '', decorative: true }, problems: [] });
  });

  test('a huge or fractional size, a size without its pair, a bad link or caption is left out and the picture kept', () => {
    const { media, problems } = check({ src: 'x.png', alt: 'A', width: 1e9, height: 300, link: 'javascript:void(0)', caption: 42 });
    expect(media).toEqual({ src: 'x.png', alt: 'A' });
    expect(problems.map((p) => p.path)).toEqual(['events[2].media.caption', 'events[2].media.width', 'events[2].media.width', 'events[2].media.link']);
    expect(problems[1].message).toBe(`Event "kabul": the media's width must be a whole number of pixels from 1 to ${MAX_MEDIA_PX}, not a number; it is left out.`);
    expect(problems[2].message).toBe('Event "kabul": the media gives its height without its width; give both or neither. The size is left out.');
  });

  test('never throws: not an object, hostile getters and odd types become problems', () => {
    expect(check('pic.png').problems[0]).toEqual({ path: 'events[2].media', message: 'Event "kabul": the media must be an object such as {"src": "map.png", "alt": "…"}, not a string; it is left out.' });
    expect(check(null).media).toBeNull();
    expect(check([]).media).toBeNull();
    const hostile = Object.defineProperty({ alt: 'A' }, 'src', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(check(hostile).problems.map((p) => p.path)).toEqual(['events[2].media.src']);
    expect(check({ src: 'x.png', alt: 'A', decorative: 'yes' }).problems.map((p) => p.path)).toEqual(['events[2].media.decorative']);
  });

  test('mediaOf reads an event that has none as undefined', () => {
    expect(mediaOf({ id: 'a' })).toBeUndefined();
    expect(mediaOf({ media: { src: 'x.png', alt: 'A' } })).toEqual({ src: 'x.png', alt: 'A' });
  });
});
