import { beforeEach, afterEach, describe, expect, test, vi } from 'vitest';
import { DateTime } from 'luxon';
import { syntheticStory } from '../../scripts/synthetic-story';

// Contracts that keep validating a large story cheap; no timings, only what work is done.
// Each test loads the model afresh, so no date cache filled by another test (or an earlier run of
// this one) can make it pass: every date here is parsed, and every bound built, for the first time.
describe('the model does no Luxon work until a bound is read', () => {
  let model: { parseEdtf: typeof import('../../src/model/edtf').parseEdtf; validateStory: typeof import('../../src/model/validate').validateStory };

  beforeEach(async () => {
    vi.resetModules();
    const [edtf, validate] = await Promise.all([import('../../src/model/edtf'), import('../../src/model/validate')]);
    model = { parseEdtf: edtf.parseEdtf, validateStory: validate.validateStory };
  });

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

  test('the model is loaded afresh: its date cache starts empty', async () => {
    const first = model.parseEdtf('1994-07-15');
    vi.resetModules();
    const again = (await import('../../src/model/edtf')).parseEdtf('1994-07-15');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  test('validating a story builds no DateTime', () => {
    const input = syntheticStory(2000, 77);
    input.events.push({ ...input.events[0], id: 'bce', date: '-0043-03-15/-0042~' });
    const spies = spyOnLuxon();
    const { story, problems } = model.validateStory(input);
    expect(problems).toEqual([]);
    expect(story!.events).toHaveLength(2001);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  test('parsing a date builds no DateTime; reading a bound builds it once', () => {
    const spies = spyOnLuxon();
    const result = model.parseEdtf('-0812-06-30?');
    if (!result.ok) throw new Error(result.error);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    const first = result.value.start;
    expect(result.value.start).toBe(first);
    expect(first.toMillis()).toBe(result.value.startMs);
    expect(spies[0]).toHaveBeenCalledTimes(1);
  });
});
