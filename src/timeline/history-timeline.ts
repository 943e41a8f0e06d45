import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { defineElement } from '../define';
import { ENGLISH, Translation, type MessageOverrides } from '../i18n';
import { resolveLocale } from '../model/locale';
import { fromAxisWindow, type TimeScaleMode } from '../layout/axis-scale';
import { readTime } from '../model/time-input';
import type { Problem, TimelineEvent } from '../model/types';
import { FocusController } from './controllers/focus-controller';
import { LayoutController } from './controllers/layout-controller';
import { NavigationController } from './controllers/navigation-controller';
import { SearchController } from './controllers/search-controller';
import { GroupsController } from './controllers/groups-controller';
import { TimeAxisController } from './controllers/time-axis-controller';
import { OverviewController } from './controllers/overview-controller';
import { PanelsController } from './controllers/panels-controller';
import { OutboxController } from './controllers/outbox-controller';
import { PrintController } from './controllers/print-controller';
import { ResizeController } from './controllers/resize-controller';
import { RevealController } from './controllers/reveal-controller';
import { SelectionController } from './controllers/selection-controller';
import { StoryLoadController } from './controllers/story-load-controller';
import { ZoomController } from './controllers/zoom-controller';
import { StoryController } from './controllers/story-controller';
import type { TimelineViewDetail } from './events';
import { LoadedStory } from './loaded-story';
import { base, detail, erasAndGroups, forcedColors, listAndChronology, marks, messages, overviewAndKey, print, sources, storyMode, tokens, toolbar, viewport } from './styles';
import { DatePhraseCache, eventIdOfMark, markId, markLabel, renderClusters, renderMarks } from './views/marks';
import { renderProblems } from './views/problems';
import { renderProgress } from './views/progress';
import { renderKey } from './views/key';
import { groupColor, renderBandTitles, renderLegend } from './views/groups';
import { renderOverview } from './views/overview';
import { renderToolbar } from './views/toolbar';
import { renderViewport } from './views/viewport';
import { BAND_HEADER_PX, OVERVIEW_PX } from './views/metrics';
import { renderEras } from './views/eras';
import { placeEras } from '../layout/eras';
import { padWindow } from '../layout/time-window';

export type { TimelineErrorDetail, TimelineSelectDetail, TimelineViewDetail } from './events';

/** The element shows its dark colours: its colour scheme allows dark, and dark is preferred (or the only one). */
function isDarkScheme(element: Element): boolean {
  const scheme = getComputedStyle(element).colorScheme;
  if (!scheme.includes('dark')) return false;
  return !scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches;
}

/** A story already read (by the loader's worker or slices); `instanceof` on a hostile Proxy can throw, so guard it. */
function isLoadedStory(input: unknown): input is LoadedStory {
  try {
    return input instanceof LoadedStory;
  } catch {
    return false;
  }
}

/** Below this width the element is a phone's: the chronology replaces the horizontal timeline. */
const NARROW_PX = 480;

