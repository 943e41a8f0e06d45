/**
 * The story model as history-timeline.js has it before a timeline's first frame: without Luxon's
 * part (luxon-dates.ts, not imported here), dates parse and have their bounds in ms; their
 * DateTime bounds say what to do instead.
 */
import { describe, expect, test } from 'vitest';
import { parseEdtf } from '../../src/model/edtf';
import { readTime } from '../../src/model/time-input';
import { validateStory } from '../../src/model/validate';
import { syntheticStory } from '../../scripts/synthetic-story';

const parsed = (text: string) => {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('the story model without Luxon', () => {
  test('dates parse and validate, with their bounds in ms', () => {
    expect(parsed('2021-08-15').startMs).toBe(Date.UTC(2021, 7, 15));
    expect(parsed('-0043').endMs).toBe(Date.UTC(-42, 0, 1));
    const input = syntheticStory(3, 1);
    input.events[0].date = '1994';
    const { story, problems } = validateStory(input);
    expect(problems).toEqual([]);
    expect(story?.events.find((e) => e.date === '1994')?.calendar.startMs).toBe(Date.UTC(1994, 0, 1));
  });

  test('a DateTime bound says Luxon is not there yet, and what to read instead', () => {
    expect(() => parsed('1994').start).toThrow(
      "A date's start and end are Luxon DateTimes, which history-timeline.js loads only after a timeline's first frame: " +
        'read startMs and endMs, or import the story model from the package (history-timeline/story).',
    );
    expect(() => parsed('1994/1996').end).toThrow('read startMs and endMs');
  });

  test('a date still writes its bounds to JSON, as ISO date-times', () => {
    expect(JSON.parse(JSON.stringify(parsed('1994')))).toMatchObject({ start: '1994-01-01T00:00:00.000Z', end: '1995-01-01T00:00:00.000Z' });
  });

  test('extended ISO date-times are read; rarer ISO forms wait for Luxon', () => {
    expect(readTime('2021-08-15T12:30:00+02:00', 'start')).toBe(Date.UTC(2021, 7, 15, 10, 30));
    expect(readTime('2021-W33-7T12:00', 'start')).toBeNull();
  });
});
