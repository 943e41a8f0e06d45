import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  analyzeManifest,
  compareApiPageToManifest,
  parseApiPage,
  type CustomElementsManifest,
} from '../../scripts/api-docs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFileSync(`${root}tests/fixtures/api-docs/${name}`, 'utf8');
const fixtureManifest = () => JSON.parse(fixture('custom-elements.json')) as CustomElementsManifest;

describe('the API page check, on fixtures', () => {
  test('a page that documents exactly the public API passes', () => {
    expect(compareApiPageToManifest(fixture('api.good.md'), fixtureManifest())).toEqual([]);
  });

  test('names are read from the first column, methods without their parameters; tables outside element sections are ignored', () => {
    const api = parseApiPage(fixture('api.good.md'));
    expect([...api.elements.keys()]).toEqual(['demo-timeline']);
    const el = api.elements.get('demo-timeline')!;
    expect([...el.get('Attributes')!]).toEqual(['src', 'lane-count']);
    expect([...el.get('Methods')!]).toEqual(['select']);
    expect([...el.get('CSS custom properties')!]).toEqual(['--history-timeline-accent', '--history-timeline-font']);
    expect(api.problems).toEqual([]);
  });

  test('a page that disagrees with the manifest fails with what is missing where', () => {
    expect(compareApiPageToManifest(fixture('api.bad.md'), fixtureManifest())).toEqual([
      '<demo-timeline> Attributes: docs/api.md documents `lanes`, missing from custom-elements.json.',
      '<demo-timeline> Attributes: custom-elements.json has `lane-count`, missing from docs/api.md.',
      '<demo-timeline> Properties: custom-elements.json has `story`, missing from docs/api.md.',
      '<demo-timeline> Methods: docs/api.md documents `_render`, missing from custom-elements.json.',
      '<demo-timeline> Events: custom-elements.json has `timeline-viewchange`, missing from docs/api.md.',
      '<demo-timeline> CSS parts: docs/api.md documents `label`, missing from custom-elements.json.',
      '<demo-timeline> CSS custom properties: custom-elements.json has `--history-timeline-font`, missing from docs/api.md.',
      'docs/api.md documents <other-timeline>, which custom-elements.json does not define.',
    ]);
  });

  test('an element in the manifest without a heading on the page is reported', () => {
    const manifest = fixtureManifest();
    manifest.modules.push({
      path: 'src/demo-editor.ts',
      declarations: [{ kind: 'class', name: 'DemoEditor', customElement: true, tagName: 'demo-editor' }],
    });
    expect(compareApiPageToManifest(fixture('api.good.md'), manifest)).toEqual([
      '<demo-editor> is in custom-elements.json but has no ## `<demo-editor>` heading in docs/api.md.',
    ]);
  });

  test('a page without any element heading fails, saying what shape it needs', () => {
    const problems = compareApiPageToManifest('# API\n\n## Attributes\n\n| Attribute |\n| --- |\n| `src` |\n', fixtureManifest());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^docs\/api\.md documents no element\. Give each a ## `<tag-name>` heading/);
  });

  test('unknown subsections and rows without a backticked name or a subsection are reported with their line', () => {
    const page = '## `<demo-timeline>`\n\n| Name |\n| --- |\n| `src` |\n\n### Slots\n\n### Events\n\n| Event |\n| --- |\n| timeline-select |\n';
    expect(parseApiPage(page, 'api.md').problems).toEqual([
      'api.md line 5: table row under <demo-timeline> outside a ### subsection',
      'api.md line 7: unknown subsection "Slots" (expected one of: Attributes, Properties, Methods, Events, CSS parts, CSS custom properties)',
      'api.md line 13: first cell "timeline-select" has no name in backticks',
    ]);
  });
});

describe('docs/api.md', () => {
  // The manifest is generated from src/ the way `npm run build:manifest` writes custom-elements.json,
  // so the check never reads a stale file.
  test('its API tables match custom-elements.json both ways', async () => {
    const manifest = await analyzeManifest(root);
    const problems = compareApiPageToManifest(readFileSync(`${root}docs/api.md`, 'utf8'), manifest);
    expect(problems, `docs/api.md and custom-elements.json disagree:\n${problems.join('\n')}`).toEqual([]);
  }, 30_000);
});
