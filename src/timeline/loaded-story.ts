import { buildEventIndex, type EventIndex } from '../layout/event-index';
import { eventShape, type EventShape } from '../layout/marks';
import { DAY_MS, padWindow, type TimeWindow } from '../layout/time-window';
import { buildSourceIndex, type SourceIndex } from '../model/source-index';
import type { Problem, Story, TimelineEvent } from '../model/types';
import { validateStory } from '../model/validate';

/** The story's extent plus this fraction each side is the zoom-out and pan limit. */
const BOUNDS_MARGIN = 0.04;

/**
 * A validated story with what drawing it needs: the time index, each event's shape, and (built on
 * first use, not on the first render) positions by id and the source index.
 */
export class LoadedStory {
  readonly story: Story | null;
  readonly problems: Problem[];
  readonly events: readonly TimelineEvent[];
  readonly index: EventIndex;
  readonly shapes: readonly EventShape[];
  private positions: Map<string, number> | null = null;
  private sources: SourceIndex | null = null;

  constructor(input: unknown) {
    const result = validateStory(input);
    this.story = result.story;
    this.problems = result.problems;
    this.events = result.story?.events ?? [];
    this.index = buildEventIndex(this.events.map((e) => ({ start: e.calendar.startMs, end: e.calendar.endMs })));
    this.shapes = this.events.map((e) => eventShape(e.calendar));
  }

  /** An event's position in time order, by id. */
  positionOf(id: string): number | undefined {
    this.positions ??= new Map(this.events.map((e, i) => [e.id, i]));
    return this.positions.get(id);
  }

  eventById(id: string): TimelineEvent | undefined {
    const at = this.positionOf(id);
    return at === undefined ? undefined : this.events[at];
  }

  /** Sources, paragraph numbers and citing events. */
  get sourceIndex(): SourceIndex {
    return (this.sources ??= buildSourceIndex(this.story?.sources ?? [], this.events));
  }

  /** The zoom-out and pan limit: every event with a margin; null with no events. */
  get bounds(): TimeWindow | null {
    const index = this.index;
    if (!index.count) return null;
    const end = index.runningMaxEnd?.[index.count - 1] ?? Math.max(...index.ends);
    return padWindow({ start: index.starts[0], end }, BOUNDS_MARGIN, 14 * DAY_MS);
  }
}
