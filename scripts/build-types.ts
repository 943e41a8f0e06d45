/**
 * Emits dist/lib/**\/*.d.ts with `tsc -p tsconfig.build.json`, then gives every relative specifier
 * in them a `.js` extension. src/ imports without extensions (moduleResolution "Bundler"), and
 * TypeScript copies specifiers as written; a user whose tsconfig says "nodenext" would otherwise
 * resolve none of the re-exports and see an empty module. Then checks that every package the
 * published declarations (those the package exports reach) import is one a user gets with ours: a
 * dependency, or its `@types/` package. With any other, a user's `tsc --strict` fails (TS7016 for
 * Luxon when @types/luxon was a devDependency; TS2307 under pnpm for a package we only get through
 * another, such as lit-html through lit).
 * Usage: tsx scripts/build-types.ts [outDir]   (default dist/lib)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist/lib'));

/** `./x` becomes `./x.js` or `./x/index.js`, whichever declaration file exists beside `file`. */
function withJsExtension(file: string, specifier: string): string {
  if (/\.(m|c)?js$/.test(specifier)) return specifier;
  const base = resolve(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  throw new Error(`${file}: cannot find the declaration file for "${specifier}"`);
}

const relativeSpecifier = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;
const bareSpecifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^./'"][^'"]*)\1/g;

/** The package a bare specifier names: `lit/decorators.js` → `lit`, `@lit/x/y` → `@lit/x`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** The declaration text without comments, where an example may mention any package. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Whether an installed package brings its own declarations (lit does; luxon leaves them to @types/luxon). */
function shipsTypes(name: string): boolean {
  const dir = join(root, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (manifest.types ?? manifest.typings) return true;
  return JSON.stringify(manifest.exports ?? {}).includes('"types"') || existsSync(join(dir, 'index.d.ts'));
}

/** `file imports "x", which ...` for each package the declarations import that a user would not have. */
function undeclaredTypeImports(file: string, text: string, dependencies: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [, , specifier] of withoutComments(text).matchAll(bareSpecifier)) {
    const name = packageOf(specifier);
    const typesName = `@types/${name.replace(/^@([^/]+)\//, '$1__')}`;
    if (typesName in dependencies || (name in dependencies && shipsTypes(name))) continue;
    problems.push(
      name in dependencies
        ? `${file} imports "${specifier}", whose types are in ${typesName}, which is not a dependency of the package`
        : `${file} imports "${specifier}", which is not a dependency of the package (nor is ${typesName})`,
    );
  }
  return problems;
}

/** The declaration files a user can reach: the package exports' `types`, and what they import, transitively. */
function publishedDeclarations(exportsField: unknown): string[] {
  const types = JSON.stringify(exportsField ?? {}).match(/"\.\/dist\/lib\/[^"]+\.d\.ts"/g) ?? [];
  const queue = [...new Set(types)].map((t) => join(outDir, JSON.parse(t).slice('./dist/lib/'.length)));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, , , spec] of withoutComments(readFileSync(file, 'utf8')).matchAll(relativeSpecifier)) {
      queue.push(resolve(dirname(file), spec.replace(/\.js$/, '.d.ts')));
    }
  }
  return [...seen];
}

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

execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir],
  { stdio: 'inherit' },
);
const files = declarationFiles(outDir);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const rewritten = rewriteDeclaration(file, text);
  if (rewritten !== text) writeFileSync(file, rewritten);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; exports?: unknown };
const undeclared = publishedDeclarations(pkg.exports).flatMap((file) =>
  undeclaredTypeImports(relative(outDir, file), readFileSync(file, 'utf8'), pkg.dependencies ?? {}),
);
if (undeclared.length > 0) {
  console.error(`build-types: the published types import packages a user would not have:\n${undeclared.join('\n')}`);
  process.exit(1);
}
console.log(`build-types: ${files.length} declaration files in ${relative(root, outDir) || '.'}/`);
