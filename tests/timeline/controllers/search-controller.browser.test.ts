import { afterEach, describe, expect, test, vi } from 'vitest';
import { Translation, loadCatalog } from '../../../src/i18n';
import { SearchIndexBuilder } from '../../../src/model/search';
import { SearchController } from '../../../src/timeline/controllers/search-controller';
import type { LoadedStory } from '../../../src/timeline/loaded-story';
import { attach, createHost, detachAll, pushCleanUrl, setHash, tinyStory, until } from '../../support/controller-host';

afterEach(() => {
  detachAll();
  vi.restoreAllMocks();
  pushCleanUrl();
});

/** Four events in time order; two mention an earthquake (in their titles and cited paragraphs). */
const quakes = () =>
  tinyStory([
    { id: 'quake-2022', date: '2022-06-22', title: 'Earthquake in Paktika' },
    { id: 'floods', date: '2022-08-01', title: 'Floods in the north' },
    { id: 'quake-2023', date: '2023-10-07', title: 'Earthquakes in Herat' },
    { id: 'drought', date: '2024-01-01', title: 'A dry winter' },
  ]);

async function mountSearch(options: { story?: LoadedStory; syncUrl?: boolean; search?: string; messages?: Translation; moving?: () => boolean } = {}) {
  const state = { story: options.story ?? quakes() };
  const host = createHost((h) => {
    h.syncUrl = options.syncUrl ?? false;
    h.search = options.search ?? '';
  });
  const select = vi.fn((id: string | null) => void (host.selected = id));
  const search = new SearchController(host, { story: () => state.story, select, ...(options.messages && { messages: () => options.messages! }), ...(options.moving && { moving: options.moving }) });
  await attach(host);
  return { host, search, select, state };
}

function key(key: string, shiftKey = false): KeyboardEvent {
  return new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
}

