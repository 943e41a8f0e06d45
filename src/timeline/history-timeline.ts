import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { select } from 'd3-selection';
import { DateTime } from 'luxon';
import { defineElement } from '../define';
import { buildEventIndex, type EventIndex } from '../layout/event-index';
import { layoutTimeline, type MarkSource, type TimelineLayout } from '../layout/marks';
import { chooseTicks, type TickSet } from '../layout/ticks';
import { DAY_MS, padWindow, type TimeWindow } from '../layout/time-window';
import { parseEdtf } from '../model/edtf';
import { dayPhrase, datePhrase } from '../model/date-phrase';
import type { Citation, Problem, Story, TimelineEvent } from '../model/types';
import { validateStory } from '../model/validate';
import { ResizeController } from './controllers/resize-controller';
import { timelineStyles } from './styles';
import { TextMeasure } from './text-measure';
import { ZOOM_STEP, ZoomController, prefersReducedMotion } from './controllers/zoom-controller';
import { UrlHashController } from './controllers/url-hash-controller';
import { PrintController } from './controllers/print-controller';
import { StoryLoadController } from './controllers/story-load-controller';
import {
  LIST_PAGE,
  buildSourceIndex,
  renderDetail,
  renderEventList,
  renderPrintList,
  renderSources,
  type SourceIndex,
} from './views/story-views';

/** `detail` of `timeline-viewchange`: the visible window as ISO date-times (UTC). */
export interface TimelineViewDetail {
  start: string;
  end: string;
}

/** `detail` of `timeline-select`. */
export interface TimelineSelectDetail {
  id: string | null;
  event: TimelineEvent | null;
}

/** `detail` of `timeline-error`. */
export interface TimelineErrorDetail {
  problems: Problem[];
}

const AXIS_PX = 46;
/** Axis labels' font size; the stylesheet's `.axis text` says the same. */
const AXIS_FONT_PX = 12;
const CLUSTER_ROW_PX = 34;
const MAX_LABEL_PX = 300;
const LABEL_PAD_PX = 6;
/** The story's extent plus this fraction each side is the zoom-out and pan limit. */
const BOUNDS_MARGIN = 0.04;
/** The print list stops here; a longer story prints its first events. */
const PRINT_LIMIT = 5000;

/** Nothing on the page has focus: what had it was removed, moved or hidden. */
function isPageFocusLost(): boolean {
  return document.activeElement === document.body || document.activeElement === null;
}

/** The id of the event mark `node` is or is inside, if any. */
function eventIdOf(node: EventTarget | null): string | undefined {
  return node instanceof Element ? node.closest<HTMLElement>('.event')?.dataset.eventId : undefined;
}

function toIso(ms: number): string {
  // An explicit locale keeps Luxon from asking Intl for the system's (see date-phrase.ts).
  return DateTime.fromMillis(ms, { zone: 'utc', locale: 'en' }).toISO() ?? '';
}

function markSource(event: TimelineEvent): MarkSource {
  const date = event.calendar;
  const shape = date.form === 'interval' && !date.openStart && !date.openEnd ? 'interval' : date.precision === 'day' ? 'point' : 'span';
  return { shape, openStart: date.openStart, openEnd: date.openEnd };
}

/**
 * An interactive timeline of a story's events, each traceable to the paragraph of its source.
 *
 * @summary Draws a story's events on a zoomable time axis.
 *
 * @attr src - URL of a story JSON document.
 * @attr wheel-zoom - When present, a plain vertical wheel zooms; otherwise it scrolls the page and Ctrl/⌘ + wheel zooms.
 * @attr lang - Locale of dates and axis labels; defaults to the document's language, then the browser's.
 * @attr selected - Id of the selected event; its detail panel is open.
 * @attr sync-url - Keeps the selection in the page's URL hash (`#event=<id>`, or `#<element id>:event=<id>` when several timelines on the page sync).
 * @attr view-mode - `timeline` (default), `list` or `both`: which views are shown.
 * @attr show-source - When present, the source text is shown below the timeline.
 * @attr heading-level - Level (1–6) of the headings in the detail panel and the source view, to fit the page's outline; default 2.
 *
 * @fires timeline-viewchange - The visible window changed (at most once per frame). `detail: { start, end }` as ISO date-times (UTC).
 * @fires timeline-select - The selection changed. `detail: { id, event }`; `id` is null when cleared.
 * @fires timeline-error - The story could not be loaded, or some of it is invalid. `detail: { problems }`.
 *
 * @csspart base - The element's outer box.
 * @csspart toolbar - The row of buttons above the timeline.
 * @csspart viewport - The zoomable area holding clusters, events and the axis.
 * @csspart event - An event's mark and label (a button); carries `data-event-id`.
 * @csspart cluster - A mark standing for several events; activating it zooms in on them.
 * @csspart axis - The time axis.
 * @csspart detail - The panel with the selected event's date, summary and cited paragraphs.
 * @csspart date - The date phrase in the detail panel.
 * @csspart date-note - The note on how the date was found (always shown for inferred dates).
 * @csspart citation - One cited paragraph with its source line.
 * @csspart quote - The quoted words, highlighted inside their paragraph.
 * @csspart list - The chronological list of all events.
 * @csspart source-view - The section showing the sources' text.
 * @csspart source - One source's text.
 * @csspart paragraph - One paragraph of a source.
 * @csspart citation-marker - A button beside a cited paragraph that selects an event it reports.
 * @csspart error - The message shown when the story cannot be loaded.
 * @csspart notice - The expandable notice listing a story's problems.
 *
 * @cssproperty [--history-timeline-background=#ffffff] - Background (dark scheme: #15191e).
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
 * @cssproperty [--history-timeline-height=380px] - Height of the zoomable area.
 * @cssproperty [--history-timeline-lane-height=40px] - Height of one lane of events.
 */
