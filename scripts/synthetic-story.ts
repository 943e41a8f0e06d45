import type { Citation, Paragraph, Source, StoryEventInput, StoryInput } from '../src/model/types';

/**
 * A deterministic synthetic story for benchmarks and tests: `count` events over 1900–2030 with mixed
 * precision (≈60% day, 25% month, 15% year), ≈3% intervals `A/B`, ≈3% approximate `~`, titles of
 * 20–70 characters, one source of 200 paragraphs, and each event citing a verbatim quote from one of
 * them. The same `count` and `seed` always give the same story.
 */
export function syntheticStory(count: number, seed = 1): StoryInput {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number ≥ 0, got ${count}`);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

  const source = syntheticSource(random, pick, between);
  const paragraphWords = source.paragraphs.map((p) => p.text.split(' '));
  const width = Math.max(6, String(count).length);

  const events: StoryEventInput[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const paragraphIndex = Math.floor(random() * source.paragraphs.length);
    const words = paragraphWords[paragraphIndex];
    const quoteLength = Math.min(words.length, between(5, 12));
    const from = between(0, words.length - quoteLength);
    const citation: Citation = {
      source: source.id,
      paragraph: source.paragraphs[paragraphIndex].id,
      quote: words.slice(from, from + quoteLength).join(' '),
    };
    events[i] = {
      id: 'e' + String(i + 1).padStart(width, '0'),
      date: syntheticDate(random, between),
      title: syntheticTitle(pick),
      summary: `${pick(SUMMARY_OPENINGS)} ${pick(PLACES)} ${pick(SUMMARY_ENDINGS)}.`,
      citations: [citation],
      dateBasis: 'stated',
    };
  }
  return {
    title: `Synthetic chronicle of ${count} events (seed ${seed})`,
    sources: [source],
    events,
  };
}

/** A small, fast, seedable PRNG (mulberry32): uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2030;
const PARAGRAPH_COUNT = 200;

type Between = (lo: number, hi: number) => number;

/** An EDTF date string: a day, month or year, sometimes approximate, sometimes an interval. */
function syntheticDate(random: () => number, between: Between): string {
  const roll = random();
  const precisionRoll = random();
  const precision = precisionRoll < 0.6 ? 'day' : precisionRoll < 0.85 ? 'month' : 'year';
  if (roll < 0.03) {
    // Interval: an end after the start, at the same precision, within the range.
    const startYear = between(FIRST_YEAR, LAST_YEAR - 6);
    const a = calendarValue(precision, startYear, between);
    let b = calendarValue(precision, startYear + between(0, 5), between);
    if (b <= a) b = calendarValue(precision, startYear + 6, between);
    return `${a}/${b}`;
  }
  const value = calendarValue(precision, between(FIRST_YEAR, LAST_YEAR), between);
  return roll < 0.06 ? `${value}~` : value;
}

/** Zero-padded `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, always a real calendar date. */
function calendarValue(precision: 'day' | 'month' | 'year', year: number, between: Between): string {
  if (precision === 'year') return String(year);
  const month = between(1, 12);
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (precision === 'month') return ym;
  return `${ym}-${String(between(1, daysInMonth(year, month))).padStart(2, '0')}`;
}

/** A title of 20–70 characters from a seeded template. */
function syntheticTitle(pick: <T>(list: readonly T[]) => T): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const template = pick(TITLE_TEMPLATES);
    const title = template
      .replace('{place}', pick(PLACES))
      .replace('{city}', pick(CITIES))
      .replace('{person}', `${pick(GIVEN_NAMES)} ${pick(FAMILY_NAMES)}`)
      .replace('{office}', pick(OFFICES))
      .replace('{thing}', pick(THINGS))
      .replace('{org}', pick(ORGANISATIONS));
    if (title.length >= 20 && title.length <= 70) return title;
    if (title.length < 20) return `${title} in ${pick(CITIES)}`;
  }
  return `Treaty of ${pick(PLACES)} signed in ${pick(CITIES)}`.slice(0, 70);
}

function syntheticSource(
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
  between: Between,
): Source {
  const paragraphs: Paragraph[] = [];
  for (let p = 1; p <= PARAGRAPH_COUNT; p++) {
    const sentences: string[] = [];
    const sentenceCount = between(3, 6);
    for (let s = 0; s < sentenceCount; s++) {
      const subject = random() < 0.5 ? `${pick(GIVEN_NAMES)} ${pick(FAMILY_NAMES)}` : `the ${pick(ORGANISATIONS)}`;
      const sentence = `${pick(SENTENCE_OPENINGS)} ${subject} ${pick(VERBS)} ${pick(THINGS).toLowerCase()} ${pick(
        CONNECTIVES,
      )} ${pick(PLACES)} and ${pick(CITIES)}, ${pick(CLOSINGS)}.`;
      sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
    }
    paragraphs.push({ id: `p${p}`, text: sentences.join(' ') });
  }
  return {
    id: 'chronicle',
    title: 'A synthetic chronicle of the twentieth and twenty-first centuries',
    publisher: 'history-timeline benchmarks',
    published: '2030-12-31',
    paragraphs,
  };
}

