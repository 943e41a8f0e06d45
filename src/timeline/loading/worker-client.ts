import type { Problem, Story, TimelineEvent } from '../../model/types';
import type { ReadOutcome } from './story-shape';
import { restoreCalendars, restoreHead, type WorkerReply, type WorkerRequest } from './worker-protocol';
import { yieldToPage } from './yield';
import StoryWorker from './story-worker.ts?worker&inline';

/**
 * Reads a story's bytes in a worker built into the bundle (a blob: URL): JSON.parse and validation
 * run there; the main thread only receives the parts and restores each event's parsed date.
 * Rejects with the signal's reason (an AbortError) when `signal` aborts (the worker is stopped), or with the worker's error.
 */
export function readInWorker(bytes: Uint8Array, signal: AbortSignal, onProgress: (fraction: number) => void): Promise<ReadOutcome> {
  return new Promise((resolve, reject) => {
    const worker: Worker = new StoryWorker();
    let head: { story: Story | null; problems: Problem[]; eventCount: number } | null = null;
    const events: TimelineEvent[] = [];
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'the story worker failed'));
    };
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'not-json' || data.type === 'not-story') {
        finish();
        resolve(data.type === 'not-story' ? { kind: 'not-story' } : { kind: 'not-json', message: data.message });
      } else if (data.type === 'head') {
        head = data;
        if (data.story) restoreHead(data.story);
      } else if (data.type === 'events') {
        restoreCalendars(data.events, head?.story?.timeZone);
        for (const event of data.events) events.push(event);
        onProgress(events.length / Math.max(1, head?.eventCount ?? 1));
      } else {
        finish();
        const story = head!.story;
        if (story) story.events = events;
        // A turn for the page between receiving the last part and drawing the story.
        void yieldToPage().then(() => resolve({ kind: 'story', result: { story, problems: head!.problems } }));
      }
    };
    const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    const request: WorkerRequest = { bytes: copy.buffer as ArrayBuffer };
    worker.postMessage(request, [request.bytes]);
  });
}
