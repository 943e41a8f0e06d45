import { afterEach, describe, expect, test } from 'vitest';
import { syntheticStory } from '../../scripts/synthetic-story';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { AXIS_PX, BAND_HEADER_PX, CLUSTER_ROW_PX, DEFAULT_LANE_PX, ERA_LEVEL_PX, ERA_ROW_PX } from '../../src/timeline/views/metrics';
import { mount, overlaps, part, parts, unmountAll, viewport, zoomAndWait } from '../support/harness';

afterEach(unmountAll);

/** 400 synthetic events in `groups` groups, and 200 eras of 1 to 9 years over 1900–2030, overlapping on a few levels. */
function crowdedStory(groups: number) {
  const story = syntheticStory(400, 11);
  story.groups = Array.from({ length: groups }, (_, g) => ({ id: `g${g}`, title: `Group ${g + 1} of ${groups}, with a long title` }));
  story.events.forEach((e, i) => (e.group = `g${i % groups}`));
  story.eras = Array.from({ length: 200 }, (_, k) => {
    const start = 1900 + Math.floor(k * 0.62);
    return { id: `era${k}`, title: `Era number ${k + 1}, a period with a long name`, date: `${start}/${start + 1 + ((k * 7) % 9)}`, citations: story.events[k].citations, dateBasis: 'stated' as const };
  });
  return story;
}

/** The era titles, group band titles and legend entries drawn inside the viewport or the legend, with what they say. */
function labelBoxes(el: HistoryTimeline): { what: string; box: DOMRect }[] {
  const frame = viewport(el).getBoundingClientRect();
  const inFrame = ({ box }: { box: DOMRect }) => box.width > 0 && box.height > 0 && overlaps(box, frame);
  return [
    ...parts(el, 'era').map((era) => ({ what: `era ${era.dataset.eraId}`, box: era.querySelector('button')!.getBoundingClientRect() })).filter(inFrame),
    ...parts(el, 'group-label').map((label) => ({ what: `band "${label.textContent!.trim()}"`, box: label.getBoundingClientRect() })).filter(inFrame),
    ...[...part(el, 'legend')!.querySelectorAll('button')].map((b) => ({ what: `legend "${b.textContent!.trim()}"`, box: b.getBoundingClientRect() })),
  ];
}

describe('a crowded story', () => {
  // 50 groups are more than the timeline has rows for: no bands, the legend names them. 10 have bands.
  for (const [groups, bands] of [[50, 0], [10, 10]] as const) {
    test(`${groups} groups and 200 eras draw without overlapping labels, in the full view and zoomed in`, async () => {
      const el = await mount({ story: crowdedStory(groups), timeoutMs: 20_000 });
      expect(el.events).toHaveLength(400);
      expect(part(el, 'legend')!.querySelectorAll('button')).toHaveLength(groups);
      // Overlapping eras take levels of the era row, which grows past ERA_ROW_PX when they need it.
      const levels = Math.max(...parts(el, 'era').map((era) => Number(era.dataset.level))) + 1;
      const eraRow = Math.max(ERA_ROW_PX, levels * ERA_LEVEL_PX);
      for (const [start, end] of [[null, null], ['1950', '1980'], ['1990-01', '1992-06']] as const) {
        if (start && end) await zoomAndWait(el, start, end);
        const where = start ? `${start} – ${end}` : 'the full view';
        const labels = labelBoxes(el);
        expect(labels.filter((l) => l.what.startsWith('era')).length, `eras in ${where}`).toBeGreaterThan(0);
        const bandTitles = labels.filter((l) => l.what.startsWith('band')).length;
        // Zoomed in, only the bands with events in view have a title.
        expect(bands ? bandTitles > 0 && bandTitles <= bands : bandTitles === 0, `${bandTitles} band titles in ${where}`).toBe(true);
        const clashes: string[] = [];
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) if (overlaps(labels[i].box, labels[j].box)) clashes.push(`${labels[i].what} and ${labels[j].what}`);
        }
        expect(clashes, `overlapping labels in ${where}`).toEqual([]);
      }
      // No room kept for band titles that are not drawn: the era row, the cluster row, at most 14 rows and the axis.
      const height = viewport(el).getBoundingClientRect().height;
      expect(height).toBeLessThanOrEqual(eraRow + CLUSTER_ROW_PX + (bands ? bands * BAND_HEADER_PX : 0) + 14 * DEFAULT_LANE_PX + AXIS_PX + 1);
    });
  }
});
