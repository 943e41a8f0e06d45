import type { ReactiveControllerHost } from 'lit';
import { UrlHashController, type UrlHashHost } from './url-hash-controller';

/**
 * Which groups the reader hid with the legend, kept in the URL hash with `sync-url` (`hide=` with
 * the group ids, comma-separated) so a reload or a shared link keeps them hidden.
 */
export class GroupsController {
  hidden: ReadonlySet<string> = new Set();
  private readonly urlHash: UrlHashController;

  constructor(private readonly host: UrlHashHost & ReactiveControllerHost) {
    this.urlHash = new UrlHashController(host, (value) => this.set(parse(value)), 'hide');
  }

  /** Hides a group's events everywhere, or shows them again. */
  toggle(id: string): void {
    const hidden = new Set(this.hidden);
    if (!hidden.delete(id)) hidden.add(id);
    this.set(hidden);
    this.urlHash.write(hidden.size ? [...hidden].map(encodeURIComponent).join(',') : null);
  }

  /** A new story: the groups the URL hides, among those it has. */
  readFromUrl(known: ReadonlySet<string>): void {
    const fromUrl = this.host.syncUrl ? parse(this.urlHash.read()) : new Set<string>();
    this.set(new Set([...fromUrl, ...this.hidden].filter((id) => known.has(id))));
  }

  private set(hidden: ReadonlySet<string>): void {
    this.hidden = hidden;
    this.host.requestUpdate();
  }
}

function parse(value: string | null): Set<string> {
  const ids = (value ?? '').split(',').filter(Boolean).map((id) => {
    try {
      return decodeURIComponent(id);
    } catch {
      return id;
    }
  });
  return new Set(ids);
}
