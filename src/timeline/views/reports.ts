import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import { corroborate, sourcesOf } from '../../model/corroboration';
import { sourceName, sourcesDifferPhrase } from '../../model/corroboration-phrase';
import type { Source, TimelineEvent } from '../../model/types';

/** An event or an era: what cites sources and has a date. */
type Reported = Parameters<typeof corroborate>[0];

/** How many sources report an event, and whether the dates they give disagree: worked out once per event. */
const known = new WeakMap<Reported, { count: number; differ: boolean }>();

export function reportsOf(event: Reported): { count: number; differ: boolean } {
  let reports = known.get(event);
  if (!reports) {
    const corroboration = corroborate(event);
    known.set(event, (reports = { count: corroboration.sources.length, differ: !corroboration.agree }));
  }
  return reports;
}

/**
 * The count of sources on a mark or list item, from two ("3"; "3≠" when they disagree on the date,
 * so it is not told by colour alone), and the same in words for screen readers.
 */
export function renderReports(event: TimelineEvent, t: Translation): TemplateResult | typeof nothing {
  const { count, differ } = reportsOf(event);
  if (count < 2) return nothing;
  return html`<span class="reports" part="reports" ?data-differ=${differ} aria-hidden="true">${t.number(count)}${differ ? '≠' : ''}</span><span class="visually-hidden">, ${t.plural('sourceCount', count)}${differ ? `, ${t.t('datesDiffer')}` : ''}</span>`;
}

/** "Sources differ: …" under the date note, when the sources give dates that cannot all be true. */
export function renderDiffer(event: Reported, sources: ReadonlyMap<string, Source>, t: Translation): TemplateResult | typeof nothing {
  if (!reportsOf(event).differ) return nothing;
  // Each name between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, the <bdi> of plain text: the phrase is one string.
  const phrase = sourcesDifferPhrase(corroborate(event), (id) => `\u2068${sources.has(id) ? sourceName(sources.get(id)!) : id}\u2069`, t);
  return html`<p class="sources-differ" part="sources-differ">${phrase}</p>`;
}

const filtered = new WeakMap<readonly TimelineEvent[], Map<readonly number[] | null, readonly number[]>>();

/**
 * Of `positions` (all of `events` when null), those two or more sources report: the same array for
 * the same question. Counted without corroborating, which reads dates: asked of every event on a story's first render.
 */
export function reportedByTwo(events: readonly TimelineEvent[], positions: readonly number[] | null): readonly number[] {
  let byPositions = filtered.get(events);
  if (!byPositions) filtered.set(events, (byPositions = new Map()));
  let kept = byPositions.get(positions);
  if (!kept) {
    kept = (positions ?? events.map((_, i) => i)).filter((i) => sourcesOf(events[i]).length >= 2);
    if (byPositions.size > 20) byPositions.clear();
    byPositions.set(positions, kept);
  }
  return kept;
}