export class HistoryTimeline extends LitElement {
  static override styles = timelineStyles;

  /** URL of a story JSON document. */
  @property({ reflect: true }) src?: string;

  /** The story as an object (any JSON value is accepted and validated). */
  @property({ attribute: false }) story?: unknown;

  /** When true, a plain vertical wheel zooms the timeline. */
  @property({ type: Boolean, attribute: 'wheel-zoom', reflect: true }) wheelZoom = false;

  /** Locale of dates and axis labels. */
  @property({ reflect: true }) override lang!: string;

  /** Id of the selected event, or null. */
  @property({ reflect: true }) selected: string | null = null;

  /** Keep the selection in the URL hash. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;

  /** Which views are shown: the timeline, the chronological list, or both. */
  @property({ attribute: 'view-mode', reflect: true }) viewMode: 'timeline' | 'list' | 'both' = 'timeline';

  /** Show the source text below the timeline. */
  @property({ type: Boolean, attribute: 'show-source', reflect: true }) showSource = false;

  /** Level of the panels' headings (1–6), to fit the outline of the page around the element. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private validated: Story | null = null;
  @state() private problems: Problem[] = [];
  /** The event that holds the one tab stop among the marks. */
  @state() private activeId: string | null = null;
  @state() private listLimit = LIST_PAGE;
  /** The cited words "Show in the article" highlights. */
  @state() private articleFocus: Citation | null = null;
  @state() private announcement = '';

  @query('.viewport') private viewport?: HTMLElement;
  @query('.axis g.ticks') private axisGroup?: SVGGElement;

  private index: EventIndex | null = null;
  private markSources: MarkSource[] = [];
  private positionCache: Map<string, number> | null = null;
  private layout: TimelineLayout = { marks: [], clusters: [], laneCount: 0 };
  private ticks: TickSet | null = null;
  private readonly measure = new TextMeasure();
  private readonly axisMeasure = new TextMeasure();
  /** An event whose mark takes focus once drawn: where the keyboard is heading (see keepFocus). */
  private focusAfterUpdate: string | null = null;
  private laneHeight = 40;
  private sourceIndexCache: SourceIndex | null = null;
  /** The selection last announced with timeline-select. */
  private reportedSelection: string | null = null;
  /** The selection came from the URL: do not write it back. */
  private selectingFromUrl = false;
  /** An event to keep bringing into view, zooming in until it is drawn on its own. */
  private revealing: string | null = null;
  private scrollToParagraph = false;
  private focusDetailHeading = false;
  /** A list item to focus once drawn: the first of those "Show more" adds. */
  private focusListItem: string | null = null;
  /** The last render removed the element that had focus. */
  private focusLostInRender = false;
  /** Focus is being moved by this element, not by the reader. */
  private movingFocus = false;
  /** Events and a history entry raised during an update, sent once it is done (see flush). */
  private outbox: CustomEvent[] = [];
  private urlWrite: { id: string | null; replace: boolean } | null = null;
  /** Where the story came from last. */
  private lastInput: 'src' | 'story' | null = null;
  /** The next selection to settle comes with a new story, not from the reader. */
  private settlingNewStory = false;
  private tabStopId: string | null = null;
  private clusterTabStop: number | null = null;
  private readonly urlHash = new UrlHashController(this);
  private readonly print = new PrintController(this);
  private readonly loader = new StoryLoadController(
    this,
    (data) => this.ingest(data),
    (message) => this.report([{ path: 'src', message }]),
  );
  /** Date phrases of the rendered marks, by event id, for the current locale. */
  private phrases = new Map<string, string>();
  private phraseLocale = '';
  /** The locale of the update under way (see willUpdate). */
  private renderLocale = 'en';

