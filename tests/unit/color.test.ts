import { describe, expect, test } from 'vitest';
import { DARK_BACKGROUND, LIGHT_BACKGROUND, contrastRatio, isReadableMarkColor, parseColor } from '../../src/model/color';

describe('parseColor', () => {
  test('hex in its four lengths, rgb() with commas, spaces or percentages, hsl()', () => {
    expect(parseColor('#0b5cad')).toEqual([11, 92, 173]);
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#0b5cadff')).toEqual([11, 92, 173]);
    expect(parseColor('#f00a')).toEqual([255, 0, 0]);
    expect(parseColor('rgb(11, 92, 173)')).toEqual([11, 92, 173]);
    expect(parseColor('rgb(11 92 173 / 50%)')).toEqual([11, 92, 173]);
    expect(parseColor('rgb(100%, 0%, 0%)')).toEqual([255, 0, 0]);
    expect(parseColor('hsl(0, 100%, 50%)')).toEqual([255, 0, 0]);
    expect(parseColor('hsl(120 100% 25%)')).toEqual([0, 128, 0]);
  });

  test('anything else is unreadable, not a guess', () => {
    for (const text of ['red', 'lab(50% 40 59)', '#12', 'rgb(1,2)', '', 'hsl(a, b, c)']) expect(parseColor(text), text).toBeNull();
  });
});

describe('contrast', () => {
  test('black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([11, 92, 173], [11, 92, 173])).toBe(1);
  });

  test('marks need 3:1 against the background they sit on', () => {
    expect(isReadableMarkColor('#0b5cad', LIGHT_BACKGROUND)).toBe(true);
    expect(isReadableMarkColor('#0b5cad', DARK_BACKGROUND)).toBe(false);
    expect(isReadableMarkColor('#ffeb3b', LIGHT_BACKGROUND)).toBe(false);
    expect(isReadableMarkColor('#ffeb3b', DARK_BACKGROUND)).toBe(true);
    expect(isReadableMarkColor('papayawhip')).toBeNull();
  });
});
