import type { PlacedAnnotation } from '../../layout/annotation';
import type { PropertyValues } from 'lit';
import { createRef } from '../views/element-ref';
import { isDarkScheme, writingDirection } from '../../dom';
import { ENGLISH, Translation, catalogToLoad, type MessageOverrides } from '../../i18n';
import type { TimeScaleMode } from '../../layout/axis-scale';
import { readTime } from '../../model/time-input';
import type { Citation, Problem, Story, TimelineEvent } from '../../model/types';
// In the order of those tried that gzips smallest (round 34: 26 orders, 55,336 to 55,896 bytes): it sets the modules' order in the bundle.
import { StoryLoadController } from '../controllers/story-load-controller';
import { ZoomController } from '../controllers/zoom-controller';
import { LayoutController } from '../controllers/layout-controller';
import { NavigationController } from '../controllers/navigation-controller';
import { RevealController } from '../controllers/reveal-controller';
import { SelectionController } from '../controllers/selection-controller';
import { TimeAxisController } from '../controllers/time-axis-controller';
import { GroupsController } from '../controllers/groups-controller';
import { DetailController } from '../controllers/detail-controller';
import { ResizeController, type ContentSize } from '../controllers/resize-controller';
import { FocusController } from '../controllers/focus-controller';
import { OutboxController } from '../controllers/outbox-controller';
import type { TimelineViewDetail } from '../events';
import { LoadedStory } from '../loaded-story';
import { isTimeZone, readerTimeZone } from '../../model/time-zone';
import { readInlineStory } from '../loading/inline-story';
import { loadWords } from '../parts';
import { ValidatedStory } from '../loading/validated-story';
import type { LiveController } from '../controllers/live-controller';
import { ShownEvents } from '../shown-events';
import { ReusedKeys } from '../../layout/reused-keys';
import { PhraseCache, eventIdOfMark, markId, markLabel, clusterYearsText } from '../views/marks';
import { groupColor } from '../views/groups';
import { padWindow } from '../../layout/time-window';
import { staticRoom } from '../../layout/static-room';
import type { LaterParts } from './later-parts';
import { PartLoader } from './part-loader';
import { showStory } from './story-intake';
import { NARROW_PX, type TimelineHost } from './timeline-host';

export type { TimelineHost } from './timeline-host';
export { NARROW_PX, SIDE_DETAIL_PX } from './timeline-host';
import { reportedByTwo } from '../views/reports';

/** Marks the element's words as to be made again (their language's catalog has come). */
const STALE_WORDS = Symbol('stale words');

/**
 * The inside of `<history-timeline>`: its controllers wired to each other and to the element, the
 * story shown, and what each update reads once (locale, words, direction). The element keeps the
 * documented API and calls `willUpdate`, the ordered steps of `updated()` and the template.
 */
export class TimelineInternals {
  /** The story shown, or null before one is set or loaded. */
  loaded: LoadedStory | null = null;
  /** On a narrow element, the reader asked for the horizontal timeline instead of the chronology. */
  horizontalOnNarrow = false;
  /** The reader asked for the events two or more sources report, only. */
  reportedByTwoOnly = false;

  readonly viewportRef = createRef<HTMLElement>();
  readonly axisRef = createRef<SVGGElement>();
  readonly brushRef = createRef<SVGGElement>();
  readonly baseRef = createRef<HTMLElement>();
  readonly phrases = new PhraseCache();
  /** The marks' and the clusters' keys from render to render: nodes handed on as the view zooms (views/marks.ts). */
  readonly markKeys = new ReusedKeys();
  readonly clusterKeys = new ReusedKeys();
  /** Where the story came from last, so a reconnected element knows whether to fetch again. */
  private lastInput: 'src' | 'story' | 'inline' | null = null;
  /** The locale of the update under way, read once in willUpdate. */
  renderLocale = 'en';
  /** The words of the update under way, in the locale's language with `strings` over them; made again only when either changes. */
  messages: Translation = ENGLISH;
  /** The update's reading direction: `dir`, else the element's `lang`, else the page's `dir`, else the locale's. */
  direction: 'ltr' | 'rtl' = 'ltr';
  /** The featured event's deck beside its mark in this layout, or null. */
  annotation: PlacedAnnotation | null = null;
  /**
   * The least height the element keeps, px: the room its static HTML took on screen before it
   * upgraded (0 without one, or when the page sets the timeline's height itself).
   */
  staticRoom = 0;
  /** The `strings` the messages were made with (STALE_WORDS: to be made again). */
  private messagesFrom: MessageOverrides | undefined | typeof STALE_WORDS = undefined;

