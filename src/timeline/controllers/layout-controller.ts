import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { atLaneCap, lanesWithinBands, layoutTimeline, type Band, type TimelineLayout } from '../../layout/marks';
import type { AxisScale } from '../../layout/axis-scale';
import { placeEras, type PlacedEra } from '../../layout/eras';
import type { EraTitleBox } from '../../layout/era-row';
import { chooseAxisTicks, type AxisTicks } from '../../layout/axis-ticks';
import { densityBars, type DensityBar } from '../../layout/overview';
import type { TimeWindow } from '../../layout/time-window';
import type { TimelineEvent } from '../../model/types';
import type { LoadedStory } from '../loaded-story';
import { TextMeasure } from '../text-measure';
import { drawAxis } from '../views/axis';
import { AXIS_FONT_PX, AXIS_PX, BAND_HEADER_PX, CLUSTER_ROW_PX, DEFAULT_LANE_PX, ERA_LEVEL_PX, ERA_ROW_PX, LABEL_LINE_PX } from '../views/metrics';

export type PublicationLabelSide = 'before' | 'after' | 'none';

export interface EraRowLayout {
  placed: PlacedEra[];
  /** Each placed era's title box, in the same order; absent until the later parts bring the era row's layout (each title then takes its band). */
  titles?: EraTitleBox[];
  /** Where the publication label goes: before its rule, after it, or nowhere (it gave way to the titles). */
  publicationLabel: PublicationLabelSide;
}

/** Lays out the era row with its texts measured (internal/measured-era-row.ts, a later part). */
export interface EraRowLayouter {
  readMetrics(style: CSSStyleDeclaration, family: string): void;
  layout(story: LoadedStory, placed: PlacedEra[], width: number, publication: { x: number | null; label: string }): EraRowLayout;
}

const NO_LAYOUT: TimelineLayout = { marks: [], clusters: [], laneCount: 0 };
/** The viewport holds at least this many rows of events, and grows to at most this many (group bands included). */
const MIN_ROWS = 3;
const MAX_ROWS = 14;
const NO_GROUP_HIDDEN: ReadonlySet<string> = new Set();
/** More bands than MAX_ROWS cannot each have a row: the story is laid out without them (see compute), so their title lines take no room (50 groups left 1,000 px empty). */
const mayBand = (story: LoadedStory) => story.groups.length > 0 && story.bandCount <= MAX_ROWS;

export interface LayoutDeps {
  /** The axis group D3 draws into. */
  axisGroup(): SVGGElement | null | undefined;
  /** The text of an event's label as the marks view writes it; its title when absent. */
  labelText?(event: TimelineEvent): string;
  /** The text of a cluster badge with its years, as the marks view writes it. */
  clusterText?(cluster: { count: number; start: number; end: number }): string;
  /** A gesture or an animation moves the view: marks keep their lanes from frame to frame; at rest they are packed afresh. */
  moving?(): boolean;
}

/**
 * Lays out the visible window for the next render (marks in lanes, clusters, ticks) with label
 * widths measured in the element's font, and draws the axis after it. The maths is in layout/.
 */