  private readonly resize = new ResizeController(this, () => this.viewport, () => this.readMetrics());
  private readonly zoom = new ZoomController(this, {
    target: () => this.viewport,
    width: () => this.resize.size.width,
    height: () => this.resize.size.height,
    wheelZoom: () => this.wheelZoom,
    onUserGesture: () => {
      // The reader took over the view: stop steering it.
      this.revealing = null;
      this.focusAfterUpdate = null;
    },
    onWindowChange: (w) => this.dispatchEvent(new CustomEvent<TimelineViewDetail>('timeline-viewchange', {
      detail: { start: toIso(w.start), end: toIso(w.end) },
      bubbles: true,
      composed: true,
    })),
  });

  /** The visible window as ISO date-times (UTC), or null before a story is shown. */
  get view(): TimelineViewDetail | null {
    const w = this.zoom.window;
    return w ? { start: toIso(w.start), end: toIso(w.end) } : null;
  }

  /** Each event's position in time order, by id; built on first use, not on the first render. */
  private get positionOf(): Map<string, number> {
    return (this.positionCache ??= new Map(this.events.map((e, i) => [e.id, i])));
  }

  /** Sources, paragraph numbers and citing events; built when a panel first needs them. */
  private get sourceIndex(): SourceIndex {
    return (this.sourceIndexCache ??= buildSourceIndex(this.validated?.sources ?? [], this.events));
  }

  /** The valid events, in time order. */
  get events(): readonly TimelineEvent[] {
    return this.validated?.events ?? [];
  }

  /**
   * Shows the window from `start` to `end`: ISO date-times, or EDTF dates (an EDTF end counts
   * to the end of its period). Returns false, changing nothing, when either cannot be read.
   */
  zoomTo(start: string, end: string): boolean {
    const from = readTime(start, 'start');
    const to = readTime(end, 'end');
    if (from === null || to === null || to <= from) return false;
    this.takeOverView().zoomTo({ start: from, end: to });
    return true;
  }

  /** Shows every event, with a small margin. */
  fit(): void {
    this.takeOverView().fit();
  }

  /**
   * The zoom, for a view command from the reader or the page: it takes the view over from a
   * reveal under way, which would otherwise steer back to its event once the move ends.
   */
  private takeOverView(): ZoomController {
    this.revealing = null;
    return this.zoom;
  }

  /**
   * Selects an event by id (null clears), opens its detail and brings it into view. Returns
   * false when no event has that id once the story is loaded.
   */
  select(id: string | null): boolean {
    if (id !== null && this.validated && !this.positionOf.has(id)) return false;
    // Selecting the selected event again still brings it into view.
    if (id !== null && id === this.selected) {
      this.revealing = id;
      this.requestUpdate();
    }
    this.selected = id;
    return true;
  }

  /** @internal Applies a selection read from the URL hash. */
  selectFromUrl(id: string | null): void {
    if (id === this.selected) return;
    if (id !== null && this.validated && !this.positionOf.has(id)) return;
    this.selectingFromUrl = true;
    this.select(id);
  }

  /**
   * Current locale: the `lang` attribute, else the document's language, else the browser's.
   * A tag Intl cannot read (`en_US`, `not a locale`) is mended or skipped, never thrown.
   */
  get locale(): string {
    for (const candidate of [this.lang, document.documentElement.lang, navigator.language]) {
      const locale = canonicalLocale(candidate);
      if (locale) return locale;
    }
    return 'en';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a removal that cancelled the fetch: fetch again.
    if (this.hasUpdated && this.lastInput === 'src' && this.src) this.loader.resume(this.src);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Read once per update: layout, axis and templates all format in it.
    this.renderLocale = this.locale;
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
    if (changed.has('selected')) this.settleSelection();
    this.computeLayout();
  }

  protected override update(changed: PropertyValues<this>): void {
    const focused = (this.shadowRoot?.activeElement ?? null) as HTMLElement | null;
    const wasInViewport = focused !== null && focused !== this.viewport && Boolean(this.viewport?.contains(focused));
    super.update(changed);
    this.focusLostInRender = false;
    if (!focused || this.shadowRoot?.activeElement !== null || !isPageFocusLost()) return;
    // A keyed repeat reorders the DOM by moving nodes, and a moved node loses focus: give it back.
    if (focused.isConnected) this.focusOwn(focused);
    // A mark or cluster that a zoom removed: focus waits on the viewport (keepFocus).
    else this.focusLostInRender = wasInViewport;
  }

