/**
 * The era row at the top of the timeline: era titles and the publication rule's label never
 * overlap, stay inside their bands and show the start of their text (cut with an ellipsis), at
 * 1280 and 360 px, on linear and compressed scales, in story mode, on two stories at six zooms.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { apolloWithGroupsAndEras } from '../support/apollo-with-groups';
import { articleStory, atRest, mount, overlaps, settle, shadow, unmountAll, until, viewport, zoomAndWait } from '../support/harness';

afterEach(unmountAll);

/** The era row's layout comes with the later parts (the overview's window is one of them): wait for them. */
async function mountWithLaterParts(options: Parameters<typeof mount>[0]): Promise<HistoryTimeline> {
  const el = await mount(options);
  await until(() => shadow(el).querySelector('[part~="overview-window"]') !== null, 'the later parts loaded');
  await settle(el);
  return el;
}

interface RowBox {
  what: string;
  box: DOMRect;
}

/** The era row's visible texts: each era title that shows text, and the publication label. */
function eraRowTexts(el: HistoryTimeline): RowBox[] {
  const titles = [...shadow(el).querySelectorAll<HTMLElement>('.era-title')]
    .filter((t) => !t.hasAttribute('data-thin'))
    .map((t) => ({ what: `era "${t.textContent!.trim()}"`, box: t.getBoundingClientRect() }));
  const label = shadow(el).querySelector<HTMLElement>('.publication-label');
  return label ? [...titles, { what: 'the publication label', box: label.getBoundingClientRect() }] : titles;
}

function expectEraRowClear(el: HistoryTimeline, context: string): void {
  const view = viewport(el).getBoundingClientRect();
  const texts = eraRowTexts(el);
  for (let i = 0; i < texts.length; i++) {
    const { what, box } = texts[i];
    expect(box.left, `${context}: ${what} starts in view`).toBeGreaterThanOrEqual(view.left - 0.5);
    expect(box.right, `${context}: ${what} ends in view`).toBeLessThanOrEqual(view.right + 0.5);
    for (let j = i + 1; j < texts.length; j++) {
      expect(overlaps(box, texts[j].box), `${context}: ${what} and ${texts[j].what} overlap`).toBe(false);
    }
  }
  for (const title of shadow(el).querySelectorAll<HTMLElement>('.era-title')) {
    const band = title.parentElement!.getBoundingClientRect();
    const box = title.getBoundingClientRect();
    const name = title.textContent!.trim();
    expect(box.left, `${context}: "${name}" inside its band`).toBeGreaterThanOrEqual(band.left - 0.5);
    expect(box.right, `${context}: "${name}" inside its band`).toBeLessThanOrEqual(band.right + 0.5);
    if (title.hasAttribute('data-thin')) continue;
    // The text's first letter is at the title's start: a cut title shows its beginning, not a middle slice.
    const text = document.createTreeWalker(title, NodeFilter.SHOW_TEXT, (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP)).nextNode()!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = range.getBoundingClientRect();
    expect(first.left - box.left, `${context}: "${name}" shows its start`).toBeLessThanOrEqual(8);
    expect(first.left, `${context}: "${name}" shows its start`).toBeGreaterThanOrEqual(box.left);
    if (title.scrollWidth > title.clientWidth + 1) expect(getComputedStyle(title).textOverflow, `${context}: "${name}" ends in an ellipsis`).toBe('ellipsis');
  }
}

const stories = [
  {
    name: 'the article',
    story: () => structuredClone(articleStory),
    zooms: [null, ['1991', '2003'], ['1996', '2002'], ['2021-06', '2021-11'], ['2021-08', '2021-09'], ['2024-06', '2025-08']],
  },
  {
    name: 'Apollo with groups and eras',
    story: apolloWithGroupsAndEras,
    zooms: [null, ['1961', '1967'], ['1967', '1970'], ['1969-06', '1969-12'], ['1972', '1976'], ['1960', '1990']],
  },
] as const;

describe('the era row: nothing overlaps, every title shows its start', () => {
  for (const { name, story, zooms } of stories) {
    for (const scale of ['linear', 'compressed']) {
      for (const width of [1280, 360]) {
        test(`${name}, ${scale}, ${width} px, at six zooms`, async () => {
          // Under 480 px the timeline itself is asked for (the phone chronology has no era row).
          const el = await mountWithLaterParts({ story: story(), width, attributes: { 'time-scale': scale, 'narrow-view': 'timeline' } });
          for (const zoom of zooms) {
            if (zoom) await zoomAndWait(el, zoom[0], zoom[1]);
            expectEraRowClear(el, `${width} px ${scale} ${zoom?.join('–') ?? 'full view'}`);
          }
        });
      }
    }
    test(`${name}, story mode at 360 and 1280 px, on its first events`, async () => {
      for (const width of [360, 1280]) {
        const el = await mount({ story: story(), width, attributes: { 'view-mode': 'story' } });
        await until(() => shadow(el).querySelector('[part~="story"]') !== null, 'story mode is open');
        for (let step = 0; step < 3; step++) {
          const next = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="story"] button')].find((b) => /Start|Next/.test(b.textContent ?? ''));
          if (!next) break;
          next.click();
          await atRest(el);
          expectEraRowClear(el, `story mode ${width} px, step ${step + 1}`);
        }
      }
    });
  }

  test('in a Persian element an English era title still shows its start, and ends in the ellipsis', async () => {
    for (const scale of ['compressed', 'linear']) {
      const el = await mountWithLaterParts({ width: 1280, attributes: { lang: 'fa', 'time-scale': scale } });
      expectEraRowClear(el, `fa ${scale} full view`);
    }
  });

  test('the linear full view of the article keeps "The Taliban back in power" and the rule\'s label apart', async () => {
    const el = await mountWithLaterParts({ width: 1280, attributes: { 'time-scale': 'linear' } });
    const title = [...shadow(el).querySelectorAll<HTMLElement>('.era-title')].find((t) => /back in power/.test(t.textContent!))!;
    expect(title.hasAttribute('data-thin'), 'the title shows text').toBe(false);
    expectEraRowClear(el, 'linear full view');
  });
});
