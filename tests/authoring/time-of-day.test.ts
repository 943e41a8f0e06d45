import { describe, expect, test } from 'vitest';
import { readDates, type StoryZone } from '../../src/authoring/date-readings';
import { draftStory } from '../../src/authoring/draft';
import { parseEdtf } from '../../src/model/edtf';
import { clockPhrase, edtfOffset, happensTwice } from '../../src/authoring/time-of-day';

const AUG_24_2023 = { year: 2023, month: 8, day: 24 }; // a Thursday
const NEW_YORK: StoryZone = { zone: 'America/New_York', origin: 'given for the story' };
const KOLKATA: StoryZone = { zone: 'Asia/Kolkata', origin: 'given for the story' };

function one(text: string, zone?: StoryZone, published = AUG_24_2023) {
  const readings = readDates(text, published, zone);
  expect(readings, `${text}: ${JSON.stringify(readings)}`).toHaveLength(1);
  return readings[0];
}

describe('drafting reads times of day into EDTF date-times to the minute', () => {
  test('a time with its zone abbreviation is the date-time at that offset ("at 9:41 am EST on Tuesday")', () => {
    const r = one('The first tremor came at 9:41 am EST on Tuesday 17 January 2023.');
    expect(r.edtf).toBe('2023-01-17T09:41-05:00');
    expect(r.precision).toBe('minute');
    expect(r.note).toBe("The article says 'at 9:41 am EST on Tuesday 17 January 2023', which is 17 January 2023 at 9:41 am EST, North American Eastern Standard Time (UTC−05:00).");
  });

  test('a relative day keeps its time: "at 9:41 am EDT on Tuesday" is the Tuesday before publication at 9:41', () => {
    const r = one('The first tremor came at 9:41 am EDT on Tuesday.');
    expect(r.edtf).toBe('2023-08-22T09:41-04:00');
    expect(r.note).toContain("The article, published on Thursday 24 August 2023, says 'at 9:41 am EDT on Tuesday', which is 22 August at 9:41 am EDT");
  });

  test('"around 11:20 PM" is approximate (~) and read in the story\'s zone', () => {
    const r = one('Police arrived around 11:20 PM on Saturday.', NEW_YORK);
    expect(r.edtf).toBe('2023-08-19T23:20-04:00~');
    expect(r.phrase).toBe('around 11:20 PM on Saturday');
    const parsed = parseEdtf(r.edtf);
    expect(parsed.ok && parsed.value.approximate).toBe(true);
    expect(r.note).toContain('which is 19 August at around 11:20 pm in America/New_York (UTC−04:00, the zone given for the story)');
  });

  test('"at about 3:15 p.m." is approximate too', () => {
    expect(one('The blast was heard at about 3:15 p.m. on 3 March 2023.', NEW_YORK).edtf).toBe('2023-03-03T15:15-05:00~');
  });

  test('"shortly after midnight on Sunday" is about 00:00 at the start of that Sunday, not an open span from it', () => {
    const r = one('The fire started shortly after midnight on Sunday.', NEW_YORK);
    expect(r.edtf).toBe('2023-08-20T00:00-04:00~');
    expect(r.phrase).toBe('shortly after midnight on Sunday');
    expect(r.note).toContain('which is 20 August shortly after midnight (00:00) in America/New_York');
  });

  test('"6:04 pm local time" is read in the story\'s zone', () => {
    expect(one('The craft docked at 6:04 pm local time on 23 August 2023.', KOLKATA).edtf).toBe('2023-08-23T18:04+05:30');
  });

  test('a 24-hour clock with an ambiguous abbreviation is read when the story\'s zone settles it ("at 18:04 IST")', () => {
    const r = one('The lander touched down at 18:04 IST on 23 August 2023.', KOLKATA);
    expect(r.edtf).toBe('2023-08-23T18:04+05:30');
    expect(r.note).toContain('6:04 pm IST, India Standard Time (UTC+05:30)');
  });

  test('UTC and GMT are written Z', () => {
    expect(one('The signal was lost at 02:15 GMT on 5 May 2022.').edtf).toBe('2022-05-05T02:15Z');
  });

  test('seconds written are kept, to the second', () => {
    const r = one('The vote closed at 9:41:15 pm EST on 3 March 2023.');
    expect(r.edtf).toBe('2023-03-03T21:41:15-05:00');
    expect(r.precision).toBe('second');
  });

  test('day-only phrases stay days: no invented midnight or noon', () => {
    expect(one('The meeting was on 5 March 2021.', NEW_YORK).edtf).toBe('2021-03-05');
    expect(one('Early on Sunday morning the storm hit.', NEW_YORK).edtf).toBe('2023-08-20');
  });

  test('a number after "at" that is not written as a clock is not a time ("at 10 Downing Street")', () => {
    expect(one('On 5 March 2021 at 10 Downing Street the minister resigned.', NEW_YORK).edtf).toBe('2021-03-05');
  });

  test('a time with no day is not dated', () => {
    expect(readDates('The alarm sounded at 9:41 am EST.', AUG_24_2023, NEW_YORK)).toEqual([]);
  });
});

