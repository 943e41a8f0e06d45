/**
 * Compares the API reference page (docs/api.md) with a custom elements manifest, both ways.
 * Used by tests/scripts/api-docs.test.ts. Usage: tsx scripts/api-docs.ts [docs/api.md]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The page the check reads, as named in its messages. */
export const API_PAGE = 'docs/api.md';

export const SECTIONS = [
  'Attributes',
  'Properties',
  'Methods',
  'Events',
  'CSS parts',
  'CSS custom properties',
] as const;
export type Section = (typeof SECTIONS)[number];

/** For each tag, for each section, the documented names. */
export type ApiNames = Map<string, Map<Section, Set<string>>>;

export interface ApiPage {
  elements: ApiNames;
  /** Lines inside an element's section the parser could not place, each with its line number. */
  problems: string[];
}

const emptySections = () => new Map<Section, Set<string>>(SECTIONS.map((s) => [s, new Set<string>()]));

/** Splits a Markdown table row into cells, keeping escaped pipes inside a cell. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/**
 * Reads the page's element sections: a `## \`<tag>\`` heading per element, `### Section` headings
 * under it, each a table whose first column is the name in backticks. Other `##` sections (types,
 * package exports) and code fences are prose, not checked.
 */
export function parseApiPage(markdown: string, page = API_PAGE): ApiPage {
  const lines = markdown.split(/\r?\n/);
  const elements: ApiNames = new Map();
  const problems: string[] = [];
  let tag: string | undefined;
  let section: Section | undefined;
  let tableRow = 0;
  let inFence = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const where = `${page} line ${i + 1}`;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;

    const h2 = /^##\s+(.*)$/.exec(line);
    if (h2) {
      const m = /^`<?([a-z][a-z0-9]*-[a-z0-9-]*)>?`\s*$/.exec(h2[1].trim());
      tag = m?.[1];
      if (tag) elements.set(tag, elements.get(tag) ?? emptySections());
      section = undefined;
      continue;
    }
    if (!tag) continue;

    const h3 = /^###\s+(.*)$/.exec(line);
    if (h3) {
      const title = h3[1].trim();
      section = SECTIONS.find((s) => s.toLowerCase() === title.toLowerCase());
      if (!section) problems.push(`${where}: unknown subsection "${title}" (expected one of: ${SECTIONS.join(', ')})`);
      tableRow = 0;
      continue;
    }

    if (!/^\s*\|/.test(line)) {
      tableRow = 0;
      continue;
    }
    tableRow++;
    if (tableRow === 1) continue; // header row
    const first = cells(line)[0] ?? '';
    if (/^:?-{2,}:?$/.test(first)) continue; // separator row
    if (!section) {
      problems.push(`${where}: table row under <${tag}> outside a ### subsection`);
      continue;
    }
    const code = /`([^`]+)`/.exec(first);
    if (!code) {
      problems.push(`${where}: first cell "${first}" has no name in backticks`);
      continue;
    }
    const name = section === 'Methods' ? code[1].replace(/\(.*$/, '').trim() : code[1].trim();
    elements.get(tag)!.get(section)!.add(name);
  }
  return { elements, problems };
}

/* The parts of the custom elements manifest schema read here. */
interface CemMember {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
}
interface CemDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: CemMember[];
  events?: { name?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
export interface CustomElementsManifest {
  modules: { path: string; declarations?: CemDeclaration[] }[];
}

const isPublic = (m: CemMember) =>
  !m.static && (m.privacy === undefined || m.privacy === 'public') && !m.name.startsWith('#');

export interface ManifestApi {
  /** What the API page must document. */
  required: ApiNames;
  /** What the API page may document (required plus public properties that also have an attribute). */
  allowed: ApiNames;
}

/** The public API of each element in the manifest. */
export function manifestApi(manifest: CustomElementsManifest): ManifestApi {
  const required: ApiNames = new Map();
  const allowed: ApiNames = new Map();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (d.kind !== 'class' || !d.customElement || !d.tagName) continue;
      const req = emptySections();
      const all = emptySections();
      const add = (s: Section, name: string | undefined, mustDocument = true) => {
        if (!name) return;
        all.get(s)!.add(name);
        if (mustDocument) req.get(s)!.add(name);
      };
      for (const a of d.attributes ?? []) add('Attributes', a.name);
      for (const e of d.events ?? []) add('Events', e.name);
      for (const p of d.cssParts ?? []) add('CSS parts', p.name);
      for (const p of d.cssProperties ?? []) add('CSS custom properties', p.name, !p.name.startsWith('--_'));
      for (const m of (d.members ?? []).filter(isPublic)) {
        // A property with an attribute is documented in the Attributes table; listing it under
        // Properties too is allowed, not required.
        if (m.kind === 'field') add('Properties', m.name, m.attribute === undefined);
        else if (m.kind === 'method') add('Methods', m.name);
      }
      required.set(d.tagName, req);
      allowed.set(d.tagName, all);
    }
  }
  return { required, allowed };
}

/** Every disagreement between the API page and the manifest, one sentence each; empty when they agree. */
export function compareApiPageToManifest(markdown: string, manifest: CustomElementsManifest, page = API_PAGE): string[] {
  const documented = parseApiPage(markdown, page);
  if (documented.elements.size === 0) {
    return [
      `${page} documents no element. Give each a ## \`<tag-name>\` heading with ### subsections ` +
        `(${SECTIONS.join(', ')}), each a table whose first column is the name in backticks.`,
    ];
  }
  const { required, allowed } = manifestApi(manifest);
  const problems = [...documented.problems];

  for (const tag of required.keys()) {
    if (!documented.elements.has(tag)) problems.push(`<${tag}> is in custom-elements.json but has no ## \`<${tag}>\` heading in ${page}.`);
  }
  for (const [tag, sections] of documented.elements) {
    const req = required.get(tag);
    const all = allowed.get(tag);
    if (!req || !all) {
      problems.push(`${page} documents <${tag}>, which custom-elements.json does not define.`);
      continue;
    }
    for (const section of SECTIONS) {
      const names = sections.get(section)!;
      const notInManifest = [...names].filter((n) => !all.get(section)!.has(n));
      const undocumented = [...req.get(section)!].filter((n) => !names.has(n));
      if (notInManifest.length) {
        problems.push(`<${tag}> ${section}: ${page} documents ${list(notInManifest)}, missing from custom-elements.json.`);
      }
      if (undocumented.length) {
        problems.push(`<${tag}> ${section}: custom-elements.json has ${list(undocumented)}, missing from ${page}.`);
      }
    }
  }
  return problems;
}

const list = (names: string[]) => names.map((n) => `\`${n}\``).join(', ');

/** Runs the analyzer with custom-elements-manifest.config.mjs and returns the manifest without writing it. */
export async function analyzeManifest(projectRoot: string): Promise<CustomElementsManifest> {
  // @ts-expect-error: the analyzer's CLI module ships no types.
  const { cli } = (await import('@custom-elements-manifest/analyzer/cli.js')) as {
    cli(opts: { argv: string[]; cwd: string; noWrite: boolean }): Promise<CustomElementsManifest>;
  };
  return cli({ argv: ['analyze', '--quiet'], cwd: projectRoot, noWrite: true });
}

async function main(): Promise<number> {
  const pagePath = process.argv[2] ?? API_PAGE;
  const manifest = await analyzeManifest(process.cwd());
  const problems = compareApiPageToManifest(readFileSync(resolve(pagePath), 'utf8'), manifest, pagePath);
  for (const p of problems) console.error(p);
  if (!problems.length) console.log(`${pagePath}: API tables match custom-elements.json.`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
