import { describe, expect, test } from 'vitest';
import { TOOLBAR_COMMANDS, commandForKey, type KeyContext } from '../../src/timeline/navigation-commands';

const onViewport: KeyContext = { onEvent: false, holdingEvent: false };
const onMark: KeyContext = { onEvent: true, holdingEvent: false };
const holding: KeyContext = { onEvent: true, holdingEvent: true };

describe('commandForKey', () => {
  test('+ and = zoom in, - and _ zoom out, 0 fits, wherever focus is among the events', () => {
    for (const context of [onViewport, onMark, holding]) {
      expect(commandForKey('+', context)).toBe('zoom-in');
      expect(commandForKey('=', context)).toBe('zoom-in');
      expect(commandForKey('-', context)).toBe('zoom-out');
      expect(commandForKey('_', context)).toBe('zoom-out');
      expect(commandForKey('0', context)).toBe('fit');
    }
  });

  test('arrows pan on the timeline area and step from event to event on a mark', () => {
    expect(commandForKey('ArrowLeft', onViewport)).toBe('pan-back');
    expect(commandForKey('ArrowRight', onViewport)).toBe('pan-forward');
    expect(commandForKey('ArrowLeft', onMark)).toBe('previous-event');
    expect(commandForKey('ArrowRight', onMark)).toBe('next-event');
  });

  test('Home and End show the first and last event from the timeline area, and focus them from a mark', () => {
    expect(commandForKey('Home', onViewport)).toBe('show-first-event');
    expect(commandForKey('End', onViewport)).toBe('show-last-event');
    expect(commandForKey('Home', onMark)).toBe('first-event');
    expect(commandForKey('End', onMark)).toBe('last-event');
  });

  test('Enter and Space are left to the mark button, except while the timeline holds focus for an event', () => {
    expect(commandForKey('Enter', onMark)).toBeNull();
    expect(commandForKey(' ', onViewport)).toBeNull();
    expect(commandForKey('Enter', holding)).toBe('open-held-event');
    expect(commandForKey(' ', holding)).toBe('open-held-event');
  });

  test('modified keys and other keys are never ours', () => {
    expect(commandForKey('+', onViewport, { ctrlKey: true })).toBeNull();
    expect(commandForKey('0', onViewport, { metaKey: true })).toBeNull();
    expect(commandForKey('ArrowLeft', onMark, { altKey: true })).toBeNull();
    for (const key of ['a', 'Tab', 'Escape', 'ArrowUp', 'PageDown', '1']) expect(commandForKey(key, onViewport)).toBeNull();
  });
});

describe('TOOLBAR_COMMANDS', () => {
  test('every toolbar button runs a command its tooltip names the key of, and has a label', () => {
    expect(TOOLBAR_COMMANDS.map((c) => c.command)).toEqual(['zoom-in', 'zoom-out', 'fit']);
    for (const button of TOOLBAR_COMMANDS) {
      expect(button.label.length).toBeGreaterThan(0);
      const key = /\((.)\)$/.exec(button.title)?.[1];
      expect(key, button.title).toBeDefined();
      // The tooltip's key (− is the typographic minus of the button text) runs the same command.
      expect(commandForKey(key === '−' ? '-' : key!, onViewport)).toBe(button.command);
    }
  });
});
