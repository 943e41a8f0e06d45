import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { StoryInput } from '../../src/model/types';
import threeSources from '../fixtures/three-sources.story.json';
import { detail, mark, marks, mount, part, shadow, unmountAll, until } from '../support/harness';

afterEach(() => unmountAll());

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
    expect(differ.textContent).toBe('Sources differ: 14 March 2024 (Valley Courier and Metro Wire) · 13 March 2024 (River Post <img src=x onerror=alert(1)>)');
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
});
