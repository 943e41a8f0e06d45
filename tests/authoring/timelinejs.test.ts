import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importTimelineJs } from '../../src/authoring/timelinejs';
import { validateStory } from '../../src/model/validate';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/timelinejs/${name}`, import.meta.url)), 'utf8');

describe('importing TimelineJS3 JSON', () => {
  const result = importTimelineJs(read('canal.json'), { fileName: 'canal.json' });

  test('gives a valid story whose one source is the timeline, publisher "TimelineJS import"', () => {
    expect(validateStory(result.story).problems).toEqual([]);
    expect(result.story.title).toBe('The Harbour Canal');
    expect(result.story.sources).toHaveLength(1);
    expect(result.story.sources[0]).toMatchObject({ id: 'timelinejs', title: 'The Harbour Canal', publisher: 'TimelineJS import' });
  });

  test('dates keep the precision of the fields given; BCE years become astronomical; end dates make intervals', () => {
    expect(result.story.events.map((e) => [e.id, e.date])).toEqual([
      ['canal-proposed', '1843'],
      ['1851-digging-begins', '1851-06'],
      ['1853-flood-breaks-the-upper-lock', '1853-03-14'],
      ['1854-work-halted', '1854/1859'],
      ['0043-an-older-date-for-the-bce', '-0043-03-15'],
    ]);
  });

  test("each event cites its own slide's text, HTML reduced to plain text (scripts dropped, entities decoded)", () => {
    const paragraphs = new Map(result.story.sources[0].paragraphs.map((p) => [p.id, p.text]));
    for (const e of result.story.events) expect(paragraphs.get(e.citations[0].paragraph)).toBe(e.citations[0].quote);
    expect(paragraphs.get('p2')).toBe('Work started at the upper lock & ran for two seasons.');
    expect(paragraphs.get('p4')).toBe('The company ran out of money; the works lay idle for five years.');
    // A slide with a headline and no text cites its headline.
    expect(paragraphs.get('p3')).toBe('Flood breaks the upper lock');
  });

  test('display_date goes into the dateNote', () => {
    expect(result.story.events[1].dateNote).toBe('TimelineJS display date: "Summer 1851". The date fields give 1851-06 (to the month).');
  });

  test('the report lists media, video, groups, eras, backgrounds, times of day and links', () => {
    const kinds = result.report.map((r) => `${r.path} ${r.what}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'title.media media',
        'title.background background',
        'eras[0] era',
        'events[1].media video',
        'events[1].group group',
        'events[1].text link',
        'events[2].start_date time of day',
        'events[2].background background',
      ]),
    );
  });

  test('a slide with a bad date is a problem with a path, and the rest is imported', () => {
    expect(result.problems).toEqual([{ path: 'events[5].start_date', message: expect.stringContaining('has no month 13') }]);
  });
});

