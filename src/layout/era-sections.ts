/**
 * The list's and the print's sections under eras: runs of items in time order under one era. Pure;
 * its own module, so the first frame, which draws no list, does not carry it.
 */
import type { EraSpan } from './eras';

export interface EraSection {
  /** Index into the eras given, or null for items outside every era. */
  era: number | null;
  /** Positions in the items given, in their order. */
  items: number[];
}

/**
 * The list's and the print's sections: runs of consecutive items (in time order) under one era.
 * An item is in the innermost era holding its start: of the eras whose span contains it, the one
 * that starts latest (then the one that ends first, then the first given). Items outside every era
 * make runs with no era. An era nested in another splits it, so the outer one heads a run on each
 * side of it and the list stays in time order. O(n · eras) at worst.
 */
export function eraSections(starts: readonly number[], eras: readonly EraSpan[]): EraSection[] {
  // Latest start first: the first era here that holds a time is its innermost one.
  const order = eras.map((_, i) => i).sort((a, b) => eras[b].start - eras[a].start || eras[a].end - eras[b].end || a - b);
  const sections: EraSection[] = [];
  starts.forEach((t, i) => {
    const era = order.find((e) => eras[e].start <= t && t < eras[e].end) ?? null;
    const last = sections[sections.length - 1];
    if (last && last.era === era) last.items.push(i);
    else sections.push({ era, items: [i] });
  });
  return sections;
}
