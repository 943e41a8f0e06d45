import { describe, expect, test } from 'vitest';
import { validateStory } from '../../../src/model/validate';
import { Problems } from '../../../src/model/validation/problems';
import { sentence } from '../../../src/model/validation/messages';
import { parseInSlices, validateInSlices } from '../../../src/timeline/loading/sliced-parse';
import { storyWithProblems } from '../../support/big-story';

describe('reading a big story in slices on the main thread', () => {
  test('validateInSlices gives the page turns while it validates, and returns what validateStory returns', async () => {
    const big = JSON.stringify(storyWithProblems(40_000));
    const fractions: number[] = [];
    const result = await validateInSlices(JSON.parse(big), new AbortController().signal, (f) => fractions.push(f), new Problems(sentence));
    expect(result).toEqual(validateStory(JSON.parse(big)));
    // Progress is reported just before each turn given to the page.
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f > 0 && f < 1)).toBe(true);
  });

  test('validateInSlices stops at the next turn when its load is replaced', async () => {
    const controller = new AbortController();
    const validating = validateInSlices(JSON.parse(JSON.stringify(storyWithProblems(40_000))), controller.signal, () => controller.abort(), new Problems(sentence));
    await expect(validating).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('parseInSlices gives what JSON.parse gives, key order included, and its errors', async () => {
    const signal = new AbortController().signal;
    for (const json of ['{"events":[]}', '{ "a": 1, "events" : [ {"x":"]\\"[,"} , [1,[2]] ], "z": {"events": 3} }', '{"events":[1],"events":[2]}', '[1,2]']) {
      expect(JSON.stringify(await parseInSlices(json, signal, () => {}))).toBe(JSON.stringify(JSON.parse(json)));
    }
    for (const bad of ['{"events":[1,]}', '{"events":[1 2]}', '{"events":[1]']) {
      await expect(parseInSlices(bad, signal, () => {})).rejects.toThrow(SyntaxError);
    }
  });
});
