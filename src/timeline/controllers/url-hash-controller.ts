import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readSelection, writeSelection } from '../../model/url-hash';

export interface UrlHashHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the `sync-url` attribute is set. */
  syncUrl: boolean;
}

/**
 * Reads and writes a timeline's selection in the page's URL hash (`sync-url`), and reports Back /
 * Forward through `onNavigate`. Scoped by element id when several timelines on the page sync.
 */
export class UrlHashController implements ReactiveController {
  private listening = false;
  private readonly onHistory = () => {
    if (this.host.syncUrl) this.onNavigate(this.read());
  };

  constructor(
    private readonly host: UrlHashHost,
    private readonly onNavigate: (id: string | null) => void,
  ) {
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

  /**
   * The selection the URL asks for, or null. An unscoped `#event=<id>` speaks to a timeline only
   * when it is the one syncing timeline on the page, so it never selects in several at once.
   */
  read(): string | null {
    return readSelection(location.hash, this.host.id || null, this.syncingTimelines() <= 1);
  }

  /** Records a selection: a new history entry, or in place of the current one (`replace`). */
  write(id: string | null, replace = false): void {
    if (!this.host.syncUrl) return;
    const scope = this.host.id && this.syncingTimelines() > 1 ? this.host.id : null;
    const hash = writeSelection(location.hash, scope, id);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = hash || location.pathname + location.search;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  /** Timelines of this kind on the page (or in the same shadow root) that sync their selection. */
  private syncingTimelines(): number {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    return root.querySelectorAll?.(`${this.host.localName}[sync-url]`).length ?? 1;
  }
}
