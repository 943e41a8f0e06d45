import { adoptStyles, type PropertyValues, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { isDarkScheme } from '../../dom';
import { ENGLISH, Translation, catalogToLoad, type MessageOverrides } from '../../i18n';
import type { TimeScaleMode } from '../../layout/axis-scale';
import { readTime } from '../../model/time-input';
import type { Citation, Problem, Story, TimelineEvent } from '../../model/types';
// In the element's former import order: it sets the module order in the bundle, which moves the gzipped size by up to 3 KB.
import { FocusController } from '../controllers/focus-controller';
import { LayoutController } from '../controllers/layout-controller';
import { NavigationController } from '../controllers/navigation-controller';
import { GroupsController } from '../controllers/groups-controller';
import { TimeAxisController } from '../controllers/time-axis-controller';
import { DetailController } from '../controllers/detail-controller';
import { OutboxController } from '../controllers/outbox-controller';
import { ResizeController } from '../controllers/resize-controller';
import { RevealController } from '../controllers/reveal-controller';
import { SelectionController } from '../controllers/selection-controller';
import { StoryLoadController } from '../controllers/story-load-controller';
import { ZoomController } from '../controllers/zoom-controller';
import type { TimelineViewDetail } from '../events';
import { LoadedStory } from '../loaded-story';
import { isTimeZone, readerTimeZone } from '../../model/time-zone';
import { readInlineStory } from '../loading/inline-story';
import { loadLaterParts, loadLivePart, loadWords } from '../parts';
import { ValidatedStory } from '../loading/validated-story';
import type { LiveController } from '../controllers/live-controller';
import { ShownEvents } from '../shown-events';
import { DatePhraseCache, eventIdOfMark, markId, markLabel } from '../views/marks';
import { groupColor } from '../views/groups';
import { padWindow } from '../../layout/time-window';
import { staticRoom } from '../../layout/static-room';
import { withLaterStyles } from '../styles';
import type { LaterParts } from './later-parts';
import { reportedByTwo } from '../views/reports';

/** What the wiring reads from the element: its documented properties. */
export interface TimelineHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  story?: unknown;
  wheelZoom: boolean;
  strings?: MessageOverrides;
  selected: string | null;
  syncUrl: boolean;
  viewMode: 'timeline' | 'list' | 'both' | 'story';
  startAt: string;
  autoplay: number | null;
  showSource: boolean;
  headingLevel: number;
  timeScale: TimeScaleMode;
  hideOverview: boolean;
  narrowView: 'chronology' | 'timeline';
  search: string;
  showTitle: boolean;
  loadTimeout: number;
  /** `local`, an IANA zone, or unset: the story's. */
  timeZone?: string;
  live: number | null;
  readonly locale: string;
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A story already read (by the loader's worker or slices); `instanceof` on a hostile Proxy can throw, so guard it. */
function isLoadedStory(input: unknown): input is LoadedStory {
  try {
    return input instanceof LoadedStory;
  } catch {
    return false;
  }
}

/** Marks the element's words as to be made again (their language's catalog has come). */
const STALE_WORDS = Symbol('stale words');

/** Below this width the element is a phone's: the chronology replaces the horizontal timeline. */
export const NARROW_PX = 480;
/** From this width the detail opens as a panel beside the mark rather than under the timeline. */
export const SIDE_DETAIL_PX = 760;

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
  readonly phrases = new DatePhraseCache();
  /** Where the story came from last, so a reconnected element knows whether to fetch again. */
  private lastInput: 'src' | 'story' | 'inline' | null = null;
  /** The locale of the update under way, read once in willUpdate. */
  renderLocale = 'en';
  /** The words of the update under way, in the locale's language with `strings` over them; made again only when either changes. */
  messages: Translation = ENGLISH;
  /** The update's reading direction: `dir`, else the element's `lang`, else the page's `dir`, else the locale's. */
  direction: 'ltr' | 'rtl' = 'ltr';
  /**
   * The least height the element keeps, px: the room its static HTML took on screen before it
   * upgraded (0 without one, or when the page sets the timeline's height itself).
   */
  staticRoom = 0;
  /** The `strings` the messages were made with (STALE_WORDS: to be made again). */
  private messagesFrom: MessageOverrides | undefined | typeof STALE_WORDS = undefined;

  /**
   * The parts the first frame does without (story mode, search, the list and chronology, the source
   * view, print, the overview's window), once loaded: see ../parts.ts. Null before, and for good
   * when their file could not be loaded.
   */
  later: LaterParts | null = null;
  private laterLoad: 'not asked' | 'loading' | 'loaded' | 'failed' = 'not asked';
  /** The later parts' load while it is under way (see `partsLoading`). */
  private laterPromise: Promise<void> | null = null;
  /** A live story's controller, once `live` or addEvents() asked for it (see loadLive). */
  live: LiveController | null = null;
  private livePromise: Promise<LiveController | null> | null = null;
  /** What the first drawing waits for, drawing only the room it will take meanwhile (see `holdFirstFrame`). */
  firstFrameHeld: Promise<unknown> | null = null;
  /** What the list, the chronology and the overview's density show: the events the search and the legend leave. */
  readonly shown: ShownEvents;

  readonly loader: StoryLoadController;
  readonly layouts: LayoutController;
  readonly viewportSize: ResizeController;
  /** The element's own width, which decides between the timeline and the phone chronology. */
  readonly ownSize: ResizeController;
  readonly zoom: ZoomController;
  readonly time: TimeAxisController;
  readonly outbox: OutboxController;
  readonly selection: SelectionController;
  readonly reveal: RevealController;
  readonly rovingFocus: FocusController;
  readonly navigation: NavigationController;
  readonly groups: GroupsController;
  readonly detail: DetailController;

  constructor(private readonly host: TimelineHost) {
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
    });
    this.viewportSize = new ResizeController(host, viewport, () => this.layouts.readMetrics());
    this.ownSize = new ResizeController(host, () => this.baseRef.value);
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
        this.outbox.send('timeline-viewchange', view);
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
    if (this.laterLoad !== 'loaded' && this.laterLoad !== 'failed' && this.needsLater()) waits.push(this.loadLater());
    return waits.length ? Promise.all(waits) : null;
  }

  /** The element shows something only the later parts draw or know. */
  private needsLater(): boolean {
    const host = this.host;
    // Before the resize observer's first report, the element's box says whether a phone's chronology comes first.
    const narrow = this.wantsChronology(this.ownSize.size.width || (host.isConnected ? host.getBoundingClientRect().width : 0));
    const queryInUrl = host.syncUrl && /(^#|[&:])q=./.test(location.hash);
    // Times of day are told in their zone by the later parts (time-phrase.ts, time-ticks.ts).
    return host.viewMode !== 'timeline' || host.showSource || Boolean(host.search?.trim()) || narrow || queryInUrl || Boolean(this.loaded?.hasTimes);
  }

  /** At this width the element is a phone's, whose chronology replaces the timeline unless the reader or the page asked for the timeline. */
  private wantsChronology(width: number): boolean {
    return width > 0 && width < NARROW_PX && this.host.narrowView !== 'timeline' && !this.horizontalOnNarrow;
  }

  /** What is loading that the element will draw once it is there: its `updateComplete` waits for it too. */
  get partsLoading(): Promise<unknown> | null {
    return this.firstFrameHeld ?? (this.laterLoad === 'loading' ? this.laterPromise : null);
  }

  /** The first update draws the room it will take, empty, until what it needs has loaded; then it draws. */
  holdFirstFrame(waiting: Promise<unknown>): void {
    const held = (this.firstFrameHeld = waiting.then(() => {
      if (this.firstFrameHeld === held) this.firstFrameHeld = null;
      this.host.requestUpdate();
    }));
  }

  /** Loads the later parts (once), and gives them the story already shown. */
  loadLater(): Promise<void> {
    if (this.laterLoad !== 'not asked') return this.laterPromise ?? Promise.resolve();
    this.laterLoad = 'loading';
    return (this.laterPromise = loadLaterParts().then((module) => {
      if (!module) {
        this.laterLoad = 'failed';
        this.host.requestUpdate();
        return;
      }
      this.laterLoad = 'loaded';
      const host = this.host;
      if (host.shadowRoot) adoptStyles(host.shadowRoot, withLaterStyles((host.constructor as typeof ReactiveElement).elementStyles, module.laterStyles));
      const later = module.createLaterParts(host, this);
      this.later = later;
      const loaded = this.loaded;
      if (loaded) {
        later.searching.readFromUrl();
        later.searching.prepare(loaded);
      }
      this.host.requestUpdate();
    }));
  }

  /** Loads a live story's part (once) and makes its controller. */
  loadLive(): Promise<LiveController | null> {
    return (this.livePromise ??= loadLivePart().then((module) => {
      this.live = module?.createLive(this.host, this) ?? null;
      // The words with the page's `strings` over them are made again, with the live part's English.
      this.messagesFrom = STALE_WORDS;
      this.host.requestUpdate();
      return this.live;
    }));
  }

  /** A story validated already (a live story's merge), with the problems of the one shown. */
  validated(story: Story): LoadedStory {
    return new ValidatedStory({ story, problems: this.loaded?.problems ?? [] });
  }

  /** After an update that drew a story: the later parts load once this frame is painted. */
  afterDraw(): void {
    if (this.laterLoad !== 'not asked' || !this.loaded?.index.count) return;
    requestAnimationFrame(() => setTimeout(() => void this.loadLater()));
  }

  /** "Show in the article": the source view opens at the cited paragraph (loading it first if need be). */
  private showInArticle(citation: Citation): void {
    if (this.later) this.later.sourceView.showInArticle(citation);
    else void this.loadLater().then(() => this.later?.sourceView.showInArticle(citation));
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
    return this.wantsChronology(this.ownSize.size.width) && viewMode !== 'list' && viewMode !== 'story' && this.laterLoad !== 'failed';
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

  /**
   * Right to left or left to right: the element's `dir`; else, when it has its own `lang`, that
   * language's; else the page's `dir` around it (through shadow roots); else the locale's.
   */
  private readDirection(): 'ltr' | 'rtl' {
    const own = this.host.getAttribute('dir')?.toLowerCase();
    if (own === 'rtl' || own === 'ltr') return own;
    if (this.host.getAttribute('lang')) return this.messages.dir;
    let node: Element | null = this.host;
    while ((node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null)) {
      const dir = node.getAttribute('dir')?.toLowerCase();
      if (dir === 'rtl' || dir === 'ltr') return dir;
    }
    return this.messages.dir;
  }

  /** A band's (group's) mark colour in the colour scheme in use. */
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
    if (changed.has('timeScale') && this.loaded && !changed.has('story')) this.time.setMode(this.loaded, this.timeScaleMode);
    if (changed.has('live') && host.live !== null) void this.loadLive();
    this.later?.storyMode.settle(changed.has('viewMode'));
    this.selection.settle();
    // A story ingested above may bring its time zone.
    this.syncMessages();
    const w = this.zoom.window;
    // A frame that finds this window drawn already need not update again.
    this.zoom.markDrawn(this.layouts.compute(this.loaded, this.time.axis, w, this.viewportSize.size, this.renderLocale, this.groups.hidden, this.messages.timeZone) ? w : null);
    const { marks, clusters } = this.layouts.layout;
    this.rovingFocus.chooseTabStops(marks.map((m) => this.events[m.event].id), clusters[0]?.start ?? null);
    this.rovingFocus.beforeRender();
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

  private ingest(input: unknown): void {
    // A big story by URL arrives validated already (see StoryLoadController).
    const loaded = isLoadedStory(input) ? input : new LoadedStory(input);
    this.loaded = loaded;
    this.host.requestUpdate();
    this.phrases.clear();
    this.detail.closeEra();
    this.later?.lists.reset();
    this.later?.sourceView.reset();
    this.live?.reset();
    // Whatever the old story was steering towards is gone with it.
    this.reveal.cancel();
    this.rovingFocus.resetForStory((id) => loaded.positionOf(id) !== undefined, loaded.events[0]?.id ?? null);
    this.time.useStory(loaded, this.timeScaleMode);
    this.later?.searching.readFromUrl();
    this.later?.searching.prepare(loaded);
    this.groups.readFromUrl(new Set(loaded.groups.map((g) => g.id)));
    if (loaded.problems.length) this.report(loaded.problems);
    this.selection.settleNewStory();
  }

  report(problems: Problem[]): void {
    this.outbox.send('timeline-error', { problems });
  }
}
