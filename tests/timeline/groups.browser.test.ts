/** Groups through the element: the colours their marks are drawn in. */
import { afterEach, expect, test } from 'vitest';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { storyInput } from '../support/controller-host';
import { articleStory, mark, marks, mount, mountNarrow, settle, shadow, unmountAll, until } from '../support/harness';

afterEach(unmountAll);

/** A small story of three events, 2001–2003. */
const small = storyInput(['2001', '2002', '2003'].map((y, i) => ({ id: `e${i}`, date: `${y}-05`, title: `E${i}` })));

// Found by the fuzz test (see fuzz.browser.test.ts for the seeds).
test("a group's own colour is kept where it reads, and swapped for the palette in a dark scheme where it does not", async () => {
  // Dark navy: well over 3:1 on white, under it on the dark background. The scheme is read only for
  // such a colour (reading it forces a style recalculation), so this checks both schemes still count.
  const grouped = {
    ...structuredClone(small),
    groups: [{ id: 'g', title: 'G', color: '#1f2a5a' }],
    events: small.events.map((e) => ({ ...e, group: 'g' })),
  };
  const accents = (el: HistoryTimeline) => marks(el).map((m) => m.style.getPropertyValue('--_accent').trim());
  const light = await mount({ story: structuredClone(grouped), before: (el) => (el.style.colorScheme = 'light') });
  expect(accents(light)).toEqual(['#1f2a5a', '#1f2a5a', '#1f2a5a']);
  const dark = await mount({ story: structuredClone(grouped), before: (el) => (el.style.colorScheme = 'dark') });
  expect(accents(dark)).toEqual(['var(--_group-0)', 'var(--_group-0)', 'var(--_group-0)']);
});

test('a group colour that is not a colour (a url()) is not used: the palette draws the marks and nothing is fetched', async () => {
  const beacon = `/colour-beacon-${Date.now()}.png`;
  const grouped = {
    ...structuredClone(small),
    groups: [{ id: 'g', title: 'G', color: `url(${beacon})` }],
    events: small.events.map((e) => ({ ...e, group: 'g' })),
  };
  const el = await mount({ story: grouped });
  expect(marks(el).map((m) => m.style.getPropertyValue('--_accent').trim())).toEqual(['var(--_group-0)', 'var(--_group-0)', 'var(--_group-0)']);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes(beacon))).toEqual([]);
});

test('a one-word colour the browser does not know ("bleu") is drawn with the palette', async () => {
  const grouped = {
    ...structuredClone(small),
    groups: [{ id: 'g', title: 'G', color: 'bleu' }],
    events: small.events.map((e) => ({ ...e, group: 'g' })),
  };
  const el = await mount({ story: grouped });
  expect(marks(el).map((m) => m.style.getPropertyValue('--_accent').trim())).toEqual(['var(--_group-0)', 'var(--_group-0)', 'var(--_group-0)']);
});

/** sRGB relative luminance of a computed colour ("rgb(r, g, b)"). */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** The colour a mark (or item) is drawn in: its --_accent, as computed inside it. */
function resolved(node: Element): string {
  const probe = document.createElement('span');
  probe.style.color = 'var(--_accent)';
  node.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

test('one colour per group everywhere: timeline, list, phone chronology, story strip and card; each mark 3:1, selection by shape not hue', async () => {
  const groupOf = new Map(articleStory.events.map((e) => [e.id, (e as { group?: string }).group]));
  for (const scheme of ['light', 'dark'] as const) {
    const el = await mount({ attributes: { 'view-mode': 'both' }, before: (el) => (el.style.colorScheme = scheme) });
    const byGroup = new Map<string | undefined, string>();
    for (const m of marks(el)) {
      const color = resolved(m);
      const group = groupOf.get(m.dataset.eventId!);
      expect(byGroup.get(group) ?? color, `${m.dataset.eventId} has its group's colour`).toBe(color);
      byGroup.set(group, color);
    }
    const colors = [...byGroup.values()];
    expect(new Set(colors).size, 'each group its own colour').toBe(colors.length);
    const background = scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(21, 25, 30)';
    for (const color of colors) expect(contrast(color, background), `${color} on ${background}`).toBeGreaterThanOrEqual(3);
    // The list: a rule in the group's colour.
    for (const item of shadow(el).querySelectorAll<HTMLElement>('.list-item')) {
      expect(getComputedStyle(item).borderInlineStartColor, item.dataset.eventId).toBe(byGroup.get(groupOf.get(item.dataset.eventId!)));
    }
    // Selected: the same hue, a ring and weight.
    const id = 'taliban-capture-kabul';
    const before = getComputedStyle(mark(el, id)!.querySelector('.label')!).color;
    el.select(id);
    await settle(el);
    const label = getComputedStyle(mark(el, id)!.querySelector('.label')!);
    expect(label.color).toBe(before);
    // The weight is a stroke in the label's colour, which keeps the width the label was laid out with.
    expect(parseFloat(label.webkitTextStrokeWidth)).toBeGreaterThan(0);
    expect(label.webkitTextStrokeColor).toBe(before);
    expect(resolved(mark(el, id)!)).toBe(byGroup.get(groupOf.get(id)));
    expect(getComputedStyle(mark(el, id)!.querySelector('.shape')!).outlineStyle).toBe('solid');
    unmountAll();

    const phone = await mountNarrow(360, {});
    phone.style.colorScheme = scheme;
    await until(() => shadow(phone).querySelectorAll('.chronology-item').length > 0, 'the chronology is drawn');
    for (const item of shadow(phone).querySelectorAll<HTMLElement>('.chronology-item')) {
      expect(resolved(item), `chronology ${item.dataset.eventId}`).toBe(byGroup.get(groupOf.get(item.dataset.eventId!)));
    }
    unmountAll();

    const story = await mount({ attributes: { 'view-mode': 'story', 'start-at': 'first' }, before: (el) => (el.style.colorScheme = scheme) });
    await until(() => marks(story).length > 0, 'the strip is drawn');
    for (const m of marks(story)) expect(resolved(m), `strip ${m.dataset.eventId}`).toBe(byGroup.get(groupOf.get(m.dataset.eventId!)));
    const cardDate = shadow(story).querySelector('[part~="story-card"] .story-date')!;
    expect(getComputedStyle(cardDate).borderInlineStartColor).toBe(byGroup.get(groupOf.get(story.selected!)));
    unmountAll();
  }
});
