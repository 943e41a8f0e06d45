import { describe, expect, test } from 'vitest';
import { validateStory, validationSteps } from '../../src/model/validate';
import { syntheticStory } from '../../scripts/synthetic-story';

/** Runs the steps to the end, keeping what each step yielded. */
function runSteps(input: unknown) {
  const fractions: number[] = [];
  const steps = validationSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return { fractions, result: step.value };
    fractions.push(step.value);
  }
}

describe('validationSteps: validateStory a slice at a time', () => {
  test('a big story takes many steps, each a growing fraction of the events below 1', () => {
    const story = syntheticStory(5000);
    const { fractions } = runSteps(story);
    // 5,000 events at 256 a step: a step after every 256th event.
    expect(fractions).toHaveLength(Math.floor(5000 / 256));
    for (let k = 0; k < fractions.length; k++) {
      expect(fractions[k]).toBeGreaterThan(k === 0 ? 0 : fractions[k - 1]);
      expect(fractions[k]).toBeLessThan(1);
    }
  });

  test('returns what validateStory returns, problems included', () => {
    const story = syntheticStory(3000) as unknown as { events: Record<string, unknown>[] };
    // Some invalid events among valid ones: a missing id, a bad date, a repeated id.
    delete story.events[10].id;
    story.events[700].date = '1999-13';
    story.events[2500].id = story.events[2400].id;
    const { result } = runSteps(structuredClone(story));
    const whole = validateStory(structuredClone(story));
    expect(result.problems).toEqual(whole.problems);
    expect(result.story?.events.map((e) => e.id)).toEqual(whole.story?.events.map((e) => e.id));
    expect(result.story?.events).toHaveLength(3000 - 3);
  });

  test('a small story is one step: the result at once', () => {
    expect(runSteps(syntheticStory(100)).fractions).toEqual([]);
  });

  test('an event that throws when read is a problem, and the steps still finish', () => {
    const story = syntheticStory(600) as unknown as { events: unknown[] };
    story.events[300] = new Proxy({}, { get: () => { throw new Error('hostile'); } });
    const { result } = runSteps(story);
    expect(result.story?.events).toHaveLength(599);
    expect(result.problems.some((p) => p.path.startsWith('events[300]'))).toBe(true);
  });
});
