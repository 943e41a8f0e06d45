import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  analyzeManifest,
  compareReadmeToManifest,
  parseReadmeApi,
  type CustomElementsManifest,
} from '../../scripts/readme-api.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFileSync(`${root}tests/fixtures/readme-api/${name}`, 'utf8');
const fixtureManifest = JSON.parse(fixture('custom-elements.json')) as CustomElementsManifest;

describe('the README API check, on fixtures', () => {
  test('a README that documents exactly the public API passes', () => {
    expect(compareReadmeToManifest(fixture('README.good.md'), fixtureManifest)).toEqual([]);
  });

  test('names are read from the first column, methods without their parameters', () => {
    const api = parseReadmeApi(fixture('README.good.md'))!;
    const el = api.elements.get('demo-timeline')!;
    expect([...el.get('Attributes')!]).toEqual(['src', 'lane-count']);
    expect([...el.get('Methods')!]).toEqual(['select']);
    expect([...el.get('CSS custom properties')!]).toEqual(['--history-timeline-accent', '--history-timeline-font']);
    expect(api.problems).toEqual([]);
  });

  test('a README that disagrees with the manifest fails with what is missing where', () => {
    expect(compareReadmeToManifest(fixture('README.bad.md'), fixtureManifest)).toEqual([
      '<demo-timeline> Attributes: README documents `lanes`, missing from custom-elements.json.',
      '<demo-timeline> Attributes: custom-elements.json has `lane-count`, missing from the README.',
      '<demo-timeline> Properties: custom-elements.json has `story`, missing from the README.',
      '<demo-timeline> Methods: README documents `_render`, missing from custom-elements.json.',
      '<demo-timeline> Events: custom-elements.json has `timeline-viewchange`, missing from the README.',
      '<demo-timeline> CSS parts: README documents `label`, missing from custom-elements.json.',
      '<demo-timeline> CSS custom properties: custom-elements.json has `--history-timeline-font`, missing from the README.',
      'README documents <other-timeline>, which custom-elements.json does not define.',
    ]);
  });

  test('an element in the manifest without a heading in the README is reported', () => {
    const readme = '## API\n\nNo elements yet.\n';
    expect(compareReadmeToManifest(readme, fixtureManifest)).toEqual([
      "<demo-timeline> is in custom-elements.json but has no ### `<demo-timeline>` heading in the README's API section.",
    ]);
  });

  test('a README without an API section fails', () => {
    const problems = compareReadmeToManifest('# demo\n\nSome text.\n', fixtureManifest);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/no "## API" section/);
  });

  test('unknown subsections and rows without a backticked name are reported with their line', () => {
    const readme = '## API\n\n### `<demo-timeline>`\n\n#### Slots\n\n#### Events\n\n| Event |\n| --- |\n| timeline-select |\n';
    const api = parseReadmeApi(readme)!;
    expect(api.problems).toEqual([
      'README line 5: unknown subsection "Slots" (expected one of: Attributes, Properties, Methods, Events, CSS parts, CSS custom properties)',
      'README line 11: first cell "timeline-select" has no name in backticks',
    ]);
  });
});

describe('README.md', () => {
  // Fails until the README has its "## API" section; the manifest is generated from src/ the way
  // `npm run build:manifest` writes custom-elements.json, so the check never reads a stale file.
  test('its API tables match custom-elements.json both ways', async () => {
    const manifest = await analyzeManifest(root);
    const problems = compareReadmeToManifest(readFileSync(`${root}README.md`, 'utf8'), manifest);
    expect(problems, `README.md and custom-elements.json disagree:\n${problems.join('\n')}`).toEqual([]);
  }, 30_000);
});
