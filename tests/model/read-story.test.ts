import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readStory } from '../../src/model/read-story';
import { validateStory } from '../../src/model/validate';
import { sentence } from '../../src/model/validation/messages';
import type { Problem } from '../../src/model/types';
import { mutatedStory } from '../support/story-mutations';
import hostileStory from '../fixtures/hostile-story.json';

/** A problem without its words: what the first frame knows of it before the later parts come. */
const unworded = (p: Problem) => ({ ...p, message: '' });

/** readStory against the full validator: the same story and problems, their words only later. */
function expectSameAsValidateStory(input: unknown): void {
  const full = validateStory(input);
  const { result, problems } = readStory(input);
  expect(result.story).toEqual(full.story);
  expect(result.problems).toEqual(full.problems.map(unworded));
  expect(problems.waiting).toBe(full.problems.length > 0);
  problems.sayAll(sentence);
  expect(result.problems).toEqual(full.problems);
  expect(problems.waiting).toBe(false);
}

describe('readStory: the first frame reads a story as validateStory does, without the words of its problems', () => {
  test('over random and hostile variants of real stories, it never draws an event validateStory rejects nor drops one it accepts', () => {
    fc.assert(fc.property(mutatedStory, expectSameAsValidateStory), { numRuns: 400 });
  });

  test('over any JSON value at all (not a story, a story of the wrong shapes), the same', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), expectSameAsValidateStory), { numRuns: 300 });
    fc.assert(fc.property(fc.record({ title: fc.jsonValue(), sources: fc.jsonValue(), events: fc.array(fc.jsonValue({ maxDepth: 3 })) }), expectSameAsValidateStory), { numRuns: 300 });
  });

  test('the hostile story (markup in every text) and a story whose getters throw, the same', () => {
    expectSameAsValidateStory(hostileStory);
    const throwing = { title: 'T', sources: [], get events(): unknown[] { throw new Error('no'); } };
    expectSameAsValidateStory(throwing);
    const proxied = new Proxy({ title: 'T', sources: [], events: [{}] }, { get: (target, key) => (key === 'events' ? [new Proxy({}, { get: () => { throw new Error('no'); } })] : Reflect.get(target, key)) });
    expectSameAsValidateStory(proxied);
  });

  test('a valid story has no problem waiting', () => {
    const { result, problems } = readStory({ title: 'T', sources: [], events: [] });
    expect(result.problems).toEqual([]);
    expect(problems.waiting).toBe(false);
  });

  test('each problem waits with an empty message, in the objects handed out, until sayAll words them once', () => {
    const { result, problems } = readStory({ title: '', sources: [], events: [{ id: 'a' }] });
    const handedOut = result.problems;
    expect(handedOut.length).toBeGreaterThan(0);
    expect(handedOut.every((p) => p.message === '')).toBe(true);
    problems.sayAll(() => 'worded');
    expect(handedOut.every((p) => p.message === 'worded')).toBe(true);
    problems.sayAll(() => 'again');
    expect(handedOut.every((p) => p.message === 'worded')).toBe(true);
  });
});