  protected override updated(): void {
    this.drawAxis();
    this.flush();
    this.continueReveal();
    this.keepFocus();
    if (this.focusListItem) {
      const id = this.focusListItem;
      this.focusListItem = null;
      this.listItemFor(id)?.focus();
    }
    if (this.focusDetailHeading) {
      this.focusDetailHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[part="detail"] .detail-title')?.focus({ preventScroll: true });
    }
    if (this.scrollToParagraph && this.articleFocus) {
      this.scrollToParagraph = false;
      const { source, paragraph } = this.articleFocus;
      const target = this.renderRoot.querySelector<HTMLElement>(
        `.source[data-source-id="${CSS.escape(source)}"] [data-paragraph-id="${CSS.escape(paragraph)}"]`,
      );
      target?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      target?.focus({ preventScroll: true });
    }
  }

  /**
   * Sends what an update raised: events go out after it so that listeners may set properties
   * again, and the URL changes outside the render.
   */
  private flush(): void {
    const write = this.urlWrite;
    this.urlWrite = null;
    if (write) this.urlHash.write(write.id, write.replace);
    for (const event of this.outbox.splice(0)) this.dispatchEvent(event);
  }

  /**
   * Focus never falls out of the element because a zoom or a reveal removed the focused mark: it
   * waits on the viewport, and goes to the mark the keyboard is heading for once that is drawn.
   */
  private keepFocus(): void {
    const active = this.shadowRoot?.activeElement ?? null;
    // Still lost: a listener of the events just sent may have moved focus on purpose.
    const lost = this.focusLostInRender && active === null && isPageFocusLost();
    this.focusLostInRender = false;
    if (this.focusAfterUpdate) {
      const mark = this.markFor(this.focusAfterUpdate);
      const onTimeline = active === this.viewport || (active as HTMLElement | null)?.classList.contains('event');
      if (mark && (onTimeline || lost) && active !== mark) this.focusOwn(mark);
      // A moving view may gather the mark into a cluster again: hold on until the reveal is over.
      if (!this.zoom.moving && this.revealing === null) this.focusAfterUpdate = null;
      if (mark) return;
    }
    if (lost) this.focusOwn(this.viewport);
  }

  private focusOwn(target: HTMLElement | null | undefined): void {
    this.movingFocus = true;
    try {
      target?.focus({ preventScroll: true });
    } finally {
      this.movingFocus = false;
    }
  }

  /** The reader moved focus (Tab, a click): the keyboard is no longer heading for a mark. */
  private onFocusIn(event: FocusEvent): void {
    if (!this.movingFocus) this.focusAfterUpdate = null;
    // The roving tab stop follows focus, however a mark got it (a screen reader's cursor, a script).
    const id = eventIdOf(event.target);
    if (id && !this.focusAfterUpdate) this.activeId = id;
  }

  /** Reconciles `selected` with the story: announces, reports and records real changes only. */
  private settleSelection(): void {
    if (!this.validated) return;
    let id = this.selected;
    if (id !== null && !this.positionOf.has(id)) id = null;
    if (id !== this.selected) this.selected = id;
    const fromUrl = this.selectingFromUrl;
    this.selectingFromUrl = false;
    if (id === this.reportedSelection) return;
    this.reportedSelection = id;
    const event = id === null ? null : this.events[this.positionOf.get(id)!];
    if (event) {
      this.activeId = event.id;
      this.revealing = event.id;
      this.announcement = `${event.title}, ${datePhrase(event.calendar, this.locale)}`;
    } else {
      this.announcement = '';
    }
    // A selection that comes with the story (the `selected` attribute) replaces the history entry.
    if (!fromUrl) this.urlWrite = { id, replace: this.settlingNewStory };
    this.outbox.push(new CustomEvent<TimelineSelectDetail>('timeline-select', {
      detail: { id, event },
      bubbles: true,
      composed: true,
    }));
    this.requestUpdate();
  }

  /** Pans to the event being revealed, then zooms in on it until it has its own mark. */
  private continueReveal(): void {
    const id = this.revealing;
    if (!id) return;
    const event = this.events[this.positionOf.get(id) ?? -1];
    if (!event) {
      this.revealing = null;
      return;
    }
    const w = this.zoom.window;
    if (!w || this.zoom.moving || this.resize.size.width <= 0 || this.viewMode === 'list') return;
    const start = event.calendar.startMs;
    const end = event.calendar.endMs;
    const inView = start < w.end && end > w.start;
    if (inView && this.markFor(id)) {
      this.revealing = null;
      return;
    }
    if (!inView) {
      this.zoom.reveal(start, end);
      return;
    }
    const span = w.end - w.start;
    if (span <= this.zoom.minSpan * 1.05) {
      // Drawn in a cluster even at the finest zoom: the list view still reaches it.
      this.revealing = null;
      return;
    }
    const centre = (start + Math.min(end, start + span / 2)) / 2;
    this.zoom.zoomTo({ start: centre - span / 6, end: centre + span / 6 });
  }

