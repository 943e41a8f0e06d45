import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../define';
import type { MessageOverrides } from '../i18n';
import type { TimeScaleMode } from '../layout/axis-scale';
import { resolveLocale } from '../model/locale';
import type { TimelineEvent } from '../model/types';
import type { TimelineViewDetail } from './events';
import type { LiveUpdateResult } from './controllers/live-controller';
import { TimelineInternals } from './internal/timeline-internals';
import { renderTimeline } from './internal/timeline-template';
import { FIRST_FRAME_STYLES } from './styles';

export type { TimelineErrorDetail, TimelineSelectDetail, TimelineViewDetail } from './events';
export type { LiveUpdateResult } from './controllers/live-controller';

/**
 * An interactive timeline of a story's events, each traceable to the paragraph of its source.
 *
 * @summary Draws a story's events on a zoomable time axis.
 *
 * A child `<script type="application/json">` (what `npm run render` writes, with the story as
 * static HTML around it) is the story: read on the first render, and `src` is then not fetched.
 * The other children are the page's; the element never reads them and no longer shows them.
 *
 * @attr src - URL of a story JSON document; not fetched while the element shows a story from a child `<script type="application/json">`.
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
 * @attr time-zone - The zone times of day are shown in: `local` for the reader's own, or an IANA name; by default the story's `timeZone`, else UTC.
 * @attr live - A live story: `src` is asked for again every so many seconds (bare: 30; at least 10), with If-None-Match so an unchanged file costs nothing, and its new and changed events are merged in on the reader's view. Shows a bar with Pause and, once the reader has moved the view, a "3 new updates" button.
 * @attr load-timeout - Seconds a load by `src` may go without progress (no answer, or a body that stops coming) before it ends with an error and Retry; default 30.
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
 * @csspart gap - A stretch with no event drawn narrow (compressed time scale), labelled with its length; in the phone chronology, its length as a line ("24 years later").
 * @csspart annotation - The featured event's title as a deck beside its mark, with a leader line.
 * @csspart overview - The strip below the axis showing the whole story: event density and the window in view.
 * @csspart density - The overview's bars: how many events, or during a search how many matches, fall in each stretch of the story.
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
 * @csspart cited-source - In the detail and story cards, one source of the event: its line (publisher, date, link), then its cited paragraphs.
 * @csspart citation - One cited paragraph, its quotes marked, with its number and "Show in the article".
 * @csspart quote - The quoted words, highlighted inside their paragraph.
 * @csspart list - The chronological list of all events (date, group, title), under a heading per era.
 * @csspart print-list - The list printed in place of the timeline: every event under its era's heading, with its group, picture, quotes and citations.
 * @csspart source-view - The section showing the sources' text, one source at a time.
 * @csspart source-tabs - With two or more sources, the row of tabs above the text; it scrolls sideways when they do not fit.
 * @csspart source-tab - One source's tab, named by its publisher, else its title.
 * @csspart source - One source's text.
 * @csspart paragraph - One paragraph of a source.
 * @csspart citation-marker - A button beside a cited paragraph that selects an event it reports.
 * @csspart progress - While a story loads: a progress bar and what is done ("Loading the story: 1.2 MB of 3.4 MB", "Reading the story: 40%").
 * @csspart error - The message shown when the story cannot be loaded.
 * @csspart notice - The expandable notice listing a story's problems.
 * @csspart story - Story mode: the card shown, with its Previous / Next controls below it.
 * @csspart story-card - One card in story mode: the title card, or an event's date, title, picture, summary and cited paragraphs.
 * @csspart story-dek - The title card's dek: the story's description.
 * @csspart story-nav - Story mode's Previous and Next buttons, the position ("5 of 16") and, with autoplay, Pause / Play.
 * @csspart live-bar - A live story's bar above the timeline: Pause / Resume with the updates waiting, and the "new updates" button that shows the latest.
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
 * @cssproperty [--history-timeline-lane-height=52px] - Height of one row of events: a mark and two lines of label; a line (17px) less where the story's every label reads on one line.
 */
