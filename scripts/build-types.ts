/**
 * Emits dist/lib/**\/*.d.ts with `tsc -p tsconfig.build.json`, then gives every relative specifier
 * in them a `.js` extension. src/ imports without extensions (moduleResolution "Bundler"), and
 * TypeScript copies specifiers as written; a user whose tsconfig says "nodenext" would otherwise
 * resolve none of the re-exports and see an empty module.
 * Usage: tsx scripts/build-types.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/lib');

/** `./x` becomes `./x.js` or `./x/index.js`, whichever declaration file exists beside `file`. */
function withJsExtension(file: string, specifier: string): string {
  if (/\.(m|c)?js$/.test(specifier)) return specifier;
  const base = resolve(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  throw new Error(`${file}: cannot find the declaration file for "${specifier}"`);
}

const relativeSpecifier = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function rewriteDeclaration(file: string, text: string): string {
  return text.replace(relativeSpecifier, (_all, lead: string, quote: string, spec: string) => {
    return `${lead}${quote}${withJsExtension(file, spec)}${quote}`;
  });
}

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return declarationFiles(path);
    return entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
const files = declarationFiles(outDir);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const rewritten = rewriteDeclaration(file, text);
  if (rewritten !== text) writeFileSync(file, rewritten);
}
console.log(`build-types: ${files.length} declaration files in dist/lib/`);
