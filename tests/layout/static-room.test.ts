import { describe, expect, test } from 'vitest';
import { staticRoom } from '../../src/layout/static-room';

describe('staticRoom: the room static HTML took on screen, which the upgraded element keeps', () => {
  test('a list running past the bottom of the screen: from the element\'s top to the bottom of the screen', () => {
    expect(staticRoom({ top: 159, bottom: 4600 }, 159, 800)).toBe(641);
  });

  test("from the upgraded element's own top, which the list's first margin may have moved", () => {
    expect(staticRoom({ top: 16, bottom: 4600 }, 0, 800)).toBe(800);
  });

  test('a list that ends on screen: down to where it ended', () => {
    expect(staticRoom({ top: 100, bottom: 460.4 }, 100, 800)).toBe(360);
  });

  test('below the fold, or scrolled past: none, since nothing of it was seen', () => {
    expect(staticRoom({ top: 900, bottom: 5000 }, 900, 800)).toBe(0);
    expect(staticRoom({ top: -5000, bottom: -10 }, -5000, 800)).toBe(0);
    expect(staticRoom({ top: 800, bottom: 1000 }, 800, 800)).toBe(0);
  });

  test('an empty box keeps nothing', () => {
    expect(staticRoom({ top: 100, bottom: 100 }, 100, 800)).toBe(0);
  });

  test('scrolled into a long list: never more than one screen', () => {
    expect(staticRoom({ top: -2000, bottom: 3000 }, -2000, 800)).toBe(800);
    expect(staticRoom({ top: -300, bottom: 200 }, -300, 800)).toBe(500);
  });
});
