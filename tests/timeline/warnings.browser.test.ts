/** A warning (sources that differ, no note saying why) is listed with the story's problems, and leaves its event shown. */
import { afterEach, expect, test } from 'vitest';
import { atRest, mark, place, shadow, unmountAll } from '../support/harness';

afterEach(unmountAll);

test('a story whose only problem is a warning shows its event, and the notice counts a problem, not an event that could not be shown', async () => {
  const story = {
    title: 'Two reports',
    sources: [
      { id: 'a', title: 'A', publisher: 'Outlet A', paragraphs: [{ id: 'p1', text: 'The bridge opened on 14 March 2023.' }] },
      { id: 'b', title: 'B', publisher: 'Outlet B', paragraphs: [{ id: 'p1', text: 'The bridge opened on 13 March 2023.' }] },
    ],
    events: [
      {
        id: 'opening',
        date: '2023-03-14',
        title: 'The bridge opens',
        dateBasis: 'stated',
        citations: [
          { source: 'a', paragraph: 'p1', quote: 'The bridge opened on 14 March 2023.' },
          { source: 'b', paragraph: 'p1', quote: 'The bridge opened on 13 March 2023.', date: '2023-03-13' },
        ],
      },
    ],
  };
  const el = place((t) => (t.story = story));
  await atRest(el);
  expect(mark(el, 'opening')).not.toBeNull();
  const summary = shadow(el).querySelector('[part~="notice"] summary')?.textContent ?? '';
  expect(summary).toMatch(/1 problem in the story/);
  expect(summary).not.toMatch(/could not be shown/);
});
