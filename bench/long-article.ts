import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The articles the long article is made of, in order: the real one, then the drafting test corpus. */
export const ARTICLE_PARTS = [
  'data/russia-recognizes-taliban.article.txt',
  'tests/fixtures/draft-corpus/election.article.txt',
  'tests/fixtures/draft-corpus/harbour-strike.article.txt',
  'tests/fixtures/draft-corpus/museum.article.txt',
  'tests/fixtures/draft-corpus/trade-deal.article.txt',
  'tests/fixtures/draft-corpus/bridge.article.md',
];

/** The publication date the long article is drafted against (the real article's). */
export const LONG_ARTICLE_PUBLISHED = '2025-07-03';
export const LONG_ARTICLE_WORDS = 5_000;

export interface LongArticle {
  text: string;
  words: number;
  paragraphs: number;
  /** How many passes over ARTICLE_PARTS it took (the last one partial). */
  passes: number;
}

/** Paragraphs of one file: blank-line separated (wrapped lines joined), or one per line when it has no blank line. */
function paragraphsOf(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  if (/\n[ \t]*\n/.test(normalized)) {
    return normalized
      .split(/\n[ \t]*\n+/)
      .map((p) => p.split('\n').map((line) => line.trim()).join(' ').trim())
      .filter(Boolean);
  }
  return normalized.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** Every four-digit year 1800–2099 (also in "1990s") moved back by `years`; other numbers are left alone. */
function shiftYears(paragraph: string, years: number): string {
  if (years === 0) return paragraph;
  return paragraph.replace(/\b(1[89]\d\d|20\d\d)(?=s?\b)/g, (year) => String(Number(year) - years));
}

/**
 * A deterministic article of at least `minWords` words (default 5,000) for the drafting and editor
 * benchmarks: the paragraphs of ARTICLE_PARTS, repeated pass after pass with every year moved back
 * by ten more years each pass (pass 2: 2025 → 2015, "the 1990s" → "the 1980s"), so the passes state
 * distinct dates and are not merged into the first one's events. Paragraphs are blank-line separated
 * (the .md file's headings stay, as a pasted article's would). Relative phrases ("last year",
 * "on Thursday") still resolve against LONG_ARTICLE_PUBLISHED. Whole paragraphs only: it stops after
 * the paragraph that reaches `minWords`.
 */
export function longArticle(minWords = LONG_ARTICLE_WORDS): LongArticle {
  const parts = ARTICLE_PARTS.map((path) => paragraphsOf(readFileSync(join(ROOT, path), 'utf8')));
  const out: string[] = [];
  let words = 0;
  let pass = 0;
  while (words < minWords) {
    for (const paragraphs of parts) {
      for (const paragraph of paragraphs) {
        if (words >= minWords) break;
        const shifted = shiftYears(paragraph, pass * 10);
        out.push(shifted);
        words += shifted.split(/\s+/).filter(Boolean).length;
      }
    }
    pass++;
  }
  return { text: out.join('\n\n') + '\n', words, paragraphs: out.length, passes: pass };
}