describe('SearchController', () => {
  test('without a query nothing is searched: no matches, every event shown as one, nothing to announce', async () => {
    const { search, state } = await mountSearch({ search: '   ' });
    expect(search.matches).toBeNull();
    expect(state.story.events.every((_, i) => search.isMatch(i))).toBe(true);
    expect(search.announcement).toBe('');
  });

  test('a query matches events by their words, in time order, and says how many match', async () => {
    const { host, search } = await mountSearch({ search: 'earthquake' });
    expect(search.matches).toEqual([0, 2]);
    expect([0, 1, 2, 3].map((i) => search.isMatch(i))).toEqual([true, false, true, false]);
    expect(search.announcement).toBe('2 of 4 events match');
    host.search = 'floods';
    expect(search.matches).toEqual([1]);
    expect(search.announcement).toBe('1 of 4 events matches');
    host.search = 'zzzz';
    expect(search.matches).toEqual([]);
    expect(search.announcement).toBe('No event matches “zzzz”');
  });

  test("the announcement is in the element's words", async () => {
    await loadCatalog('fr');
    const { search } = await mountSearch({ search: 'earthquake', messages: new Translation('fr') });
    const english = (await mountSearch({ search: 'earthquake' })).search.announcement;
    expect(search.announcement).not.toBe(english);
    expect(search.announcement).toContain('2');
  });

  test('the matches are worked out once per story and query', async () => {
    const { host, search, state } = await mountSearch({ search: 'earthquake' });
    const first = search.matches;
    expect(search.matches).toBe(first);
    host.search = 'floods';
    expect(search.matches).not.toBe(first);
    host.search = 'earthquake';
    const again = search.matches;
    state.story = quakes();
    expect(search.matches).not.toBe(again);
    expect(search.matches).toEqual([0, 2]);
  });

  test('step selects the next or previous match after the selection, wrapping around; from no selection, the first or last', async () => {
    const { host, search, select } = await mountSearch({ search: 'earthquake' });
    search.step(1);
    expect(select).toHaveBeenLastCalledWith('quake-2022');
    search.step(1);
    expect(select).toHaveBeenLastCalledWith('quake-2023');
    search.step(1);
    expect(select).toHaveBeenLastCalledWith('quake-2022');
    search.step(-1);
    expect(select).toHaveBeenLastCalledWith('quake-2023');
    // From an event that does not match: the next match after it in time.
    host.selected = 'floods';
    search.step(1);
    expect(select).toHaveBeenLastCalledWith('quake-2023');
    host.selected = null;
    search.step(-1);
    expect(select).toHaveBeenLastCalledWith('quake-2023');
    host.search = 'zzzz';
    select.mockClear();
    search.step(1);
    expect(select).not.toHaveBeenCalled();
  });

  test('in the field: typing sets the query, Enter and Shift+Enter step through the matches, Escape clears the query and stops there', async () => {
    const { host, search, select } = await mountSearch();
    const field = document.createElement('input');
    field.value = 'earthquake';
    field.addEventListener('input', search.onInput);
    field.dispatchEvent(new Event('input'));
    expect(host.search).toBe('earthquake');
    const enter = key('Enter');
    search.onKeyDown(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(select).toHaveBeenLastCalledWith('quake-2022');
    search.onKeyDown(key('Enter', true));
    expect(select).toHaveBeenLastCalledWith('quake-2023');
    const outside = vi.fn();
    const wrapper = document.createElement('div');
    wrapper.addEventListener('keydown', outside);
    wrapper.append(field);
    field.addEventListener('keydown', search.onKeyDown);
    const escape = key('Escape');
    field.dispatchEvent(escape);
    expect(host.search).toBe('');
    expect(escape.defaultPrevented).toBe(true);
    expect(outside, 'Escape does not reach a dialog around the element').not.toHaveBeenCalled();
    // With no query, Escape is not the search's: it goes on (to close the detail, say).
    const again = key('Escape');
    field.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
    expect(outside).toHaveBeenCalledOnce();
  });

  test('with sync-url a changed query replaces the history entry with q=, once; a new story reads it back', async () => {
    setHash('');
    const { host, search } = await mountSearch({ syncUrl: true });
    const entries = history.length;
    host.search = 'earth quake';
    search.writeUrl();
    expect(location.hash).toBe(`#q=${encodeURIComponent('earth quake')}`);
    const replace = vi.spyOn(history, 'replaceState');
    search.writeUrl();
    expect(replace, 'an unchanged query is not written again').not.toHaveBeenCalled();
    host.search = '  ';
    search.writeUrl();
    expect(location.hash).toBe('');
    expect(history.length, 'typing adds no history entry').toBe(entries);
    setHash('#q=floods');
    search.readFromUrl();
    expect(host.search).toBe('floods');
  });

  test('with sync-url Back and Forward set the query the URL names; without it the URL is ignored', async () => {
    setHash('#q=drought');
    const plain = await mountSearch();
    plain.search.readFromUrl();
    expect(plain.host.search).toBe('');
    plain.host.remove();
    const { host } = await mountSearch({ syncUrl: true });
    history.pushState(null, '', '#q=floods');
    history.back();
    await until(() => host.search === 'drought', 'Back set the query');
  });

  test('prepare indexes a new story for search in idle time, a slice at a time, until the index is whole', async () => {
    const { search, state } = await mountSearch();
    const slices = vi.spyOn(SearchIndexBuilder.prototype, 'step');
    search.prepare(state.story);
    expect(slices, 'not during the update that shows the story').not.toHaveBeenCalled();
    await until(() => slices.mock.results.some((r) => r.value === true), 'the index was completed in idle time');
    expect(slices.mock.calls.every(([budget]) => budget >= 4 && budget <= 12)).toBe(true);
  });

  test('while a gesture or an animation moves the view, indexing waits for idle time after it', async () => {
    let moving = true;
    const { search, state } = await mountSearch({ moving: () => moving });
    const slices = vi.spyOn(SearchIndexBuilder.prototype, 'step');
    search.prepare(state.story);
    // An absence: wait through two of the page's idle periods, in which a slice would have run.
    for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
    expect(slices, 'no slice while the view moves').not.toHaveBeenCalled();
    moving = false;
    await until(() => slices.mock.results.some((r) => r.value === true), 'the index was completed once the view came to rest');
  });

  test('a story replaced, or the host removed, before the page is idle is not indexed', async () => {
    const { search, state } = await mountSearch();
    const old = state.story;
    const slices = vi.spyOn(SearchIndexBuilder.prototype, 'step');
    search.prepare(old);
    state.story = quakes();
    const other = await mountSearch();
    other.search.prepare(other.state.story);
    other.host.remove();
    // An absence: wait through two of the page's idle periods, in which the work asked for earlier would have run.
    for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
    // Neither story was indexed (both would have stepped the same builder class).
    expect(slices).not.toHaveBeenCalled();
  });
});
