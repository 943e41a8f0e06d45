import { afterEach, expect, test } from 'vitest';
import { syntheticStory } from '../../scripts/synthetic-story';
import { mark, marks, mount, settle, shadow, unmountAll, until, windowMs } from '../support/harness';

afterEach(unmountAll);

// A busy machine validates 100,000 events slowly in the dev build: give it time, not a deadline.
test('a 100,000-event story renders, zooms, and opens one event', { timeout: 120_000 }, async () => {
  const story = syntheticStory(100_000);
  const el = await mount({ story, timeoutMs: 60_000 });
  expect(el.events.length).toBe(100_000);
  // Zoomed out, events are gathered into clusters whose counts add up to every event in view.
  const clusters = [...shadow(el).querySelectorAll<HTMLElement>('[part~="cluster"]')];
  expect(clusters.length).toBeGreaterThan(0);
  const counted = clusters.reduce((n, c) => n + Number(c.dataset.count), 0) + marks(el).length;
  expect(counted).toBeGreaterThan(99_000);
  expect(shadow(el).querySelectorAll('[part~="event"], [part~="cluster"]').length).toBeLessThan(500);

  // Zooming in a hundredfold draws single events with their labels (wheel and pinch zoom have their
  // own tests; here the window is set through the API, so page state left by other files cannot
  // put the pointer outside the timeline).
  const before = windowMs(el);
  const middle = (before.start + before.end) / 2;
  const narrow = (before.end - before.start) / 200;
  el.zoomTo(new Date(middle - narrow / 2).toISOString(), new Date(middle + narrow / 2).toISOString());
  await until(() => windowMs(el).end - windowMs(el).start < (before.end - before.start) / 100, 'zoomed in a hundredfold', 30_000);
  await until(() => marks(el).length > 0, 'single events drawn');

  // Selecting one event far away brings it into view and opens its detail.
  const target = el.events[12_345];
  expect(el.select(target.id)).toBe(true);
  await until(() => mark(el, target.id) !== null, 'the selected event is drawn on its own');
  await settle(el);
  const detail = shadow(el).querySelector('[part="detail"]')!;
  expect(detail.querySelector('[role="heading"]')!.textContent).toBe(target.title);
  expect(detail.querySelector('mark')!.textContent).toBe(target.citations[0].quote);
});
