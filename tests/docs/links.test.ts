import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const heading of outsideFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** The text with fenced code blocks blanked, so links and headings inside them are not read. */
function outsideFences(markdown: string): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line;
    })
    .join('\n');
}

/** The targets of the Markdown links and images in a page, outside code, that are not absolute URLs. */
export function relativeLinks(markdown: string): string[] {
  const text = outsideFences(markdown).replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** Every link in `file` (a path under `root`) whose file or heading does not exist, one sentence each. */
export function brokenLinks(root: string, file: string, read = (path: string) => readFileSync(path, 'utf8')): string[] {
  const problems: string[] = [];
  for (const target of relativeLinks(read(join(root, file)))) {
    const [path, anchor] = target.split('#', 2) as [string, string | undefined];
    const resolved = path ? join(root, dirname(file), decodeURIComponent(path)) : join(root, file);
    if (path && !existsSync(resolved)) {
      problems.push(`${file}: the link "${target}" points at ${relative(root, resolved)}, which does not exist.`);
      continue;
    }
    if (anchor && resolved.endsWith('.md') && !headingAnchors(read(resolved)).has(anchor)) {
      problems.push(`${file}: the link "${target}" names #${anchor}, which is not a heading of ${relative(root, resolved)}.`);
    }
  }
  return problems;
}

const pages = ['README.md', 'BENCHMARKS.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('the link check', () => {
  test('anchors follow GitHub: code marks and punctuation dropped, spaces as dashes, repeats numbered', () => {
    const page = '# Title\n## `<history-timeline>`\n### `$schema`\n## Theming: custom properties\n## Title\n```\n# not a heading\n```\n';
    expect([...headingAnchors(page)]).toEqual(['title', 'history-timeline', 'schema', 'theming-custom-properties', 'title-1']);
  });

  test('only relative links outside code are read, images included', () => {
    const page = '[a](docs/a.md) ![b](b.png) [c](https://example.org) `[d](d.md)` [e](#top)\n```\n[f](f.md)\n```\n<https://x.org>';
    expect(relativeLinks(page)).toEqual(['docs/a.md', 'b.png', '#top']);
  });

  test('a missing file and a missing heading are reported; links that resolve are not', () => {
    const files: Record<string, string> = {
      [join(root, 'docs/page.md')]: '# Page\n[ok](../README.md) [gone](nowhere.md) [here](#page) [lost](#nothing) [there](api.md#no-such-heading)',
    };
    const read = (path: string) => files[path] ?? readFileSync(path, 'utf8');
    expect(brokenLinks(root, 'docs/page.md', read)).toEqual([
      'docs/page.md: the link "nowhere.md" points at docs/nowhere.md, which does not exist.',
      'docs/page.md: the link "#nothing" names #nothing, which is not a heading of docs/page.md.',
      'docs/page.md: the link "api.md#no-such-heading" names #no-such-heading, which is not a heading of docs/api.md.',
    ]);
  });
});

describe.each(pages)('%s', (page) => {
  test('every relative link points at a file that exists, and every #anchor at one of its headings', () => {
    expect(brokenLinks(root, page)).toEqual([]);
  });
});
