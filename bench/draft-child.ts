/**
 * One run of the drafting benchmark, in a fresh Node process (started by bench/draft.ts):
 * builds the long article, then times `draftStory` on it once cold (the first call in the process,
 * which includes chrono-node building its patterns, as `npm run draft` pays it) and WARM_CALLS
 * more times. Prints one JSON line on stdout.
 */
import { performance } from 'node:perf_hooks';
import { draftStory } from '../src/authoring';
import { longArticle, LONG_ARTICLE_PUBLISHED } from './long-article';

const WARM_CALLS = Number(process.argv[2] ?? 3);

const article = longArticle();
const options = { published: LONG_ARTICLE_PUBLISHED, title: 'Benchmark article', publisher: 'history-timeline benchmarks' };

let t0 = performance.now();
const first = draftStory(article.text, options);
const coldMs = performance.now() - t0;
const warmMs: number[] = [];
for (let i = 0; i < WARM_CALLS; i++) {
  t0 = performance.now();
  draftStory(article.text, options);
  warmMs.push(performance.now() - t0);
}
process.stdout.write(
  JSON.stringify({
    coldMs,
    warmMs,
    words: article.words,
    paragraphs: article.paragraphs,
    candidates: first.story.events.length,
    merged: first.summary.merged,
    furniture: first.summary.furniture,
    problems: first.problems.length,
    unresolved: first.unresolved.length,
  }) + '\n',
);
