import { describe, expect, test } from 'vitest';
import { readTime, toIso } from '../../src/model/time-input';

describe('times a page passes in (zoomTo)', () => {
  test('an EDTF start counts from the first instant of its period', () => {
    expect(readTime('2021-08', 'start')).toBe(Date.UTC(2021, 7, 1));
    expect(readTime('2021', 'start')).toBe(Date.UTC(2021, 0, 1));
    expect(readTime('-0043-03-15', 'start')).toBe(Date.UTC(-43, 2, 15));
  });

  test('an EDTF end counts to the end of its period', () => {
    expect(readTime('2021-08', 'end')).toBe(Date.UTC(2021, 8, 1));
    expect(readTime('2021-08-15', 'end')).toBe(Date.UTC(2021, 7, 16));
    expect(readTime('1992/1996', 'end')).toBe(Date.UTC(1997, 0, 1));
    expect(readTime('1992/1996', 'start')).toBe(Date.UTC(1992, 0, 1));
  });

  test('an ISO date-time is read as the instant it names; without an offset, as UTC', () => {
    expect(readTime('2021-08-15T12:30:00Z', 'start')).toBe(Date.UTC(2021, 7, 15, 12, 30));
    expect(readTime('2021-08-15T12:30:00+02:00', 'end')).toBe(Date.UTC(2021, 7, 15, 10, 30));
    // The tests run in America/Los_Angeles: a local reading would be 7 hours off.
    expect(readTime('2021-08-15T12:30', 'start')).toBe(Date.UTC(2021, 7, 15, 12, 30));
  });

  test('what cannot be read gives null', () => {
    for (const text of ['', 'soon', '15/08/2021', '2021-13', '2021-08-15T25:00']) expect(readTime(text, 'start'), text).toBeNull();
    expect(readTime(2021 as unknown as string, 'start')).toBeNull();
    expect(readTime(null as unknown as string, 'end')).toBeNull();
  });

  test('epoch ms are written as an ISO date-time in UTC', () => {
    expect(toIso(Date.UTC(2021, 7, 15, 12, 30))).toBe('2021-08-15T12:30:00.000Z');
    expect(toIso(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(toIso(NaN)).toBe('');
  });

  test('an ISO date-time read back gives the same instant', () => {
    for (const ms of [0, Date.UTC(2021, 7, 15, 12, 30, 5, 7), Date.UTC(1066, 9, 14)]) expect(readTime(toIso(ms), 'start')).toBe(ms);
  });
});
