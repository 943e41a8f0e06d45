import { describe, expect, test } from 'vitest';
import { tabForKey } from '../../src/timeline/tab-keys';

describe('tabForKey', () => {
  test('the arrows step along the row and wrap around at either end', () => {
    expect(tabForKey('ArrowRight', 0, 3, 'ltr')).toBe(1);
    expect(tabForKey('ArrowRight', 2, 3, 'ltr')).toBe(0);
    expect(tabForKey('ArrowLeft', 1, 3, 'ltr')).toBe(0);
    expect(tabForKey('ArrowLeft', 0, 3, 'ltr')).toBe(2);
  });

  test('Home and End go to the first and the last tab', () => {
    expect(tabForKey('Home', 2, 50, 'ltr')).toBe(0);
    expect(tabForKey('End', 0, 50, 'ltr')).toBe(49);
  });

  test('right to left, ArrowLeft is the next tab and ArrowRight the previous', () => {
    expect(tabForKey('ArrowLeft', 0, 3, 'rtl')).toBe(1);
    expect(tabForKey('ArrowRight', 0, 3, 'rtl')).toBe(2);
    expect(tabForKey('Home', 1, 3, 'rtl')).toBe(0);
  });

  test('other keys are not the row\'s, and an empty row has no tab to go to', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', ' ', 'Tab', 'a']) expect(tabForKey(key, 1, 3, 'ltr')).toBeNull();
    expect(tabForKey('End', 0, 0, 'ltr')).toBeNull();
  });

  test('one tab: every key stays on it', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End']) expect(tabForKey(key, 0, 1, 'ltr')).toBe(0);
  });
});
