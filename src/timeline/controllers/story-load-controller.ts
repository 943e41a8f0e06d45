import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isStoryShaped, type ReadOutcome } from '../loading/story-shape';
import { ValidatedStory } from '../loading/validated-story';
import { yieldToPage } from '../loading/yield';
import { reportMissingPart } from '../parts';

/**
 * A story of this many bytes or more is read off the main thread (or in slices): 2 MB is about
 * 6,000 events, whose JSON.parse and validation take some 50 ms at once on a fast laptop.
 */
export const BIG_STORY_BYTES = 2 * 1024 * 1024;

/** How a load is going: bytes while it downloads, then the share read; `total` null when unknown. */
export interface LoadProgress {
  phase: 'download' | 'read';
  done: number;
  total: number | null;
}

export interface StoryLoadOptions {
  /** Stories from this many bytes on are read in slices. */
  bigBytes?: number;
  /** How long a load may go without progress before it ends with an error and Retry (the element's `load-timeout`). */
  stallMs?: () => number;
}

/** A load that makes no progress for this long ends: no headers, or a body that stops coming. */
export const DEFAULT_STALL_MS = 30_000;

/** Progress is redrawn at most this often, so a fast download does not redraw per chunk. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Fetches a story from a URL, streaming it with progress. A big one is parsed and validated in a
 * worker, or in slices where the page's policy forbids the worker; the element then receives a
 * LoadedStory instead of raw data. A failure becomes one sentence naming the URL and what went
 * wrong, a load with no progress for `stallMs` included; a new load or a removal from the page
 * cancels the fetch, and `resume` starts it again.
 */
