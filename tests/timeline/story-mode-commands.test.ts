import { describe, expect, test } from 'vitest';
import { SWIPE_MIN_PX, TITLE_CARD, cardAfter, startCard, storyCommandForKey, swipeCommand } from '../../src/timeline/story-mode-commands';

describe('story mode moves', () => {
  test('← → step, Home goes to the title card, End to the last; modified keys are not ours', () => {
    expect(storyCommandForKey('ArrowLeft')).toBe('previous-card');
    expect(storyCommandForKey('ArrowRight')).toBe('next-card');
    expect(storyCommandForKey('Home')).toBe('title-card');
    expect(storyCommandForKey('End')).toBe('last-card');
    expect(storyCommandForKey('ArrowRight', { altKey: true })).toBeNull();
    expect(storyCommandForKey('ArrowRight', { shiftKey: true })).toBeNull();
    expect(storyCommandForKey('Enter')).toBeNull();
  });

  test('cards run from the title card to the last event and stop at either end', () => {
    expect(cardAfter('next-card', TITLE_CARD, 16)).toBe(0);
    expect(cardAfter('next-card', 15, 16)).toBe(15);
    expect(cardAfter('previous-card', 0, 16)).toBe(TITLE_CARD);
    expect(cardAfter('previous-card', TITLE_CARD, 16)).toBe(TITLE_CARD);
    expect(cardAfter('last-card', 3, 16)).toBe(15);
    expect(cardAfter('title-card', 3, 16)).toBe(TITLE_CARD);
    expect(cardAfter('next-card', TITLE_CARD, 0)).toBe(TITLE_CARD);
  });

  test('a quick sideways swipe moves one card: left shows the next, right the previous', () => {
    expect(swipeCommand(-120, 10, 200)).toBe('next-card');
    expect(swipeCommand(120, -10, 200)).toBe('previous-card');
    expect(swipeCommand(-(SWIPE_MIN_PX - 1), 0, 200)).toBeNull();
    expect(swipeCommand(-120, 100, 200)).toBeNull(); // mostly vertical: the page scrolls
    expect(swipeCommand(-120, 0, 1500)).toBeNull(); // slow: the reader is reading or selecting
  });

  test('start-at opens on the title card, the first, the last or a named event; anything unknown is the title card', () => {
    const ids = ['a', 'b', 'c'];
    const positionOf = (id: string) => (ids.includes(id) ? ids.indexOf(id) : undefined);
    expect(startCard('title', 3, positionOf)).toBe(TITLE_CARD);
    expect(startCard(undefined, 3, positionOf)).toBe(TITLE_CARD);
    expect(startCard('first', 3, positionOf)).toBe(0);
    expect(startCard('last', 3, positionOf)).toBe(2);
    expect(startCard('b', 3, positionOf)).toBe(1);
    expect(startCard('nope', 3, positionOf)).toBe(TITLE_CARD);
    expect(startCard('first', 0, positionOf)).toBe(TITLE_CARD);
  });
});
