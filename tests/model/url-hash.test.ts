import { describe, expect, test } from 'vitest';
import { readSelection, writeSelection } from '../../src/model/url-hash';

describe('selection in the URL hash', () => {
  test('a lone timeline reads and writes #event=<id>', () => {
    expect(readSelection('#event=seize-power', null)).toBe('seize-power');
    expect(writeSelection('', null, 'seize-power')).toBe('#event=seize-power');
    expect(writeSelection('#event=a', null, null)).toBe('');
  });
  test('scoped entries belong to the timeline with that element id', () => {
    const hash = '#one:event=a&two:event=b';
    expect(readSelection(hash, 'one')).toBe('a');
    expect(readSelection(hash, 'two')).toBe('b');
    expect(readSelection(hash, 'three')).toBeNull();
  });
  test('writing one timeline keeps the other timelines’ entries', () => {
    expect(writeSelection('#one:event=a&two:event=b', 'one', 'c')).toBe('#two:event=b&one:event=c');
    expect(writeSelection('#one:event=a&two:event=b', 'two', null)).toBe('#one:event=a');
  });
  test('an unscoped entry is read by a scoped timeline only when accepted, and replaced when it writes', () => {
    expect(readSelection('#event=a', 'one')).toBe('a');
    expect(readSelection('#event=a', 'one', false)).toBeNull();
    expect(readSelection('#one:event=b&event=a', 'one', false)).toBe('b');
    expect(writeSelection('#event=a', 'one', 'b')).toBe('#one:event=b');
  });
  test('only whole entries count: "xevent=" or "a:xevent=" is not an event entry', () => {
    expect(readSelection('#xevent=a', null)).toBeNull();
    expect(readSelection('#one:xevent=a', 'one')).toBeNull();
    expect(readSelection('#xevent=a&event=b', null)).toBe('b');
  });
  test('ids are encoded, and malformed hashes select nothing', () => {
    expect(writeSelection('', 'my timeline', 'a&b')).toBe('#my%20timeline:event=a%26b');
    expect(readSelection('#my%20timeline:event=a%26b', 'my timeline')).toBe('a&b');
    expect(readSelection('#event=%E0%A4%A', null)).toBeNull();
    expect(readSelection('#section-2', null)).toBeNull();
    expect(readSelection('', null)).toBeNull();
  });
});