/**
 * An interactive timeline of a story's events, each traceable to the paragraph of its source.
 *
 * @summary Draws a story's events on a zoomable time axis.
 *
 * @attr src - URL of a story JSON document.
 * @attr wheel-zoom - When present, a plain vertical wheel zooms; otherwise it scrolls the page and Ctrl/⌘ + wheel zooms.
 * @attr lang - Language of every word and date the element shows (en, fr, es, de, ru, ar, fa, ps built in; others fall back to English words with their own dates); defaults to the document's language, then the browser's. Arabic, Persian and Pashto read right to left unless `dir` says otherwise.
 * @attr dir - `rtl` or `ltr`; inherited from the page when absent. Right to left mirrors the element: time runs from right to left.
 * @attr selected - Id of the selected event; its detail panel is open.
 * @attr sync-url - Keeps the selection in the page's URL hash (`#event=<id>`, or `#<element id>:event=<id>` when several timelines on the page sync).
 * @attr view-mode - `timeline` (default), `list`, `both` or `story`: which views are shown. `story` shows one card at a time above a shorter timeline.
 * @attr start-at - In story mode, the card a newly shown story opens on: `title` (default), `first`, `last`, or an event's id.
 * @attr autoplay - In story mode, advance to the next card every so many seconds (bare: 7), with a Pause button; never under reduced motion.
 * @attr show-source - When present, the source text is shown below the timeline.
 * @attr heading-level - Level (1–6) of the headings in the detail panel, the source view and the eras' headings in the list and print, to fit the page's outline; default 2.
 * @attr narrow-view - Under 480 px wide: `chronology` (default), a vertical list with marks, or `timeline`, the horizontal timeline.
 * @attr search - The search query: events that do not match are dimmed on the timeline and left out of the list.
 * @attr show-title - When present, the story's title shows in the toolbar.
 * @attr hide-overview - When present, the overview strip below the axis is hidden.
 * @attr time-scale - `compressed` (default): long stretches with no event are drawn narrow, with a break on the axis; `linear`: a true scale throughout.
 *
 * @fires timeline-viewchange - The visible window changed (at most once per frame). `detail: { start, end }` as ISO date-times (UTC).
 * @fires timeline-select - The selection changed. `detail: { id, event }`; `id` is null when cleared.
 * @fires timeline-error - The story could not be loaded, or some of it is invalid. `detail: { problems }`.
 *
 * @csspart base - The element's outer box.
 * @csspart toolbar - The row above the timeline: search, zoom buttons, and the views.
 * @csspart search - The search field; Enter and Shift+Enter go to the next and previous match, Escape clears it.
 * @csspart viewport - The zoomable area holding clusters, events and the axis.
 * @csspart event - An event's mark and label (a button); carries `data-event-id`.
 * @csspart cluster - A mark standing for several events; activating it zooms in on them.
 * @csspart axis - The time axis.
 * @csspart gap - A stretch with no event drawn narrow (compressed time scale), labelled with its length.
 * @csspart overview - The strip below the axis showing the whole story: event density and the window in view.
 * @csspart overview-window - The overview's window; drag it to pan, its edges to zoom; a slider for keyboards.
 * @csspart publication - The rule at the source's publication date.
 * @csspart chronology - The phone chronology: every event in time order by year, with its mark.
 * @csspart legend - The groups with their counts, each a toggle button that hides or shows the group's events everywhere.
 * @csspart group-label - A group band's title, at the left edge above its rows.
 * @csspart era - An era: a band behind the events, with its title (a button: zoom to it and open its detail) in the era row.
 * @csspart key - The folded key explaining what the marks mean.
 * @csspart detail - The panel with the selected event's date, summary and cited paragraphs.
 * @csspart date - The date phrase in the detail panel.
 * @csspart date-note - The note on how the date was found (always shown for inferred dates).
 * @csspart citation - One cited paragraph with its source line.
 * @csspart quote - The quoted words, highlighted inside their paragraph.
 * @csspart list - The chronological list of all events (date, group, title), under a heading per era.
 * @csspart source-view - The section showing the sources' text.
 * @csspart source - One source's text.
 * @csspart paragraph - One paragraph of a source.
 * @csspart citation-marker - A button beside a cited paragraph that selects an event it reports.
 * @csspart error - The message shown when the story cannot be loaded.
 * @csspart notice - The expandable notice listing a story's problems.
 * @csspart story - Story mode: the card shown, with its Previous / Next controls below it.
 * @csspart story-card - One card in story mode: the title card, or an event's date, title, picture, summary and cited paragraphs.
 * @csspart story-nav - Story mode's Previous and Next buttons, the position ("5 of 16") and, with autoplay, Pause / Play.
 * @csspart media - An event's picture with its caption and credit, in story cards, the detail panel and print.
 *
 * @cssproperty [--history-timeline-background=transparent] - Background of the element; transparent, so it sits on the page without a seam.
 * @cssproperty [--history-timeline-color=#1b1f24] - Text colour (dark scheme: #e6edf3).
 * @cssproperty [--history-timeline-muted-color=#57606a] - Secondary text, axis labels (dark scheme: #a4adb8).
 * @cssproperty [--history-timeline-accent=#0b5cad] - Event marks, selection, pressed buttons (dark scheme: #6cb6ff).
 * @cssproperty [--history-timeline-accent-contrast=#ffffff] - Text on the accent colour (dark scheme: #0a0d10).
 * @cssproperty [--history-timeline-surface=#f3f5f7] - Buttons and panels (dark scheme: #222831).
 * @cssproperty [--history-timeline-border-color=#8c959f] - Borders and axis lines (dark scheme: #768390).
 * @cssproperty [--history-timeline-highlight=#fff3b0] - Background of quoted words (dark scheme: #5c4a00).
 * @cssproperty [--history-timeline-focus-ring=#c2410c] - Keyboard focus outline (dark scheme: #ffb86b).
 * @cssproperty [--history-timeline-font=system-ui, sans-serif] - Font family.
 * @cssproperty [--history-timeline-font-size=14px] - Base font size.
 * @cssproperty [--history-timeline-height=auto] - Height of the zoomable area; by default as tall as the story's rows need (3 to 14).
 * @cssproperty [--history-timeline-lane-height=52px] - Height of one row of events: a mark and two lines of label.
 */
