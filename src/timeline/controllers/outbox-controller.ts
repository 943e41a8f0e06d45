import type { ReactiveControllerHost } from 'lit';
import { emit } from '../../emit';

type Detail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Holds events (and effects on the page, such as a URL change) raised during an update and sends them
 * once it is done, so that listeners may set the element's properties again without nesting
 * updates. Not a host controller: the element calls `flush()` first in its `updated()`.
 */
export class OutboxController {
  private queued: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly isUpdatePending: boolean }) {}

  /** Sends `type` after the next update (which this asks for). */
  send<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: Detail<K>): void {
    this.afterUpdate(() => emit(this.host, type, detail));
  }

  /**
   * Sends `type` about something drawn already: at once when no update is coming and nothing waits
   * to go before it, so no update runs just to send it; otherwise after the next update, as `send`.
   */
  sendDrawn<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: Detail<K>): void {
    if (this.host.isUpdatePending || this.queued.length) this.send(type, detail);
    else emit(this.host, type, detail);
  }

  /** Runs `effect` after the next update, in the order effects and events were queued. */
  afterUpdate(effect: () => void): void {
    this.queued.push(effect);
    this.host.requestUpdate();
  }

  /** Sends the events and runs the effects queued, in order; after each update. */
  flush(): void {
    for (const send of this.queued.splice(0)) send();
  }
}
