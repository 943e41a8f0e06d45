import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { StoryInput } from '../../src/model/types';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import threeSources from '../fixtures/three-sources.story.json';
import { detail, input, mark, marks, mount, part, parts, place, shadow, unmountAll, until } from '../support/harness';
import { printed } from '../support/list-sections';
import { sourceTabs, sourceHeadings } from '../support/sources';

afterEach(async () => {
  unmountAll();
  await input.emulateMedia({ media: null });
});

const story = () => structuredClone(threeSources) as StoryInput;
const badge = (el: HTMLElement | null) => el?.querySelector('.reports') ?? null;
const filterButton = (el: HTMLElement) => [...shadow(el as never).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent!.trim() === '2+ sources');

describe('a story of several sources', () => {
  test('a mark shows how many sources report its event, and "≠" when their dates disagree; one source shows nothing', async () => {
    const el = await mount({ story: story(), width: 1280 });
    expect(badge(mark(el, 'bridge-closed'))!.textContent).toBe('3');
    expect(badge(mark(el, 'bridge-closed'))!.hasAttribute('data-differ')).toBe(false);
    expect(badge(mark(el, 'bridge-reopens'))!.textContent).toBe('3≠');
    expect(badge(mark(el, 'bridge-reopens'))!.hasAttribute('data-differ')).toBe(true);
    expect(badge(mark(el, 'budget-approved'))).toBeNull();
    // Screen readers hear it in words after the date.
    expect(mark(el, 'bridge-reopens')!.textContent).toContain('Reported by 3 sources, sources differ on the date');
    // Disagreement is not told by colour alone: the badge's border is dashed.
    expect(getComputedStyle(badge(mark(el, 'bridge-reopens'))!).borderStyle).toBe('dashed');
    expect(getComputedStyle(badge(mark(el, 'bridge-closed'))!).borderStyle).toBe('solid');
  });

  test('the key explains both encodings', async () => {
    const el = await mount({ story: story(), width: 1280 });
    const key = part(el, 'key')!;
    // The entries under the key's title come with the later parts.
    await until(() => key.querySelector('li') !== null, "the key's entries");
    expect(key.textContent).toContain('An event several sources report: how many');
    expect(key.textContent).toContain('Sources give dates that cannot all be true');
    expect(key.querySelector('.reports[data-differ]')!.textContent).toBe('3≠');
  });

  test('the detail says "Sources differ" in words, with each date and who gives it; the hostile publisher is text', async () => {
    const el = await mount({ story: story(), width: 1280 });
    el.selected = 'bridge-reopens';
    await until(() => detail(el) !== null, 'the detail opened');
    await el.updateComplete;
    const differ = detail(el)!.querySelector('[part~="sources-differ"]')!;
    // Each name is isolated (FSI … PDI), so a name in another script keeps its order in the phrase.
    expect(differ.textContent).toBe('Sources differ: 14 March 2024 (\u2068Valley Courier\u2069 and \u2068Metro Wire\u2069) · 13 March 2024 (\u2068River Post <img src=x onerror=alert(1)>\u2069)');
    expect(shadow(el).querySelector('img[src="x"]')).toBeNull();
    el.selected = 'bridge-closed';
    await el.updateComplete;
    expect(detail(el)!.querySelector('[part~="sources-differ"]')).toBeNull();
  });

  test('the list shows the count and the disagreement', async () => {
    const el = await mount({ story: story(), width: 1280, attributes: { 'view-mode': 'both' } });
    await until(() => shadow(el).querySelector('.list-item') !== null, 'the list drew');
    const items = [...shadow(el).querySelectorAll<HTMLElement>('.list-item')];
    expect(items.map((i) => badge(i)?.textContent ?? '')).toEqual(['3', '', '3≠']);
  });

  test('the toolbar filters to the events two or more sources report; search matches publishers', async () => {
    const el = await mount({ story: story(), width: 1280, attributes: { 'view-mode': 'both' } });
    await until(() => shadow(el).querySelector('.list-item') !== null, 'the list drew');
    const button = filterButton(el)!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(button);
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const dimmed = () => marks(el).filter((m) => m.dataset.match === 'false').map((m) => m.dataset.eventId);
    expect(dimmed()).toEqual(['budget-approved']);
    await until(() => shadow(el).querySelectorAll('.list-item').length === 2, 'the list keeps the two corroborated events');
    await userEvent.click(button);
    await until(() => shadow(el).querySelectorAll('.list-item').length === 3, 'the filter is off again');

    el.search = 'metro wire';
    await until(() => marks(el).some((m) => m.dataset.match === 'false'), 'the search applies');
    expect(marks(el).filter((m) => m.dataset.match !== 'false').map((m) => m.dataset.eventId).sort()).toEqual(['bridge-closed', 'bridge-reopens']);
  });

  test('a story of one source has no filter', async () => {
    const single = story();
    single.events = single.events.filter((e) => e.id === 'budget-approved');
    const el = await mount({ story: single, width: 1280 });
    expect(filterButton(el)).toBeUndefined();
  });

  test("the detail groups the quotes by source: each source's line (publisher, publication date, link), then its paragraphs", async () => {
    const el = await mount({ story: story(), width: 1280 });
    el.selected = 'bridge-reopens';
    await until(() => detail(el) !== null, 'the detail opened');
    await el.updateComplete;
    expect(sourceHeadings(detail(el)!)).toEqual(['Valley Courier · 15 March 2024', 'River Post <img src=x onerror=alert(1)> · 15 March 2024', 'Metro Wire · 16 March 2024']);
    const groups = parts(el, 'cited-source');
    expect(groups.map((g) => g.querySelector('a')!.getAttribute('href'))).toEqual(['https://courier.example/millbrook-bridge', 'https://post.example/bridge', 'https://wire.example/millbrook']);
    expect(groups.map((g) => [...g.querySelectorAll('blockquote mark')].map((m) => m.textContent))).toEqual([
      ['reopened to traffic on Thursday'],
      ['crossed the Millbrook Bridge again on Wednesday'],
      ['reopened to traffic on Thursday'],
    ]);
    expect(shadow(el).querySelector('img[src="x"]')).toBeNull();
  });

  test("the article view has a tab per source; 'Show in the article' chooses the cited source's tab", async () => {
    const el = await mount({ story: story(), width: 1280, attributes: { 'show-source': '' } });
    await until(() => sourceTabs(el).length === 3, 'the tabs drew');
    expect(sourceTabs(el).map((t) => t.textContent)).toEqual(['Valley Courier', 'River Post <img src=x onerror=alert(1)>', 'Metro Wire']);
    expect(sourceTabs(el).map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    const panel = shadow(el).querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(sourceTabs(el)[0].id);
    expect(parts(el, 'source').map((s) => s.dataset.sourceId)).toEqual(['courier']);

    el.selected = 'bridge-reopens';
    await until(() => detail(el) !== null, 'the detail opened');
    const post = parts(el, 'cited-source')[1];
    [...post.querySelectorAll('button')].find((b) => b.textContent === 'Show in the article')!.click();
    await until(() => sourceTabs(el)[1].getAttribute('aria-selected') === 'true', "River Post's tab is chosen");
    expect(panel.getAttribute('aria-labelledby')).toBe(sourceTabs(el)[1].id);
    expect(parts(el, 'source').map((s) => s.dataset.sourceId)).toEqual(['post']);
    const paragraph = part(el, 'source')!.querySelector<HTMLElement>('[data-paragraph-id="p1"]')!;
    await until(() => shadow(el).activeElement === paragraph, 'the cited paragraph took focus');
    expect(paragraph.querySelector('mark')!.textContent).toBe('crossed the Millbrook Bridge again on Wednesday');
    // A click on a tab shows its source.
    await userEvent.click(sourceTabs(el)[2]);
    await until(() => part(el, 'source')?.dataset.sourceId === 'wire', 'the third source is shown');
  });

  test('keyboard: one tab stop; the arrows move and wrap, Home and End go to the ends, the source follows; right to left the arrows swap', async () => {
    const onTabs = async (attributes: Record<string, string>) => {
      const el = await mount({ story: story(), width: 1280, attributes: { 'show-source': '', ...attributes } });
      await until(() => sourceTabs(el).length === 3, 'the tabs drew');
      return el;
    };
    const expectOn = async (el: HistoryTimeline, index: number, sourceId: string) => {
      const chosen = () => sourceTabs(el).findIndex((t) => t.getAttribute('aria-selected') === 'true');
      await until(() => chosen() === index && shadow(el).activeElement === sourceTabs(el)[index], () => `tab ${index} chosen and focused (chosen: ${chosen()})`);
      expect(sourceTabs(el).map((t) => t.tabIndex)).toEqual([0, 1, 2].map((i) => (i === index ? 0 : -1)));
      expect(part(el, 'source')!.dataset.sourceId).toBe(sourceId);
    };
    const el = await onTabs({});
    sourceTabs(el)[0].focus();
    await userEvent.keyboard('{ArrowRight}');
    await expectOn(el, 1, 'post');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    await expectOn(el, 0, 'courier');
    await userEvent.keyboard('{ArrowLeft}');
    await expectOn(el, 2, 'wire');
    await userEvent.keyboard('{Home}');
    await expectOn(el, 0, 'courier');
    await userEvent.keyboard('{End}');
    await expectOn(el, 2, 'wire');
    // Tab leaves the row for the panel.
    await userEvent.tab();
    expect(shadow(el).activeElement?.getAttribute('role')).toBe('tabpanel');

    const rtl = await onTabs({ dir: 'rtl' });
    sourceTabs(rtl)[0].focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expectOn(rtl, 1, 'post');
    await userEvent.keyboard('{ArrowRight}');
    await expectOn(rtl, 0, 'courier');
    expect(sourceTabs(rtl)[1].getBoundingClientRect().right, 'the second tab stands left of the first').toBeLessThanOrEqual(sourceTabs(rtl)[0].getBoundingClientRect().left + 1);
  });

  test('a story card shows the count and the disagreement as the marks do, and the strip its badges', async () => {
    const el = await mount({ story: story(), width: 1280, attributes: { 'view-mode': 'story' } });
    el.selected = 'bridge-reopens';
    await until(() => part(el, 'story-card')?.dataset.eventId === 'bridge-reopens', 'the card shows the event');
    const card = part(el, 'story-card')!;
    expect(card.querySelector('.story-date .reports')!.textContent).toBe('3≠');
    expect(card.querySelector('.story-date')!.textContent).toContain('Reported by 3 sources, sources differ on the date');
    expect(card.querySelector('[part~="sources-differ"]')!.textContent).toContain('Sources differ: 14 March 2024');
    expect(sourceHeadings(card)).toHaveLength(3);
    expect(badge(mark(el, 'bridge-reopens'))!.textContent).toBe('3≠');
    el.selected = 'budget-approved';
    await until(() => part(el, 'story-card')?.dataset.eventId === 'budget-approved', 'the card shows the event');
    expect(part(el, 'story-card')!.querySelector('.reports')).toBeNull();
  });

  test("the phone chronology shows the count and the disagreement in each event's date line", async () => {
    const el = place((e) => (e.story = story()), 360);
    await until(() => shadow(el).querySelectorAll('[part~="chronology"] [data-event-id]').length === 3, 'the chronology drew');
    const items = [...shadow(el).querySelectorAll<HTMLElement>('.chronology-item')];
    expect(items.map((i) => i.querySelector('.chronology-date .reports')?.textContent ?? '')).toEqual(['3', '', '3≠']);
    expect(items[2].textContent).toContain('Reported by 3 sources, sources differ on the date');
    // In its date line, not out beside the mark.
    const badgeBox = badge(items[2])!.getBoundingClientRect();
    const date = items[2].querySelector('.chronology-date')!.getBoundingClientRect();
    expect(badgeBox.top).toBeGreaterThanOrEqual(date.top - 1);
    expect(badgeBox.bottom).toBeLessThanOrEqual(date.bottom + 1);
  });

  test("print shows the count, 'Sources differ' and each source's quotes under its line", async () => {
    const el = await mount({ story: story(), width: 1280 });
    const list = await printed(el);
    const items = [...list.querySelectorAll('li')];
    expect(items.map((i) => badge(i)?.textContent ?? '')).toEqual(['3', '', '3≠']);
    expect(items[2].querySelector('[part~="sources-differ"]')!.textContent!.replace(/[\u2068\u2069]/g, '')).toBe('Sources differ: 14 March 2024 (Valley Courier and Metro Wire) · 13 March 2024 (River Post <img src=x onerror=alert(1)>)');
    expect(items[0].querySelector('[part~="sources-differ"]')).toBeNull();
    expect([...items[2].querySelectorAll('.print-source')].map((p) => p.textContent)).toEqual([
      'Millbrook Bridge back open after repairs · Valley Courier · 15 March 2024',
      'Drivers return to Millbrook Bridge · River Post <img src=x onerror=alert(1)> · 15 March 2024',
      'Bridge reopens · Metro Wire · 16 March 2024',
    ]);
    expect(items[2].querySelector('blockquote')!.textContent).toBe('reopened to traffic on Thursday (paragraph 1)');
    expect(list.querySelector('img[src="x"]')).toBeNull();
  });
});