  /** The parts loaded after the first frame: later parts, live part, the first frame held. */
  readonly parts: PartLoader;
  /** The later parts (story mode, search, the list and chronology, the source view, print, the overview's window), once loaded. */
  get later(): LaterParts | null {
    return this.parts.later;
  }
  /** A live story's controller, once `live` or addEvents() asked for it. */
  get live(): LiveController | null {
    return this.parts.live;
  }
  get firstFrameHeld(): Promise<unknown> | null {
    return this.parts.firstFrameHeld;
  }
  /** What the list, the chronology and the overview's density show: the events the search and the legend leave. */
  readonly shown: ShownEvents;

  readonly loader: StoryLoadController;
  readonly layouts: LayoutController;
  readonly viewportSize: ResizeController;
  /** The element's own width, which decides between the timeline and the phone chronology. */
  readonly ownSize: ResizeController;
  /** The viewport's height as the rows of this update's story need it, px (LayoutController.contentHeight). */
  contentHeight = 0;
  readonly zoom: ZoomController;
  readonly time: TimeAxisController;
  readonly outbox: OutboxController;
  readonly selection: SelectionController;
  readonly reveal: RevealController;
  readonly rovingFocus: FocusController;
  readonly navigation: NavigationController;
  readonly groups: GroupsController;
  readonly detail: DetailController;

  constructor(readonly host: TimelineHost) {
    this.parts = new PartLoader(host, this, () => (this.messagesFrom = STALE_WORDS));
    const story = () => this.loaded;
    const select = (id: string | null) => this.selection.select(id);
    const viewport = () => this.viewport;
    // Host controllers register here, and Lit runs their hooks in this order; the steps whose order
    // matters after an update are not host controllers' hooks: the element's updated() calls them.
    this.loader = new StoryLoadController(host, (data) => this.ingest(data), (message) => this.report([{ path: 'src', message }]), {
      stallMs: () => host.loadTimeout * 1000,
    });
    this.layouts = new LayoutController(host, {
      axisGroup: () => this.axisRef.value,
      labelText: (event) => markLabel(event, this.messages, this.phrases),
      clusterText: (cluster) => clusterYearsText(cluster, this.messages, this.phrases),
      moving: () => this.zoom.moving,
    });
    this.viewportSize = new ResizeController(host, viewport, () => this.layouts.readMetrics());
    this.ownSize = new ResizeController(host, () => this.baseRef.value, undefined, 'width');
    this.zoom = new ZoomController(host, {
      target: viewport,
      width: () => this.viewportSize.size.width,
      height: () => this.viewportSize.size.height,
      wheelZoom: () => host.wheelZoom,
      onUserGesture: () => {
        // The reader took over the view: stop steering it.
        this.reveal.cancel();
        this.rovingFocus.stopHeading();
        this.live?.readerMoved();
      },
      onWindowChange: (w) => {
        const view = this.time.realView(w);
        // A window the host drew already (a story's first frame) is reported without another render.
        this.outbox.sendDrawn('timeline-viewchange', view);
        this.live?.viewChanged(view);
      },
    });
    this.time = new TimeAxisController({ zoom: this.zoom, viewport });
    this.outbox = new OutboxController(host);
    this.reveal = new RevealController(host, {
      zoom: this.zoom,
      eventById: (id) => this.loaded?.eventById(id),
      isDrawn: (id) => this.markFor(id) !== null,
      canShow: () => this.viewportSize.size.width > 0 && host.viewMode !== 'list' && !this.chronologyShown,
      axis: () => this.time.axis,
    });
    this.rovingFocus = new FocusController(host, {
      viewport,
      markFor: (id) => this.markFor(id),
      eventIdOf: eventIdOfMark,
      atRest: () => !this.zoom.moving && !this.reveal.active,
    });
    const focus = this.rovingFocus;
    const chronology = () => this.chronologyShown;
    const showInArticle = (citation: Citation) => this.showInArticle(citation);
    this.detail = new DetailController(host, { story, chronology, select, focus, reveal: this.reveal, showInArticle });
    this.selection = new SelectionController(host, {
      eventById: (id) => (this.loaded?.story ? this.loaded.eventById(id) : null),
      outbox: this.outbox,
      reveal: this.reveal,
      focus,
      detail: this.detail,
      messages: () => this.messages,
    });
    this.navigation = new NavigationController(host, {
      zoom: this.zoom,
      reveal: this.reveal,
      focus,
      events: () => this.events,
      positionOf: (id) => this.loaded?.positionOf(id),
      select,
      viewport,
      eventIdOf: eventIdOfMark,
      axis: () => this.time.axis,
    });
    this.groups = new GroupsController(host);
    this.shown = new ShownEvents({ story, matches: () => this.matches(), hidden: () => this.groups.hidden });
  }