export class StoryLoadController implements ReactiveController {
  loading = false;
  error: string | null = null;
  /** The load under way, for the progress bar; null when none is (or before the response). */
  progress: LoadProgress | null = null;
  private abort?: AbortController;
  /** The URL whose story, or whose failure, is shown. */
  private settledSrc: string | null = null;
  private lastDrawn = 0;
  private pendingDraw?: ReturnType<typeof setTimeout>;
  /** Ends the load under way when it makes no progress in time; re-armed by every sign of progress. */
  private stallTimer?: ReturnType<typeof setTimeout>;
  private stalled = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onLoad: (data: unknown) => void,
    private readonly onError: (message: string) => void,
    private readonly options: StoryLoadOptions = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.abort) this.cancel();
  }

  /** Loads `src` again if a removal from the page interrupted it. */
  resume(src: string): void {
    if (src !== this.settledSrc && !this.loading) void this.load(src);
  }

  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.stallTimer);
    this.loading = false;
    this.error = null;
    this.progress = null;
    this.host.requestUpdate();
  }

  async load(src: string): Promise<void> {
    // The reason is what the replaced load's `signal.throwIfAborted()` throws.
    this.abort?.abort(new DOMException('The load was replaced.', 'AbortError'));
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.error = null;
    this.progress = null;
    this.stalled = false;
    this.armStallTimer(abort);
    this.host.requestUpdate();
    let failure: string | null = null;
    let data: unknown;
    // A load ended by the stall timer is settled with its own error; one replaced or cancelled is not settled here.
    const dropped = () => abort.signal.aborted && !(this.stalled && this.abort === abort);
    try {
      const response = await fetch(src, { signal: abort.signal });
      this.armStallTimer(abort);
      if (!response.ok) {
        failure = `Could not load the story from ${src}: the server answered ${response.status} ${response.statusText}`.trim() + '.';
      } else {
        const bytes = await this.download(response, abort.signal);
        // A reader cancelled by the stall timer ends like a finished one: its bytes are not the story.
        abort.signal.throwIfAborted();
        const outcome = await this.read(bytes, abort.signal);
        if (outcome.kind === 'not-json') failure = `The story at ${src} is not valid JSON: ${outcome.message}.`;
        else if (outcome.kind === 'not-story') failure = notAStory(src);
        else if (outcome.kind === 'data') data = outcome.data;
        else {
          // Indexing 100,000 events takes a task of its own, apart from the one that draws them.
          data = new ValidatedStory(outcome.result, outcome.said);
          await yieldToPage();
        }
      }
    } catch (error) {
      if (dropped()) return;
      failure = this.stalled ? stalledMessage(src, this.stallMs()) : `Could not load the story from ${src}: ${(error as Error).message || 'network error'}.`;
    }
    if (dropped()) return;
    clearTimeout(this.stallTimer);
    this.abort = undefined;
    this.loading = false;
    this.progress = null;
    this.settledSrc = src;
    if (!failure && !(data instanceof ValidatedStory) && !isStoryShaped(data)) failure = notAStory(src);
    this.error = failure;
    this.host.requestUpdate();
    if (failure) this.onError(failure);
    else this.onLoad(data);
  }

  /** The body's bytes, read chunk by chunk with the progress shown. */
  private async download(response: Response, signal: AbortSignal): Promise<Uint8Array> {
    // With a Content-Encoding the length counts compressed bytes, not the ones read here.
    const encoding = response.headers.get('content-encoding');
    const length = Number(response.headers.get('content-length'));
    const total = length > 0 && (!encoding || encoding === 'identity') ? length : null;
    this.showProgress({ phase: 'download', done: 0, total }, true);
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const onAbort = () => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', onAbort);
    const chunks: Uint8Array[] = [];
    let received = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        this.showProgress({ phase: 'download', done: total === null ? received : Math.min(received, total), total });
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    if (chunks.length === 1) return chunks[0];
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return bytes;
  }

  /** Parses (and, for a big story, validates) the bytes: at once, or in slices (loading/big-story.ts). */
  private async read(bytes: Uint8Array, signal: AbortSignal): Promise<ReadOutcome | { kind: 'data'; data: unknown }> {
    const big = bytes.byteLength >= (this.options.bigBytes ?? BIG_STORY_BYTES);
    if (big) {
      const reading = (fraction: number) => this.showProgress({ phase: 'read', done: Math.round(fraction * 1000) / 1000, total: 1 });
      this.showProgress({ phase: 'read', done: 0, total: 1 }, true);
      const bigStory = await import('../loading/big-story').catch(reportMissingPart);
      // Without the part that reads big stories, the story is still read, at once.
      if (bigStory) return bigStory.readBigStory(bytes, signal, reading);
      signal.throwIfAborted();
    }
    try {
      return { kind: 'data', data: JSON.parse(new TextDecoder().decode(bytes)) };
    } catch (error) {
      return { kind: 'not-json', message: (error as Error).message };
    }
  }

  private stallMs(): number {
    const ms = this.options.stallMs?.() ?? DEFAULT_STALL_MS;
    return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_STALL_MS;
  }

  private armStallTimer(abort: AbortController): void {
    clearTimeout(this.stallTimer);
    this.stallTimer = setTimeout(() => {
      if (this.abort !== abort) return;
      this.stalled = true;
      abort.abort(new DOMException('The load made no progress in time.', 'TimeoutError'));
    }, this.stallMs());
  }

  private showProgress(progress: LoadProgress, now = false): void {
    this.progress = progress;
    if (this.abort) this.armStallTimer(this.abort);
    const wait = this.lastDrawn + PROGRESS_INTERVAL_MS - performance.now();
    if (now || wait <= 0) {
      clearTimeout(this.pendingDraw);
      this.pendingDraw = undefined;
      this.lastDrawn = performance.now();
      this.host.requestUpdate();
    } else {
      // The latest progress is drawn when the interval is over, even if no more arrives.
      this.pendingDraw ??= setTimeout(() => {
        this.pendingDraw = undefined;
        if (this.progress) this.showProgress(this.progress, true);
      }, wait);
    }
  }
}

function stalledMessage(src: string, ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `Could not load the story from ${src}: nothing arrived for ${seconds} second${seconds === 1 ? '' : 's'}. Check the connection, then retry.`;
}

function notAStory(src: string): string {
  return `The file at ${src} is not a story: it needs a "title", a "sources" list and an "events" list.`;
}