export class HistoryTimeline extends LitElement {
  static override styles = [tokens, base, toolbar, viewport, erasAndGroups, marks, overviewAndKey, detail, listAndChronology, sources, storyMode, messages, print, forcedColors];

  /** URL of a story JSON document. */
  @property({ reflect: true }) src?: string;

  /** The story as an object (any JSON value is accepted and validated). */
  @property({ attribute: false }) story?: unknown;

  /** When true, a plain vertical wheel zooms the timeline. */
  @property({ type: Boolean, attribute: 'wheel-zoom', reflect: true }) wheelZoom = false;

  /** Language of the element's words and dates. */
  @property({ reflect: true }) override lang!: string;

  /**
   * The host's own wording for any message, by name (see `src/i18n/messages.ts`), over the
   * language's catalog: `{ searchPlaceholder: 'Find…' }`. A plural message takes a string or
   * `{ one, other, … }`. Placeholders such as `{count}` are filled as in the catalog.
   */
  @property({ attribute: false }) strings?: MessageOverrides;

  /** Reading direction, `rtl` or `ltr`; when absent, the `lang` set on the element decides, then the page's `dir`. */
  @property({ reflect: true }) override dir!: string;

  /** Id of the selected event, or null. */
  @property({ reflect: true }) selected: string | null = null;

  /** Keep the selection in the URL hash. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;

  /** Which views are shown: the timeline, the chronological list, or both. */
  @property({ attribute: 'view-mode', reflect: true }) viewMode: 'timeline' | 'list' | 'both' | 'story' = 'timeline';

  /** In story mode, the card a newly shown story opens on: `title`, `first`, `last`, or an event's id. */
  @property({ attribute: 'start-at', reflect: true }) startAt = 'title';

  /** In story mode, seconds per card to advance on their own (the bare attribute: 7); null: never. */
  @property({ converter: { fromAttribute: (value: string | null) => (value === null ? null : Number(value) > 0 ? Number(value) : 7) } }) autoplay: number | null = null;

  /** Show the source text below the timeline. */
  @property({ type: Boolean, attribute: 'show-source', reflect: true }) showSource = false;

  /** Level of the panels' headings (1–6), to fit the outline of the page around the element. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `compressed` draws long stretches with no event narrow, with a break on the axis; `linear` does not. */
  @property({ attribute: 'time-scale', reflect: true }) timeScale: TimeScaleMode = 'compressed';

  /** Hides the overview strip below the axis. */
  @property({ type: Boolean, attribute: 'hide-overview', reflect: true }) hideOverview = false;

  /** Below 480 px wide: `chronology` (a vertical list that scrolls with the page) or `timeline` (the horizontal one). */
  @property({ attribute: 'narrow-view', reflect: true }) narrowView: 'chronology' | 'timeline' = 'chronology';

  /** The search query: matching events stay, the rest are dimmed on the timeline and left out of the list. */
  @property({ reflect: true }) search = '';

  /** Shows the story's title in the toolbar (off by default: it repeats the page's heading). */
  @property({ type: Boolean, attribute: 'show-title', reflect: true }) showTitle = false;

  /** On a narrow element, the reader asked for the horizontal timeline instead of the chronology. */
  @state() private horizontalOnNarrow = false;


  @state() private loaded: LoadedStory | null = null;

  private readonly viewportRef = createRef<HTMLElement>();
  private readonly axisRef = createRef<SVGGElement>();
  private readonly brushRef = createRef<SVGGElement>();
  private readonly baseRef = createRef<HTMLElement>();
  private readonly phrases = new DatePhraseCache();
  /** Where the story came from last, so a reconnected element knows whether to fetch again. */
  private lastInput: 'src' | 'story' | null = null;
  /** The locale of the update under way, read once in willUpdate. */
  private renderLocale = 'en';
  /** The words of the update under way, in the locale's language with `strings` over them; made again only when either changes. */
  private messages: Translation = ENGLISH;
  /** The update's reading direction: `dir`, else the element's `lang`, else the page's `dir`, else the locale's. */
  private direction: 'ltr' | 'rtl' = 'ltr';
  /** The `strings` the messages were made with. */
  private messagesFrom: MessageOverrides | undefined = undefined;

