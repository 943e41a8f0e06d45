/** Bugs the fuzz test found, each with the test that showed it (see fuzz.test.ts for the seeds). */
import { afterEach, expect, test } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { articleStory, atRest, marks, mount, part, unmountAll, until } from '../support/harness';

const containers: HTMLElement[] = [];
afterEach(() => {
  unmountAll();
  for (const c of containers.splice(0)) c.remove();
});

const small = {
  title: 'Small',
  sources: [{ id: 's', title: 'S', paragraphs: [{ id: 'p', text: 'A in 2001. B in 2002. C in 2003.' }] }],
  events: ['2001', '2002', '2003'].map((y, i) => ({
    id: `e${i}`, date: `${y}-05`, title: `E${i}`, citations: [{ source: 's', paragraph: 'p', quote: `in ${y}` }], dateBasis: 'stated',
  })),
};

test('a new story after fit() fits the new story, keeping nothing of the old window', async () => {
  const el = await mount({ width: 1280 });
  el.fit();
  await atRest(el);
  el.story = small;
  await until(() => el.events.length === 3, 'the new story is shown');
  await atRest(el);
  expect(Date.parse(el.view!.start)).toBeGreaterThan(Date.parse('2000-06-01'));
  expect(Date.parse(el.view!.end)).toBeLessThan(Date.parse('2004-06-01'));
});

test('on a phone, a search that leaves the selected event out of the chronology keeps its detail shown', async () => {
  const container = document.createElement('div');
  container.style.width = '400px';
  const el = document.createElement('history-timeline') as HistoryTimeline;
  el.story = structuredClone(articleStory);
  container.append(el);
  document.body.append(container);
  containers.push(container);
  await until(() => part(el, 'chronology') !== null, 'the chronology is shown');
  el.selected = 'soviet-backed-government-collapses';
  await until(() => part(el, 'detail')?.dataset.eventId === 'soviet-backed-government-collapses', 'the detail opens inline');
  el.search = 'bridge';
  await el.updateComplete;
  expect(part(el, 'chronology')!.querySelector('[data-event-id="soviet-backed-government-collapses"]')).toBeNull();
  expect(el.selected).toBe('soviet-backed-government-collapses');
  expect(part(el, 'detail')?.dataset.eventId, 'the selection still has its detail').toBe('soviet-backed-government-collapses');
});

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
