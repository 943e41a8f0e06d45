/**
 * Random and hostile variants of real stories, for property tests of the validator: each is a seed
 * story with values at random places replaced by something wrong (another type, empty, too long,
 * a neighbour's id, markup), so every rule that decides what is drawn gets exercised.
 */
import fc from 'fast-check';
import articleStory from '../../data/russia-recognizes-taliban.story.json';
import picturesStory from '../../examples/pictures.story.json';
import afternoonStory from '../../examples/one-afternoon.story.json';
import hostileStory from '../fixtures/hostile-story.json';

const SEEDS: unknown[] = [articleStory, picturesStory, afternoonStory, hostileStory];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in the story, as keys and indices. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** Values a story should not have where it has them (and a few it may). */
const wrongValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constantFrom<Json | undefined>(undefined, null, '', ' ', 0, -1, 1.5, true, false, [], {}, 'stated', 'inferred', 'heading', '1994', '2021-08-15', '1996-09/2001-11', '2021-13-40', 'p1', '#fff', 'red', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', 'Europe/Paris', 'Mars/Base'),
  fc.string({ maxLength: 12 }),
  fc.integer().map((n) => String(n)),
  fc.constantFrom(301, 2001, 100_001).map((n) => 'x'.repeat(n)),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** A copy of `story` with value `k` of its paths (wrapping) replaced, or deleted when `to` is undefined; or one of its lists' items repeated. */
function mutated(story: Json, k: number, to: Json | undefined, repeat: boolean): Json {
  const copy = structuredClone(story) as Json;
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[k % all.length];
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (repeat && Array.isArray(parent)) parent.push(structuredClone(parent[last as number]));
  else if (to === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = to;
  return copy;
}

/** A story from a seed, changed in one to six places. */
export const mutatedStory: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), wrongValue, fc.nat(9).map((n) => n < 2)), { minLength: 1, maxLength: 6 }))
  .map(([seed, changes]) => changes.reduce<Json>((story, [k, to, repeat]) => mutated(story, k, to, repeat), seed as Json));
