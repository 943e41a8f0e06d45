import { LINEAR_AXIS, compressedAxis, type AxisScale, type TimeScaleMode } from '../layout/axis-scale';
import { buildEventIndex, type EventIndex } from '../layout/event-index';
import { eventShape, type EventShape } from '../layout/marks';
import { padWindow, type TimeWindow } from '../layout/time-window';
import { MINUTE_MS, WEEK_MS } from '../model/time-constants';
import { LONG_PARAGRAPH } from '../model/text-limit';
import { mediaOf } from '../model/media';
import { buildSourceIndex, type SourceIndex } from '../model/source-index';
import type { Era, Group, Problem, Story, TimelineEvent } from '../model/types';
import { eraSpans, stackEras, type EraSpan } from '../layout/eras';
import { readEdtf } from '../model/edtf-reader';
import { readStory } from '../model/read-story';
import type { Problems, Said } from '../model/validation/problems';

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
  private compressed: AxisScale | null = null;
  private bands: Map<string, number> | null = null;
  private counts: Map<string, number> | null = null;
  private filtered: { key: string; index: EventIndex } | null = null;
  private stacked: { spans: EraSpan[]; level: number[]; levels: number } | null = null;
  private timed?: boolean;
  private laterDetail?: boolean;
  /** The problems as the validator said them, worded once the later parts bring the words. */
  private readonly said: Problems;

  constructor(input: unknown) {
    const { result, problems } = readStory(input);
    this.said = problems;
    this.story = result.story;
    this.problems = result.problems;
    this.events = result.story?.events ?? [];
    this.index = buildEventIndex(this.events.map((e) => ({ start: e.calendar.startMs, end: e.calendar.endMs })));
    this.shapes = this.events.map((e) => eventShape(e.calendar));
  }

  /** Whether the story's problems wait for their words (validation/messages.ts, with the later parts). */
  get problemsWaiting(): boolean {
    return this.said.waiting;
  }

  /** Words the problems still waiting, in place: `problems` then reads as validateStory's. */
  sayProblems(say: (said: Said | string) => string): void {
    this.said.sayAll(say);
  }

  /** The story's eras, in time order. */
  get eras(): readonly Era[] {
    return this.story?.eras ?? [];
  }

  /** The eras' extents and their levels, so overlapping eras never share one. */
  get eraStack(): { spans: EraSpan[]; level: number[]; levels: number } {
    if (!this.stacked) {
      const spans = eraSpans(this.eras);
      this.stacked = { spans, ...stackEras(spans) };
    }
    return this.stacked;
  }

  eraById(id: string): Era | undefined {
    return this.eras.find((e) => e.id === id);
  }

  /** The story's groups, in display order. */
  get groups(): readonly Group[] {
    return this.story?.groups ?? [];
  }

  /** The title of an event's group, if it has one. */
  groupTitleOf(event: TimelineEvent): string | undefined {
    return event.group ? this.groups.find((g) => g.id === event.group)?.title : undefined;
  }

  /** The band of an event (by position): its group's place in the story's order; events without one share a last band. */
  bandOf(position: number): number {
    this.bands ??= new Map(this.groups.map((g, i) => [g.id, i]));
    const group = this.events[position]?.group;
    return (group !== undefined ? this.bands.get(group) : undefined) ?? this.groups.length;
  }

  /** How many bands the events take: the groups that have events, and one for events without a group. */
  get bandCount(): number {
    const counts = this.groupCounts;
    return this.groups.filter((g) => counts.has(g.id)).length + (counts.has('') ? 1 : 0);
  }

  /** How many events each group has, by group id ('' for those without one). */
  get groupCounts(): ReadonlyMap<string, number> {
    if (!this.counts) {
      this.counts = new Map();
      for (const e of this.events) this.counts.set(e.group ?? '', (this.counts.get(e.group ?? '') ?? 0) + 1);
    }
    return this.counts;
  }

  /**
   * The time index of the events not in a hidden group (all of them when none is hidden); its
   * `order` points into the story's events. Built once per set of hidden groups.
   */
  visibleIndex(hidden: ReadonlySet<string>): EventIndex {
    if (!hidden.size) return this.index;
    const key = [...hidden].sort().join('\u0000');
    if (this.filtered?.key !== key) {
      const kept: number[] = [];
      this.events.forEach((e, i) => {
        if (e.group === undefined || !hidden.has(e.group)) kept.push(i);
      });
      const index = buildEventIndex(kept.map((i) => ({ start: this.events[i].calendar.startMs, end: this.events[i].calendar.endMs })));
      const order = new Uint32Array(index.count);
      for (let k = 0; k < index.count; k++) order[k] = kept[index.order[k]];
      this.filtered = { key, index: { ...index, order } };
    }
    return this.filtered.index;
  }

  /** The first source's publication date (ms, UTC), the story's "now"; null when no source gives one. */
  get published(): number | null {
    for (const source of this.story?.sources ?? []) {
      const date = source.published ? readEdtf(source.published) : null;
      if (date?.ok) return date.value.startMs;
    }
    return null;
  }

  /**
   * The event the story is about: the story's `featured` event, else the first event stated, to
   * the day and without doubt, on the source's publication date; null when there is none.
   */
  get featured(): string | null {
    // Read on every render; a story does not change, so it is found once.
    if (this.featuredId === undefined) this.featuredId = this.findFeatured();
    return this.featuredId;
  }

  private featuredId: string | null | undefined;

  private findFeatured(): string | null {
    const story = this.story as (Story & { featured?: string }) | null;
    if (story?.featured && this.positionOf(story.featured) !== undefined) return story.featured;
    const published = this.published;
    if (published === null) return null;
    const news = this.events.find((e) => {
      const date = e.calendar;
      return date.startMs === published && date.precision === 'day' && date.form === 'point' && !date.uncertain && !date.approximate && e.dateBasis === 'stated';
    });
    return news?.id ?? null;
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

  /** Sources and paragraph numbers. */
  get sourceIndex(): SourceIndex {
    return (this.sources ??= buildSourceIndex(this.story?.sources ?? []));
  }

  /** The time axis in a mode: linear, or with the story's empty stretches compressed (found on first use). */
  axis(mode: TimeScaleMode): AxisScale {
    if (mode === 'linear') return LINEAR_AXIS;
    return (this.compressed ??= compressedAxis(this.index));
  }

  /** Whether an event has a time of day: the axis then offers hours and minutes. */
  get hasTimes(): boolean {
    return (this.timed ??= this.events.some((e) => e.calendar.precision === 'minute' || e.calendar.precision === 'second'));
  }

  /** Whether a detail may show what the later parts draw: an excerpt of a long paragraph, or a picture. */
  get hasLaterDetail(): boolean {
    const story = this.story;
    return (this.laterDetail ??= Boolean(
      story?.sources.some((s) => s.paragraphs.some((p) => p.text.length > LONG_PARAGRAPH)) || [...this.events, ...this.eras].some((item) => mediaOf(item)),
    ));
  }

  /** The narrowest window: about ten minutes when an event has a time of day, a week otherwise. */
  get minSpan(): number {
    return this.hasTimes ? 10 * MINUTE_MS : WEEK_MS;
  }

  /** The zoom-out and pan limit on `axis`: every event with a margin; null with no events. */
  bounds(axis: AxisScale): TimeWindow | null {
    const index = this.index;
    if (!index.count) return null;
    const end = index.runningMaxEnd?.[index.count - 1] ?? Math.max(...index.ends);
    return padWindow({ start: axis.toAxis(index.starts[0]), end: axis.toAxis(end) }, BOUNDS_MARGIN, 2 * this.minSpan);
  }
}
