import { syntheticStory } from '../../scripts/synthetic-story';

/** A story with problems of several kinds, so both ways must report the same ones. */
export function storyWithProblems(count: number) {
  const story = syntheticStory(count) as unknown as { events: Record<string, unknown>[] };
  story.events[3].date = '2021-02-30';
  story.events[10].id = story.events[9].id;
  delete story.events[20].citations;
  story.events.push({ id: 'late', title: 'Year zero', date: '-0000', dateBasis: 'stated', citations: [] });
  return story;
}