describe('zones: a time is kept only when its zone is known, and says why not otherwise', () => {
  test('an ambiguous abbreviation without the story\'s zone keeps the day and names the meanings (IST)', () => {
    const r = one('The lander touched down at 6:04 pm IST on 23 August 2023.');
    expect(r.edtf).toBe('2023-08-23');
    expect(r.timeNotKept).toEqual({ clock: '6:04 pm', why: '"IST" is ambiguous (India Standard Time (UTC+05:30), Irish Standard Time (UTC+01:00), Israel Standard Time (UTC+02:00)) and the story has no zone to choose by', wantsZone: true });
    expect(r.note).toBe("The article says 'at 6:04 pm IST on 23 August 2023'; it gives the time 6:04 pm, but \"IST\" is ambiguous (India Standard Time (UTC+05:30), Irish Standard Time (UTC+01:00), Israel Standard Time (UTC+02:00)) and the story has no zone to choose by, so only the day is kept.");
  });

  test('CST is ambiguous too, and a story zone with none of its offsets does not settle it', () => {
    const r = one('The storm hit at 9 pm CST on 3 March 2023.', KOLKATA);
    expect(r.edtf).toBe('2023-03-03');
    expect(r.timeNotKept?.why).toContain('"CST" is ambiguous (North American Central Standard Time (UTC−06:00), China Standard Time (UTC+08:00), Cuba Standard Time (UTC−05:00)) and the story\'s zone Asia/Kolkata is none of them that day');
  });

  test('a time without a zone and without a story zone keeps the day and says to give one', () => {
    const r = one('The craft docked at 6:04 pm local time on 23 August 2023.');
    expect(r.edtf).toBe('2023-08-23');
    expect(r.timeNotKept?.why).toBe('it names no time zone for "local time" and the story has none');
  });

  test('EST written on a summer day is read as written (−05:00), with a note to check it', () => {
    const r = one('The tremor came at 9:41 am EST on 22 August 2023.');
    expect(r.edtf).toBe('2023-08-22T09:41-05:00');
    expect(r.note).toContain('EST is written for a day when America/New_York keeps summer time (EDT); the time is read as written, UTC−05:00, so check which the article means');
  });
});

