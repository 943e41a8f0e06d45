import { afterEach, describe, expect, test, vi } from 'vitest';
import { DateTime } from 'luxon';
import { parseEdtf } from '../../src/model/edtf';
import { validateStory } from '../../src/model/validate';
import { syntheticStory } from '../../scripts/synthetic-story';

// Contracts that keep validating a large story cheap; no timings, only what work is done.
describe('the model does no Luxon work until a bound is read', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function spyOnLuxon() {
    return [
      vi.spyOn(DateTime, 'fromMillis'),
      vi.spyOn(DateTime, 'fromObject'),
      vi.spyOn(DateTime, 'fromISO'),
      vi.spyOn(DateTime, 'utc'),
    ];
  }

  test('validating a story builds no DateTime', () => {
    // Seed 77 and BCE dates: texts the EDTF cache has not seen, so every date is parsed here.
    const input = syntheticStory(2000, 77);
    input.events.push({ ...input.events[0], id: 'bce', date: '-0043-03-15/-0042~' });
    const spies = spyOnLuxon();
    const { story, problems } = validateStory(input);
    expect(problems).toEqual([]);
    expect(story!.events).toHaveLength(2001);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  test('parsing a date builds no DateTime; reading a bound builds it once', () => {
    const spies = spyOnLuxon();
    const result = parseEdtf('-0812-06-30?');
    if (!result.ok) throw new Error(result.error);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    const first = result.value.start;
    expect(result.value.start).toBe(first);
    expect(first.toMillis()).toBe(result.value.startMs);
    expect(spies[0]).toHaveBeenCalledTimes(1);
  });
});
