import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { LoadedStory } from '../../../src/timeline/loaded-story';
import { LIST_PAGE, listItemId } from '../../../src/timeline/views/list';
import { detachAll, storyInput, tinyStory } from '../../support/controller-host';
import { mountPanels, small } from '../../support/panels-host';

afterEach(detachAll);

describe('EventListController', () => {
  test('"Show more" pages the list and focuses the first new item; a new story starts at the first page again', async () => {
    const many = tinyStory(Array.from({ length: LIST_PAGE + 3 }, (_, i) => ({ id: `e${i}`, date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10) })));
    const { host, lists, $, focused } = await mountPanels(many, { viewMode: 'list', drawn: [] });
    const items = () => host.shadowRoot!.querySelectorAll('[part~="list"] [data-event-id]').length;
    expect(items()).toBe(LIST_PAGE);
    const more = page.elementLocator($('[part~="list"]')!).getByRole('button', { name: /more/ }).element() as HTMLButtonElement;
    expect(more.textContent).toBe('Show 3 more of 3 remaining');
    more.click();
    await host.updateComplete;
    expect(items()).toBe(LIST_PAGE + 3);
    expect(focused()?.id).toBe(listItemId(many.events[LIST_PAGE].id));
    lists.reset();
    host.requestUpdate();
    await host.updateComplete;
    expect(items()).toBe(LIST_PAGE);
  });
});

describe('EventListController: what is listed', () => {
  /** Four events in two groups: war, weather, war, weather. */
  const input = storyInput([
    { id: 'a', date: '2001-01-01' },
    { id: 'b', date: '2002-01-01' },
    { id: 'c', date: '2003-01-01' },
    { id: 'd', date: '2004-01-01' },
  ]);
  const grouped = new LoadedStory({
    ...input,
    groups: [{ id: 'war', title: 'War' }, { id: 'weather', title: 'Weather' }],
    events: input.events.map((e, i) => ({ ...e, group: i % 2 ? 'weather' : 'war' })),
  });

  const ids = (lists: { listed(): readonly { id: string }[] }) => lists.listed().map((e) => e.id);

  test('every event when nothing filters; the search matches; without the groups hidden in the legend, with or without a search', async () => {
    const { lists, filters } = await mountPanels(grouped, { viewMode: 'list', drawn: [] });
    expect(lists.positions()).toBeNull();
    expect(ids(lists)).toEqual(['a', 'b', 'c', 'd']);
    filters.matches = [1, 2, 3];
    expect(lists.positions()).toEqual([1, 2, 3]);
    expect(ids(lists)).toEqual(['b', 'c', 'd']);
    filters.hidden = new Set(['weather']);
    expect(ids(lists)).toEqual(['c']);
    filters.matches = null;
    expect(lists.positions()).toEqual([0, 2]);
    expect(ids(lists)).toEqual(['a', 'c']);
  });

  test('worked out once for the same story, search and groups', async () => {
    const { lists, filters } = await mountPanels(grouped, { viewMode: 'list', drawn: [] });
    filters.matches = [0, 1];
    const first = lists.listed();
    expect(lists.listed()).toBe(first);
    filters.matches = [0, 1];
    expect(lists.listed(), 'a new search result, even an equal one').not.toBe(first);
  });

  test('the list is drawn only when shown; an item selects its event and the selected one is current', async () => {
    const { host, select, $ } = await mountPanels(small, { drawn: [] });
    expect($('[part~="list"]')).toBeNull();
    host.viewMode = 'list';
    await host.updateComplete;
    const item = (id: string) => $<HTMLButtonElement>(`[part~="list"] [data-event-id="${id}"]`)!;
    item('b').click();
    expect(select).toHaveBeenLastCalledWith('b');
    await host.updateComplete;
    expect([item('a').getAttribute('aria-current'), item('b').getAttribute('aria-current')]).toEqual(['false', 'true']);
  });
});
