import type { StoryEventInput, StoryInput } from '../model/types';

/**
 * Scores a draft against a hand-made list of the events an article dates. A draft event finds an
 * expected event when its date is the same EDTF text (so the same date at the same precision) and
 * it cites one of the expected event's paragraphs; each draft event finds at most one. Expected
 * events no draft event finds are missed; draft events that find none are spurious.
 */

export interface ExpectedEvent {
  date: string;
  /** Paragraph ids that report the event; any one cited by the draft event counts. */
  paragraphs: string[];
  /** The phrase, for people reading the list and the table. */
  phrase?: string;
}

export interface Score {
  expected: number;
  found: number;
  missed: ExpectedEvent[];
  spurious: StoryEventInput[];
  /** Draft events. */
  drafted: number;
}

/** Read an expected list from JSON ({ events: [{ date, paragraph | paragraphs, phrase? }] }); problems as messages. */
export function readExpected(input: unknown): { events: ExpectedEvent[]; published?: string; problems: string[] } {
  const problems: string[] = [];
  const events: ExpectedEvent[] = [];
  const object = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
  if (!object || !Array.isArray(object.events)) return { events, problems: ['the expected list needs an "events" array'] };
  object.events.forEach((e: unknown, i: number) => {
    const item = typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : {};
    const paragraphs = Array.isArray(item.paragraphs) ? item.paragraphs.filter((p): p is string => typeof p === 'string') : typeof item.paragraph === 'string' ? [item.paragraph] : [];
    if (typeof item.date !== 'string' || paragraphs.length === 0) {
      problems.push(`events[${i}] needs a "date" string and a "paragraph" (or "paragraphs")`);
      return;
    }
    events.push({ date: item.date, paragraphs, phrase: typeof item.phrase === 'string' ? item.phrase : undefined });
  });
  const published = typeof object.published === 'string' ? object.published : undefined;
  return { events, published, problems };
}

/** The expected list of a hand-made story: its events whose date the text states. */
export function expectedFromStory(story: StoryInput): ExpectedEvent[] {
  return story.events
    .filter((e) => e.dateBasis === 'stated')
    .map((e) => ({ date: e.date, paragraphs: [...new Set(e.citations.map((c) => c.paragraph))], phrase: e.title }));
}

export function scoreDraft(draft: StoryInput, expected: ExpectedEvent[]): Score {
  const used = new Set<number>();
  const missed: ExpectedEvent[] = [];
  let found = 0;
  for (const want of expected) {
    const hit = draft.events.findIndex(
      (e, i) => !used.has(i) && e.date === want.date && e.citations.some((c) => want.paragraphs.includes(c.paragraph)),
    );
    if (hit === -1) missed.push(want);
    else {
      used.add(hit);
      found++;
    }
  }
  const spurious = draft.events.filter((_, i) => !used.has(i));
  return { expected: expected.length, found, missed, spurious, drafted: draft.events.length };
}
