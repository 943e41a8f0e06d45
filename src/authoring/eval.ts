import type { StoryEventInput, StoryInput } from '../model/types';
import { headlineProblems } from './headlines';

/**
 * Scores a draft against a hand-made list of the events an article dates. A draft event finds an
 * expected event when its date is the same EDTF text (so the same date at the same precision) and
 * it cites one of the expected event's paragraphs; each draft event finds at most one. Expected
 * events no draft event finds are missed; draft events that find none are spurious. A found event
 * is publishable as drafted when its title also passes the headline rules (`headlineProblems`)
 * and mentions the event: it has a word of the expected event's `mentions`, compared on stems.
 */

export interface ExpectedEvent {
  date: string;
  /** Paragraph ids that report the event; any one cited by the draft event counts. */
  paragraphs: string[];
  /** The phrase, for people reading the list and the table. */
  phrase?: string;
  /** Words a title must have one of to tell this event ("council", "bridge"), compared on stems; any title when absent. */
  mentions?: string[];
}

/** A found event that could not be published as drafted, and why. */
export interface Unpublishable {
  expected: ExpectedEvent;
  title: string;
  reasons: string[];
}

export interface Score {
  expected: number;
  found: number;
  missed: ExpectedEvent[];
  spurious: StoryEventInput[];
  /** Draft events. */
  drafted: number;
  /** Found events whose title passes the headline rules and mentions the event. */
  publishable: number;
  /** Found events that are not publishable as drafted, with the reasons. */
  unpublishable: Unpublishable[];
}

/** Read an expected list from JSON ({ published?, timeZone?, events: [{ date, paragraph | paragraphs, phrase?, mentions? }] }); problems as messages. */
export function readExpected(input: unknown): { events: ExpectedEvent[]; published?: string; timeZone?: string; problems: string[] } {
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
    const mentions = Array.isArray(item.mentions) ? item.mentions.filter((m): m is string => typeof m === 'string' && /\S/.test(m)) : undefined;
    if (item.mentions !== undefined && (!mentions || mentions.length === 0)) problems.push(`events[${i}].mentions needs one word or more`);
    const event: ExpectedEvent = { date: item.date, paragraphs, phrase: typeof item.phrase === 'string' ? item.phrase : undefined };
    if (mentions && mentions.length > 0) event.mentions = mentions;
    events.push(event);
  });
  const published = typeof object.published === 'string' ? object.published : undefined;
  // The story's zone, as `npm run draft -- --time-zone` gives it.
  const timeZone = typeof object.timeZone === 'string' ? object.timeZone : undefined;
  return { events, published, ...(timeZone ? { timeZone } : {}), problems };
}

// Words too common to say which event a title tells.
const NOT_MENTIONS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'as', 'by', 'with', 'from', 'its', 'their', 'his', 'her']);

/** The expected list of a hand-made story: its events whose date the text states; its titles' words are the mentions. */
export function expectedFromStory(story: StoryInput): ExpectedEvent[] {
  return story.events
    .filter((e) => e.dateBasis === 'stated')
    .map((e) => ({
      date: e.date,
      paragraphs: [...new Set(e.citations.map((c) => c.paragraph))],
      phrase: e.title,
      mentions: e.title.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length > 2 && !NOT_MENTIONS.has(w.toLowerCase())),
    }));
}

/** A word's stem for comparing mentions: lower case, accents, possessive and common endings off ("marries", "married", "marry" → "marri"). */
export function mentionStem(word: string): string {
  let w = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s?$/, '');
  if (w.length > 4) w = w.replace(/(?:ies|ied|y)$/, 'i').replace(/(?:ing|ed|es|e|s)$/, '');
  return w;
}

/** Whether a title has one of the words (compared on stems). */
export function mentionsEvent(title: string, mentions: readonly string[]): boolean {
  const stems = new Set(title.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean).map(mentionStem));
  return mentions.some((m) => m.split(/\s+/).every((w) => stems.has(mentionStem(w))));
}

/** Why a found event's title cannot be published as drafted; empty when it can. */
export function publishProblems(title: string, expected: ExpectedEvent): string[] {
  const reasons = headlineProblems(title);
  if (expected.mentions && !mentionsEvent(title, expected.mentions)) reasons.push(`It mentions none of ${expected.mentions.map((m) => `"${m}"`).join(', ')}.`);
  return reasons;
}

export function scoreDraft(draft: StoryInput, expected: ExpectedEvent[]): Score {
  const used = new Set<number>();
  const missed: ExpectedEvent[] = [];
  const unpublishable: Unpublishable[] = [];
  let found = 0;
  let publishable = 0;
  for (const want of expected) {
    const matches = draft.events
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => !used.has(i) && e.date === want.date && e.citations.some((c) => want.paragraphs.includes(c.paragraph)));
    // Of two drafts of the same date and paragraph, the one whose title tells this event finds it.
    const hit = matches.find(({ e }) => publishProblems(e.title, want).length === 0) ?? matches[0];
    if (!hit) {
      missed.push(want);
      continue;
    }
    used.add(hit.i);
    found++;
    const reasons = publishProblems(hit.e.title, want);
    if (reasons.length === 0) publishable++;
    else unpublishable.push({ expected: want, title: hit.e.title, reasons });
  }
  const spurious = draft.events.filter((_, i) => !used.has(i));
  return { expected: expected.length, found, missed, spurious, drafted: draft.events.length, publishable, unpublishable };
}
