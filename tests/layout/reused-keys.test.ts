import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ReusedKeys } from '../../src/layout/reused-keys';

/** The keys given to `ids`, in their order (each key an object: compared by identity). */
function keysOf(keys: ReusedKeys, ids: string[], keep: string | null = null): object[] {
  const keyOf = keys.assign(ids, keep);
  return ids.map((id, index) => keyOf(id, index));
}

describe('ReusedKeys', () => {
  test('an item drawn in two renders in a row keeps its key', () => {
    const keys = new ReusedKeys();
    const [, b, c] = keysOf(keys, ['a', 'b', 'c']);
    const second = keysOf(keys, ['b', 'c', 'd']);
    expect(second[0]).toBe(b);
    expect(second[1]).toBe(c);
  });

  test('a new item takes the key of an item that left, in the order both came in', () => {
    const keys = new ReusedKeys();
    const first = keysOf(keys, ['a', 'b', 'c']);
    // The whole row changes hands: each node stays in its place, for the item now in that place.
    const second = keysOf(keys, ['x', 'y', 'z']);
    second.forEach((key, i) => expect(key).toBe(first[i]));
  });

  test('a key the last render did not have goes to an item only when none of its keys is free, and no two items share a key', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 }), { maxLength: 12 }), (renders) => {
        const keys = new ReusedKeys();
        let last: object[] = [];
        for (const render of renders) {
          const assigned = keysOf(keys, render.map(String));
          expect(new Set(assigned).size).toBe(assigned.length);
          const fresh = assigned.filter((key) => !last.includes(key));
          expect(fresh.length).toBeLessThanOrEqual(Math.max(0, render.length - last.length));
          last = assigned;
        }
      }),
    );
  });

  test("the kept item's key goes to no other item, drawn or not", () => {
    const keys = new ReusedKeys();
    const [keyOfA] = keysOf(keys, ['a', 'b']);
    // The focused item left the view: its node is removed, never handed to another item.
    expect(keysOf(keys, ['x', 'y'], 'a')).not.toContain(keyOfA);
    const again = new ReusedKeys();
    const [kept] = keysOf(again, ['a']);
    expect(keysOf(again, ['a', 'x'], 'a')[0]).toBe(kept);
  });

  test('idAt names the item drawn at a place in the last render, and nothing outside it', () => {
    const keys = new ReusedKeys();
    keysOf(keys, ['a', 'b', 'c']);
    expect([0, 1, 2].map((i) => keys.idAt(i))).toEqual(['a', 'b', 'c']);
    expect(keys.idAt(-1)).toBeUndefined();
    expect(keys.idAt(3)).toBeUndefined();
    keysOf(keys, ['c', 'd']);
    expect(keys.idAt(0)).toBe('c');
  });
});
