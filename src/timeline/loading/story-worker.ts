/**
 * The worker that reads a big story off the main thread: decode, JSON.parse, validate. It sends the
 * validated story back in parts (the head, then events a few thousand at a time), so no single
 * message costs the main thread long to receive; dates travel as their EDTF text and are parsed
 * again on arrival (see worker-client.ts), because a parsed date's getters do not survive cloning.
 */
import { validateStory } from '../../model/validate';
import { isStoryShaped } from './story-shape';
import { EVENTS_PER_MESSAGE, stripCalendars, type WorkerReply, type WorkerRequest } from './worker-protocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply): void };

scope.onmessage = ({ data }) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(data.bytes));
  } catch (error) {
    scope.postMessage({ type: 'not-json', message: (error as Error).message });
    return;
  }
  if (!isStoryShaped(parsed)) {
    scope.postMessage({ type: 'not-story' });
    return;
  }
  const { story, problems } = validateStory(parsed);
  parsed = null;
  const events = story?.events ?? [];
  scope.postMessage({ type: 'head', story: story && stripCalendars({ ...story, events: [] }), problems, eventCount: events.length });
  for (let from = 0; from < events.length; from += EVENTS_PER_MESSAGE) {
    scope.postMessage({ type: 'events', events: stripCalendars({ events: events.slice(from, from + EVENTS_PER_MESSAGE) }).events });
  }
  scope.postMessage({ type: 'done' });
};
