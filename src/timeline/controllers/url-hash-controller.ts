import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readHashValue, writeHashValue } from '../../model/url-hash';

export interface UrlHashHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the `sync-url` attribute is set. */
  syncUrl: boolean;
}

/**
 * Reads and writes one entry of a timeline's state in the page's URL hash (`sync-url`): the
 * selection (`event=`) by default, or another key (`q=` for the search), and reports Back / Forward
 * through `onNavigate`. Scoped by element id when several timelines on the page sync.
 */
export class UrlHashController implements ReactiveController {
  private listening = false;
  private readonly onHistory = () => {
    if (this.host.syncUrl) this.onNavigate(this.read());
  };

  constructor(
    private readonly host: UrlHashHost,
    private readonly onNavigate: (value: string | null) => void,
    private readonly key = 'event',
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
    return readHashValue(location.hash, this.host.id || null, this.key, this.syncingTimelines() <= 1);
  }

  /** Records a value (a selection): a new history entry, or in place of the current one (`replace`). */
  write(value: string | null, replace = false): void {
    if (!this.host.syncUrl) return;
    const scope = this.host.id && this.syncingTimelines() > 1 ? this.host.id : null;
    const hash = writeHashValue(location.hash, scope, this.key, value);
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
