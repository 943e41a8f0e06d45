import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { layoutTimeline, type TimelineLayout } from '../../layout/marks';
import { chooseTicks, type TickSet } from '../../layout/ticks';
import type { TimeWindow } from '../../layout/time-window';
import type { LoadedStory } from '../loaded-story';
import { TextMeasure } from '../text-measure';
import { drawAxis } from '../views/axis';
import { AXIS_FONT_PX, AXIS_PX, CLUSTER_ROW_PX, DEFAULT_LANE_PX, LABEL_PAD_PX, MAX_LABEL_PX } from '../views/metrics';

const NO_LAYOUT: TimelineLayout = { marks: [], clusters: [], laneCount: 0 };

export interface LayoutDeps {
  /** The axis group D3 draws into. */
  axisGroup(): SVGGElement | null | undefined;
}

/**
 * Lays out the visible window for the next render (marks in lanes, clusters, ticks) with label
 * widths measured in the element's font, and draws the axis after it. The maths is in layout/.
 */
export class LayoutController implements ReactiveController {
  layout: TimelineLayout = NO_LAYOUT;
  ticks: TickSet | null = null;
  laneHeight = DEFAULT_LANE_PX;
  private readonly labelMeasure = new TextMeasure();
  private readonly axisMeasure = new TextMeasure();
  private drawn: { window: TimeWindow; width: number } | null = null;

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
    if (lane > 0) this.laneHeight = lane;
    const family = style.getPropertyValue('--_font') || 'sans-serif';
    this.labelMeasure.setFont(`${style.getPropertyValue('--_font-size') || '14px'} ${family}`);
    this.axisMeasure.setFont(`${AXIS_FONT_PX}px ${family}`);
  }

  /** Lays out `story` in `window` at this size; with nothing to draw, an empty layout. True when it laid out the window. */
  compute(story: LoadedStory | null, window: TimeWindow | null, size: { width: number; height: number }, locale: string): boolean {
    const { width, height } = size;
    if (!window || !story?.index.count || width <= 0) {
      this.layout = NO_LAYOUT;
      this.ticks = null;
      this.drawn = null;
      return false;
    }
    const events = story.events;
    this.layout = layoutTimeline({
      index: story.index,
      shapes: story.shapes,
      window,
      width,
      maxLanes: Math.max(1, Math.floor((height - AXIS_PX - CLUSTER_ROW_PX) / this.laneHeight)),
      labelWidth: (i) => Math.min(this.labelMeasure.width(events[i].title), MAX_LABEL_PX) + LABEL_PAD_PX,
    });
    this.ticks = chooseTicks(window, width, locale);
    this.drawn = { window, width };
    return true;
  }

  hostUpdated(): void {
    const group = this.deps.axisGroup();
    if (!group) return;
    // With nothing drawn, an empty tick set clears the axis.
    const drawn = this.drawn ?? { window: { start: 0, end: 1 }, width: 0 };
    drawAxis(group, { ticks: this.ticks, ...drawn, labelWidth: (label) => this.axisMeasure.width(label) });
  }
}
