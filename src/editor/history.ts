import { applyCommand, coalesceKey, type EditCommand } from './edit-commands';
import type { EditorDocument } from './document';

/**
 * Undo and redo over documents. Commands make new documents and never change old ones, so the
 * history keeps the documents themselves: undo is going back to one, exactly as it was.
 */

/** Typing in one field within this long after the last keystroke is the same step of undo. */
export const COALESCE_MS = 1500;

/** How many steps undo reaches back. */
export const HISTORY_LIMIT = 200;

export interface EditHistory {
  readonly past: readonly EditorDocument[];
  readonly present: EditorDocument;
  readonly future: readonly EditorDocument[];
  /** The coalescing key and time of the last command, so the next keystroke can join its step. */
  readonly last: { key: string | null; at: number };
}

export function startHistory(doc: EditorDocument): EditHistory {
  return { past: [], present: doc, future: [], last: { key: null, at: -Infinity } };
}

/** The history after `command`, applied at time `now` (ms); unchanged when the command changes nothing. */
export function execute(history: EditHistory, command: EditCommand, now: number): EditHistory {
  const next = applyCommand(history.present, command);
  if (next === history.present) return history;
  const key = coalesceKey(command);
  const joins = key !== null && key === history.last.key && now - history.last.at < COALESCE_MS && history.future.length === 0;
  const past = joins ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], last: { key, at: now } };
}

export const canUndo = (history: EditHistory) => history.past.length > 0;
export const canRedo = (history: EditHistory) => history.future.length > 0;

export function undo(history: EditHistory): EditHistory {
  if (!canUndo(history)) return history;
  const present = history.past[history.past.length - 1];
  return { past: history.past.slice(0, -1), present, future: [history.present, ...history.future], last: { key: null, at: -Infinity } };
}

export function redo(history: EditHistory): EditHistory {
  if (!canRedo(history)) return history;
  const [present, ...future] = history.future;
  return { past: [...history.past, history.present], present, future, last: { key: null, at: -Infinity } };
}

/**
 * The history with `change` made to every document in it, past and future included, as no step of
 * undo: for what no undo may take back (the ids an export published). Unchanged when no document changes.
 */
export function changeEvery(history: EditHistory, change: (doc: EditorDocument) => EditorDocument): EditHistory {
  const past = history.past.map(change);
  const present = change(history.present);
  const future = history.future.map(change);
  const same = present === history.present && past.every((d, i) => d === history.past[i]) && future.every((d, i) => d === history.future[i]);
  return same ? history : { past, present, future, last: history.last };
}
