import { parseInSlices, validateInSlices } from './sliced-parse';
import { isStoryShaped, type ReadOutcome } from './story-shape';
import { yieldToPage } from './yield';
import { Problems } from '../../model/validation/problems';

/**
 * Reading a big story off the drawing task: decoding, then JSON.parse and validation in slices
 * with the page's turn between (the bar shows each as half of the reading), then the story. A part
 * of its own (a file beside history-timeline.js), loaded when the first big story arrives.
 *
 * It once had a worker too, with its own copy of the validator (10 KB gzipped); the slices keep
 * every task as short (longest 65 ms against 54 ms at 100,000 events) and drew the first marks
 * sooner (945 ms against 1,232 ms), under any Content Security Policy, so the worker went.
 */
export async function readBigStory(bytes: Uint8Array, signal: AbortSignal, onProgress: (fraction: number) => void): Promise<ReadOutcome> {
  const text = new TextDecoder().decode(bytes);
  await yieldToPage();
  let parsed: unknown;
  try {
    parsed = await parseInSlices(text, signal, (fraction) => onProgress(fraction / 2));
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: 'not-json', message: (error as Error).message };
  }
  if (!isStoryShaped(parsed)) return { kind: 'not-story' };
  await yieldToPage();
  signal.throwIfAborted();
  // Its problems wait for their words, as a story read in the first frame's do (the later parts bring them).
  const said = new Problems();
  const result = await validateInSlices(parsed, signal, (fraction) => onProgress(0.5 + fraction / 2), said);
  onProgress(1);
  await yieldToPage();
  signal.throwIfAborted();
  return { kind: 'story', result, said };
}
