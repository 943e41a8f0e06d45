import { describe, expect, test } from 'vitest';
import { inlineOffset } from '../../../src/timeline/views/geometry';

describe('inlineOffset', () => {
  test('without a direction, the offset mirrors through the stylesheet\'s --_flip', () => {
    expect(inlineOffset(12.345)).toBe('calc(12.3px * var(--_flip, 1))');
  });

  test('given the direction, a plain length: as is left to right, mirrored right to left', () => {
    expect(inlineOffset(12.345, 'ltr')).toBe('12.3px');
    expect(inlineOffset(12.345, 'rtl')).toBe('-12.3px');
    expect(inlineOffset(-40, 'rtl')).toBe('40.0px');
  });
});
