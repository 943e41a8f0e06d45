import { parse, type Parse, type Person, type Term } from '../nlp';

/** The sentence as the headline code reads it: its terms, the dates left out, the word lists the rules use. */

export const MAX_HEADLINE_WORDS = 12;

/** A span of the sentence, as offsets into it; `end` is exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface HeadlineSource {
  /** The sentence that tells the event. */
  sentence: string;
  /** The part of the sentence that tells this event (its quote); the whole sentence when absent. */
  focus?: TextSpan;
  /** Date phrases in the sentence, left out of the title. */
  dates?: TextSpan[];
  /** The event's own date phrase (one of `dates`); none for an event the sentence does not date. */
  anchor?: TextSpan;
  /** Text before the sentence (its paragraph so far, and the paragraphs before), to name who "he" or "it" is. */
  before?: string;
  /** The people the article names (surname, lower case; gender when a first name gave it), the most named first. */
  people?: readonly Person[];
  /** The article's lead actor (the opening sentence's named subject, "Calder United"): who "they" are when nothing nearer names it. */
  actor?: string;
}

// Verbs that report what someone said: the event is what was said, when that is a clause.
export const SPEECH = new Set(['say', 'tell', 'add', 'report', 'state', 'write', 'announce', 'confirm', 'reveal', 'disclose', 'explain', 'note', 'claim', 'insist', 'warn', 'argue', 'acknowledge']);
// Verbs of saying: "the coach said" is the clause's verb, never a participle after a noun.
export const SAID = new Set(['say', 'tell', 'add', 'state', 'write', 'note', 'explain', 'insist', 'claim', 'argue']);
// Words that open a clause the event is not told in (relative and subordinate clauses).
export const SUBORDINATOR = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'whereas', 'although', 'though', 'because', 'since', 'if', 'unless', 'until', 'once', 'after', 'before', 'whether', 'amid', 'despite', 'including', 'following', 'whilst']);
export const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
// Words a headline never ends on.
export const DANGLING = new Set(['and', 'or', 'but', 'nor', 'of', 'the', 'a', 'an', 'to', 'for', 'from', 'with', 'by', 'in', 'on', 'at', 'as', 'into', 'onto', 'than', 'that', 'which', 'who', 'whom', 'whose', 'because', 'when', 'while', 'after', 'before', 'since', 'until', 'during', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'also', 'about', 'over', 'under', 'between', 'through', 'throughout', 'per', 'via', 'amid', 'despite', 'if', 'so', 'not', 'such', 'very']);
export const PRONOUN_SUBJECT = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
export const POSSESSIVE: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };
// Adverbs that tie a sentence to the one before and say nothing in a headline.
export const FILLER_ADVERB = new Set(['also', 'then', 'later', 'meanwhile', 'however', 'subsequently', 'additionally', 'further', 'furthermore', 'moreover', 'still', 'already', 'now', 'eventually', 'finally', 'reportedly', 'previously', 'earlier', 'thus', 'too', 'just', 'recently']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
export const HAVE = new Set(['has', 'have', 'had', 'having']);
export const MODAL_KEPT = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'ought']);
export const HARD_BREAK = /[;:()[\]—–]|\s-\s|^\s*-\s/;

/**
 * Events told as nouns ("following the collapse of the Soviet-backed government in 1992"):
 * the verb that tells them ("Soviet-backed government collapses"). `of`: the noun takes "of X".
 */
