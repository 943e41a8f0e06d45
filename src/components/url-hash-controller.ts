import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readSelection, writeSelection } from '../model/url-hash';

export interface UrlHashHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the `sync-url` attribute is set. */
  syncUrl: boolean;
  /** Applies a selection read from the URL, without writing it back. */
  selectFromUrl(id: string | null): void;
}

/**
 * Keeps a timeline's selection in the page's URL hash (`sync-url`), so a link opens an event
 * and Back / Forward step through selections. Scoped by element id when several timelines
 * on the page sync their selection.
 */
export class UrlHashController implements ReactiveController {
  private listening = false;
  private readonly onHistory = () => {
    if (this.host.syncUrl) this.host.selectFromUrl(this.read());
  };

  constructor(private readonly host: UrlHashHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.listening) return;
    window.addEventListener('hashchange', this.onHistory);
    window.addEventListener('popstate', this.onHistory);
    this.listening = true;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHistory);
    window.removeEventListener('popstate', this.onHistory);
    this.listening = false;
  }

  /** The selection the URL asks for, or null. */
  read(): string | null {
    return readSelection(location.hash, this.host.id || null);
  }

  /** Records a selection made on the page as a new history entry. */
  write(id: string | null): void {
    if (!this.host.syncUrl) return;
    const hash = writeSelection(location.hash, this.scope(), id);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    history.pushState(history.state, '', hash || location.pathname + location.search);
  }

  private scope(): string | null {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const syncing = root.querySelectorAll?.('history-timeline[sync-url]').length ?? 1;
    return this.host.id && syncing > 1 ? this.host.id : null;
  }
}