const PLACES = [
  'Westmark', 'Eastvale', 'Norland', 'Sudria', 'Caldera', 'Valmont', 'Orestia', 'Lunaria', 'Brevia',
  'Kastellan', 'Montrose', 'Arvenia', 'Delmar', 'Zarkovia', 'Heliopolis', 'Tessaly', 'Rivenport',
  'Gallowmere', 'Ostmark', 'Palavia', 'Corvinia', 'Marisol', 'Ulmaria', 'Fenwick',
] as const;
const CITIES = [
  'Aldgate', 'Borovsk', 'Castellan', 'Dunmore', 'Elsinore', 'Farrow', 'Grenholm', 'Harwich', 'Ilvano',
  'Jarrow', 'Kesh', 'Lindqvist', 'Merrow', 'Novigrad', 'Oakhaven', 'Portree', 'Quillon', 'Rostov',
  'Selwyn', 'Tarrant', 'Umbra', 'Varanne', 'Wexford', 'Yarrow',
] as const;
const GIVEN_NAMES = [
  'Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Felix', 'Greta', 'Hugo', 'Irena', 'Jonas', 'Katya',
  'Lukas', 'Mira', 'Nikolai', 'Olga', 'Pavel', 'Rosa', 'Stefan', 'Tamar', 'Viktor',
] as const;
const FAMILY_NAMES = [
  'Abramov', 'Brandt', 'Castell', 'Dorval', 'Eriksen', 'Fontaine', 'Galloway', 'Hartmann', 'Ivanova',
  'Jansen', 'Kovac', 'Lindgren', 'Moreau', 'Novak', 'Orlov', 'Petrescu', 'Quist', 'Rossi', 'Sorensen',
  'Thorne',
] as const;
const OFFICES = ['president', 'prime minister', 'chancellor', 'foreign minister', 'governor', 'mayor'] as const;
const ORGANISATIONS = [
  'National Assembly', 'Supreme Court', 'Central Bank', 'Federal Council', 'Workers Union',
  'Academy of Sciences', 'Harbour Authority', 'Railway Company', 'Defence Ministry', 'Press Office',
] as const;
const THINGS = [
  'Trade agreement', 'Ceasefire', 'New constitution', 'Currency reform', 'Railway line', 'Border treaty',
  'Naval blockade', 'General strike', 'Land reform', 'Peace conference', 'Census', 'Emergency decree',
] as const;
const TITLE_TEMPLATES = [
  'Treaty of {place} signed in {city}',
  '{person} elected {office} of {place}',
  '{thing} announced in {city}',
  'Battle of {city} begins',
  '{org} of {place} dissolved',
  '{place} recognizes the government of {city}',
  '{person} resigns as {office}',
  '{thing} between {place} and {city} takes effect',
  'Floods devastate {city}, {place}',
  '{org} meets in {city} for the first time',
  '{person} arrives in {city} on a state visit',
  '{thing} collapses after protests in {place}',
] as const;
const SUMMARY_OPENINGS = [
  'A turning point for', 'Officials from', 'Crowds gathered across', 'Observers in',
  'A quiet agreement reshaped', 'News spread quickly through',
] as const;
const SUMMARY_ENDINGS = [
  'after weeks of negotiation', 'despite fierce opposition', 'as reported by the chronicle',
  'to the surprise of many', 'following a long dispute', 'under international pressure',
] as const;
const SENTENCE_OPENINGS = [
  'in the spring', 'by the end of the year', 'that autumn', 'after a long winter', 'within weeks',
  'according to witnesses', 'later that month', 'in a short statement',
] as const;
const VERBS = [
  'announced', 'rejected', 'negotiated', 'postponed', 'celebrated', 'opposed', 'ratified', 'proposed',
] as const;
const CONNECTIVES = ['between', 'on behalf of', 'together with', 'against the wishes of', 'alongside'] as const;
const CLOSINGS = [
  'which few had expected', 'and the markets fell sharply', 'to wide public acclaim',
  'while the delegates argued late into the night', 'and the newspapers printed special editions',
  'though the details stayed secret for years',
] as const;
