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

describe('importing TimelineJS times of day', () => {
  const slide = (start: object, extra: object = {}) => ({ start_date: start, text: { headline: 'Lander touches down', text: '<p>The lander touched down near the pole.</p>' }, ...extra });
  const file = (events: object[]) => JSON.stringify({ events });
  const landing = file([
    slide({ year: 2023, month: 8, day: 23, hour: 18, minute: 4 }, { display_date: 'Evening of 23 August' }),
    { ...slide({ year: '2023', month: '8', day: '23', hour: '17', minute: '45', second: '30' }), end_date: { year: '2023', month: '8', day: '23', hour: '18', minute: '10' } },
  ]);

  test('with the zone given, hours, minutes and seconds round-trip: the story shows the file\'s clock in that zone', () => {
    const result = importTimelineJs(landing, { fileName: 'landing.json', timeZone: 'Asia/Kolkata' });
    expect(result.problems).toEqual([]);
    expect(result.story.timeZone).toBe('Asia/Kolkata');
    expect(result.story.events.map((e) => e.date)).toEqual(['2023-08-23T18:04', '2023-08-23T17:45:30/2023-08-23T18:10']);
    const { story, problems } = validateStory(result.story);
    expect(problems).toEqual([]);
    // Validated events are in time order: the interval from 17:45 comes first.
    const [second, first] = story!.events.map((e) => e.calendar);
    expect(first.from).toMatchObject({ year: 2023, month: 8, day: 23, hour: 18, minute: 4, precision: 'minute' });
    expect(first.startMs).toBe(Date.UTC(2023, 7, 23, 12, 34));
    expect(second.from).toMatchObject({ hour: 17, minute: 45, second: 30, precision: 'second' });
    const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    expect(clock.format(first.startMs)).toBe('18:04');
  });

  test('display_date goes into the dateNote beside the time, and the report says our format has no label field for it', () => {
    const result = importTimelineJs(landing, { fileName: 'landing.json', timeZone: 'Asia/Kolkata' });
    expect(result.story.events[0].dateNote).toBe('TimelineJS display date: "Evening of 23 August". The date fields give 2023-08-23T18:04 (to the minute). The times are in Asia/Kolkata, the zone given at import (TimelineJS files name none).');
    expect(result.report).toContainEqual({ path: 'events[0].display_date', what: 'display date', detail: '"Evening of 23 August" is kept in the dateNote: our format has no field for a date\'s label' });
  });

  test('without a zone, times are not kept: the day is, and the report names --time-zone', () => {
    const result = importTimelineJs(landing, { fileName: 'landing.json' });
    expect(result.story.events[0].date).toBe('2023-08-23');
    expect(result.story.timeZone).toBeUndefined();
    expect(result.report).toContainEqual({ path: 'events[0].start_date', what: 'time of day', detail: 'hour 18, minute 4: TimelineJS files name no time zone, so the time was not kept; import with --time-zone Area/City (the zone the times were written in) to keep it' });
  });

  test('a time the clocks skipped in the zone is a problem; the day is kept (daylight saving)', () => {
    const result = importTimelineJs(file([slide({ year: 2023, month: 3, day: 12, hour: 2, minute: 30 })]), { timeZone: 'America/New_York' });
    expect(result.story.events[0].date).toBe('2023-03-12');
    expect(result.problems).toEqual([{ path: 'events[0].start_date', message: 'events[0].start_date: "2023-03-12T02:30" did not happen in America/New_York: the clocks skipped it. The time was left out and the day kept.' }]);
  });

  test('an hour that is not one is a problem naming the field; the day is kept', () => {
    const result = importTimelineJs(file([slide({ year: 2023, month: 3, day: 12, hour: 25 })]), { timeZone: 'UTC' });
    expect(result.story.events[0].date).toBe('2023-03-12');
    expect(result.problems).toEqual([{ path: 'events[0].start_date.hour', message: 'events[0].start_date.hour is "25", not a hour (0–23); the time was left out and the day kept.' }]);
  });

  test('a zone Intl does not know is a problem by name, and times are not kept', () => {
    const result = importTimelineJs(landing, { timeZone: 'Asia/Kolkatta' });
    expect(result.problems[0]).toEqual({ path: 'timeZone', message: 'The time zone "Asia/Kolkatta" is not a time zone: write an IANA name such as "Asia/Kolkata" or "America/New_York". Times of day were not kept.' });
    expect(result.story.events[0].date).toBe('2023-08-23');
  });

  test('the sheet\'s Time column is read as a clock: "9:30 AM", "18:04:05", "9 pm"', () => {
    const csv = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline,Text\n2023,3,14,9:30 AM,2023,3,14,9 pm,Flood,The flood came.\n2023,3,15,18:04:05,,,,,Thaw,The thaw came.\n';
    const result = importTimelineJs(csv, { fileName: 'sheet.csv', timeZone: 'Europe/London' });
    expect(result.problems).toEqual([]);
    expect(result.story.events.map((e) => e.date)).toEqual(['2023-03-14T09:30/2023-03-14T21:00', '2023-03-15T18:04:05']);
  });
});