  // Controllers run their update hooks in this order: the selection's URL write and events go out
  // (outbox) before a reveal moves the view, and focus is settled last.
  private readonly print = new PrintController(this);
  private readonly loader = new StoryLoadController(this, (data) => this.ingest(data), (message) => this.report([{ path: 'src', message }]));
  private readonly layouts = new LayoutController(this, {
    axisGroup: () => this.axisRef.value,
    labelText: (event) => markLabel(event, this.messages, this.phrases),
  });
  private readonly resize = new ResizeController(this, () => this.viewport, () => this.layouts.readMetrics());
  /** The element's own width, which decides between the timeline and the phone chronology. */
  private readonly frame = new ResizeController(this, () => this.baseRef.value);
  private readonly zoom = new ZoomController(this, {
    target: () => this.viewport,
    width: () => this.resize.size.width,
    height: () => this.resize.size.height,
    wheelZoom: () => this.wheelZoom,
    onUserGesture: () => {
      // The reader took over the view: stop steering it.
      this.reveal.cancel();
      this.rovingFocus.stopHeading();
    },
    onWindowChange: (w) => this.outbox.send('timeline-viewchange', this.time.realView(w)),
  });
  private readonly time = new TimeAxisController({ zoom: this.zoom, viewport: () => this.viewport });
  private readonly outbox = new OutboxController(this);
  private readonly selection = new SelectionController(this, {
    eventById: (id) => (this.loaded?.story ? this.loaded.eventById(id) : null),
    onSelect: (event) => {
      this.rovingFocus.active = event.id;
      this.reveal.start(event);
    },
    outbox: this.outbox,
    messages: () => this.messages,
  });
  private readonly reveal = new RevealController(this, {
    zoom: this.zoom,
    eventById: (id) => this.loaded?.eventById(id),
    isDrawn: (id) => this.markFor(id) !== null,
    canShow: () => this.resize.size.width > 0 && this.viewMode !== 'list' && !this.chronologyShown,
    axis: () => this.time.axis,
  });
  private readonly rovingFocus = new FocusController(this, {
    viewport: () => this.viewport,
    markFor: (id) => this.markFor(id),
    eventIdOf: eventIdOfMark,
    atRest: () => !this.zoom.moving && !this.reveal.active,
  });
  private readonly navigation = new NavigationController(this, {
    zoom: this.zoom,
    reveal: this.reveal,
    focus: this.rovingFocus,
    events: () => this.events,
    positionOf: (id) => this.loaded?.positionOf(id),
    select: (id) => this.select(id),
    viewport: () => this.viewport,
    eventIdOf: eventIdOfMark,
    axis: () => this.time.axis,
  });
  protected readonly overview = new OverviewController(this, {
    zoom: this.zoom,
    group: () => (this.hideOverview ? null : this.brushRef.value),
    width: () => this.resize.size.width,
    height: () => OVERVIEW_PX,
    onUserMove: () => this.reveal.cancel(),
    describe: (w) => this.messages.monthRange(fromAxisWindow(this.time.axis, w)),
    label: () => this.messages.t('overviewWindow'),
  });
  private readonly groups = new GroupsController(this);
  private readonly searching = new SearchController(this, { story: () => this.loaded, select: (id) => this.select(id), messages: () => this.messages });
  private readonly panels = new PanelsController(this, {
    story: () => this.loaded,
    chronology: () => this.chronologyShown,
    select: (id) => this.select(id),
    focus: this.rovingFocus,
    reveal: this.reveal,
    viewport: () => this.viewport,
  });

  private readonly storyCards = new StoryController(this, {
    story: () => this.loaded,
    startAt: () => this.startAt,
    autoplay: () => this.autoplay,
    select: (id) => this.select(id),
    focus: this.rovingFocus,
    showInArticle: (citation) => this.panels.showInArticle(citation),
  });

  /** The visible window as ISO date-times (UTC), or null before a story is shown. */
  get view(): TimelineViewDetail | null {
    const w = this.zoom.window;
    return w ? this.time.realView(w) : null;
  }

