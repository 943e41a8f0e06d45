import { afterEach, expect, test } from 'vitest';
import { HistoryTimeline } from '../../src/index';
import { articleStory, clusters, marks, mount, part, unmountAll } from '../support/harness';

afterEach(unmountAll);

test('importing the module defines <history-timeline>, which draws a story it is given', async () => {
  expect(customElements.get('history-timeline')).toBe(HistoryTimeline);
  const el = await mount();
  expect(el).toBeInstanceOf(HistoryTimeline);
  expect(el.events.map((e) => e.id).sort()).toEqual(articleStory.events.map((e) => e.id).sort());
  // Every event is drawn, on its own or counted in a cluster, inside the documented parts.
  const drawn = marks(el).length + clusters(el).reduce((n, c) => n + Number(c.dataset.count), 0);
  expect(drawn).toBe(articleStory.events.length);
  expect(part(el, 'viewport')!.getBoundingClientRect().width).toBeGreaterThan(900);
  for (const m of marks(el)) expect(m.textContent).toContain(el.events.find((e) => e.id === m.dataset.eventId)!.title);
  expect(part(el, 'axis')!.querySelectorAll('text').length).toBeGreaterThan(1);
});
