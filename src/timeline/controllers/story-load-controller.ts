import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The outline of a story: enough to say that a fetched file is one, before validating it. */
function isStoryShaped(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  return 'title' in record && Array.isArray(record.sources) && Array.isArray(record.events);
}

/**
 * Fetches a story from a URL. A failure becomes one sentence naming the URL and what went
 * wrong; a removal from the page cancels the fetch, and `resume` starts it again.
 */
export class StoryLoadController implements ReactiveController {
  loading = false;
  error: string | null = null;
  private abort?: AbortController;
  /** The URL whose story, or whose failure, is shown. */
  private settledSrc: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onLoad: (data: unknown) => void,
    private readonly onError: (message: string) => void,
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
    this.loading = false;
    this.error = null;
    this.host.requestUpdate();
  }

  async load(src: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.error = null;
    this.host.requestUpdate();
    let failure: string | null = null;
    let data: unknown;
    try {
      const response = await fetch(src, { signal: abort.signal });
      if (!response.ok) {
        failure = `Could not load the story from ${src}: the server answered ${response.status} ${response.statusText}`.trim() + '.';
      } else {
        const text = await response.text();
        try {
          data = JSON.parse(text);
        } catch (error) {
          failure = `The story at ${src} is not valid JSON: ${(error as Error).message}.`;
        }
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      failure = `Could not load the story from ${src}: ${(error as Error).message || 'network error'}.`;
    }
    if (abort.signal.aborted) return;
    this.abort = undefined;
    this.loading = false;
    this.settledSrc = src;
    if (!failure && !isStoryShaped(data)) {
      failure = `The file at ${src} is not a story: it needs a "title", a "sources" list and an "events" list.`;
    }
    this.error = failure;
    this.host.requestUpdate();
    if (failure) this.onError(failure);
    else this.onLoad(data);
  }
}
