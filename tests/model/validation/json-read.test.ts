import { describe, expect, test } from 'vitest';
import { validateStory } from '../../../src/model/validate';
import { coupStory as story, problemsOf, type Json } from '../../support/validation-stories';

describe('hostile input', () => {
  test('events given as a revoked proxy are reported as not an array', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const s = story();
    s.events = proxy;
    const result = validateStory(s);
    expect(result.problems).toEqual([{ path: 'events', message: "The story's events must be an array, not an object." }]);
    expect(result.story!.events).toEqual([]);
  });

  test('an array whose length is not a safe whole number reads as empty', () => {
    for (const length of [-1, 1.5, Infinity, 2 ** 53]) {
      const s = story();
      s.events = new Proxy([], { get: (target, key) => (key === 'length' ? length : Reflect.get(target, key)) });
      const result = validateStory(s);
      expect(result.problems, String(length)).toEqual([]);
      expect(result.story!.events).toEqual([]);
    }
  });

  test('citations whose length is not a safe whole number, or cannot be read, are none: the event is left out', () => {
    const throwing = () => {
      throw new Error('boom');
    };
    for (const length of [-1, 1.5, Infinity, 2 ** 53, throwing]) {
      const s = story();
      s.events[1].citations = new Proxy([], {
        get: (target, key) => (key === 'length' ? (typeof length === 'function' ? length() : length) : Reflect.get(target, key)),
      });
      const result = validateStory(s);
      expect(result.problems, String(length)).toEqual([
        { path: 'events[1].citations', eventId: 'seize-power', message: 'Event "seize-power" has no citations; every event must cite at least one paragraph.' },
      ]);
      expect(result.story!.events.map((e) => e.id)).toEqual(['protests']);
    }
  });

  test('__proto__ and constructor keys do not pollute prototypes', () => {
    const input = JSON.parse(
      '{"title":"T","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
        '"sources":[{"id":"s","title":"S","__proto__":{"polluted":true},"paragraphs":[{"id":"p","text":"a b","__proto__":{"x":1}}]}],' +
        '"events":[{"id":"e","date":"1994","title":"E","dateBasis":"stated","__proto__":{"polluted":true},' +
        '"citations":[{"source":"s","paragraph":"p","quote":"a","__proto__":{"polluted":true}}]}]}',
    );
    const result = validateStory(input);
    expect(result.problems).toEqual([]);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.story!.events[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.story!.events[0].citations[0])).toBe(Object.prototype);
    expect((result.story!.events[0] as Json).polluted).toBeUndefined();
  });

  test('inherited fields do not count as present', () => {
    const s = Object.create({ title: 'Inherited' });
    s.sources = [];
    s.events = [];
    expect(problemsOf(s)).toEqual([{ path: 'title', message: 'The story has no title.' }]);
  });

  test('throwing getters are reported, not thrown', () => {
    const s = story();
    Object.defineProperty(s.events[1], 'title', { enumerable: true, get() { throw new Error('boom'); } });
    Object.defineProperty(s, 'sources', { enumerable: true, get() { throw new Error('boom'); } });
    const proxy = new Proxy({}, { get() { throw new Error('boom'); }, getOwnPropertyDescriptor() { throw new Error('boom'); } });
    s.events.push(proxy);
    const result = validateStory(s);
    expect(result.story).not.toBeNull();
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(typeof p.message).toBe('string');
  });

  test('a revoked proxy as the story does not throw', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = validateStory(proxy);
    expect(result.problems.length).toBe(1);
  });
});
