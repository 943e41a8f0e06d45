import type { ReactiveControllerHost } from 'lit';
import { ENGLISH, type Translation } from '../../i18n';
import type { TimelineEvent } from '../../model/types';
import type { OutboxController } from './outbox-controller';
import { UrlHashController } from './url-hash-controller';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  /** The `selected` property: the one place the selection lives. */
  selected: string | null;
  syncUrl: boolean;
  readonly locale: string;
}

export interface SelectionDeps {
  /** The loaded story's event with this id; null before a story is loaded, undefined for an unknown id. */
  eventById(id: string): TimelineEvent | undefined | null;
  /** Bring the newly selected event into view (and give it the tab stop). */
  onSelect(event: TimelineEvent): void;
  outbox: OutboxController;
  /** The element's words (English when absent). */
  messages?(): Translation;
}

/**
 * The selection path, one way: `select()`, the `selected` attribute, a click, or the URL hash sets
 * `selected`; `settle()` (in the host's willUpdate) checks it against the story, then announces it,
 * reports `timeline-select` and records it in the URL hash once the update is done. Only real
 * changes are reported.
 */
export class SelectionController {
  /** Text for the polite live region: the selected event and its date. */
  announcement = '';
  private readonly urlHash: UrlHashController;
  /** The selection last reported with timeline-select. */
  private reported: string | null = null;
  /** The selection being settled came from the URL: do not write it back. */
  private fromUrl = false;

  constructor(
    private readonly host: SelectionHost,
    private readonly deps: SelectionDeps,
  ) {
    this.urlHash = new UrlHashController(host, (id) => this.selectFromUrl(id));
  }

  /**
   * Selects an event by id (null clears). False, changing nothing, for an id the loaded story does
   * not have; before a story arrives the id is kept and settled once it does.
   */
  select(id: string | null): boolean {
    const event = id === null ? null : this.deps.eventById(id);
    if (id !== null && event === undefined) return false;
    // Selecting the selected event again still brings it into view.
    if (event && id === this.host.selected) this.deps.onSelect(event);
    this.host.selected = id;
    return true;
  }

  /** Back / Forward, or a hash the page set: select what it names, without writing it back. */
  private selectFromUrl(id: string | null): void {
    if (id === this.host.selected) return;
    if (id !== null && this.deps.eventById(id) === undefined) return;
    this.fromUrl = true;
    this.select(id);
  }

  /**
   * A new story arrived: the URL's selection wins over the attribute's, and whatever is selected
   * then replaces the current history entry rather than adding one.
   */
  settleNewStory(): void {
    if (this.host.syncUrl) {
      const fromUrl = this.urlHash.read();
      if (fromUrl !== null && this.deps.eventById(fromUrl)) {
        this.host.selected = fromUrl;
        this.fromUrl = true;
      }
    }
    this.settle(true);
  }

  /** Reconciles `selected` with the story: announces, reports and records real changes only. */
  settle(withNewStory = false): void {
    const { selected } = this.host;
    let event = selected === null ? null : this.deps.eventById(selected);
    if (event === null && selected !== null) return; // No story yet: settle when it comes.
    event ??= null;
    const id = event?.id ?? null;
    if (id !== selected) this.host.selected = id;
    const fromUrl = this.fromUrl;
    this.fromUrl = false;
    // A new story announces the selection it keeps (its event is a new object) and one it drops.
    if (id === this.reported && !(withNewStory && id !== null)) return;
    this.reported = id;
    const t = this.deps.messages?.() ?? ENGLISH;
    this.announcement = event ? t.t('selectedAnnouncement', { title: event.title, date: t.date(event.calendar) }) : '';
    if (event) this.deps.onSelect(event);
    // Written before timeline-select is sent, so a listener reading location.hash finds it.
    if (!fromUrl) this.deps.outbox.afterUpdate(() => this.urlHash.write(id, withNewStory));
    this.deps.outbox.send('timeline-select', { id, event });
  }
}
