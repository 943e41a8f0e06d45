import { describe, expect, test } from 'vitest';
import { emptyDocument } from '../../src/editor/document';
import { canRedo, canUndo, COALESCE_MS, execute, HISTORY_LIMIT, redo, startHistory, undo } from '../../src/editor/history';

const title = (value: string) => ({ type: 'set-meta', field: 'title', value }) as const;

describe('undo and redo', () => {
  test('undo goes back to the very document before the edit, redo forward again', () => {
    const start = startHistory(emptyDocument('d'));
    const one = execute(start, title('A'), 0);
    const two = execute(one, { type: 'set-meta', field: 'publisher', value: 'P' }, 10);
    expect(undo(two).present).toBe(one.present);
    expect(undo(undo(two)).present).toBe(start.present);
    expect(redo(undo(undo(two))).present).toBe(one.present);
    expect(canUndo(start)).toBe(false);
    expect(canRedo(two)).toBe(false);
    expect(undo(start)).toBe(start);
  });

  test('typing in one field is one step while the keystrokes come within the coalescing time', () => {
    let h = startHistory(emptyDocument('d'));
    h = execute(h, title('T'), 0);
    h = execute(h, title('Ti'), 100);
    h = execute(h, title('Tit'), 200);
    expect(h.past).toHaveLength(1);
    h = execute(h, title('Titl'), 200 + COALESCE_MS);
    expect(h.past).toHaveLength(2);
    expect(undo(h).present.meta.title).toBe('Tit');
    expect(undo(undo(h)).present.meta.title).toBe('');
  });

  test('an edit after undo drops the redo steps; an edit that changes nothing is not a step', () => {
    let h = execute(execute(startHistory(emptyDocument('d')), title('A'), 0), { type: 'set-text', text: 'x' }, 5000);
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    h = execute(h, { type: 'set-text', text: 'y' }, 10_000);
    expect(canRedo(h)).toBe(false);
    expect(execute(h, { type: 'set-text', text: 'y' }, 20_000)).toBe(h);
  });

  test(`undo reaches back ${HISTORY_LIMIT} steps`, () => {
    let h = startHistory(emptyDocument('d'));
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = execute(h, { type: 'set-text', text: String(i) }, i * COALESCE_MS * 2);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
