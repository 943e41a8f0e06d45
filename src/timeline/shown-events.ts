import type { TimelineEvent } from '../model/types';
import type { LoadedStory } from './loaded-story';

/**
 * The events the search and the legend leave (those of groups not hidden that match the search):
 * what the list, the chronology and the overview's density show. Worked out once per story, search
 * result and set of hidden groups.
 */
export class ShownEvents {
  private shown: { key: readonly unknown[]; positions: readonly number[] | null; listed: readonly TimelineEvent[] } | null = null;

  constructor(
    private readonly deps: {
      story(): LoadedStory | null;
      /** Positions of the events matching the search; null without a query. */
      matches(): readonly number[] | null;
      /** The groups the reader hid. */
      hidden(): ReadonlySet<string>;
    },
  ) {}

  /** The events shown, by position; null when that is all of them. */
  positions(): readonly number[] | null {
    return this.compute().positions;
  }

  /** The events shown, in time order. */
  listed(): readonly TimelineEvent[] {
    return this.compute().listed;
  }

  private compute(): { positions: readonly number[] | null; listed: readonly TimelineEvent[] } {
    const loaded = this.deps.story();
    const matches = this.deps.matches();
    const hidden = this.deps.hidden();
    const key = [loaded, hidden, matches];
    if (!this.shown || this.shown.key.some((k, i) => k !== key[i])) {
      const events = loaded?.events ?? [];
      let positions = matches;
      if (loaded && hidden.size) positions = (matches ?? events.map((_, i) => i)).filter((i) => !hidden.has(events[i].group ?? ''));
      this.shown = { key, positions, listed: positions ? positions.map((i) => events[i]) : events };
    }
    return this.shown;
  }
}
