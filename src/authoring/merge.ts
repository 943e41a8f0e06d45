import { parseEdtf } from '../model/edtf';

/**
 * When two candidates are one event: an event in paragraph 3 told again in paragraph 9. The text
 * makes that clear when (1) the dates agree, equal or one a single period inside the other
 * ("August 2021" and "15 August 2021"), and (2) the two quotes share a distinctive word: one that
 * is not a stop word, is written in lower case (not a name) and appears in few paragraphs of the
 * article (so "Taliban" in a story about the Taliban does not count, "power" in two sentences
 * about seizing power does).
 */

const STOP = new Set(
  `a an the and or but of in on at to for from by with as into onto over under about after before since until during than then this that these those there here it its it's they them their he him his she her we our you your i me my is are was were be been being has have had do does did will would shall should can could may might must not no yes so if also too very more most much many some any each other such only own same just one two three first last next new said says say told according statement year years month months week weeks day days today yesterday ago early late mid which who whom whose what when where why how while including following january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday`.split(
    ' ',
  ),
);

/** A crude stem so "seizing", "seized" and "seize" meet. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  if (w.length > 5) w = w.replace(/(ing|ed|es|s)$/, '');
  return w;
}

/** The content-word stems of a text; with `commonOnly`, only words written in lower case (no names). */
export function contentStems(text: string, commonOnly = false): Set<string> {
  const out = new Set<string>();
  for (const raw of text.match(/[\p{L}][\p{L}’'-]*/gu) ?? []) {
    if (commonOnly && !/^\p{Ll}/u.test(raw)) continue;
    const word = raw.toLowerCase();
    if (word.length < 3 || STOP.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/**
 * Whether two dates are compatible for a merge, and the one to keep (the finer); null when not.
 * Intervals and open ends merge only when equal.
 */
export function mergedDate(a: string, b: string): string | null {
  if (a === b) return a;
  const pa = parseEdtf(a);
  const pb = parseEdtf(b);
  if (!pa.ok || !pb.ok || pa.value.form !== 'point' || pb.value.form !== 'point') return null;
  const [outer, inner] = pa.value.endMs - pa.value.startMs >= pb.value.endMs - pb.value.startMs ? [pa.value, pb.value] : [pb.value, pa.value];
  return inner.startMs >= outer.startMs && inner.endMs <= outer.endMs ? inner.edtf : null;
}

/** Document frequency of each stem over the paragraphs' texts. */
export function stemFrequency(paragraphs: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of paragraphs) for (const s of contentStems(text)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/**
 * Shared distinctive stems of two quotes: in both, in at most `maxParagraphs` paragraphs, and
 * written in lower case in both, so the shared word is about what happened ("power", "mayor"),
 * not only who took part (a name shared by two different events).
 */
export function sharedDistinctive(a: string, b: string, frequency: Map<string, number>, maxParagraphs: number): string[] {
  const sb = contentStems(b, true);
  return [...contentStems(a, true)].filter((s) => sb.has(s) && (frequency.get(s) ?? 0) <= maxParagraphs);
}