  private readMetrics(): void {
    const style = getComputedStyle(this);
    const lane = parseFloat(style.getPropertyValue('--_lane'));
    if (lane > 0) this.laneHeight = lane;
    const family = style.getPropertyValue('--_font') || 'sans-serif';
    this.measure.setFont(`${style.getPropertyValue('--_font-size') || '14px'} ${family}`);
    this.axisMeasure.setFont(`${AXIS_FONT_PX}px ${family}`);
  }

  private ingest(input: unknown): void {
    const result = validateStory(input);
    this.validated = result.story;
    this.problems = result.problems;
    const events = result.story?.events ?? [];
    this.index = buildEventIndex(events.map((e) => ({ start: e.calendar.startMs, end: e.calendar.endMs })));
    this.markSources = events.map(markSource);
    this.positionCache = null;
    this.sourceIndexCache = null;
    this.phrases.clear();
    this.reportedSelection = null;
    this.listLimit = LIST_PAGE;
    this.articleFocus = null;
    // Whatever the old story was steering towards is gone with it.
    this.revealing = null;
    this.focusAfterUpdate = null;
    if (!events.some((e) => e.id === this.activeId)) this.activeId = events[0]?.id ?? null;
    if (this.syncUrl) {
      const fromUrl = this.urlHash.read();
      if (fromUrl && this.positionOf.has(fromUrl)) {
        this.selected = fromUrl;
        this.selectingFromUrl = true;
      }
    }
    this.zoom.setBounds(this.index.count ? this.storyBounds(this.index) : null);
    if (result.problems.length) this.report(result.problems);
    this.settlingNewStory = true;
    this.settleSelection();
    this.settlingNewStory = false;
  }

  private storyBounds(index: EventIndex): TimeWindow {
    const end = index.runningMaxEnd?.[index.count - 1] ?? Math.max(...index.ends);
    return padWindow({ start: index.starts[0], end }, BOUNDS_MARGIN, 14 * DAY_MS);
  }

  private report(problems: Problem[]): void {
    this.outbox.push(new CustomEvent<TimelineErrorDetail>('timeline-error', {
      detail: { problems },
      bubbles: true,
      composed: true,
    }));
    this.requestUpdate();
  }

  private computeLayout(): void {
    const w = this.zoom.window;
    const { width, height } = this.resize.size;
    if (!w || !this.index || width <= 0) {
      this.layout = { marks: [], clusters: [], laneCount: 0 };
      this.ticks = null;
      this.zoom.markDrawn(null);
      return;
    }
    this.zoom.markDrawn(w);
    const events = this.events;
    const maxLanes = Math.max(1, Math.floor((height - AXIS_PX - CLUSTER_ROW_PX) / this.laneHeight));
    this.layout = layoutTimeline({
      index: this.index,
      sources: this.markSources,
      window: w,
      width,
      maxLanes,
      labelWidth: (i) => Math.min(this.measure.width(events[i].title), MAX_LABEL_PX) + LABEL_PAD_PX,
    });
    this.ticks = chooseTicks(w, width, this.renderLocale);
    const drawn = this.layout.marks.map((m) => events[m.event].id);
    // While the active event is not drawn, the focused mark keeps the tab stop: Shift+Tab from it
    // leaves the events instead of landing on another one.
    const focused = eventIdOf(this.shadowRoot?.activeElement ?? null);
    this.tabStopId = [this.activeId, focused].find((id) => id && drawn.includes(id)) ?? drawn[0] ?? null;
    // With only clusters drawn, the first cluster holds the tab stop.
    this.clusterTabStop = this.tabStopId === null ? (this.layout.clusters[0]?.start ?? null) : null;
  }

