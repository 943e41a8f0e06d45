/**
 * Where a list in time order shows the axis's compressed gaps (layout/axis-scale.ts): each gap
 * goes before the first listed event that starts at or after its end, when an event came before
 * it, so the phone chronology and the axis mark the same stretches.
 */
export interface StretchWithoutEvents {
  start: number;
  end: number;
}

/** For each listed event (by index in `starts`, ascending) that follows a gap, that gap. */
export function gapsBeforeEvents(starts: readonly number[], gaps: readonly StretchWithoutEvents[]): Map<number, StretchWithoutEvents> {
  const before = new Map<number, StretchWithoutEvents>();
  let g = 0;
  for (let i = 0; i < starts.length; i++) {
    let found: StretchWithoutEvents | undefined;
    while (g < gaps.length && gaps[g].end <= starts[i]) found = gaps[g++];
    if (found && i > 0) before.set(i, found);
  }
  return before;
}
