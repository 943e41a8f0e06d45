import { describe, expect, test } from 'vitest';
import { MAX_MEDIA_PX, isSafeMediaUrl, mediaOf, validateMedia } from '../../src/model/media';
import { sentence } from '../../src/model/validation/messages';

function check(value: unknown) {
  const problems: { path: string; message: string }[] = [];
  const media = validateMedia(value, 'events[2].media', (path, message) => problems.push({ path, message: sentence(message) }), 'Event "kabul"');
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

describe('validateMedia: every problem, word for word', () => {
  const at = (field: string) => (field ? `events[2].media.${field}` : 'events[2].media');
  const only = (value: unknown) => {
    const { problems } = check(value);
    expect(problems).toHaveLength(1);
    return problems[0];
  };

  test('media that is not an object names what it is', () => {
    for (const [value, what] of [[null, 'null'], [[], 'an array'], [undefined, 'an undefined'], [7, 'a number'], [true, 'a boolean']] as const) {
      expect(only(value)).toEqual({
        path: at(''),
        message: `Event "kabul": the media must be an object such as {"src": "map.png", "alt": "…"}, not ${what}; it is left out.`,
      });
    }
  });

  test('a missing, blank or non-string src', () => {
    for (const src of [undefined, '   ', 42]) {
      expect(check({ src, alt: 'A' })).toEqual({
        media: null,
        problems: [{ path: at('src'), message: 'Event "kabul": the media has no src; it needs the picture\'s URL and is left out.' }],
      });
    }
  });

  test('a refused src is shown in quotes, cut at 60 characters', () => {
    const long = `javascript:${'a'.repeat(70)}`;
    expect(only({ src: long, alt: 'A' }).message).toBe(`Event "kabul": the media's src "${long.slice(0, 60)}…" is not an http(s) or relative URL; the media is left out.`);
    const sixty = `javascript:${'a'.repeat(49)}`;
    expect(only({ src: sixty, alt: 'A' }).message).toBe(`Event "kabul": the media's src "${sixty}" is not an http(s) or relative URL; the media is left out.`);
  });

  test('a decorative that is not a boolean is read as false', () => {
    expect(check({ src: 'x.png', alt: 'A', decorative: 'yes' })).toStrictEqual({
      media: { src: 'x.png', alt: 'A' },
      problems: [{ path: at('decorative'), message: 'Event "kabul": the media\'s decorative must be true or false, not "yes"; it is read as false.' }],
    });
    expect(only({ src: 'x.png', alt: 'A', decorative: 1 }).message).toContain('must be true or false, not a number;');
  });

  test('an alt that is not a string leaves the media out, even when decorative', () => {
    for (const decorative of [false, true]) {
      expect(check({ src: 'x.png', alt: 5, decorative })).toEqual({
        media: null,
        problems: [{ path: at('alt'), message: 'Event "kabul": the media\'s alt must be a string, not a number; the media is left out.' }],
      });
    }
  });

  test('an alt over 2000 characters leaves the media out; 2000 is kept', () => {
    expect(check({ src: 'x.png', alt: 'a'.repeat(2001) })).toEqual({
      media: null,
      problems: [{ path: at('alt'), message: 'Event "kabul": the media\'s alt is 2001 characters long; keep it under 2000 (put the rest in the caption). The media is left out.' }],
    });
    expect(check({ src: 'x.png', alt: 'a'.repeat(2000) }).media?.alt).toHaveLength(2000);
  });

  test('a decorative picture needs no alt at all', () => {
    expect(check({ src: 'x.png', decorative: true })).toStrictEqual({ media: { src: 'x.png', alt: '', decorative: true }, problems: [] });
  });

  test('a caption or credit that is not a string, or over 2000 characters, is left out; a blank one silently', () => {
    const { media, problems } = check({ src: 'x.png', alt: 'A', caption: {}, credit: 'c'.repeat(2001) });
    expect(media).toStrictEqual({ src: 'x.png', alt: 'A' });
    expect(problems).toEqual([
      { path: at('caption'), message: 'Event "kabul": the media\'s caption must be a string, not an object; it is left out.' },
      { path: at('credit'), message: 'Event "kabul": the media\'s credit is 2001 characters long; keep it under 2000. It is left out.' },
    ]);
    expect(check({ src: 'x.png', alt: 'A', caption: '  ', credit: 'c'.repeat(2000) })).toStrictEqual({
      media: { src: 'x.png', alt: 'A', credit: 'c'.repeat(2000) },
      problems: [],
    });
  });

  test('sizes are whole pixels from 1 to MAX_MEDIA_PX', () => {
    expect(check({ src: 'x.png', alt: 'A', width: 1, height: MAX_MEDIA_PX })).toStrictEqual({
      media: { src: 'x.png', alt: 'A', width: 1, height: MAX_MEDIA_PX },
      problems: [],
    });
    for (const bad of [0, MAX_MEDIA_PX + 1, 1.5, '800']) {
      const { media, problems } = check({ src: 'x.png', alt: 'A', width: bad, height: bad });
      expect(media).toStrictEqual({ src: 'x.png', alt: 'A' });
      expect(problems.map((p) => p.path)).toEqual([at('width'), at('height')]);
      expect(problems[1].message).toBe(`Event "kabul": the media's height must be a whole number of pixels from 1 to ${MAX_MEDIA_PX}, not ${typeof bad === 'string' ? `"${bad}"` : 'a number'}; it is left out.`);
    }
  });

  test('a width without its height is left out with its own problem', () => {
    expect(check({ src: 'x.png', alt: 'A', width: 800 })).toStrictEqual({
      media: { src: 'x.png', alt: 'A' },
      problems: [{ path: at('height'), message: 'Event "kabul": the media gives its width without its height; give both or neither. The size is left out.' }],
    });
  });

  test('a link that is not a string or not an http(s) or relative URL is left out', () => {
    expect(check({ src: 'x.png', alt: 'A', link: 5 })).toStrictEqual({
      media: { src: 'x.png', alt: 'A' },
      problems: [{ path: at('link'), message: 'Event "kabul": the media\'s link a number is not an http(s) or relative URL; it is left out.' }],
    });
    expect(only({ src: 'x.png', alt: 'A', link: 'data:,x' }).message).toBe('Event "kabul": the media\'s link "data:,x" is not an http(s) or relative URL; it is left out.');
  });

  test('without an owner, the problem speaks of "This event"', () => {
    const problems: string[] = [];
    validateMedia({ alt: 'A' }, 'media', (_, message) => problems.push(sentence(message)));
    expect(problems).toEqual(['This event: the media has no src; it needs the picture\'s URL and is left out.']);
  });
});

describe('isSafeMediaUrl: text no browser reads as one URL', () => {
  test('blank text of any kind of space, and text the URL parser rejects, are refused', () => {
    expect(isSafeMediaUrl('\u00a0')).toBe(false);
    expect(isSafeMediaUrl('\u2003')).toBe(false);
    expect(isSafeMediaUrl('http://[::1')).toBe(false);
  });
});

describe('mediaOf', () => {
  test('media without a string src, null media or media that is not an object read as none', () => {
    expect(mediaOf({ media: { alt: 'A' } })).toBeUndefined();
    expect(mediaOf({ media: null })).toBeUndefined();
    expect(mediaOf({ media: 'x.png' })).toBeUndefined();
  });
});