  /** Positions of the events the search and the "2+ sources" filter leave; null when that is all. */
  matches(): readonly number[] | null {
    const matches = this.later?.searching.matches ?? null;
    return this.reportedByTwoOnly ? reportedByTwo(this.events, matches) : matches;
  }

  /**
   * What the coming update needs and has not got, to wait for before it runs: the language's words,
   * or the later parts for a view the first frame does without. Null when nothing is missing.
   */
  partsToWaitFor(): Promise<unknown> | null {
    const waits: Promise<unknown>[] = [];
    const language = catalogToLoad(this.host.locale);
    // The words made before the language's catalog came are made again with it.
    if (language) waits.push(loadWords(language).then(() => (this.messagesFrom = STALE_WORDS)));
    if (this.parts.state !== 'loaded' && this.parts.state !== 'failed' && this.needsLater()) waits.push(this.parts.loadLater());
    return waits.length ? Promise.all(waits) : null;
  }

  /** The element shows something only the later parts draw or know. */
  private needsLater(): boolean {
    const host = this.host;
    // Before the resize observer's first report, the element's box says whether a phone's chronology comes first.
    const narrow = this.wantsChronology(this.ownSize.size.width || (host.isConnected ? host.getBoundingClientRect().width : 0));
    const queryInUrl = host.syncUrl && /(^#|[&:])q=./.test(location.hash);
    // Times of day are told in their zone by the later parts (time-phrase.ts, time-ticks.ts).
    return host.viewMode !== 'timeline' || host.showSource || Boolean(host.search?.trim()) || narrow || queryInUrl || Boolean(this.loaded?.hasTimes) || this.laterDetailShown();
  }

  /** A detail is open in a story whose details may show an excerpt of a long paragraph or a picture, which the later parts draw. */
  private laterDetailShown(): boolean {
    return (this.host.selected !== null || this.detail.era !== null) && Boolean(this.loaded?.hasLaterDetail);
  }

  /** At this width the element is a phone's, whose chronology replaces the timeline unless the reader or the page asked for the timeline. */
  private wantsChronology(width: number): boolean {
    return width > 0 && width < NARROW_PX && this.host.narrowView !== 'timeline' && !this.horizontalOnNarrow;
  }

  /** A story validated already (a live story's merge), with the problems of the one shown. */
  validated(story: Story): LoadedStory {
    return new ValidatedStory({ story, problems: this.loaded?.problems ?? [] });
  }

  /** "Show in the article": the source view opens at the cited paragraph (loading it first if need be). */
  private showInArticle(citation: Citation): void {
    if (this.later) this.later.sourceView.showInArticle(citation);
    else void this.parts.loadLater().then(() => this.later?.sourceView.showInArticle(citation));
  }

  /** The search field's input: the query, which the search (a later part) matches once it is there. */
  readonly onSearchInput = (event: Event): void => {
    if (this.later) this.later.searching.onInput(event);
    else this.host.search = (event.target as HTMLInputElement).value;
  };

  /** The search field's keys (Enter, Escape), once the search is there. */
  readonly onSearchKeyDown = (event: KeyboardEvent): void => {
    this.later?.searching.onKeyDown(event);
  };

  /** The visible window as ISO date-times (UTC), or null before a story is shown. */
  get view(): TimelineViewDetail | null {
    const w = this.zoom.window;
    // Nothing is shown while the first drawing waits for a part it needs.
    return w && !this.firstFrameHeld ? this.time.realView(w) : null;
  }

  /** The valid events, in time order. */
  get events(): readonly TimelineEvent[] {
    return this.loaded?.events ?? [];
  }

  /** `zoomTo()`: false, changing nothing, when either end cannot be read. */
  zoomTo(start: string, end: string): boolean {
    const from = readTime(start, 'start');
    const to = readTime(end, 'end');
    if (from === null || to === null || to <= from) return false;
    this.reveal.cancel();
    this.time.showReal({ start: from, end: to }, Boolean(this.loaded?.index.count));
    return true;
  }

  /** The element is narrow (a phone) and shows the vertical chronology instead of the timeline. */
  get chronologyShown(): boolean {
    const { viewMode } = this.host;
    // Without the later parts (their file could not load), a phone gets the horizontal timeline.
    return this.wantsChronology(this.ownSize.size.width) && viewMode !== 'list' && viewMode !== 'story' && this.parts.state !== 'failed';
  }

  /** The narrow element's toggle: the horizontal timeline, or the chronology again. */
  toggleNarrowView(): void {
    this.horizontalOnNarrow = !this.horizontalOnNarrow;
    this.host.requestUpdate();
  }

  /** An era's title was activated: show the era, and open its detail. */
  openEra(id: string): void {
    const era = this.loaded?.eraById(id);
    if (!era) return;
    this.reveal.cancel();
    this.time.showReal(padWindow({ start: era.calendar.startMs, end: era.calendar.endMs }, 0.05), true);
    this.detail.openEra(id);
  }

  /** Right to left or left to right: the element's `dir`, else its own `lang`'s, else the page's around it, else the locale's. */
  private readDirection(): 'ltr' | 'rtl' {
    return writingDirection(this.host, this.messages.dir);
  }

  /** An event's colour, its group's, the same in every view; undefined when the story has no groups. */
  eventColor(event: TimelineEvent): string | undefined {
    const loaded = this.loaded;
    const position = loaded?.groups.length ? loaded.positionOf(event.id) : undefined;
    return position === undefined ? undefined : this.bandColor(loaded!.bandOf(position));
  }

  bandColor(band: number): string {
    return groupColor(this.loaded?.groups[band], band, () => isDarkScheme(this.host));
  }

  /** `time-scale`, read leniently: anything but `linear` is compressed. */
  get timeScaleMode(): TimeScaleMode {
    return this.host.timeScale === 'linear' ? 'linear' : 'compressed';
  }

  get viewport(): HTMLElement | undefined {
    return this.viewportRef.value;
  }

  private markFor(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(markId(id))}`);
  }

  /** Measures the static HTML the element replaces: before `attachShadow` hides it, and where the element is after. */
  keepStaticRoom(attachShadow: () => void): void {
    const host = this.host;
    // Only children the page showed, and only when the page has not set the timeline's height itself.
    const measure = !host.shadowRoot && host.firstElementChild !== null && !getComputedStyle(host).getPropertyValue('--history-timeline-height').trim();
    const before = measure ? host.getBoundingClientRect() : null;
    attachShadow();
    if (before) this.staticRoom = staticRoom(before, host.getBoundingClientRect().top, innerHeight);
  }

  /** The element was put back on the page: a fetch its removal cancelled starts again. */
  connected(): void {
    const { src } = this.host;
    if (this.host.hasUpdated && this.lastInput === 'src' && src) this.loader.resume(src);
  }

  willUpdate(changed: PropertyValues): void {
    const host = this.host;
    // Read once per update: layout, axis and templates all format in it.
    this.renderLocale = host.locale;
    this.syncMessages();
    this.direction = this.readDirection();
    if (changed.has('story') && host.story !== undefined) {
      // A story set now replaces a load in flight; a `src` set in the same update wins.
      this.loader.cancel();
      this.lastInput = 'story';
      this.ingest(host.story);
    }
    // The story written into the page comes first: `src` is then not fetched, until it changes.
    const inline = !host.hasUpdated && host.story === undefined && this.readInline();
    if (changed.has('src') && !inline) {
      if (host.src) {
        this.lastInput = 'src';
        void this.loader.load(host.src);
      } else this.loader.cancel();
    }
    // A story read in the first update may need what the first frame does without: draw only its room until it is there.
    const waiting = !host.hasUpdated && !this.firstFrameHeld && this.loaded ? this.partsToWaitFor() : null;
    if (waiting) this.parts.holdFirstFrame(waiting);
    if (changed.has('timeScale') && this.loaded && !changed.has('story')) this.time.setMode(this.loaded, this.timeScaleMode);
    if (changed.has('live') && host.live !== null) void this.parts.loadLive();
    this.later?.storyMode.settle(changed.has('viewMode'));
    this.selection.settle();
    // A story ingested above may bring its time zone.
    this.syncMessages();
    const w = this.zoom.window;
    // A frame that finds this window drawn already need not update again.
    this.zoom.markDrawn(this.layouts.compute(this.loaded, this.time.axis, w, this.layoutSize(), this.renderLocale, this.groups.hidden, this.messages.timeZone) ? w : null);
    const { marks, clusters } = this.layouts.layout;
    this.annotation = this.later?.annotation.place() ?? null;
    this.rovingFocus.chooseTabStops(marks.map((m) => this.events[m.event].id), clusters[0]?.start ?? null);
    this.rovingFocus.beforeRender();
  }

  /**
   * The viewport's size to lay out at. A viewport that followed its rows' height last time (the page
   * sets no height, and there is no static room to fill) takes the height this update's rows give
   * it: laid out at that height now, a story's first frame is not laid out again when the box grows.
   */
  private layoutSize(): ContentSize {
    const size = this.viewportSize.size;
    const followedRows = size.width > 0 && size.height === Math.round(this.contentHeight);
    this.contentHeight = this.layouts.contentHeight(this.loaded, this.time.axis, this.zoom.bounds, size.width, this.groups.hidden);
    const height = Math.round(this.contentHeight);
    if (!followedRows || height === size.height) return size;
    const coming = { width: size.width, height };
    this.viewportSize.expect(coming);
    return coming;
  }

  /** Words and dates in the element's language and strings, times in the zone shown (`time-zone`, else the story's, else UTC). */
  private syncMessages(): void {
    const host = this.host;
    const asked = host.timeZone === 'local' ? readerTimeZone() : host.timeZone;
    const zone = isTimeZone(asked) ? asked : this.loaded?.story?.timeZone ?? 'UTC';
    if (this.messages.locale !== this.renderLocale || this.messagesFrom !== host.strings || this.messages.timeZone !== zone) {
      this.messages = this.renderLocale === 'en' && !host.strings && zone === 'UTC' ? ENGLISH : new Translation(this.renderLocale, host.strings, zone);
      this.messagesFrom = host.strings;
    }
  }

  /** Reads the story written into the element's markup, once, on its first update; true when there was one to show. */
  private readInline(): boolean {
    const inline = readInlineStory(this.host);
    if (!inline) return false;
    if ('error' in inline) {
      this.report([{ path: 'script', message: inline.error }]);
      return false;
    }
    this.lastInput = 'inline';
    this.ingest(inline.data);
    return true;
  }

  /** A new story to show: every controller starts again from it (story-intake.ts). */
  private ingest(input: unknown): void {
    showStory(this, input);
  }

  report(problems: Problem[]): void {
    this.outbox.send('timeline-error', { problems });
  }
}