  /** The valid events, in time order. */
  get events(): readonly TimelineEvent[] {
    return this.loaded?.events ?? [];
  }

  /**
   * Current locale: the `lang` attribute, else the document's language, else the browser's.
   * A tag Intl cannot read (`en_US`, `not a locale`) is mended or skipped, never thrown.
   */
  get locale(): string {
    return resolveLocale([this.lang, document.documentElement.lang, navigator.language]);
  }

  /**
   * Shows the window from `start` to `end`: ISO date-times, or EDTF dates (an EDTF end counts
   * to the end of its period). Returns false, changing nothing, when either cannot be read.
   */
  zoomTo(start: string, end: string): boolean {
    const from = readTime(start, 'start');
    const to = readTime(end, 'end');
    if (from === null || to === null || to <= from) return false;
    this.reveal.cancel();
    this.time.showReal({ start: from, end: to }, Boolean(this.loaded?.index.count));
    return true;
  }

  /** Shows every event, with a small margin. */
  fit(): void {
    this.navigation.run('fit');
  }

  /**
   * The date-time (ISO, UTC) at a horizontal page position `clientX` on the timeline, or null
   * outside it. For placing the page's own annotations; right in either time scale.
   */
  timeAt(clientX: number): string | null {
    return this.time.timeAt(clientX);
  }

  /**
   * The horizontal page position (`clientX`) of a date, an ISO date-time or an EDTF date (its
   * start), or null when it is not in view or cannot be read.
   */
  xOf(date: string): number | null {
    return this.time.xOf(date);
  }

  /**
   * Selects an event by id (null clears), opens its detail and brings it into view. Returns
   * false when no event has that id once the story is loaded.
   */
  select(id: string | null): boolean {
    return this.selection.select(id);
  }

  /** The element is narrow (a phone) and shows the vertical chronology instead of the timeline. */
  private get chronologyShown(): boolean {
    const width = this.frame.size.width;
    return width > 0 && width < NARROW_PX && this.narrowView !== 'timeline' && !this.horizontalOnNarrow && this.viewMode !== 'list' && this.viewMode !== 'story';
  }

  private listed: { key: readonly unknown[]; positions: readonly number[] | null } | null = null;

  /**
   * The events the list, the chronology and the overview show: those of groups not hidden that
   * match the search; null when that is all of them.
   */
  private listedPositions(): readonly number[] | null {
    const loaded = this.loaded;
    const matches = this.searching.matches;
    const key = [loaded, this.groups.hidden, matches];
    if (!this.listed || this.listed.key.some((k, i) => k !== key[i])) {
      const hidden = this.groups.hidden;
      let positions: readonly number[] | null = matches;
      if (loaded && hidden.size) {
        const from = matches ?? loaded.events.map((_, i) => i);
        positions = from.filter((i) => !hidden.has(loaded.events[i].group ?? ''));
      }
      this.listed = { key, positions };
    }
    return this.listed.positions;
  }

  /** An era's title was activated: show the era, and open its detail. */
  private openEra(id: string): void {
    const era = this.loaded?.eraById(id);
    if (!era) return;
    this.reveal.cancel();
    this.time.showReal(padWindow({ start: era.calendar.startMs, end: era.calendar.endMs }, 0.05), true);
    this.panels.openEra(id);
  }

  /**
   * Right to left or left to right: the element's `dir`; else, when it has its own `lang`, that
   * language's; else the page's `dir` around it (through shadow roots); else the locale's.
   */
  private readDirection(): 'ltr' | 'rtl' {
    const own = this.getAttribute('dir')?.toLowerCase();
    if (own === 'rtl' || own === 'ltr') return own;
    if (this.getAttribute('lang')) return this.messages.dir;
    let node: Element | null = this;
    while ((node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null)) {
      const dir = node.getAttribute('dir')?.toLowerCase();
      if (dir === 'rtl' || dir === 'ltr') return dir;
    }
    return this.messages.dir;
  }

  /** A band's (group's) mark colour in the colour scheme in use. */
  private bandColor(band: number): string {
    return groupColor(this.loaded?.groups[band], band, () => isDarkScheme(this));
  }

  /** `time-scale`, read leniently: anything but `linear` is compressed. */
  private get timeScaleMode(): TimeScaleMode {
    return this.timeScale === 'linear' ? 'linear' : 'compressed';
  }

