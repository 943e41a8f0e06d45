import { describe, expect, test } from 'vitest';
import { readAbbreviation, utcOffsetText, ZONE_ABBREVIATIONS, zoneNamedIn } from '../../src/authoring/zone-abbreviations';
import { isTimeZone } from '../../src/model/time-zone';

const AUG_23_2023 = Date.UTC(2023, 7, 23, 18, 4);

describe('zone abbreviations: mapped explicitly, ambiguous ones never guessed', () => {
  test('every zone named in the table is one Intl knows', () => {
    const zones = Object.values(ZONE_ABBREVIATIONS).flat().flatMap((m) => (m.zone ? [m.zone] : []));
    expect(zones.filter((z) => !isTimeZone(z))).toEqual([]);
  });

  test('IST, CST, BST and AST are the ambiguous ones', () => {
    expect(Object.keys(ZONE_ABBREVIATIONS).filter((a) => ZONE_ABBREVIATIONS[a].length > 1).sort()).toEqual(['AST', 'BST', 'CST', 'IST']);
  });

  test('an ambiguous abbreviation is read by the story zone whose offset it has that day', () => {
    expect(readAbbreviation('IST', AUG_23_2023, 'Asia/Kolkata')).toMatchObject({ ok: true, meaning: { name: 'India Standard Time', offsetMinutes: 330 } });
    expect(readAbbreviation('IST', AUG_23_2023, 'Europe/Dublin')).toMatchObject({ ok: true, meaning: { name: 'Irish Standard Time', offsetMinutes: 60 } });
    expect(readAbbreviation('IST', AUG_23_2023)).toMatchObject({ ok: false });
  });

  test('BST is British Summer Time only in a story set in London', () => {
    expect(readAbbreviation('BST', AUG_23_2023, 'Europe/London')).toMatchObject({ ok: true, meaning: { offsetMinutes: 60 } });
    expect(readAbbreviation('BST', AUG_23_2023, 'Asia/Dhaka')).toMatchObject({ ok: true, meaning: { offsetMinutes: 360 } });
  });

  test('a standard-time name on a day of summer time is read as written, with a caution; in winter, without', () => {
    expect(readAbbreviation('PST', AUG_23_2023)).toMatchObject({ ok: true, meaning: { offsetMinutes: -480 }, caution: expect.stringContaining('PDT') });
    expect(readAbbreviation('PST', Date.UTC(2023, 0, 10, 12))).toEqual({ ok: true, meaning: expect.objectContaining({ offsetMinutes: -480 }) });
  });

  test('offsets read as UTC±hh:mm', () => {
    expect([utcOffsetText(0), utcOffsetText(330), utcOffsetText(-300)]).toEqual(['UTC', 'UTC+05:30', 'UTC−05:00']);
  });
});

describe('the zone an article names', () => {
  test('abbreviations after clock times that agree on one zone name it', () => {
    expect(zoneNamedIn('It began at 9:41 am EST and ended at 4 p.m. EDT.')).toEqual({ zone: 'America/New_York', abbreviation: 'EST' });
    expect(zoneNamedIn('Markets opened at noon (GMT).')).toEqual({ zone: 'UTC', abbreviation: 'GMT' });
  });

  test('two zones, an ambiguous one, one with no single zone, or none name nothing', () => {
    expect(zoneNamedIn('At 9 am EST and 6 am PST.')).toBeNull();
    expect(zoneNamedIn('At 18:04 IST.')).toBeNull();
    expect(zoneNamedIn('At 7 am MST.')).toBeNull();
    expect(zoneNamedIn('The EST team met at 9 am.')).toBeNull();
  });
});
