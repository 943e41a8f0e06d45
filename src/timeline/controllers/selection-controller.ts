import type { ReactiveControllerHost } from 'lit';
import { ENGLISH, type Translation } from '../../i18n';
import type { TimelineEvent } from '../../model/types';
import type { DetailController } from './detail-controller';
import type { FocusController } from './focus-controller';
import type { OutboxController } from './outbox-controller';
import type { RevealController } from './reveal-controller';
import { UrlHashController } from './url-hash-controller';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  /** The `selected` property: this controller writes the selection there (it reflects), and the page may set it. */
  selected: string | null;
  syncUrl: boolean;
  readonly locale: string;
}

export interface SelectionDeps {
  /** The loaded story's event with this id; null before a story is loaded, undefined for an unknown id. */
  eventById(id: string): TimelineEvent | undefined | null;
  outbox: Pick<OutboxController, 'send' | 'afterUpdate'>;
  /** Brings the selected event into view. */
  reveal: Pick<RevealController, 'start'>;
  /** The selected event takes the tab stop among the marks. */
  focus: Pick<FocusController, 'active'>;
  /** Selecting an event closes an era's detail. */
  detail: Pick<DetailController, 'closeEra'>;
  /** The element's words (English when absent). */
  messages?(): Translation;
}

/** Where an intent came from: the element (a click, a key, `select()`, the `selected` property) or the URL hash, which is never written back. */
type Origin = 'element' | 'url';

/**
 * The selection, one way: an intent (a click, a key, `select()`, the `selected` attribute, the URL
 * hash with `sync-url`, a citation marker) comes here with its origin and is written to `selected`
 * at once; the next update settles it against the story (`settle`, in the host's willUpdate) and
 * notifies: the live region's announcement, a reveal, the tab stop, and `timeline-select` and the
 * URL hash once the update is done (the URL only for an intent that did not come from it). Only
 * real changes are reported; intents made before one update are settled together.
 */
export class SelectionController {
  /** Text for the polite live region: the selected event and its date. */
  announcement = '';
  private readonly urlHash: UrlHashController;
  /** What this controller last wrote to `selected`: anything else there was set by the page. */
  private written: string | null = null;
  /** The intent to settle in the next update. */
  private intent: { id: string | null; origin: Origin } | null = null;
  /** The selection last reported with timeline-select. */
  private reported: string | null = null;

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
    if (event && id === this.host.selected) this.show(event);
    this.intend(id, 'element');
    return true;
  }

  /** Back / Forward, or a hash the page set: select what it names. */
  private selectFromUrl(id: string | null): void {
    if (id === this.host.selected) return;
    if (id !== null && this.deps.eventById(id) === undefined) return;
    this.intend(id, 'url');
  }

  private intend(id: string | null, origin: Origin): void {
    this.intent = { id, origin };
    this.write(id);
  }

  /**
   * In the host's willUpdate: settles the intent made since the last update. The page setting
   * `selected` (the property or the attribute) is one too, and the latest; an id the story lacks
   * then clears the selection.
   */
  settle(): void {
    const { selected } = this.host;
    const intent = selected !== this.written ? { id: selected, origin: 'element' as const } : this.intent;
    this.intent = null;
    if (intent) this.apply(intent.id, intent.origin);
  }

  /**
   * A new story: the URL's selection wins over the attribute's, and whatever is selected then
   * replaces the current history entry rather than adding one.
   */
  settleNewStory(): void {
    this.intent = null;
    const fromUrl = this.host.syncUrl ? this.urlHash.read() : null;
    if (fromUrl !== null && this.deps.eventById(fromUrl)) this.apply(fromUrl, 'url', true);
    else this.apply(this.host.selected, 'element', true);
  }

  /** Checks `id` against the story, writes what it settles to, and notifies real changes only. */
  private apply(id: string | null, origin: Origin, newStory = false): void {
    let event = id === null ? null : this.deps.eventById(id);
    if (event === null && id !== null) {
      // No story yet: kept, and settled when it comes.
      this.write(id);
      return;
    }
    event ??= null;
    const settled = event?.id ?? null;
    this.write(settled);
    // A new story announces the selection it keeps (its event is a new object) and one it drops.
    if (settled === this.reported && !(newStory && settled !== null)) return;
    this.reported = settled;
    const t = this.deps.messages?.() ?? ENGLISH;
    this.announcement = event ? t.t('selectedAnnouncement', { title: event.title, date: t.date(event.calendar) }) : '';
    if (event) this.show(event);
    // Written before timeline-select is sent, so a listener reading location.hash finds it.
    if (origin !== 'url') this.deps.outbox.afterUpdate(() => this.urlHash.write(settled, newStory));
    this.deps.outbox.send('timeline-select', { id: settled, event });
  }

  private write(id: string | null): void {
    this.written = id;
    this.host.selected = id;
  }

  /** The selected event takes the tab stop, closes an era's detail and is brought into view. */
  private show(event: TimelineEvent): void {
    this.deps.focus.active = event.id;
    this.deps.detail.closeEra();
    this.deps.reveal.start(event);
  }
}