export const EVENT_NOUNS: Record<string, { singular: string; plural: string; of: boolean }> = {
  collapse: { singular: 'collapses', plural: 'collapse', of: true },
  fall: { singular: 'falls', plural: 'fall', of: true },
  death: { singular: 'dies', plural: 'die', of: true },
  resignation: { singular: 'resigns', plural: 'resign', of: true },
  launch: { singular: 'launches', plural: 'launch', of: true },
  opening: { singular: 'opens', plural: 'open', of: true },
  closure: { singular: 'closes', plural: 'close', of: true },
  founding: { singular: 'is founded', plural: 'are founded', of: true },
  creation: { singular: 'is created', plural: 'are created', of: true },
  election: { singular: 'is elected', plural: 'are elected', of: true },
  arrival: { singular: 'arrives', plural: 'arrive', of: true },
  invasion: { singular: 'is invaded', plural: 'are invaded', of: true },
  signing: { singular: 'is signed', plural: 'are signed', of: true },
  release: { singular: 'is released', plural: 'are released', of: true },
  completion: { singular: 'is completed', plural: 'are completed', of: true },
  construction: { singular: 'is built', plural: 'are built', of: true },
  earthquake: { singular: 'strikes', plural: 'strike', of: false },
  earthquakes: { singular: 'strike', plural: 'strike', of: false },
  quake: { singular: 'strikes', plural: 'strike', of: false },
  flood: { singular: 'hits', plural: 'hit', of: false },
  floods: { singular: 'hit', plural: 'hit', of: false },
  flooding: { singular: 'hits', plural: 'hit', of: false },
  storm: { singular: 'hits', plural: 'hit', of: false },
  cyclone: { singular: 'hits', plural: 'hit', of: false },
  hurricane: { singular: 'hits', plural: 'hit', of: false },
  typhoon: { singular: 'hits', plural: 'hit', of: false },
  fire: { singular: 'breaks out', plural: 'break out', of: false },
  war: { singular: 'breaks out', plural: 'break out', of: false },
  protests: { singular: 'break out', plural: 'break out', of: false },
};

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export interface Reading {
  parse: Parse;
  terms: Term[];
  /** Terms left out: the date phrases and the prepositions that led into them. */
  removed: boolean[];
  focusFirst: number;
  focusLast: number;
}

export const overlaps = (t: Term, s: TextSpan) => t.start < s.end && t.end > s.start;
// A full stop after an abbreviation ("Mrs.", "U.S.", "Co.") ends nothing.
export const abbreviation = (t: Term) => t.tags.has('Abbreviation') || t.tags.has('Honorific') || t.tags.has('Acronym') || /^\p{L}$/u.test(t.text);
export const hardBreakAfter = (t: Term) => HARD_BREAK.test(t.post) || (/[.!?]["”’]?\s*$/.test(t.post) && !(t.post.trim() === '.' && abbreviation(t)));
export const commaAfter = (t: Term) => t.post.includes(',');
export const bare = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
export const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function read(source: HeadlineSource): Reading {
  const p = parse(source.sentence);
  const terms = p.terms;
  const dates = source.dates ?? [];
  const removed = terms.map((t) => dates.some((d) => overlaps(t, d)));
  // "the 2017 Stella Prize": a year naming which one stays out of the title like any date.
  terms.forEach((t, i) => {
    if (t.tags.has('Year') && /^\d{4}$/.test(t.text) && i > 0 && (terms[i - 1].tags.has('Determiner') || terms[i - 1].tags.has('Possessive')) && terms[i + 1]?.tags.has('Noun') && !terms[i + 1].tags.has('Date')) removed[i] = true;
  });
  for (let i = terms.length - 2; i >= 0; i--) {
    if (!removed[i] && removed[i + 1] && terms[i].tags.has('Preposition') && !/[,;]/.test(terms[i].post)) removed[i] = true;
  }
  // "on Monday evening", "late on Sunday", "By late Sunday night local time": the time of day goes with the date.
  for (let i = terms.length - 2; i >= 0; i--) {
    if (!removed[i] && removed[i + 1] && /^(late|early)$/.test(terms[i].normal)) removed[i] = true;
  }
  for (let i = 1; i < terms.length; i++) {
    if (removed[i - 1] && !removed[i] && /^(morning|afternoon|evening|night|midday|noon|midnight)$/.test(terms[i].normal)) removed[i] = true;
    if (removed[i - 1] && terms[i].normal === 'local' && terms[i + 1]?.normal === 'time') removed[i] = removed[i + 1] = true;
  }
  let focusFirst = 0;
  let focusLast = terms.length - 1;
  const focus = source.focus;
  if (focus) {
    const inFocus = terms.map((t, i) => (overlaps(t, focus) ? i : -1)).filter((i) => i >= 0);
    if (inFocus.length > 0) {
      focusFirst = inFocus[0];
      focusLast = inFocus[inFocus.length - 1];
    }
  }
  return { parse: p, terms, removed, focusFirst, focusLast };
}
