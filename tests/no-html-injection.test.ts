import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Story text comes from JSON documents; it must reach the DOM only through Lit's escaped bindings.
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'unsafeHTML', pattern: /\bunsafeHTML\b/ },
  { name: 'unsafeSVG', pattern: /\bunsafeSVG\b/ },
  { name: 'unsafeStatic', pattern: /\bunsafeStatic\b/ },
  { name: '.innerHTML', pattern: /\.innerHTML\b/ },
  { name: 'outerHTML =', pattern: /\bouterHTML\s*=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\b/ },
  { name: 'DOMParser', pattern: /\bDOMParser\b/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
];

/** Every forbidden use in one file's text, as `file:line: name: the line`. */
function findHtmlInjection(file: string, text: string): string[] {
  const found: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const { name, pattern } of FORBIDDEN) {
      if (pattern.test(line)) found.push(`${file}:${i + 1}: ${name}: ${line.trim()}`);
    }
  });
  return found;
}

const root = fileURLToPath(new URL('../', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('no HTML injection', () => {
  test('the scanner reports each forbidden use with file and line', () => {
    const text = [
      "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
      'const ok = html`<p>${story.title}</p>`;',
      'el.innerHTML = story.title;',
      'if (el.outerHTML === x) el.outerHTML = y;',
      'new DOMParser().parseFromString(s, "text/html");',
    ].join('\n');
    expect(findHtmlInjection('src/x.ts', text)).toEqual([
      "src/x.ts:1: unsafeHTML: import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
      'src/x.ts:3: .innerHTML: el.innerHTML = story.title;',
      'src/x.ts:4: outerHTML =: if (el.outerHTML === x) el.outerHTML = y;',
      'src/x.ts:5: DOMParser: new DOMParser().parseFromString(s, "text/html");',
    ]);
  });

  test('src/ never writes markup from strings', () => {
    const files = tsFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((f) => findHtmlInjection(relative(root, f), readFileSync(f, 'utf8')));
    expect(found, `HTML injection sinks in src/ (render text through Lit bindings instead):\n${found.join('\n')}`).toEqual(
      [],
    );
  });
});
