import { parseInSlices, validateInSlices } from './sliced-parse';
import { isStoryShaped, type ReadOutcome } from './story-shape';
import { pageAllowsBlobWorker } from './worker-policy';
import { readInWorker } from './worker-client';
import { yieldToPage } from './yield';

/**
 * Reading a big story off the drawing task: in the worker where the page's policy allows it, else
 * in slices on the main thread. A part of its own (a file beside history-timeline.js, with the
 * worker's code), loaded when the first big story arrives.
 */
export async function readBigStory(
  src: string,
  bytes: Uint8Array,
  signal: AbortSignal,
  reader: 'auto' | 'worker' | 'slices',
  onProgress: (fraction: number) => void,
): Promise<ReadOutcome> {
  if (reader === 'worker' || (reader === 'auto' && (await pageAllowsBlobWorker(src)))) {
    signal.throwIfAborted();
    try {
      return await readInWorker(bytes.slice(), signal, onProgress);
    } catch (error) {
      // A worker that could not start or failed: the slices still read the story (the bytes were copied for it).
      if (signal.aborted) throw error;
    }
  }
  return readInSlices(bytes, signal, onProgress);
}

/**
 * The main-thread way, where no worker may start: decoding, then JSON.parse and validation in
 * slices with the page's turn between (the bar shows each as half of the reading), then the story.
 */
async function readInSlices(bytes: Uint8Array, signal: AbortSignal, onProgress: (fraction: number) => void): Promise<ReadOutcome> {
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
  const result = await validateInSlices(parsed, signal, (fraction) => onProgress(0.5 + fraction / 2));
  onProgress(1);
  await yieldToPage();
  signal.throwIfAborted();
  return { kind: 'story', result };
}