  private get viewport(): HTMLElement | undefined {
    return this.viewportRef.value;
  }

  private markFor(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(markId(id))}`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a removal that cancelled the fetch: fetch again.
    if (this.hasUpdated && this.lastInput === 'src' && this.src) this.loader.resume(this.src);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Read once per update: layout, axis and templates all format in it.
    this.renderLocale = this.locale;
    if (this.messages.locale !== this.renderLocale || this.messagesFrom !== this.strings) {
      this.messages = this.renderLocale === 'en' && !this.strings ? ENGLISH : new Translation(this.renderLocale, this.strings);
      this.messagesFrom = this.strings;
    }
    this.direction = this.readDirection();
    if (changed.has('story') && this.story !== undefined) {
      // A story set now replaces a load in flight; a `src` set in the same update wins.
      this.loader.cancel();
      this.lastInput = 'story';
      this.ingest(this.story);
    }
    if (changed.has('src')) {
      if (this.src) {
        this.lastInput = 'src';
        void this.loader.load(this.src);
      } else this.loader.cancel();
    }
    if (changed.has('timeScale') && this.loaded && !changed.has('story')) this.time.setMode(this.loaded, this.timeScaleMode);
    this.storyCards.settle(changed.has('viewMode'));
    if (changed.has('selected')) this.selection.settle();
    const w = this.zoom.window;
    // A frame that finds this window drawn already need not update again.
    this.zoom.markDrawn(this.layouts.compute(this.loaded, this.time.axis, w, this.resize.size, this.renderLocale, this.groups.hidden) ? w : null);
    const { marks, clusters } = this.layouts.layout;
    this.rovingFocus.chooseTabStops(marks.map((m) => this.events[m.event].id), clusters[0]?.start ?? null);
  }

  private onBaseKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.panels.era !== null && !this.selected) {
      event.preventDefault();
      event.stopPropagation();
      this.panels.era = null;
      this.requestUpdate();
      return;
    }
    if (event.key !== 'Escape' || !this.selected || this.viewMode === 'story') return;
    // Ours: a dialog around the element must not close too.
    event.preventDefault();
    event.stopPropagation();
    this.panels.closeDetail();
  }

  private ingest(input: unknown): void {
    // A big story by URL arrives validated already (see StoryLoadController).
    const loaded = isLoadedStory(input) ? input : new LoadedStory(input);
    this.loaded = loaded;
    this.phrases.clear();
    this.panels.reset();
    // Whatever the old story was steering towards is gone with it.
    this.reveal.cancel();
    this.rovingFocus.resetForStory((id) => loaded.positionOf(id) !== undefined, loaded.events[0]?.id ?? null);
    this.time.useStory(loaded, this.timeScaleMode);
    this.searching.readFromUrl();
    this.searching.prepare(loaded);
    this.groups.readFromUrl(new Set(loaded.groups.map((g) => g.id)));
    if (loaded.problems.length) this.report(loaded.problems);
    this.selection.settleNewStory();
  }

  private report(problems: Problem[]): void {
    this.outbox.send('timeline-error', { problems });
  }

  protected override render(): TemplateResult {
    const loaded = this.loaded;
    const story = loaded?.story ?? null;
    const events = this.events;
    const mode = this.viewMode === 'list' || this.viewMode === 'both' || this.viewMode === 'story' ? this.viewMode : 'timeline';
    const chronology = this.chronologyShown;
    const narrow = this.frame.size.width > 0 && this.frame.size.width < NARROW_PX && this.narrowView !== 'timeline';
    // On a phone the chronology is the timeline and the list at once.
    const showTimeline = mode !== 'list' && !chronology;
    const showList = (mode === 'list' || mode === 'both') && !chronology;
    const locale = this.renderLocale;
    const messages = this.messages;
    const layout = this.layouts.layout;
    return html`
      <div class="base" part="base" data-view=${mode} dir=${this.direction} lang=${locale} ${ref(this.baseRef)} @keydown=${this.onBaseKeyDown} @focusin=${this.rovingFocus.onFocusIn}>
        ${renderToolbar({
          title: this.showTitle ? (story?.title ?? '') : '',
          showTimeline,
          showList,
          showSource: this.showSource,
          narrow: narrow && mode !== 'list' && mode !== 'story' ? { horizontal: this.horizontalOnNarrow, toggle: () => (this.horizontalOnNarrow = !this.horizontalOnNarrow) } : null,
          search: { value: this.search, onInput: this.searching.onInput, onKeyDown: this.searching.onKeyDown },
          run: (command) => this.navigation.run(command),
          toggleList: () => (this.viewMode = showList ? 'timeline' : 'both'),
          toggleSource: () => (this.showSource = !this.showSource),
          story: { active: mode === 'story', toggle: () => (this.viewMode = mode === 'story' ? 'timeline' : 'story') },
          messages,
        })}
        ${renderProblems({
          loadError: this.loader.error,
          loading: this.loader.loading,
          hasStory: story !== null,
          eventCount: events.length,
          problems: loaded?.problems ?? [],
          retry: () => this.src && this.loader.load(this.src),
          messages,
        })}
        ${renderProgress(this.loader.progress)}
        ${this.storyCards.render({ locale, messages })}
        ${renderViewport({
          viewportRef: this.viewportRef,
          axisRef: this.axisRef,
          hidden: !showTimeline,
          label: story ? messages.plural('timelineLabelWithStory', events.length, { title: story.title }) : messages.t('timelineLabel'),
          contentHeight: this.layouts.contentHeight(loaded, this.time.axis, this.zoom.bounds, this.resize.size.width),
          locale,
          breaks: this.layouts.ticks?.breaks ?? [],
          publication: { x: this.time.xOfTime(loaded?.published ?? null, this.resize.size.width), published: loaded?.published ?? null, locale, messages },
          messages,
          onKeyDown: this.navigation.onKeyDown,
          eras: loaded?.eras.length && this.zoom.window
            ? renderEras({
                placed: placeEras(loaded.eraStack.spans, loaded.eraStack, this.zoom.window, this.resize.size.width, this.time.axis),
                eras: loaded.eras,
                levels: loaded.eraStack.levels,
                rowHeight: this.layouts.eraRow(loaded),
                locale,
                selected: this.panels.era,
                open: (id) => this.openEra(id),
                messages,
              })
            : nothing,
          bands: renderBandTitles({
            bands: layout.bands ?? [],
            groups: loaded?.groups ?? [],
            top: (band) => this.layouts.rowTop({ lane: band.firstLane, band: band.band }) - BAND_HEADER_PX,
            color: (band) => this.bandColor(band),
            messages,
          }),
          clusters: renderClusters({ layout, top: this.layouts.eraRow(loaded), locale, messages, tabStop: this.rovingFocus.clusterTabStop, activate: (start, end, first) => this.navigation.activateCluster(start, end, first) }),
          marks: renderMarks({
            layout,
            events,
            shapes: loaded?.shapes ?? [],
            laneHeight: this.layouts.laneHeight,
            locale,
            tabStop: this.rovingFocus.tabStop,
            featured: loaded?.featured ?? null,
            selected: this.selected,
            phrases: this.phrases,
            isMatch: (position) => this.searching.isMatch(position),
            rowTop: (mark) => this.layouts.rowTop(mark),
            bandColor: (band) => this.bandColor(band),
            activate: (id) => {
              this.rovingFocus.active = id;
              this.select(id);
            },
            messages,
          }),
        })}
        ${renderOverview({
          hidden: this.hideOverview || !showTimeline,
          bars: this.hideOverview ? [] : this.layouts.densityOf(loaded, this.time.axis, this.zoom.bounds, this.resize.size.width, this.listedPositions()),
          brushRef: this.brushRef,
        })}
        ${showTimeline || chronology ? renderLegend({
          groups: loaded?.groups ?? [],
          counts: loaded?.groupCounts ?? new Map(),
          hidden: this.groups.hidden,
          color: (band) => this.bandColor(band),
          toggle: (id) => this.groups.toggle(id),
          messages,
        }) : nothing}
        ${showTimeline ? renderKey({ messages }) : nothing}
        <div class="live" role="status" aria-live="polite" aria-atomic="true">${this.selection.announcement}</div>
        <div class="live" role="status" aria-live="polite" aria-atomic="true">${this.searching.announcement}</div>
        ${this.panels.render({ locale, messages, showList, story: mode === 'story', printing: this.print.printing, chronology, matches: this.listedPositions() })}
      </div>
    `;
  }
}

defineElement('history-timeline', HistoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'history-timeline': HistoryTimeline;
  }
}
