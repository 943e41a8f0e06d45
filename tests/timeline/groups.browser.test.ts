/** Groups through the element: the colours their marks are drawn in. */
import { afterEach, expect, test } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { storyInput } from '../support/controller-host';
import { marks, mount, unmountAll } from '../support/harness';

afterEach(unmountAll);

/** A small story of three events, 2001–2003. */
const small = storyInput(['2001', '2002', '2003'].map((y, i) => ({ id: `e${i}`, date: `${y}-05`, title: `E${i}` })));

// Found by the fuzz test (see fuzz.browser.test.ts for the seeds).
test("a group's own colour is kept where it reads, and swapped for the palette in a dark scheme where it does not", async () => {
  // Dark navy: well over 3:1 on white, under it on the dark background. The scheme is read only for
  // such a colour (reading it forces a style recalculation), so this checks both schemes still count.
  const grouped = {
    ...structuredClone(small),
    groups: [{ id: 'g', title: 'G', color: '#1f2a5a' }],
    events: small.events.map((e) => ({ ...e, group: 'g' })),
  };
  const accents = (el: HistoryTimeline) => marks(el).map((m) => m.style.getPropertyValue('--_accent').trim());
  const light = await mount({ story: structuredClone(grouped), before: (el) => (el.style.colorScheme = 'light') });
  expect(accents(light)).toEqual(['#1f2a5a', '#1f2a5a', '#1f2a5a']);
  const dark = await mount({ story: structuredClone(grouped), before: (el) => (el.style.colorScheme = 'dark') });
  expect(accents(dark)).toEqual(['var(--_group-0)', 'var(--_group-0)', 'var(--_group-0)']);
});

test('a group colour that is not a colour (a url()) is not used: the palette draws the marks and nothing is fetched', async () => {
  const beacon = `/colour-beacon-${Date.now()}.png`;
  const grouped = {
    ...structuredClone(small),
    groups: [{ id: 'g', title: 'G', color: `url(${beacon})` }],
    events: small.events.map((e) => ({ ...e, group: 'g' })),
  };
  const el = await mount({ story: grouped });
  expect(marks(el).map((m) => m.style.getPropertyValue('--_accent').trim())).toEqual(['var(--_group-0)', 'var(--_group-0)', 'var(--_group-0)']);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes(beacon))).toEqual([]);
});

test('a one-word colour the browser does not know ("bleu") is drawn with the palette', async () => {
  const grouped = {
    ...structuredClone(small),
    groups: [{ id: 'g', title: 'G', color: 'bleu' }],
    events: small.events.map((e) => ({ ...e, group: 'g' })),
  };
  const el = await mount({ story: grouped });
  expect(marks(el).map((m) => m.style.getPropertyValue('--_accent').trim())).toEqual(['var(--_group-0)', 'var(--_group-0)', 'var(--_group-0)']);
});