  /** D3 owns the axis group's children; Lit never renders inside it. */
  private drawAxis(): void {
    const group = this.axisGroup;
    const w = this.zoom.window;
    if (!group || !w) return;
    const width = this.resize.size.width;
    const k = width / (w.end - w.start);
    const ticks = this.ticks?.ticks ?? [];
    select(group)
      .selectAll<SVGGElement, (typeof ticks)[number]>('g.tick')
      .data(ticks, (d) => `${d.unit}:${d.time}`)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'tick');
        g.append('line').attr('y1', 0).attr('y2', 6);
        g.append('text').attr('y', 20).attr('x', 3);
        return g;
      })
      .attr('transform', (d) => `translate(${((d.time - w.start) * k).toFixed(1)},0)`)
      .attr('data-unit', (d) => d.unit)
      .select('text')
      .text((d) => d.label)
      // A label that would be cut by the right edge is left out; its tick line stays.
      .attr('visibility', (d) => ((d.time - w.start) * k + 3 + this.axisMeasure.width(d.label) > width ? 'hidden' : null));
    // Day and week ticks do not say the year: the axis names it once.
    select(group)
      .selectAll<SVGTextElement, string>('text.axis-context')
      .data(this.ticks?.context ? [this.ticks.context] : [])
      .join('text')
      .attr('class', 'axis-context')
      .attr('x', 4)
      .attr('y', 38)
      .text((d) => d);
  }

  private markFor(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.event[data-event-id="${CSS.escape(id)}"]`);
  }

  private listItemFor(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.list-item[data-event-id="${CSS.escape(id)}"]`);
  }

  private onBaseKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.selected) return;
    // Ours: a dialog around the element must not close too.
    event.preventDefault();
    event.stopPropagation();
    this.closeDetail();
  }

  /** Closes the detail; focus goes back to the event's mark, or its list item in list view. */
  private closeDetail(): void {
    const id = this.selected;
    this.select(null);
    if (!id) return;
    this.activeId = id;
    if (this.viewMode === 'list') {
      this.listItemFor(id)?.focus();
      return;
    }
    const mark = this.markFor(id);
    if (mark) this.focusOwn(mark);
    else {
      // Drawn in a cluster or out of view: wait in the timeline while it is brought back.
      this.focusOwn(this.viewport);
      this.focusAfterUpdate = id;
      this.revealing = id;
    }
  }

  /** The next page of the list; focus goes to its first item (the button may be gone). */
  private showMoreOfList(): void {
    this.focusListItem = this.events[this.listLimit]?.id ?? null;
    this.listLimit += LIST_PAGE;
  }

  private stepSelection(delta: number): void {
    const at = this.positionOf.get(this.selected ?? '');
    const next = at === undefined ? undefined : this.events[at + delta];
    if (next) this.select(next.id);
  }

  private showInArticle(citation: Citation): void {
    this.showSource = true;
    this.articleFocus = citation;
    this.scrollToParagraph = true;
  }

  /** A marker in the article: select its event, show the timeline, and take focus to the detail. */
  private selectFromSource(id: string): void {
    this.select(id);
    this.focusDetailHeading = true;
    this.viewport?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  private onMarkClick(id: string): void {
    this.activeId = id;
    this.select(id);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as Element | null;
    // The viewport holds focus for a mark that a moving view has hidden for a moment (keepFocus):
    // keys still act on the events there.
    const heldFor = target === this.viewport ? this.focusAfterUpdate : null;
    const onEvent = eventIdOf(target) !== undefined || heldFor !== null;
    let handled = true;
    switch (event.key) {
      case 'Enter':
      case ' ':
        // On a mark these are the button's own; on the viewport they open the event it holds focus for.
        if (heldFor !== null) this.select(heldFor);
        else handled = false;
        break;
      case '+':
      case '=':
        this.takeOverView().zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        this.takeOverView().zoomBy(1 / ZOOM_STEP);
        break;
      case '0':
        this.takeOverView().fit();
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        const step = event.key === 'ArrowLeft' ? -1 : 1;
        if (onEvent) this.moveFocus(step, this.focusAfterUpdate ?? eventIdOf(target));
        else this.takeOverView().panBy(step * 0.2);
        break;
      }
      case 'Home':
      case 'End': {
        const events = this.events;
        const destination = event.key === 'Home' ? events[0] : events[events.length - 1];
        if (!destination) break;
        if (onEvent) this.focusEvent(destination.id);
        else this.takeOverView().reveal(destination.calendar.startMs, destination.calendar.endMs);
        break;
      }
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /**
   * Moves the roving tab stop `step` events along in time order, from `from` (the focused mark, or
   * the one the keyboard is already heading for), else from the event that holds the tab stop.
   */
  private moveFocus(step: number, from?: string | null): void {
    const events = this.events;
    const at = this.positionOf.get(from ?? this.activeId ?? '');
    if (at === undefined) return;
    const next = events[Math.max(0, Math.min(events.length - 1, at + step))];
    if (next) this.focusEvent(next.id);
  }

  /** Brings an event into view and gives it the tab stop and focus. */
  private focusEvent(id: string): void {
    const at = this.positionOf.get(id);
    if (at === undefined) return;
    const event = this.events[at];
    this.activeId = id;
    this.focusAfterUpdate = id;
    this.revealing = id;
    this.zoom.reveal(event.calendar.startMs, event.calendar.endMs);
    this.requestUpdate();
  }

  private onClusterClick(start: number, end: number, firstEvent: number): void {
    const zoom = this.takeOverView();
    const w = zoom.window;
    if (w && w.end - w.start <= zoom.minSpan * 1.05) {
      // Already at the finest zoom: open the first of the gathered events instead.
      const event = this.events[firstEvent];
      if (event) this.select(event.id);
      return;
    }
    const target = padWindow({ start, end: Math.max(end, start + DAY_MS) }, 0.15);
    // A cluster spread over most of the view would barely zoom: step in on it instead.
    if (w && target.end - target.start > (w.end - w.start) / ZOOM_STEP) {
      zoom.zoomBy(ZOOM_STEP, Math.min(Math.max((start + end) / 2, w.start), w.end));
    } else zoom.zoomTo(target);
  }

  protected override render() {
    const story = this.validated;
    const events = this.events;
    const selectedAt = this.selected === null ? undefined : this.positionOf.get(this.selected);
    const selectedEvent = selectedAt === undefined ? null : events[selectedAt];
    const mode = this.viewMode === 'list' || this.viewMode === 'both' ? this.viewMode : 'timeline';
    const showTimeline = mode !== 'list';
    const showList = mode !== 'timeline';
    const locale = this.renderLocale;
    // Panels do not depend on the visible window: guard keeps zoom and pan frames from re-rendering them.
    return html`
      <div class="base" part="base" @keydown=${this.onBaseKeyDown} @focusin=${this.onFocusIn}>
        <div class="toolbar" part="toolbar">
          <p class="title">${story?.title ?? ''}</p>
          ${showTimeline
            ? html`<button class="tool" type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.takeOverView().zoomBy(ZOOM_STEP)}>+</button>
                <button class="tool" type="button" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.takeOverView().zoomBy(1 / ZOOM_STEP)}>−</button>
                <button class="tool" type="button" aria-label="Fit all events" title="Fit all (0)" @click=${() => this.takeOverView().fit()}>Fit</button>`
            : nothing}
          <button class="tool" type="button" aria-pressed=${showList ? 'true' : 'false'} @click=${() => (this.viewMode = showList ? 'timeline' : 'both')}>List</button>
          <button class="tool" type="button" aria-pressed=${this.showSource ? 'true' : 'false'} @click=${() => (this.showSource = !this.showSource)}>Article</button>
        </div>
        ${this.renderProblems()}
        <div
          class="viewport"
          part="viewport"
          ?hidden=${!showTimeline}
          tabindex="0"
          role="group"
          aria-roledescription="timeline"
          aria-label=${story ? `${story.title}: ${events.length} events` : 'Timeline'}
          aria-describedby="viewport-keys"
          @keydown=${this.onKeyDown}
        >
          <span id="viewport-keys" class="visually-hidden">Arrow keys pan, plus and minus zoom, 0 fits all; Tab moves to the events, where arrow keys go from event to event.</span>
          ${this.renderClusters()} ${this.renderMarks()}
          <svg class="axis" part="axis" width="100%" height=${AXIS_PX} aria-hidden="true"><g class="ticks"></g></svg>
        </div>
        <div class="live" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${guard([selectedEvent, selectedAt, story, locale, this.headingLevel], () =>
          selectedEvent
            ? renderDetail(selectedEvent, selectedAt!, events.length, this.sourceIndex, locale, {
                close: () => this.closeDetail(),
                step: (delta) => this.stepSelection(delta),
                showInArticle: (citation) => this.showInArticle(citation),
              }, this.headingLevel)
            : nothing)}
        ${guard([showList, story, this.listLimit, locale, this.selected], () =>
          showList && story
            ? renderEventList(story.title, events, this.listLimit, locale, this.selected, (id) => this.select(id), () => this.showMoreOfList())
            : nothing)}
        ${guard([this.showSource, story, this.articleFocus, this.selected, locale, this.headingLevel], () =>
          this.showSource && story
            ? renderSources(story.sources, this.sourceIndex, locale, {
                focus: this.articleFocus,
                selected: this.selected,
                titleOf: (id) => events[this.positionOf.get(id) ?? -1]?.title ?? id,
                select: (id) => this.selectFromSource(id),
              }, story.title, this.headingLevel)
            : nothing)}
        ${guard([story, locale, this.print.printing], () =>
          story && this.print.printing
            ? renderPrintList(events.length > PRINT_LIMIT ? events.slice(0, PRINT_LIMIT) : events, this.sourceIndex, locale)
            : nothing)}
      </div>
    `;
  }

  private renderProblems() {
    if (this.loader.error) {
      return html`<div class="message error" part="error" role="alert">
        <p>${this.loader.error}</p>
        <button class="tool" type="button" @click=${() => this.src && this.loader.load(this.src)}>Retry</button>
      </div>`;
    }
    if (this.loader.loading && !this.validated) return html`<p class="message" role="status">Loading the story…</p>`;
    const problems = this.problems;
    const empty = this.validated && !this.validated.events.length
      ? html`<p class="message" role="status">This story has no events to show.</p>`
      : nothing;
    if (!problems.length) return empty;
    const invalid = new Set(problems.filter((p) => p.path.startsWith('events')).map((p) => p.path.match(/^events\[\d+\]/)?.[0]));
    invalid.delete(undefined);
    const summary = invalid.size
      ? `${invalid.size} ${invalid.size === 1 ? 'event' : 'events'} could not be shown`
      : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the story`;
    return html`${empty}<details class="message notice" part="notice">
      <summary>${summary}</summary>
      <ul>${problems.map((p) => html`<li><code>${p.path || '(story)'}</code>: ${p.message}</li>`)}</ul>
    </details>`;
  }

  private renderClusters() {
    const locale = this.renderLocale;
    return repeat(
      this.layout.clusters,
      (c) => `${c.start}:${c.count}`,
      (c) => html`<button
        class="cluster"
        part="cluster"
        type="button"
        tabindex=${c.start === this.clusterTabStop ? 0 : -1}
        data-count=${c.count}
        style=${styleMap({ transform: `translate(${c.left.toFixed(1)}px, 4px)`, width: `${Math.max(0, c.right - c.left).toFixed(1)}px` })}
        aria-label=${`${c.count} events, ${rangePhrase(c.start, c.end, locale)}: zoom in`}
        title=${`${c.count} events: zoom in`}
        @click=${() => this.onClusterClick(c.start, c.end, c.first)}
      >${c.count}</button>`,
    );
  }

  private phraseOf(event: TimelineEvent, locale: string): string {
    if (locale !== this.phraseLocale) {
      this.phrases.clear();
      this.phraseLocale = locale;
    }
    let phrase = this.phrases.get(event.id);
    if (phrase === undefined) {
      phrase = datePhrase(event.calendar, locale);
      if (this.phrases.size > 5000) this.phrases.clear();
      this.phrases.set(event.id, phrase);
    }
    return phrase;
  }

  private renderMarks() {
    const events = this.events;
    const locale = this.renderLocale;
    const tabStopId = this.tabStopId;
    const selected = this.selected;
    return repeat(
      this.layout.marks,
      (m) => events[m.event].id,
      (m) => {
        const event = events[m.event];
        const source = this.markSources[m.event];
        const date = event.calendar;
        return html`<button
          class="event"
          part="event"
          type="button"
          data-event-id=${event.id}
          data-shape=${source.shape}
          data-precision=${date.precision}
          ?data-open-start=${date.openStart}
          ?data-open-end=${date.openEnd}
          ?data-approximate=${date.approximate}
          ?data-uncertain=${date.uncertain}
          ?data-align-end=${m.alignEnd}
          tabindex=${event.id === tabStopId ? 0 : -1}
          aria-current=${event.id === selected ? 'true' : 'false'}
          @click=${() => this.onMarkClick(event.id)}
          style=${styleMap({
            transform: `translate(${m.left.toFixed(1)}px, ${(CLUSTER_ROW_PX + m.lane * this.laneHeight).toFixed(0)}px)`,
            width: `${(m.right - m.left).toFixed(1)}px`,
            '--_x': `${(m.x0 - m.left).toFixed(1)}px`,
            '--_w': `${(m.x1 - m.x0).toFixed(1)}px`,
          })}
          title=${event.title}
        ><span class="shape" aria-hidden="true"></span><span class="label">${event.title}</span><span class="visually-hidden">, ${this.phraseOf(event, locale)}</span></button>`;
      },
    );
  }
}

function canonicalLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** Reads an ISO date-time or an EDTF date as ms; an EDTF end counts to the end of its period. */
function readTime(text: string, edge: 'start' | 'end'): number | null {
  if (typeof text !== 'string') return null;
  const edtf = parseEdtf(text);
  if (edtf.ok) return edge === 'start' ? edtf.value.startMs : edtf.value.endMs;
  const iso = DateTime.fromISO(text, { zone: 'utc' });
  return iso.isValid ? iso.toMillis() : null;
}

function rangePhrase(start: number, end: number, locale: string): string {
  return `${dayPhrase(start, locale)} to ${dayPhrase(end - 1, locale)}`;
}

defineElement('history-timeline', HistoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'history-timeline': HistoryTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'timeline-viewchange': CustomEvent<TimelineViewDetail>;
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
  }
}