describe('importing the TimelineJS spreadsheet as CSV', () => {
  const result = importTimelineJs(read('canal.csv'), { fileName: 'canal.csv' });

  test('gives a valid story with the title row as title and event rows as events', () => {
    expect(validateStory(result.story).problems).toEqual([]);
    expect(result.story.title).toBe('The Harbour Canal');
    expect(result.story.events.map((e) => e.date)).toEqual(['1843', '1851-06', '1853-03-14', '1854/1859']);
    expect(result.story.sources[0].paragraphs[1].text).toBe('Work started at the upper lock, & ran for two seasons.');
  });

  test('the report names rows and columns of what was not carried over', () => {
    const kinds = result.report.map((r) => `${r.path} ${r.what}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['row 2, Media media', 'row 2, Alt Text media alt', 'row 3 era', 'row 5, Media video', 'row 5, Group group', 'row 6 time of day', 'row 6, Background background']),
    );
    expect(result.problems).toEqual([{ path: 'row 8', message: expect.stringContaining('has no month 13') }]);
  });
});

describe('image slides keep their picture as media', () => {
  const result = importTimelineJs(read('lighthouse.json'), { fileName: 'lighthouse.json' });
  const mediaOf = (id: string) => result.story.events.find((e) => e.id === id)?.media;

  test('an image slide keeps its picture, alt text, caption and credit, HTML reduced to text', () => {
    expect(mediaOf('1871-stone-tower-finished')).toEqual({
      src: 'https://example.org/pictures/tower-1871.jpg',
      alt: 'A narrow granite tower on dark rocks, scaffolding still round its top',
      caption: 'The tower in its first spring, before the lantern arrived',
      credit: 'Rell Harbour Society',
    });
    expect(mediaOf('1872-first-light-shown')).toMatchObject({ src: 'pictures/first-light.png?size=large', credit: 'Drawing by M. Ostrander' });
  });

  test('the imported story is valid with its pictures, and the validator keeps them', () => {
    const validated = validateStory(result.story);
    expect(validated.problems).toEqual([]);
    expect(validated.story?.events.filter((e) => e.media).map((e) => e.id)).toEqual(['1871-stone-tower-finished', '1872-first-light-shown', '1903-foghorn-added']);
  });

  test('without alt text, the caption (else the headline) stands in, and a problem asks for real alt text', () => {
    expect(mediaOf('1872-first-light-shown')?.alt).toBe('The lamp room');
    expect(mediaOf('1903-foghorn-added')).toEqual({ src: 'https://example.org/pictures/foghorn.webp', alt: 'Foghorn added' });
    expect(result.problems).toEqual([
      { path: 'events[1].media.alt', message: 'events[1]: the picture has no alt text, so its caption stands in for it ("The lamp room"); say what the picture shows.' },
      { path: 'events[2].media.alt', message: 'events[2]: the picture has no alt text, so its headline stands in for it ("Foghorn added"); say what the picture shows.' },
    ]);
  });

  test('video, map, tweet and image-page slides are reported by name and keep no media; an unsafe URL is never kept', () => {
    for (const id of ['1931-keepers-film', '1962-light-automated', '2019-reopened-to-visitors', '2020-gallery-opened', '2021-a-hostile-picture']) expect(mediaOf(id), id).toBeUndefined();
    const media = result.report.filter((r) => /^events\[\d\]\.media$/.test(r.path)).map((r) => [r.path, r.what, r.detail.split(' ')[0]]);
    expect(media).toEqual([
      ['events[3].media', 'video', 'video'],
      ['events[4].media', 'media', 'map'],
      ['events[5].media', 'media', 'tweet'],
      ['events[6].media', 'media', 'image'],
      ['events[7].media', 'media', 'image'],
    ]);
    expect(result.report.find((r) => r.path === 'events[6].media')?.detail).toContain("give the picture's own URL to keep it");
    expect(result.report.find((r) => r.path === 'events[7].media')?.detail).toContain('is not an http(s) or relative URL');
    expect(result.report.map((r) => r.detail).join(' ')).not.toContain('no media yet');
  });

  test("a kept picture's thumbnail is reported; its caption and credit are not, since they were kept", () => {
    const first = result.report.filter((r) => r.path.startsWith('events[0]')).map((r) => r.path);
    expect(first).toEqual(['events[0].media.thumbnail']);
  });

  test("the title slide's picture is reported, as the title slide is not an event", () => {
    expect(result.report.find((r) => r.path === 'title.media')?.detail).toContain('the title slide is not an event');
  });

  test('a sheet keeps pictures the same way, with rows and columns in its messages', () => {
    const sheet = importTimelineJs(read('lighthouse.csv'), { fileName: 'lighthouse.csv' });
    expect(validateStory(sheet.story).problems).toEqual([]);
    expect(sheet.story.events.map((e) => e.media?.alt ?? null)).toEqual(['A narrow granite tower on dark rocks, scaffolding still round its top', 'Foghorn added', null]);
    expect(sheet.story.events[0].media).toMatchObject({ caption: 'The tower in its first spring', credit: 'Rell Harbour Society' });
    expect(sheet.problems.map((p) => p.path)).toEqual(['row 4, Alt Text']);
    expect(sheet.report.map((r) => `${r.path} ${r.what}`)).toEqual(expect.arrayContaining(['row 3, Media Thumbnail media thumbnail', 'row 5, Media video']));
  });
});

describe('bad input never throws: it gives problems with a path', () => {
  test.each([
    ['not json {', 'json', ''],
    ['[1, 2]', 'json', ''],
    ['{"title": {}}', 'json', 'events'],
    ['{"events": [3, {"text": {"headline": "No date"}}, {"start_date": {"year": "x1"}, "text": {"text": "t"}}]}', 'json', 'events[0]'],
    ['Name,Date\nA,1992', 'csv', 'header'],
    ['', 'csv', 'header'],
  ] as const)('%s', (text, format, path) => {
    const result = importTimelineJs(text, { format });
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0].path).toBe(path);
    expect(validateStory(result.story).problems).toEqual([]);
  });

});

describe('a CSV quote never closed', () => {
  test('is named by the row and line it opens on; that row is left out and the result is marked incomplete', () => {
    const csv = 'Year,Headline\n1990,Opens\n1991,"Strike\n1992,Ends\n';
    const result = importTimelineJs(csv, { format: 'csv' });
    expect(result.problems).toEqual([{ path: 'row 3', message: expect.stringContaining('row 3 opens a quote on line 3 that is never closed') }]);
    expect(result.story.events.map((e) => e.title)).toEqual(['Opens']);
    expect(result.incomplete).toBe(true);
    expect(importTimelineJs('Year,Headline\n1990,"Opens"\n', { format: 'csv' }).incomplete).toBeUndefined();
  });
});
