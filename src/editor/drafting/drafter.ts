import type { DraftOptions, DraftResult } from '../../authoring/draft';
import { pageAllowsBlobWorker } from '../../timeline/loading/worker-policy';
import type { ArticleInput, MultiDraftOptions, MultiDraftResult } from '../../authoring/multi-draft';
import type { DraftAnswer, DraftQuestion, NewEventDraft, NewEventRequest } from './drafting';
import DraftWorker from './draft-worker.ts?worker&inline';

export type DraftRequest = DraftQuestion & { id: number };

export type DraftReply = { id: number; value: DraftAnswer } | { id: number; error: string };

type Ask = DraftQuestion;

/**
 * Drafts off the main thread: in a worker built into the bundle (a blob: URL) where the page's
 * policy allows one; elsewhere (a strict Content Security Policy) on the main thread, with the
 * drafting code (compromise and chrono-node) evaluated only when first asked for, so opening the
 * editor and typing never wait for it.
 */
export class Drafter {
  private worker: Promise<Worker | null> | null = null;
  private asked = 0;
  private readonly waiting = new Map<number, { question: Ask; resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  article(text: string, options: DraftOptions): Promise<DraftResult> {
    return this.ask({ kind: 'article', text, options }) as Promise<DraftResult>;
  }

  articles(articles: ArticleInput[], options: MultiDraftOptions): Promise<MultiDraftResult> {
    return this.ask({ kind: 'articles', articles, options }) as Promise<MultiDraftResult>;
  }

  newEvent(request: NewEventRequest): Promise<NewEventDraft | null> {
    return this.ask({ kind: 'new-event', request }) as Promise<NewEventDraft | null>;
  }

  /** Why each title does not read as a headline; empty for one that does. */
  headlineProblems(titles: string[]): Promise<string[][]> {
    return this.ask({ kind: 'headlines', titles }) as Promise<string[][]>;
  }

  /** Where drafting runs on this page: in the worker, or on the main thread where the page forbids the worker. */
  async runsOn(): Promise<'worker' | 'main thread'> {
    return (await (this.worker ??= this.start())) ? 'worker' : 'main thread';
  }

  /** Starts the worker (or loads the code) and drafts a sentence, so the first real draft does not pay for the libraries' set-up. */
  warmUp(): void {
    void this.article('On 1 January 2000 it began.', { published: '2000-01-02' }).catch(() => {});
  }

  private async ask(question: Ask): Promise<unknown> {
    const worker = await (this.worker ??= this.start());
    if (!worker) return onMainThread(question);
    const id = ++this.asked;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { question, resolve, reject });
      worker.postMessage({ id, ...question } satisfies DraftRequest);
    });
  }

  private async start(): Promise<Worker | null> {
    if (typeof Worker !== 'function' || !(await pageAllowsBlobWorker(location.href))) return null;
    let worker: Worker;
    try {
      worker = new DraftWorker();
    } catch {
      return null;
    }
    worker.onmessage = ({ data }: MessageEvent<DraftReply>) => {
      const asker = this.waiting.get(data.id);
      this.waiting.delete(data.id);
      if ('error' in data) asker?.reject(new Error(data.error));
      else asker?.resolve(data.value);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that failed to start or crashed: what was asked, and everything later, is drafted on the main thread.
      worker.terminate();
      this.worker = Promise.resolve(null);
      const asked = [...this.waiting.values()];
      this.waiting.clear();
      for (const asker of asked) onMainThread(asker.question).then(asker.resolve, asker.reject);
    };
    return worker;
  }

  /** Stops the worker; a later question starts another. */
  stop(): void {
    void this.worker?.then((w) => w?.terminate());
    this.worker = null;
  }
}

/** Drafts on the main thread, loading the drafting code the first time. */
async function onMainThread(question: Ask): Promise<unknown> {
  const drafting = await import('./drafting');
  return drafting.answer(question);
}