export class LayoutController implements ReactiveController {
  layout: TimelineLayout = NO_LAYOUT;
  ticks: AxisTicks | null = null;
  /** The height of the rows laid out last: the theme's lane, or a line less where the story reads on one line (see contentHeight). */
  laneHeight = DEFAULT_LANE_PX;
  /** The theme's lane: a mark and two lines of label. */
  private lane = DEFAULT_LANE_PX;
  private readonly labelMeasure = new TextMeasure();
  /** The featured event's label is bold (styles/marks.ts): measured in bold, so it is not cut. */
  private readonly featuredMeasure = new TextMeasure();
  private readonly axisMeasure = new TextMeasure();
  private drawn: { window: TimeWindow; width: number } | null = null;
  private density: { key: readonly unknown[]; bars: DensityBar[] } | null = null;
  /**
   * The full view's rows, and with group bands each band's rows there: the bands keep those rows and
   * places at every zoom (a band with nothing in view stays, saying so), so nothing moves or leaves
   * a blank stretch as the reader zooms.
   */
  private rows: { key: readonly unknown[]; rows: number; bands: readonly Band[] | null; oneLine: boolean } | null = null;
  /** The full view's layout contentHeight just made (its key ends with whether it has bands), for this update's compute. */
  private fullView: { key: readonly unknown[]; layout: TimelineLayout } | null = null;
  /** The story laid out last. */
  private story: LoadedStory | null = null;
  /** The era row's layout, which comes with the later parts; until then each title takes its band. */
  private eraRowLayouter: EraRowLayouter | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly deps: LayoutDeps,
  ) {
    host.addController(this);
  }

  /** Reads the theme's lane height and font, which the layout measures with (on resize). */
  readMetrics(): void {
    const style = getComputedStyle(this.host);
    const lane = parseFloat(style.getPropertyValue('--_lane'));
    if (lane > 0) this.laneHeight = this.lane = lane;
    const family = style.getPropertyValue('--_font') || 'sans-serif';
    const font = `${style.getPropertyValue('--_font-size') || '14px'} ${family}`;
    this.labelMeasure.setFont(font);
    this.featuredMeasure.setFont(`700 ${font}`);
    this.axisMeasure.setFont(`${AXIS_FONT_PX}px ${family}`);
    // A font's first use looks it up (tens of ms on a slow phone, which the page's layout would pay
    // otherwise): done at the first size, before a story that comes later, not in its first frame.
    this.labelMeasure.width('0');
    this.axisMeasure.width('0');
    this.eraRowLayouter?.readMetrics(style, family);
  }

  /**
   * Lays out `story` in `window` (axis time on `axis`) at this size; with nothing to draw, an empty
   * layout. True when it laid out the window.
   */
  compute(
    story: LoadedStory | null,
    axis: AxisScale,
    window: TimeWindow | null,
    size: { width: number; height: number },
    locale: string,
    hidden: ReadonlySet<string> = NO_GROUP_HIDDEN,
    timeZone?: string,
  ): boolean {
    const { width, height } = size;
    // Lanes of the frame before, while the view moves over the same events (no row jumps at each scale step).
    const previousLanes = this.deps.moving?.() && story === this.story ? lanesWithinBands(this.layout) : null;
    this.story = story;
    // Only the update that measured the full view takes its layout.
    const fullView = this.fullView;
    this.fullView = null;
    if (!window || !story?.index.count || width <= 0) {
      this.layout = NO_LAYOUT;
      this.ticks = null;
      this.drawn = null;
      return false;
    }
    const events = story.events;
    const plan = this.rows;
    const oneLine = plan?.key[0] === story && plan.oneLine;
    this.laneHeight = oneLine ? this.lane - LABEL_LINE_PX : this.lane;
    const free = height - AXIS_PX - CLUSTER_ROW_PX - this.eraRow(story);
    // Group bands only where each band can have a row of its own (not in story mode's short strip).
    const banded = story.groups.length > 0 && Math.floor((free - this.bandHeaders(story)) / this.laneHeight) >= story.bandCount;
    // The full view's bands, for this story and these hidden groups, where they fit (not under a page's shorter height).
    const fixed = banded && plan?.bands && plan.key[0] === story && plan.key[6] === hidden && plan.rows * this.laneHeight + plan.bands.length * BAND_HEADER_PX <= free + 0.5 ? plan.bands : null;
    const maxLanes = Math.max(1, Math.floor((free - (banded ? this.bandHeaders(story) : 0)) / this.laneHeight));
    const key = [story, axis, window.start, window.end, width, this.lane, hidden, banded];
    // A story's first frame lays its marks out once: as contentHeight did, where laying them out again at this height could not differ.
    const same = !previousLanes && fullView?.key.every((k, i) => k === key[i]) && atLaneCap(fullView.layout, maxLanes, fixed ?? undefined);
    this.layout = same || layoutTimeline({
      index: story.visibleIndex(hidden),
      shapes: story.shapes,
      axis,
      window,
      width,
      maxLanes,
      labelWidth: (i) => this.labelWidth(story, events[i]),
      ...(banded ? { bandOf: (i: number) => story.bandOf(i) } : {}),
      ...(fixed ? { fixedBands: fixed } : {}),
      oneLine,
      previousLanes,
      // A badge's text is semi-bold at 0.85em (styles/marks.ts): measured bold at the labels' size and scaled, never narrower.
      clusterTextWidth: (c) => this.featuredMeasure.width(this.deps.clusterText?.(c) ?? '') * 0.85,
    });
    this.ticks = chooseAxisTicks(axis, window, width, locale, story.hasTimes ? timeZone : undefined);
    this.drawn = { window, width };
    return true;
  }

  /**
   * The viewport's height for this story at this width: as many rows as the whole story needs at
   * the full view (from MIN_ROWS to MAX_ROWS), the cluster row and the axis, so there is no dead
   * band; it stays as the reader zooms. Rows hold one line of label where every label then stays
   * whole and unclustered in less height. Computed again only when story, axis, bounds or width change.
   */
  contentHeight(story: LoadedStory | null, axis: AxisScale, bounds: TimeWindow | null, width: number, hidden: ReadonlySet<string> = NO_GROUP_HIDDEN): number {
    let rows = MIN_ROWS;
    let bandTitles = story && mayBand(story) ? story.bandCount : 0;
    if (story?.index.count && bounds && width > 0) {
      const key = [story, axis, bounds.start, bounds.end, width, this.lane, hidden];
      if (!this.rows || this.rows.key.some((k, i) => k !== key[i])) {
        const events = story.events;
        const input = {
          index: story.visibleIndex(hidden),
          shapes: story.shapes,
          axis,
          window: bounds,
          width,
          maxLanes: MAX_ROWS,
          labelWidth: (i: number) => this.labelWidth(story, events[i]),
          ...(mayBand(story) ? { bandOf: (i: number) => story.bandOf(i) } : {}),
        };
        const row = this.lane - LABEL_LINE_PX;
        const rowsOf = (l: TimelineLayout) => Math.max(MIN_ROWS, l.clusters.length ? MAX_ROWS : l.laneCount);
        const twoLines = layoutTimeline(input);
        // Rows of one line, as many as fit the height of MAX_ROWS lanes, where every label then reads whole, none clustered, in less height.
        const oneLine = layoutTimeline({ ...input, maxLanes: Math.floor((MAX_ROWS * this.lane) / row), oneLine: true });
        const short = !oneLine.clusters.length && oneLine.marks.every((m) => m.labelWidth <= width) && rowsOf(oneLine) * row < rowsOf(twoLines) * this.lane;
        const full = short ? oneLine : twoLines;
        // Fixed bands only where the full view labels every event: a story crowded into clusters keeps today's shared rows.
        const bands = full.bands && !full.clusters.length && full.laneCount >= MIN_ROWS ? full.bands : null;
        this.rows = { key, rows: rowsOf(full), bands, oneLine: short };
        this.fullView = { key: [...key, mayBand(story)], layout: full };
      }
      rows = this.rows.rows;
      if (this.rows.bands) bandTitles = this.rows.bands.length;
    }
    const row = this.rows?.oneLine ? this.lane - LABEL_LINE_PX : this.lane;
    return (story ? this.eraRow(story) : 0) + bandTitles * BAND_HEADER_PX + CLUSTER_ROW_PX + rows * row + AXIS_PX;
  }


  /** The era row's height at the top: ERA_ROW_PX when the story has eras, taller when their levels need it, so no two titles overlap. */
  eraRow(story: LoadedStory | null): number {
    return story?.eras.length ? Math.max(ERA_ROW_PX, story.eraStack.levels * ERA_LEVEL_PX) : 0;
  }

  /**
   * The era row in `window`: the eras in view with their titles' boxes, and the publication label's
   * place (`label` is its text, at `x` px), measured so that no two of them overlap.
   */
  layoutEraRow(story: LoadedStory, axis: AxisScale, window: TimeWindow, width: number, publication: { x: number | null; label: string }): EraRowLayout {
    const placed = placeEras(story.eraStack.spans, story.eraStack, window, width, axis);
    return this.eraRowLayouter?.layout(story, placed, width, publication) ?? { placed, publicationLabel: 'before' };
  }

  /** Gives the era row its layout, from the later parts. */
  useEraRow(layouter: EraRowLayouter): void {
    this.eraRowLayouter = layouter;
    this.readMetrics();
    this.host.requestUpdate();
  }

  /** Room the group bands' title lines take: one per band (the groups and those without one), none without groups. */
  private bandHeaders(story: LoadedStory): number {
    return story.groups.length ? story.bandCount * BAND_HEADER_PX : 0;
  }

  /** The top of a mark's row, px from the viewport's top: below the cluster row, its band's title line and the rows above. */
  rowTop(mark: { lane: number; band?: number }): number {
    const top = this.eraRow(this.story) + CLUSTER_ROW_PX;
    const bands = this.layout.bands;
    if (!bands || mark.band === undefined) return top + mark.lane * this.laneHeight;
    const order = bands.findIndex((b) => b.band === mark.band);
    return top + (order + 1) * BAND_HEADER_PX + mark.lane * this.laneHeight;
  }

  /**
   * Event density across the whole story for the overview strip, of the search's matches when
   * there is a query; computed again only when story, axis, bounds, width or matches change.
   */
  densityOf(story: LoadedStory | null, axis: AxisScale, bounds: TimeWindow | null, width: number, matches: readonly number[] | null = null): readonly DensityBar[] {
    if (!story?.index.count || !bounds || width <= 0) return [];
    const key = [story, axis, bounds.start, bounds.end, width, matches];
    if (!this.density || this.density.key.some((k, i) => k !== key[i])) {
      // Matches are positions in time order, so their starts are already sorted: all the bars need.
      // (A loop: Float64Array.from with a map function is several times slower in V8.)
      let starts = story.index.starts;
      if (matches) {
        starts = new Float64Array(matches.length);
        for (let k = 0; k < matches.length; k++) starts[k] = story.events[matches[k]].calendar.startMs;
      }
      this.density = { key, bars: starts.length ? densityBars({ starts }, axis, bounds, width) : [] };
    }
    return this.density.bars;
  }

  private labelWidth(story: LoadedStory, event: TimelineEvent): number {
    const measure = event.id === story.featured ? this.featuredMeasure : this.labelMeasure;
    return measure.width(this.deps.labelText?.(event) ?? event.title);
  }

  hostUpdated(): void {
    const group = this.deps.axisGroup();
    if (!group) return;
    // With nothing drawn, no ticks clear the axis.
    drawAxis(group, { ticks: this.drawn ? this.ticks : null, width: this.drawn?.width ?? 0, labelWidth: (label) => this.axisMeasure.width(label) });
  }
}
