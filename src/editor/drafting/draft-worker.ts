/** The draft worker: drafting a long article takes seconds, which the page's main thread never waits through. */
import { answer } from './drafting';
import type { DraftReply, DraftRequest } from './drafter';

const scope = self as unknown as { onmessage: ((event: MessageEvent<DraftRequest>) => void) | null; postMessage(message: DraftReply): void };

scope.onmessage = ({ data }) => {
  try {
    const value = answer(data);
    scope.postMessage({ id: data.id, value });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