export class HistoryTimeline extends LitElement {
  static override styles = FIRST_FRAME_STYLES;

  // The public properties, each documented at its field below; declared here, not with decorators, which cost the first frame 0.44 KB.
  static override properties = {
    src: { reflect: true },
    story: { attribute: false },
    wheelZoom: { type: Boolean, attribute: 'wheel-zoom', reflect: true },
    lang: { reflect: true },
    strings: { attribute: false },
    dir: { reflect: true },
    selected: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url', reflect: true },
    viewMode: { attribute: 'view-mode', reflect: true },
    startAt: { attribute: 'start-at', reflect: true },
    autoplay: { converter: { fromAttribute: (value: string | null) => (value === null ? null : Number(value) > 0 ? Number(value) : 7) } },
    showSource: { type: Boolean, attribute: 'show-source', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeScale: { attribute: 'time-scale', reflect: true },
    hideOverview: { type: Boolean, attribute: 'hide-overview', reflect: true },
    narrowView: { attribute: 'narrow-view', reflect: true },
    search: { reflect: true },
    showTitle: { type: Boolean, attribute: 'show-title', reflect: true },
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    timeZone: { attribute: 'time-zone', reflect: true },
    live: { converter: { fromAttribute: (value: string | null) => (value === null ? null : Number(value) > 0 ? Number(value) : 30) } },
  };

  /** URL of a story JSON document. */
  src?: string;

  /** The story as an object (any JSON value is accepted and validated). */
  story?: unknown;

  /** When true, a plain vertical wheel zooms the timeline. */
  wheelZoom = false;

  /** Language of the element's words and dates. */
  override lang!: string;

  /**
   * The host's own wording for any message, by name (see `src/i18n/messages.ts`), over the
   * language's catalog: `{ searchPlaceholder: 'Find…' }`. A plural message takes a string or
   * `{ one, other, … }`. Placeholders such as `{count}` are filled as in the catalog.
   */
  strings?: MessageOverrides;

  /** Reading direction, `rtl` or `ltr`; when absent, the `lang` set on the element decides, then the page's `dir`. */
  override dir!: string;

  /** Id of the selected event, or null. */
  selected: string | null = null;

  /** Keep the selection in the URL hash. */
  syncUrl = false;

  /** Which views are shown: the timeline, the chronological list, or both. */
  viewMode: 'timeline' | 'list' | 'both' | 'story' = 'timeline';

  /** In story mode, the card a newly shown story opens on: `title`, `first`, `last`, or an event's id. */
  startAt = 'title';

  /** In story mode, seconds per card to advance on their own (the bare attribute: 7); null: never. */
  autoplay: number | null = null;

  /** Show the source text below the timeline. */
  showSource = false;

  /** Level of the panels' headings (1–6), to fit the outline of the page around the element. */
  headingLevel = 2;

  /** `compressed` draws long stretches with no event narrow, with a break on the axis; `linear` does not. */
  timeScale: TimeScaleMode = 'compressed';

  /** Hides the overview strip below the axis. */
  hideOverview = false;

  /** Below 480 px wide: `chronology` (a vertical list that scrolls with the page) or `timeline` (the horizontal one). */
  narrowView: 'chronology' | 'timeline' = 'chronology';

  /** The search query: matching events stay, the rest are dimmed on the timeline and left out of the list. */
  search = '';

  /** Shows the story's title in the toolbar (off by default: it repeats the page's heading). */
  showTitle = false;

  /** Seconds a load by `src` may go without progress before it ends with an error and Retry. */
  loadTimeout = 30;

  /** The zone times of day are shown in: `local` (the reader's), an IANA name, or unset for the story's own. */
  timeZone?: string;
  /** A live story: seconds between two asks for `src` (at least 10), or null when it is not polled. */
  live: number | null = null;

  /** The controllers, wired to each other and to this element's properties. */
  private readonly internals = new TimelineInternals(this);

  /** The visible window as ISO date-times (UTC), or null before a story is shown. */
  get view(): TimelineViewDetail | null {
    return this.internals.view;
  }

  /** The valid events, in time order. */
  get events(): readonly TimelineEvent[] {
    return this.internals.events;
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
    return this.internals.zoomTo(start, end);
  }

  /** Shows every event, with a small margin. */
  fit(): void {
    this.internals.navigation.run('fit');
  }

  /**
   * The date-time (ISO, UTC) at a horizontal page position `clientX` on the timeline, or null
   * outside it. For placing the page's own annotations; right in either time scale.
   */
  timeAt(clientX: number): string | null {
    return this.internals.time.timeAt(clientX);
  }

  /**
   * The horizontal page position (`clientX`) of a date, an ISO date-time or an EDTF date (its
   * start), or null when it is not in view or cannot be read.
   */
  xOf(date: string): number | null {
    return this.internals.time.xOf(date);
  }

  /** Selects an event by id (null clears), opens its detail and brings it into view; false when no event has that id. */
  select(id: string | null): boolean {
    return this.internals.selection.select(id);
  }

  /**
   * Adds events to the story shown, validated as the story's own (they cite its sources). A bad
   * one is left out and reported by `timeline-error`, naming it; the rest are added. The view
   * stays where the reader left it (or follows the newest event, until the reader moves it).
   * Resolves with the ids added and the problems found.
   */
  addEvents(events: readonly unknown[]): Promise<LiveUpdateResult> {
    return this.internals.parts.whenLive((live) => live.addEvents(events));
  }

  /** Replaces the story's event of the same id with `event`, validated; resolves as `addEvents` does. */
  updateEvent(event: unknown): Promise<LiveUpdateResult> {
    return this.internals.parts.whenLive((live) => live.updateEvent(event));
  }

  override connectedCallback(): void {
    // The shadow root Lit attaches hides the page's own children: the timeline keeps the room they took.
    this.internals.keepStaticRoom(() => super.connectedCallback());
    this.internals.connected();
  }

  /**
   * An update waits for what it needs that has not loaded (a language's words, a view the first
   * frame does without), the last drawing staying on screen. The first update does not wait: it
   * holds the room the static HTML took, empty, so the page stays still while they load.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.internals.partsToWaitFor();
    if (waiting && !this.hasUpdated) this.internals.parts.holdFirstFrame(waiting);
    else if (waiting) return waiting.then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /** Complete once the parts loading after the first frame (if they are) have drawn too. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.internals.parts.drawn(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.internals.willUpdate(changed);
  }

  /** The steps after an update whose order matters, in that order; the host controllers' hooks (axis, sizes, zoom) ran just before. */
  protected override updated(): void {
    const { outbox, reveal, rovingFocus, later } = this.internals;
    // First the events and the selection's URL entry, so listeners see this render (and may change it).
    outbox.flush();
    // Then a reveal pans or zooms towards the selected event, whose mark this render did or did not draw.
    reveal.step();
    // Then focus, on the marks as drawn: given back where the render moved it, sent where the keyboard heads.
    rovingFocus.afterRender();
    // The overview's window follows the view the reveal may just have moved.
    later?.overview.draw();
    // The query's URL entry after the selection's, so the selection's new history entry carries it too.
    later?.searching.writeUrl();
    // A story card that lost focus to the render gets it back only if FocusController did not.
    later?.storyMode.afterRender();
    // The parts the first frame did without load once a story's first frame is painted.
    this.internals.parts.afterDraw();
  }

  protected override render(): TemplateResult {
    return renderTimeline(this, this.internals);
  }
}

defineElement('history-timeline', HistoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'history-timeline': HistoryTimeline;
  }
}
