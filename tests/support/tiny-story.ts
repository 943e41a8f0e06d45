/** A tiny valid story for tests, DOM-free so Node tests can use it too. */

export interface TinyEvent {
  id: string;
  date: string;
  title?: string;
}

/** A valid story of these events: one source with a paragraph per event, each event citing its own. */
export function storyInput(events: readonly TinyEvent[]) {
  return {
    title: 'A tiny story',
    sources: [
      {
        id: 'src',
        title: 'A source',
        paragraphs: events.map((e, i) => ({ id: `p${i}`, text: `Here ${e.title ?? e.id} happened.` })),
      },
    ],
    events: events.map((e, i) => ({
      id: e.id,
      date: e.date,
      title: e.title ?? e.id,
      dateBasis: 'stated',
      citations: [{ source: 'src', paragraph: `p${i}`, quote: e.title ?? e.id }],
    })),
  };
}
