import { daysInMonth, mulberry32, syntheticStory } from '../scripts/synthetic-story';
import type { StoryInput } from '../src/model/types';

/**
 * A deterministic "bursty" synthetic story, shaped like a news story (and like the article's
 * story): a few background events in the 1950s, nothing for about 30 years, a handful in 1991–1996,
 * nothing for about 24 years, then a dense burst from August 2021 to July 2025 that holds nearly
 * every event. On the default compressed time scale the two empty stretches are gaps (each longer
 * than 1/8 of the 1950–2025 span, see src/layout/axis-scale.ts), so the benchmark exercises the
 * piecewise axis; the uniform stories of scripts/synthetic-story.ts have no gap.
 *
 * Titles, summaries, the source and the citations are those of `syntheticStory(count, seed)`; only
 * the dates are redrawn, from their own seeded generator (same mulberry32 as the synthetic story).
 * Shares: 0.2% (at least 3) in 1950–1959, 0.3% (at least 4) in 1991–1996, the rest in the burst.
 * Precision: early clusters ≈40% day, 30% month, 30% year; the burst ≈80% day, 15% month, 5% year;
 * ≈3% intervals (inside their cluster, so none crosses a gap) and ≈3% approximate `~`.
 */
export function burstyStory(count: number, seed = 1): StoryInput {
  const base = syntheticStory(count, seed);
  const random = mulberry32(seed ^ 0x5eed_b0b5);
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

  const early = count < 20 ? Math.min(1, count) : Math.max(3, Math.round(count * 0.002));
  const middle = count < 20 ? Math.min(1, count - early) : Math.max(4, Math.round(count * 0.003));
  const clusters: Cluster[] = [
    { from: [1950, 1], to: [1959, 12], weights: [0.4, 0.3, 0.3] },
    { from: [1991, 1], to: [1996, 12], weights: [0.4, 0.3, 0.3] },
    { from: [2021, 8], to: [2025, 7], weights: [0.8, 0.15, 0.05] },
  ];
  // Events are drawn in story order (early, middle, burst); the element sorts them itself, and the
  // ids keep the order of syntheticStory, so this is only the order of the input array.
  const events = base.events.map((event, i) => {
    const cluster = i < early ? clusters[0] : i < early + middle ? clusters[1] : clusters[2];
    return { ...event, date: clusterDate(cluster, random, between) };
  });
  return {
    ...base,
    title: `Bursty synthetic chronicle of ${count} events (seed ${seed}): 1950s, 1991–1996, Aug 2021 – Jul 2025`,
    events,
  };
}

interface Cluster {
  /** [year, month], inclusive. */
  from: [number, number];
  to: [number, number];
  /** Day, month, year precision shares. */
  weights: [number, number, number];
}

type Between = (lo: number, hi: number) => number;

/** A month of the cluster (from `fromIndex`, a year * 12 + month - 1 index, when given), as [year, month]. */
function monthIn(cluster: Cluster, between: Between, fromIndex?: number): [number, number] {
  const lo = fromIndex ?? cluster.from[0] * 12 + cluster.from[1] - 1;
  const hi = cluster.to[0] * 12 + cluster.to[1] - 1;
  const index = between(Math.min(lo, hi), hi);
  return [Math.floor(index / 12), (index % 12) + 1];
}

function format(precision: 'day' | 'month' | 'year', [year, month]: [number, number], between: Between): string {
  if (precision === 'year') return String(year);
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (precision === 'month') return ym;
  return `${ym}-${String(between(1, daysInMonth(year, month))).padStart(2, '0')}`;
}

function clusterDate(cluster: Cluster, random: () => number, between: Between): string {
  const roll = random();
  const p = random();
  const [day, month] = cluster.weights;
  let precision: 'day' | 'month' | 'year' = p < day ? 'day' : p < day + month ? 'month' : 'year';
  const start = monthIn(cluster, between);
  // A year-precision date must lie inside the cluster as a whole year; otherwise use a month.
  if (precision === 'year' && ((start[0] === cluster.from[0] && cluster.from[1] > 1) || (start[0] === cluster.to[0] && cluster.to[1] < 12))) {
    precision = 'month';
  }
  const startIndex = start[0] * 12 + start[1] - 1;
  const lastIndex = cluster.to[0] * 12 + cluster.to[1] - 1;
  if (roll < 0.03 && startIndex < lastIndex) {
    // Interval A/B inside the cluster (so none crosses a gap), B in a later month than A, at day or
    // month precision (a year interval could reach outside the burst's partial years).
    const intervalPrecision = precision === 'day' ? 'day' : 'month';
    const end = monthIn(cluster, between, startIndex + 1);
    return `${format(intervalPrecision, start, between)}/${format(intervalPrecision, end, between)}`;
  }
  const value = format(precision, start, between);
  return roll < 0.06 ? `${value}~` : value;
}
