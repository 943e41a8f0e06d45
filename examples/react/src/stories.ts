import type { StoryInput } from 'history-timeline';

/** Two small stories, kept as objects: the app passes them to the element's `story` property. */
export const stories = {
  apollo: {
    title: 'Apollo 11',
    sources: [
      {
        id: 'nasa',
        title: 'Apollo 11 mission overview',
        publisher: 'NASA',
        paragraphs: [
          { id: 'p1', text: 'Apollo 11 launched from Cape Kennedy on July 16, 1969.' },
          { id: 'p2', text: 'Armstrong and Aldrin landed in the Sea of Tranquility on July 20, 1969.' },
          { id: 'p3', text: 'The crew splashed down in the Pacific Ocean on July 24, 1969.' },
        ],
      },
    ],
    events: [
      {
        id: 'launch',
        date: '1969-07-16',
        title: 'Launch',
        dateBasis: 'stated',
        citations: [{ source: 'nasa', paragraph: 'p1', quote: 'launched from Cape Kennedy on July 16, 1969' }],
      },
      {
        id: 'landing',
        date: '1969-07-20',
        title: 'Landing',
        dateBasis: 'stated',
        citations: [{ source: 'nasa', paragraph: 'p2', quote: 'landed in the Sea of Tranquility on July 20, 1969' }],
      },
      {
        id: 'splashdown',
        date: '1969-07-24',
        title: 'Splashdown',
        dateBasis: 'stated',
        citations: [{ source: 'nasa', paragraph: 'p3', quote: 'splashed down in the Pacific Ocean on July 24, 1969' }],
      },
    ],
  },
  berlin: {
    title: 'The Berlin Wall',
    sources: [
      {
        id: 'notes',
        title: 'Notes on the Berlin Wall',
        paragraphs: [
          { id: 'p1', text: 'Construction of the wall began on 13 August 1961.' },
          { id: 'p2', text: 'The border crossings opened on the night of 9 November 1989.' },
        ],
      },
    ],
    events: [
      {
        id: 'wall-built',
        date: '1961-08-13',
        title: 'The wall goes up',
        dateBasis: 'stated',
        citations: [{ source: 'notes', paragraph: 'p1', quote: 'Construction of the wall began on 13 August 1961' }],
      },
      {
        id: 'wall-opened',
        date: '1989-11-09',
        title: 'The crossings open',
        dateBasis: 'stated',
        citations: [{ source: 'notes', paragraph: 'p2', quote: 'The border crossings opened' }],
      },
    ],
  },
} satisfies Record<string, StoryInput>;

export type StoryName = keyof typeof stories;
