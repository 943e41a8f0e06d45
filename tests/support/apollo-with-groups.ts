import apolloStory from '../../examples/second-story.json';

/**
 * The Apollo example story with groups and eras added (it ships without them), and a publication
 * date, so the era row has a rule and a label: the second story the layout tests run on.
 */
export function apolloWithGroupsAndEras(): unknown {
  const story = structuredClone(apolloStory) as {
    sources: { id: string; published?: string }[];
    events: { id: string; date: string; group?: string; citations: unknown[] }[];
    groups?: unknown[];
    eras?: unknown[];
  };
  story.sources[0].published = '1975-12-01';
  story.groups = [
    { id: 'programme', title: 'The programme and its decisions' },
    { id: 'missions', title: 'Crewed missions to the Moon' },
    { id: 'after', title: 'After the landings' },
  ];
  const after = new Set(['missions-cancelled', 'skylab-launch', 'apollo-soyuz']);
  const programme = new Set(['kennedy-moon-goal', 'lunar-orbit-rendezvous', 'gemini-flights', 'apollo-1-fire']);
  for (const e of story.events) e.group = programme.has(e.id) ? 'programme' : after.has(e.id) ? 'after' : 'missions';
  const cite = (id: string) => story.events.find((e) => e.id === id)!.citations;
  story.eras = [
    { id: 'race', title: 'The race to the Moon, from the goal to the first landing', date: '1961-05-25/1969-07-20', dateBasis: 'stated', citations: cite('kennedy-moon-goal') },
    { id: 'landings', title: 'Six landings', date: '1969-07-20/1972-12-14', dateBasis: 'stated', citations: cite('apollo-11-landing') },
    { id: 'afterwards', title: 'Apollo hardware after the Moon', date: '1973-05/..', dateBasis: 'stated', citations: cite('skylab-launch') },
  ];
  return story;
}
