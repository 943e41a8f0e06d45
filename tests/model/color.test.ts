import { describe, expect, test } from 'vitest';
import { DARK_BACKGROUND, LIGHT_BACKGROUND, contrastRatio, isCssColor, isReadableMarkColor, parseColor } from '../../src/model/color';

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

describe('parseColor in detail', () => {
  test('spaces around and inside are allowed, and case does not matter', () => {
    expect(parseColor('  #FFF ')).toEqual([255, 255, 255]);
    expect(parseColor('RGB( 11 , 92 , 173 )')).toEqual([11, 92, 173]);
  });

  test('the whole text must be one colour: nothing before or after it', () => {
    for (const text of ['a#fff', 'xrgb(1, 2, 3)', 'rgb(1, 2, 3)x', 'xhsl(0, 100%, 50%)', 'hsl(0, 100%, 50%)x']) expect(parseColor(text), text).toBeNull();
  });

  test('every channel must be a number', () => {
    expect(parseColor('rgb(1, 2, x)')).toBeNull();
    expect(parseColor('hsl(0, 100%, x)')).toBeNull();
  });

  test('a percentage channel is that share of 255', () => {
    expect(parseColor('rgb(50%, 0%, 20%)')).toEqual([127.5, 0, 51]);
  });

  test('hsl: saturation and lightness between the pure hue and grey, white and black', () => {
    expect(parseColor('hsl(0, 50%, 50%)')).toEqual([191, 64, 64]);
    expect(parseColor('hsl(0, 100%, 75%)')).toEqual([255, 128, 128]);
    expect(parseColor('hsl(30, 100%, 50%)')).toEqual([255, 128, 0]);
    expect(parseColor('hsl(200, 0%, 40%)')).toEqual([102, 102, 102]);
  });
});

describe('contrast of dark colours', () => {
  test('a channel in the linear part of the sRGB curve counts as its value / 12.92 (WCAG 2)', () => {
    const linear = 10 / 255 / 12.92;
    expect(contrastRatio([10, 10, 10], [0, 0, 0])).toBeCloseTo((linear + 0.05) / 0.05, 10);
  });
});

describe('isCssColor', () => {
  test('hex, the colour functions with plain numbers and the colour names are colours, in any case', () => {
    const colours = ['#fff', '#ffff', '#0b5cad', '#0b5cad80', 'rgb(1,2,3)', 'rgb(1 2 3 / 50%)', 'rgba(1,2,3,.5)', 'hsl(120deg 50% 50%)', 'hwb(0 0% 0%)', 'lab(50% 40 59)', 'lch(40% 70 37)', 'oklab(0.5 0.14 0.07)', 'oklch(70% 0.1 200)', 'rgb(none 2 3)', 'red', 'RED', ' Teal ', 'yellowgreen'];
    for (const text of colours) expect(isCssColor(text), text).toBe(true);
  });

  test('anything that could fetch, refer or nest is not a colour, nor are mixed separators, two words or the cascade\'s keywords', () => {
    const others = ['url(http://tracker.example/x)', 'URL(x)', '\\75rl(x)', 'image-set("x" 1x)', 'var(--x)', 'expression(alert(1))', 'red;background:url(x)', 'red blue', 'rgb(calc(1) 2 3)', 'rgb(1, 2 3)', '#12345', 'transparent', 'currentcolor', 'inherit', '', `#${'f'.repeat(200)}`];
    for (const text of others) expect(isCssColor(text), text).toBe(false);
  });
});