describe('daylight saving: the offset is the zone\'s on that day and at that time', () => {
  test('the same wall clock a day either side of the spring change has different offsets', () => {
    expect(one('It opened at 9:00 am on 11 March 2023.', NEW_YORK).edtf).toBe('2023-03-11T09:00-05:00');
    expect(one('It opened at 9:00 am on 12 March 2023.', NEW_YORK).edtf).toBe('2023-03-12T09:00-04:00');
  });

  test('a time the clocks skipped keeps the day and says so', () => {
    const r = one('At 2:30 a.m. on March 12, 2023, the power failed.', NEW_YORK);
    expect(r.edtf).toBe('2023-03-12');
    expect(r.timeNotKept).toEqual({ clock: '2:30 am', why: '2:30 am did not happen on that day in America/New_York: the clocks skipped it', wantsZone: false });
  });

  test('a time that happened twice as the clocks went back is the first, and the note says so', () => {
    const r = one('At 1:30 a.m. on November 5, 2023, the power failed.', NEW_YORK);
    expect(r.edtf).toBe('2023-11-05T01:30-04:00');
    expect(r.note).toContain('1:30 am happened twice that night in America/New_York, as the clocks went back; the first (UTC−04:00) is taken');
    expect(happensTwice('America/New_York', Date.UTC(2023, 10, 5, 1, 30))).toBe(true);
    expect(happensTwice('America/New_York', Date.UTC(2023, 10, 5, 3, 30))).toBe(false);
  });
});

describe('the pieces of a time note', () => {
  test('clocks read as people say them', () => {
    expect([clockPhrase(0, 0), clockPhrase(12, 0), clockPhrase(9, 41), clockPhrase(23, 20), clockPhrase(12, 5, 9)]).toEqual(['midnight (00:00)', 'noon (12:00)', '9:41 am', '11:20 pm', '12:05:09 pm']);
  });

  test('offsets are written as EDTF writes them', () => {
    expect([edtfOffset(0), edtfOffset(330), edtfOffset(-240), edtfOffset(-570)]).toEqual(['Z', '+05:30', '-04:00', '-09:30']);
  });
});

describe('draftStory: the story\'s zone from the option or the article', () => {
  const ARTICLE = 'Rescuers reached the mine at 9:41 am EST on 3 March 2023.\n\nThe last miner was brought up around 11:20 PM on 3 March 2023.';

  test('the zone an unambiguous abbreviation names is the story\'s, and reads the times that name none', () => {
    const result = draftStory(ARTICLE, { published: '2023-03-04' });
    expect(result.story.timeZone).toBe('America/New_York');
    expect(result.story.events.map((e) => e.date)).toEqual(['2023-03-03T09:41-05:00', '2023-03-03T23:20-05:00~']);
    expect(result.story.events[1].dateNote).toContain("the zone named by 'EST' in the article");
    expect(result.summary.byPrecision.minute).toBe(2);
  });

  test('a zone given wins over the article\'s', () => {
    const result = draftStory(ARTICLE, { published: '2023-03-04', timeZone: 'America/Chicago' });
    expect(result.story.timeZone).toBe('America/Chicago');
    expect(result.story.events.map((e) => e.date)).toEqual(['2023-03-03T09:41-05:00', '2023-03-03T23:20-06:00~']);
  });

  test('a zone Intl does not know is a problem, by name', () => {
    const result = draftStory(ARTICLE, { published: '2023-03-04', timeZone: 'Asia/Kolkatta' });
    expect(result.problems).toContainEqual({ path: 'timeZone', message: 'The time zone "Asia/Kolkatta" is not a time zone: write an IANA name such as "Asia/Kolkata" or "America/New_York".' });
  });

  test('a time that cannot be kept is a warning naming its line and phrase', () => {
    const result = draftStory('The probe landed at 6:04 pm IST on 23 August 2023.', { published: '2023-08-24' });
    expect(result.story.events[0].date).toBe('2023-08-23');
    expect(result.story.timeZone).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'sources[0].paragraphs[0]', severity: 'warning', message: expect.stringMatching(/^Line 1 \(paragraph p1\): "at 6:04 pm IST on 23 August 2023" gives the time 6:04 pm, but "IST" is ambiguous .* so only the day is kept; give the story the zone its times are in \(--time-zone Area\/City\)\.$/) }),
    ]);
  });
});
